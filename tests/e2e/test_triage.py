"""Danger typed anywhere, through the real bot process and (fake) Telegram: a photo caption
and a step of the referral form get the emergency numbers first, and the caption's words
reach no log.
"""

from __future__ import annotations

import pytest

from tests.e2e.driver import Person
from tests.fakes.bot_process import BotProcess

pytestmark = pytest.mark.e2e

MARKER = "CAPTION-MARKER-7731"
THAILAND_FIRST = "1300"  # content/directory: the first emergency number for Thailand


async def test_danger_in_a_photo_caption_gets_the_numbers_first(
    person: Person, bot: BotProcess
) -> None:
    await person.onboard("en", "MM", "TH")
    got = await person.sends("photo", caption=f"they beat me, help me now {MARKER}")
    assert (got[0].text or "").startswith("🆘") and THAILAND_FIRST in (got[0].text or "")
    assert MARKER not in bot.log(100_000)


async def test_a_photo_with_an_ordinary_caption_gets_the_usual_reply(person: Person) -> None:
    await person.onboard("en", "MM", "TH")
    got = await person.sends("photo", caption="my contract, page 2")
    assert not (got[0].text or "").startswith("🆘")


@pytest.mark.parametrize("words", ["they locked me in", "ကယ္ပါ", "ជួយផង", "kuu nyi par"])
async def test_danger_in_a_form_step_gets_the_numbers_first(person: Person, words: str) -> None:
    await person.onboard("en", "MM", "TH")
    await person.press_data("person:unpaid_wages")
    await person.press_data("ref:topic:unpaid_wages")
    got = await person.says(words)
    assert (got[0].text or "").startswith("🆘") and THAILAND_FIRST in (got[0].text or "")
