"""Round 49C on the Telegram path: a Zawgyi user asks "whom should I contact?" (read by
rule, no NLU needed) and later presses the menu's old button again. What the bot process
sends must equal the engine's replies (the driver checks), in Zawgyi, with callback data
of at most 64 bytes and nothing answered twice (the fixture's closing /help)."""

from __future__ import annotations

import pytest

from bot.language.zawgyi import convert_if_zawgyi
from tests.e2e.driver import Person

pytestmark = pytest.mark.e2e


async def test_zawgyi_whom_to_contact_then_an_old_menu_button(person: Person) -> None:
    await person.onboard("my", "MM", "TH")
    menu = person.keyboard()
    got = await person.says("ဘယ္သူ႔ကို ဆက္သြယ္ရမလဲ")
    text = "\n".join(m.text or "" for m in got)
    assert "1694" in text or "1300" in text
    assert convert_if_zawgyi(got[0].text or "")[1], "not shown in Zawgyi"
    for message in got:
        for data in message.data:
            assert data is None or len(data.encode()) <= 64
    again = await person.press("group:at_work", menu)
    assert again and again[-1].buttons
