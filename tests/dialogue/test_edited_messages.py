"""A text changed after it was sent (Telegram's edited message; findings part 5, section
13): never a new answer to the form nor a new message to a caseworker, never counted; the
person is told once what an edit does; elsewhere it is answered as the question it now is,
and danger in it still gets the numbers first."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dialogue_helpers import all_button_data, button_data, run, said, text

from bot.dialogue import engine, relay
from bot.dialogue.events import ButtonPress, Edited
from bot.values import CaseStatus, CaseView, RelayToStaff, UserState

FORM_NOTE = "I cannot change what was already sent. To change an answer of the form"
CASEWORKER_NOTE = "I cannot change what was already sent: the caseworker keeps your message"
NOW = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)


def ready() -> UserState:
    return UserState(language="en", origin="MM", country="TH", profile_asked=True)


def edit(words: str, topic: str | None = None, relayed: bool = False) -> Edited:
    return Edited(text(words, topic=topic), relayed)


def test_an_edited_description_is_not_taken_as_the_place(ctx):
    at_place = run(ctx, ready(), ButtonPress("person"), text("My boss keeps my pasport"))
    outcome = engine.handle(edit("My boss keeps my passport"), at_place.state, ctx)
    assert said(outcome).startswith(FORM_NOTE)
    assert outcome.state == at_place.state  # no place, the same step
    assert "ref:skip:place" in all_button_data(outcome)  # the question again
    assert outcome.tally is None and not outcome.effects


def test_an_edit_of_a_message_that_went_to_a_caseworker_says_it_does_not_reach_them(ctx):
    # Days later too: the service knows by the message's id that it went (event.relayed).
    case = CaseView("ABC234", None, "ALPHA", CaseStatus.ACCEPTED, "2026-11-20")
    later = replace(ctx, cases=(case,), now=NOW)
    outcome = engine.handle(edit("Factory ABC in Mae Sot", relayed=True), ready(), later)
    assert said(outcome).startswith(CASEWORKER_NOTE) and "/mycases" in said(outcome)
    assert not outcome.effects and outcome.tally is None
    assert outcome.state == ready()


def test_an_edit_of_a_question_minutes_after_a_message_to_a_caseworker_is_answered(ctx):
    # Still open before: within relay.FOLLOW_UP any edit got CASEWORKER_NOTE, a question
    # answered after No at "Send this to <org>?" included (nothing of it went).
    at = (NOW - dt.timedelta(minutes=3)).isoformat()
    case = CaseView("ABC234", None, "ALPHA", CaseStatus.ACCEPTED, "2026-11-20", answered_at=at)
    later = replace(ctx, cases=(case,), now=NOW)
    outcome = engine.handle(edit("my boss did not pay me", "unpaid_wages"), ready(), later)
    assert CASEWORKER_NOTE not in said(outcome) and "wages" in said(outcome)
    assert outcome.tally is None


ANSWER_NOTE = "Edited messages do not go to the caseworker."


def test_an_edit_while_writing_an_answer_is_not_the_answer(ctx):
    case = CaseView("ABC234", None, "ALPHA", CaseStatus.ACCEPTED, "2026-11-20", True, "2026-11-26")
    held = replace(ctx, cases=(case,))
    writing = run(held, ready(), ButtonPress("ans:ABC234"))
    outcome = engine.handle(edit("phone 0891234567"), writing.state, held)
    assert said(outcome).startswith(ANSWER_NOTE) and not outcome.effects
    assert "Write your answer to the caseworker (case ABC234)." in said(outcome)
    assert CASEWORKER_NOTE not in said(outcome), "nothing of the edited message went"
    assert outcome.state == writing.state  # the answer still waits for its text


def test_the_ids_of_words_kept_for_send_this_go_with_them_and_no_forgets_them(ctx):
    case = CaseView("ABC234", None, "ALPHA", CaseStatus.ACCEPTED, "2026-11-20", True, "2026-11-26")
    asked = replace(ctx, cases=(case,))
    first = replace(text("no payslip"), message_id=41)
    second = replace(text("boss name Somchai"), message_id=42)
    offered = run(asked, ready(), first, second)
    sent = engine.handle(ButtonPress("rel:ABC234"), offered.state, asked)
    [relayed] = sent.effects
    assert isinstance(relayed, RelayToStaff) and relayed.message_ids == (41, 42)
    no = engine.handle(ButtonPress("rel:no"), offered.state, asked)
    assert not no.effects and no.state.form is None
    again = run(asked, no.state, replace(text("where is the embassy"), message_id=43))
    sent = engine.handle(ButtonPress("rel:ABC234"), again.state, asked)
    assert [e.message_ids for e in sent.effects if isinstance(e, RelayToStaff)] == [(43,)]


def test_an_answer_typed_after_answer_carries_its_message_id(ctx):
    case = CaseView("ABC234", None, "ALPHA", CaseStatus.ACCEPTED, "2026-11-20", True, "2026-11-26")
    held = replace(ctx, cases=(case,))
    writing = run(held, ready(), ButtonPress("ans:ABC234"))
    outcome = engine.handle(replace(text("3 months"), message_id=77), writing.state, held)
    [relayed] = outcome.effects
    assert isinstance(relayed, RelayToStaff) and relayed.message_ids == (77,)


def test_elsewhere_an_edit_is_answered_and_never_counted(ctx):
    outcome = engine.handle(edit("my boss did not pay me", "unpaid_wages"), ready(), ctx)
    assert "wages" in said(outcome)
    assert outcome.tally is None


def test_danger_added_by_an_edit_gets_the_numbers(ctx):
    outcome = engine.handle(edit("they locked me in the room"), ready(), ctx)
    assert said(outcome).startswith("🆘") and "191" in said(outcome)
    assert outcome.tally is None and outcome.urgent


def test_danger_edited_into_a_form_answer_gets_the_numbers_first(ctx):
    at_place = run(ctx, ready(), ButtonPress("person"), text("my boss"))
    outcome = engine.handle(edit("they locked me in the room"), at_place.state, ctx)
    body = said(outcome)
    assert body.startswith("🆘") and "191" in body and FORM_NOTE in body
    assert outcome.urgent and outcome.tally is None


# --- explore6, findings 2 and 3 -----------------------------------------------------------

DROPPED = "Nothing was sent. I dropped what was waiting: write it again as you want it sent."


def test_an_edit_while_send_this_waits_drops_the_words_and_sends_nothing(ctx):
    case = CaseView("ABC234", None, "ALPHA", CaseStatus.ACCEPTED, "2026-11-20", True, "2026-11-26")
    asked = replace(ctx, cases=(case,))
    offered = run(asked, ready(), text("ABC garment, Mr Somchai. my phone 0891234567"))
    assert button_data(offered.replies[-1]) == ["rel:ABC234", "rel:no"]
    outcome = engine.handle(edit("ABC garment, Mr Somchai."), offered.state, asked)
    assert said(outcome) == DROPPED  # nothing went: no "the caseworker keeps it"
    assert outcome.state.form is None and outcome.state.step is None
    assert not outcome.effects and outcome.tally is None
    late = engine.handle(ButtonPress("rel:ABC234"), outcome.state, asked)
    assert not late.effects  # the number taken back never goes with the old Send


def test_after_the_follow_up_an_edited_question_is_answered(ctx):
    at = (NOW - relay.FOLLOW_UP - dt.timedelta(minutes=1)).isoformat()
    case = CaseView("ABC234", None, "ALPHA", CaseStatus.ACCEPTED, "2026-11-20", answered_at=at)
    later = replace(ctx, cases=(case,), now=NOW)
    outcome = engine.handle(edit("my boss did not pay me", "unpaid_wages"), ready(), later)
    assert CASEWORKER_NOTE not in said(outcome)
    assert "wages" in said(outcome)
    assert outcome.tally is None
