"""/clear on Telegram: the bot deletes the chat's messages of the last 48 hours, for a person
whose phone may be checked by someone else (issue 6, safe mode)."""

from __future__ import annotations

import pytest

from tests.e2e.driver import REPLY_TIMEOUT_S, Oracle, Person
from tests.fakes import FakeTelegram

pytestmark = pytest.mark.e2e
DONE = "Done. I deleted our messages from the last 48 hours that I could."
REMOVE_CHAT = "To remove this chat from your list: press and hold it, then Delete."
NOTHING = (
    "There were no messages of ours I could delete. To delete a message yourself: press and "
    "hold it, then Delete."
)


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

    km = oracle.tr("km").gettext
    # Then how to remove the chat from the list, which the bot cannot do (the note stays).
    assert note.text == km(DONE) + "\n" + km(REMOVE_CHAT)
    after = {m.message_id: m for m in tg.messages_to(person.user_id)}
    assert all(after[m.message_id].deleted for m in before), "every earlier message deleted"
    assert not after[note.message_id].deleted


async def test_delete_my_data_deletes_the_chat_too_and_clear_after_it_claims_nothing(
    tg: FakeTelegram, person: Person, oracle: Oracle
) -> None:
    # Before: erasure forgot the chat's message ids, so the chat stayed on the phone and a
    # /clear after it deleted nothing but said "Done".
    await person.onboard("my", "MM", "TH")
    await person.press("group:at_work")
    await person.press("topic:unpaid_wages")
    typed = tg.user_sends_text(person.user_id, "/privacy")["message_id"]
    await tg.wait_for_messages(person.user_id, 1, REPLY_TIMEOUT_S)
    await person.command("delete_my_data")
    before = [m for m in tg.messages_to(person.user_id) if not m.deleted]
    tg.user_presses(person.user_id, person.keyboard(), "del:yes")
    [farewell] = await tg.wait_for_messages(person.user_id, 1, REPLY_TIMEOUT_S)
    after = {m.message_id: m for m in tg.messages_to(person.user_id)}
    assert all(after[m.message_id].deleted for m in before), "a message left on the phone"
    assert typed in tg.deleted_user_messages(person.user_id), "the person's own words left"
    my = oracle.tr("my").gettext
    assert my("To remove this chat from your list: press and hold it, then Delete.") in (
        farewell.text or ""
    )
    assert not after[farewell.message_id].deleted

    tg.user_sends_command(person.user_id, "clear")
    [note] = await tg.wait_for_messages(person.user_id, 1, REPLY_TIMEOUT_S)
    # The profile, and its language, are gone, and nothing may keep it: the note comes in
    # the three languages, as the greeting (it came in English only).
    said = [oracle.tr(lang).gettext for lang in ("my", "km", "en")]
    expected = "\n\n".join(tr(NOTHING) + "\n" + tr(REMOVE_CHAT) for tr in said)
    assert note.text == expected, "it claimed to delete, or not in the person's language"
    person.oracle.states.pop(person.uid, None)  # the bot forgot them: /help starts afresh
