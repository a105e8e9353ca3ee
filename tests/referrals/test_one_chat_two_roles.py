"""A caseworker who also uses the bot as a migrant, in the same private chat, and edits
that must be told apart (user testing 2026-12-05, "Still open"): through the Telegram
handlers, the real service, desk and database.

- The staff note about edits was given for every edit, the caseworker's own questions to
  the bot included; a migrant button pressed while a Reply waited dropped it silently.
- "The caseworker keeps your message" was said for an edit of any message within 10 minutes
  of one to a caseworker, a question answered after No included: the bot now keeps the
  ids (never the texts) of the messages that went to a case, and says it only for them.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest
from referral_helpers import ORG_CHAT, Harness
from sqlalchemy import event, select

from bot.referrals import retention, steps
from bot.storage import relayed
from bot.storage.models import Case, CaseEvent, CaseMessage, RelayedMessage, utcnow
from bot.telegram import handlers

MIGRANT_ID = 731904682
MIGRANT = f"tg:{MIGRANT_ID}"
WORKER = 7001  # a caseworker of ALPHA who also asks the bot things for themselves
INBOX = ORG_CHAT["ALPHA"]
STAFF_NOTE = "Edits do not reach anyone: I use what you first sent."
CASEWORKER_NOTE = "I cannot change what was already sent: the caseworker keeps your message"


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """What the handlers send, in order: the desk's items and the dialogue's replies (each
    with .text and .buttons)."""
    items: list[Any] = []

    async def say(_context, said, _update_id):  # type: ignore[no-untyped-def]
        items.extend(said)
        return True

    async def answer_now(_context, _chat_id, answer):  # type: ignore[no-untyped-def]
        items.extend(answer.replies)

    monkeypatch.setattr(handlers, "say", say)
    monkeypatch.setattr(handlers, "answer_now", answer_now)
    return items


def texts(sent: list[Any]) -> str:
    return "\n".join(item.text for item in sent)


def data_of(sent: list[Any]) -> list[str]:
    return [button.data for item in sent for row in item.buttons for button in row]


def context_of(harness: Harness) -> SimpleNamespace:
    return SimpleNamespace(
        bot_data={handlers.SERVICE: harness.service, handlers.DESK: harness.desk}
    )


def typed(
    harness: Harness, user_id: int, words: str, update_id: int, message_id: int, edit: bool = False
) -> None:
    """A text in the private chat, or (`edit`) the message `message_id` changed to it."""
    message = SimpleNamespace(text=words, message_id=message_id)
    update = SimpleNamespace(
        update_id=update_id,
        edited_message=message if edit else None,
        effective_message=message,
        effective_user=SimpleNamespace(id=user_id, first_name="W", language_code="en"),
        effective_chat=SimpleNamespace(id=user_id, type="private"),
    )
    asyncio.run(handlers.on_text(update, context_of(harness)))  # type: ignore[arg-type]


def pressed(harness: Harness, user_id: int, data: str, update_id: int) -> None:
    """A button pressed in the private chat (a migrant's, or a caseworker's "cs:" one)."""

    async def answer(*_args: object, **_kwargs: object) -> None:
        return None

    update = SimpleNamespace(
        update_id=update_id,
        callback_query=SimpleNamespace(data=data, answer=answer),
        effective_user=SimpleNamespace(id=user_id, first_name="W", language_code="en"),
        effective_chat=SimpleNamespace(id=user_id, type="private"),
    )
    asyncio.run(handlers.on_button(update, context_of(harness)))  # type: ignore[arg-type]


def case_held_by_a_caseworker_who_is_a_migrant_too(harness: Harness) -> Case:
    harness.connect_inbox("ALPHA")
    harness.join("ALPHA", WORKER)
    harness.profile(f"tg:{WORKER}", "MM", "TH")  # their own questions to the bot, in English
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "my boss owes me")
    case = harness.only(Case)
    harness.staff_press(WORKER, INBOX, "acc", case.id)
    return case


# --- finding 1: the staff note, only for what was written as staff ------------------------


def test_a_caseworkers_edited_question_to_the_bot_is_answered_not_given_the_staff_note(
    harness: Harness, sent: list[Any]
):
    case_held_by_a_caseworker_who_is_a_migrant_too(harness)
    typed(harness, WORKER, "my boss did not pay me", 9101, 501)
    sent.clear()
    typed(harness, WORKER, "my boss did not pay me for 2 months", 9102, 501, edit=True)
    assert sent, "the edit is answered"
    assert STAFF_NOTE not in texts(sent)


def test_a_caseworkers_edited_reply_still_gets_the_staff_note(harness: Harness, sent: list[Any]):
    case = case_held_by_a_caseworker_who_is_a_migrant_too(harness)
    harness.staff_press(WORKER, INBOX, "rep", case.id)
    typed(harness, WORKER, "How many monts?", 9201, 601)  # the preview
    [send] = [data for data in data_of(sent) if data.startswith("cs:snd:")]
    pressed(harness, WORKER, send, 9202)
    to_migrant = len(harness.outbox_to(MIGRANT_ID))
    sent.clear()
    typed(harness, WORKER, "How many months?", 9203, 601, edit=True)  # no step waits now
    assert texts(sent).startswith(STAFF_NOTE)
    assert len(harness.outbox_to(MIGRANT_ID)) == to_migrant


def test_an_edit_while_a_reply_waits_gets_the_staff_note_and_the_reply_still_waits(
    harness: Harness, sent: list[Any]
):
    case = case_held_by_a_caseworker_who_is_a_migrant_too(harness)
    harness.staff_press(WORKER, INBOX, "rep", case.id)
    typed(harness, WORKER, "an older message, corrected", 9301, 480, edit=True)
    assert texts(sent).startswith(STAFF_NOTE)
    assert harness.state(f"tg:{WORKER}").step is not None


def test_a_caseworker_who_never_asked_the_bot_anything_gets_the_staff_note(
    harness: Harness, sent: list[Any]
):
    harness.connect_inbox("ALPHA")
    harness.join("ALPHA", 7002)
    typed(harness, 7002, "an old message", 9401, 12, edit=True)
    assert texts(sent).startswith(STAFF_NOTE)


def test_a_migrant_button_pressed_while_a_reply_waits_puts_the_draft_aside_and_says_so(
    harness: Harness, sent: list[Any]
):
    case = case_held_by_a_caseworker_who_is_a_migrant_too(harness)
    harness.staff_press(WORKER, INBOX, "rep", case.id)
    typed(harness, WORKER, "Your boss must pay you by Friday.", 9501, 701)
    sent.clear()
    pressed(harness, WORKER, "menu", 9502)
    note, *menu = sent
    assert f"Your reply to case {case.ref} was put aside, not sent:" in note.text
    assert "Your boss must pay you by Friday." in note.text, "the words, on the screen again"
    assert menu, "and what they pressed for"
    assert harness.state(f"tg:{WORKER}").step is None, "their next text is not the reply"
    [send] = [data for data in data_of([note]) if data.startswith("cs:snd:")]
    pressed(harness, WORKER, send, 9503)
    assert "Your boss must pay you by Friday." in harness.outbox_to(MIGRANT_ID)[-1]["text"]


def test_a_migrant_button_pressed_before_the_reply_was_typed_says_it_was_put_aside(
    harness: Harness, sent: list[Any]
):
    case = case_held_by_a_caseworker_who_is_a_migrant_too(harness)
    harness.staff_press(WORKER, INBOX, "rep", case.id)
    pressed(harness, WORKER, "help", 9601)
    assert sent[0].text.startswith(f"Your reply to case {case.ref} was put aside")
    assert "press Reply on the case again" in sent[0].text
    sent.clear()
    typed(harness, WORKER, "my boss did not pay me", 9602, 702)
    assert "This goes to the person" not in texts(sent), "a question to the bot, not a reply"
    assert not [m for m in harness.all(CaseMessage) if m.kind == "draft"]


def test_a_note_put_aside_says_nothing_was_saved(harness: Harness, sent: list[Any]):
    case = case_held_by_a_caseworker_who_is_a_migrant_too(harness)
    harness.staff_press(WORKER, INBOX, "note", case.id)
    pressed(harness, WORKER, "menu", 9701)
    assert sent[0].text.startswith(f"Your note for case {case.ref} was put aside")


def test_a_migrant_button_without_a_staff_step_says_nothing_more(harness: Harness, sent: list[Any]):
    case_held_by_a_caseworker_who_is_a_migrant_too(harness)
    pressed(harness, WORKER, "menu", 9801)
    assert "put aside" not in texts(sent)


def commanded(harness: Harness, user_id: int, command: str, update_id: int) -> None:
    """A command typed in the private chat (/start, /menu, /help...)."""
    update = SimpleNamespace(
        update_id=update_id,
        effective_message=SimpleNamespace(text=command, message_id=update_id),
        effective_user=SimpleNamespace(id=user_id, first_name="W", language_code=None),
        effective_chat=SimpleNamespace(id=user_id, type="private"),
    )
    asyncio.run(handlers.on_command(update, context_of(harness)))  # type: ignore[arg-type]


@pytest.mark.parametrize("command", ["/start", "/menu", "/help"])
def test_start_menu_or_help_put_a_typed_reply_aside_as_a_migrant_button_does(
    harness: Harness, sent: list[Any], command: str
):
    """They dropped it ("Cancelled. Nothing was sent."): the words the caseworker typed
    were lost, where a migrant button kept them as a draft with its Send."""
    case = case_held_by_a_caseworker_who_is_a_migrant_too(harness)
    harness.staff_press(WORKER, INBOX, "rep", case.id)
    typed(harness, WORKER, "Your boss must pay you by Friday.", 9811, 711)
    sent.clear()
    commanded(harness, WORKER, command, 9812)
    note, helped = sent
    assert note.text == (
        f"Your reply to case {case.ref} was put aside, not sent:\n\n"
        "Your boss must pay you by Friday."
    )
    assert helped.text.startswith("You are caseworker"), "then their own help"
    assert harness.state(f"tg:{WORKER}").step is None, "their next text is not the reply"
    [send] = [data for data in data_of([note]) if data.startswith("cs:snd:")]
    pressed(harness, WORKER, send, 9813)
    assert "Your boss must pay you by Friday." in harness.outbox_to(MIGRANT_ID)[-1]["text"]


def test_a_migrants_button_asks_the_desk_nothing_when_no_step_of_theirs_waits(
    harness: Harness, sent: list[Any], monkeypatch: pytest.MonkeyPatch
):
    """Issue 11: the staff step is in the state the handling reads anyway; the desk's own
    read (a thread hand-off and a query before every button) is only for a step that waits."""
    case = case_held_by_a_caseworker_who_is_a_migrant_too(harness)
    asked: list[int] = []
    put_aside = harness.desk.put_aside

    def counted(tg_user_id: int) -> list[Any]:
        asked.append(tg_user_id)
        return put_aside(tg_user_id)

    monkeypatch.setattr(harness.desk, "put_aside", counted)
    pressed(harness, MIGRANT_ID, "menu", 9821)
    pressed(harness, WORKER, "help", 9822)
    assert sent and asked == [], "a migrant, and a caseworker with no step waiting"
    harness.staff_press(WORKER, INBOX, "note", case.id)
    pressed(harness, WORKER, "menu", 9823)
    assert asked == [WORKER]
    assert sent[-2].text.startswith(f"Your note for case {case.ref} was put aside")


# --- finding 2: "the caseworker keeps your message" only for a message that went ----------


def test_the_ids_that_went_are_kept_by_one_statement_and_again_harmlessly(harness: Harness):
    """Issue 11: one statement for the ids of a relayed text (the ORM's merge read each id
    first: a SELECT per id, then the inserts); an id kept again changes nothing."""
    case = harness.sent_case(MIGRANT)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(harness.engine, "before_cursor_execute", count)
    try:
        with harness.store.sessions.begin() as session:
            relayed.remember(session, MIGRANT_ID, [801, 802, 801, 803], case.id, staff=False)
    finally:
        event.remove(harness.engine, "before_cursor_execute", count)
    assert len(statements) == 1, statements
    with harness.store.sessions.begin() as session:
        relayed.remember(session, MIGRANT_ID, [803, 804], case.id, staff=False)
        relayed.remember(session, MIGRANT_ID, [], case.id, staff=False)
    with harness.store.sessions() as session:
        kept = session.execute(select(RelayedMessage.message_id, RelayedMessage.staff)).all()
        assert sorted(kept) == [(801, False), (802, False), (803, False), (804, False)]
        assert relayed.went(session, MIGRANT_ID, 803, staff=False)


def answered_case(harness: Harness) -> Case:
    """The person's case, a caseworker's question to them, and their answer (message 701)."""
    case = case_held_by_a_caseworker_who_is_a_migrant_too(harness)
    harness.staff_press(WORKER, INBOX, "rep", case.id)
    harness.staff_text(WORKER, "How many months did they not pay you?")
    harness.press(MIGRANT, f"ans:{case.ref}")
    typed(harness, MIGRANT_ID, "3 months, 27000 baht", 9901, 701)
    return case


def test_an_edited_question_answered_after_no_is_answered_not_called_kept(
    harness: Harness, sent: list[Any]
):
    answered_case(harness)
    typed(harness, MIGRANT_ID, "where is the embasy", 9902, 702)  # "Send this to <org>?"
    assert "rel:no" in data_of(sent)
    harness.press(MIGRANT, "rel:no")  # a question to the bot: it never went
    sent.clear()
    typed(harness, MIGRANT_ID, "where is the embassy", 9903, 702, edit=True)
    assert sent and CASEWORKER_NOTE not in texts(sent)
    sent.clear()
    typed(harness, MIGRANT_ID, "3 months, 29000 baht", 9904, 701, edit=True)  # it went
    assert texts(sent).startswith(CASEWORKER_NOTE)


def test_words_sent_after_send_this_are_known_by_their_ids(harness: Harness, sent: list[Any]):
    case = answered_case(harness)
    typed(harness, MIGRANT_ID, "no payslip", 9911, 711)
    typed(harness, MIGRANT_ID, "boss name Somchai", 9912, 712)  # added before Send
    harness.press(MIGRANT, f"rel:{case.ref}")
    with harness.store.sessions() as session:
        rows = session.scalars(select(RelayedMessage)).all()
        went = {(row.chat_id, row.message_id, row.staff) for row in rows}
    assert {(MIGRANT_ID, 701, False), (MIGRANT_ID, 711, False), (MIGRANT_ID, 712, False)} <= went
    sent.clear()
    typed(harness, MIGRANT_ID, "boss name Somchai, phone 0891234567", 9913, 712, edit=True)
    assert texts(sent).startswith(CASEWORKER_NOTE)


def test_an_edit_while_writing_an_answer_is_not_called_kept(harness: Harness, sent: list[Any]):
    case = answered_case(harness)
    harness.staff_press(WORKER, INBOX, "rep", case.id)
    harness.staff_text(WORKER, "Do you have a payslip?")
    harness.press(MIGRANT, f"ans:{case.ref}")
    sent.clear()
    typed(harness, MIGRANT_ID, "an old question, corrected", 9921, 650, edit=True)
    assert CASEWORKER_NOTE not in texts(sent)
    assert harness.state(MIGRANT).step == f"ans:{case.ref}", "the answer still waits"


def test_delete_my_data_erases_the_ids_of_what_went(harness: Harness, sent: list[Any]):
    case = answered_case(harness)
    harness.staff_press(WORKER, INBOX, "note", case.id)
    typed(harness, WORKER, "called the employer", 9931, 801)  # a staff text for the case
    assert harness.count(RelayedMessage) == 2
    harness.command(MIGRANT, "delete_my_data")
    harness.press(MIGRANT, "del:yes")
    assert harness.count(RelayedMessage) == 0


def test_retention_erases_the_ids_with_the_case(harness: Harness, sent: list[Any]):
    case = answered_case(harness)
    harness.close(WORKER, INBOX, case.id)
    assert harness.count(RelayedMessage) == 1
    now = utcnow()
    with harness.store.sessions.begin() as session:
        retention.purge(session, harness.service.kit, now + dt.timedelta(days=10), 90, 365)
    assert harness.count(RelayedMessage) == 1, "kept while the case's words are kept"
    with harness.store.sessions.begin() as session:
        retention.purge(session, harness.service.kit, now + dt.timedelta(days=91), 90, 365)
    assert harness.count(RelayedMessage) == 0


def test_an_idle_profile_purged_takes_its_ids_along(harness: Harness, sent: list[Any]):
    answered_case(harness)  # the case stays open: its words stay, unlinked from the person
    with harness.store.sessions.begin() as session:
        retention.purge(session, harness.service.kit, utcnow() + dt.timedelta(days=400), 90, 365)
    with harness.store.sessions() as session:
        chats = session.scalars(select(RelayedMessage.chat_id)).all()
    assert MIGRANT_ID not in chats


# --- exploratory test 8, finding 4: every step put aside, never a migrant button unanswered --


def case_for_a_step(harness: Harness, action: str) -> Case:
    """A case on which the caseworker (a migrant too) can press `action`: a person who gave
    a phone number (for "Reached them"), held by the caseworker, or new (to decline it)."""
    harness.join("ALPHA", WORKER)
    harness.profile(f"tg:{WORKER}", "MM", "TH")
    case = harness.sent_phone_case(MIGRANT)  # ALPHA's inbox connected there
    if action != "dec":  # only a new case is declined
        harness.staff_press(WORKER, INBOX, "acc", case.id)
    return case


@pytest.mark.parametrize("action", steps.ACTIONS)
def test_every_step_that_waits_for_text_is_put_aside_by_a_migrant_button(
    harness: Harness, sent: list[Any], action: str
):
    case = case_for_a_step(harness, action)
    [prompt] = harness.staff_press(WORKER, WORKER, action, case.id)
    assert harness.state(f"tg:{WORKER}").step, prompt.text
    events = len(harness.all(CaseEvent))
    pressed(harness, WORKER, "menu", 9951)
    note, *menu = sent
    assert case.ref in note.text and note.chat_id == WORKER, note.text
    assert menu, "and what they pressed for"
    assert harness.state(f"tg:{WORKER}").step is None, "their next text is not for the case"
    typed(harness, WORKER, "how do I renew my visa", 9952, 951)
    assert len(harness.all(CaseEvent)) == events, "nothing was saved, replied or declined"
    assert [m.kind for m in harness.all(CaseMessage)] == [], "no note, draft or reason kept"


def test_reached_them_put_aside_says_nothing_was_saved(harness: Harness, sent: list[Any]):
    case = case_for_a_step(harness, "rch")
    harness.staff_press(WORKER, WORKER, "rch", case.id)
    pressed(harness, WORKER, "mycases", 9961)
    assert sent[0].text == (
        f"What you said to the person of case {case.ref} was put aside: nothing was saved. "
        "To write it, press Reached them on the case again."
    )


def test_a_failing_put_aside_still_answers_the_migrant_button(
    harness: Harness, sent: list[Any], monkeypatch: pytest.MonkeyPatch
):
    case = case_held_by_a_caseworker_who_is_a_migrant_too(harness)
    harness.staff_press(WORKER, INBOX, "note", case.id)

    def broken(_tg_user_id: int) -> list[Any]:
        raise RuntimeError("the desk failed")

    monkeypatch.setattr(harness.desk, "put_aside", broken)
    pressed(harness, WORKER, "menu", 9971)
    assert sent, "the menu they pressed for, all the same"
