"""/clear on Telegram: the bot deletes the chat's messages of the last 48 hours, for a person
whose phone may be checked by someone else (issue 6, safe mode)."""

from __future__ import annotations

import pytest

from tests.e2e.driver import REPLY_TIMEOUT_S, Oracle, Person
from tests.fakes import FakeTelegram

pytestmark = pytest.mark.e2e


async def test_clear_deletes_what_the_bot_sent_and_says_so_in_the_users_language(
    tg: FakeTelegram, person: Person, oracle: Oracle
) -> None:
    await person.onboard("km", "KH", "TH")
    await person.press("group:at_work")
    await person.press("topic:unpaid_wages")
    before = [m for m in tg.messages_to(person.user_id) if not m.deleted]
    assert len(before) >= 4

    tg.user_sends_command(person.user_id, "clear")
    [note] = await tg.wait_for_messages(person.user_id, 1, REPLY_TIMEOUT_S)

    expected = oracle.tr("km").gettext(
        "Done. I deleted our messages from the last 48 hours that I could."
    )
    assert note.text == expected
    after = {m.message_id: m for m in tg.messages_to(person.user_id)}
    assert all(after[m.message_id].deleted for m in before), "every earlier message deleted"
    assert not after[note.message_id].deleted
