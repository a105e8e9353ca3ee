"""/clear after /delete_my_data in the person's own language and script (round 9, left
open: it came in Burmese, Khmer and English, in Unicode, broken on a Zawgyi phone). Nothing
is kept to remember the language: the farewell, written in it, carries /clear as a button
whose data says the language and script, on the person's own message."""

from __future__ import annotations

import pytest

from bot.language import to_zawgyi
from tests.e2e.driver import REPLY_TIMEOUT_S, Oracle, Person
from tests.fakes import FakeTelegram

pytestmark = pytest.mark.e2e
DONE = "Done. I deleted our messages from the last 48 hours that I could."
REMOVE_CHAT = "To remove this chat from your list: press and hold it, then Delete."
CLEAR_LABEL = "Delete our chat (last 48 hours)"


async def erased(tg: FakeTelegram, person: Person, language: str):
    await person.onboard(language, "MM" if language.startswith("my") else "KH", "TH")
    await person.command("delete_my_data")
    tg.user_presses(person.user_id, person.keyboard(), "del:yes")
    [farewell] = await tg.wait_for_messages(person.user_id, 1, REPLY_TIMEOUT_S)
    person.oracle.states.pop(person.uid, None)  # the bot forgot them: /help starts afresh
    return farewell


@pytest.mark.parametrize(
    ("choice", "language", "zawgyi"), [("my:zawgyi", "my", True), ("km", "km", False)]
)
async def test_clear_from_the_farewell_speaks_the_persons_language_and_script(
    tg: FakeTelegram, person: Person, oracle: Oracle, choice: str, language: str, zawgyi: bool
) -> None:
    farewell = await erased(tg, person, choice)
    _ = oracle.tr(language).gettext
    label = to_zawgyi(_(CLEAR_LABEL)) if zawgyi else _(CLEAR_LABEL)
    assert farewell.labels[0] == label  # "Start again" after it (round 38C)

    query = tg.user_presses(person.user_id, farewell, label)
    [note] = await tg.wait_for_messages(person.user_id, 1, REPLY_TIMEOUT_S)
    expected = _(DONE) + "\n" + _(REMOVE_CHAT)
    assert note.text == (to_zawgyi(expected) if zawgyi else expected)
    assert tg.callback_answer(query) is not None, "the spinner stopped"
    after = {m.message_id: m for m in tg.messages_to(person.user_id)}
    assert after[farewell.message_id].deleted, "the farewell is one of our recent messages"
    assert not after[note.message_id].deleted
