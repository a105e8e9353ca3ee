"""What comes while the form's "[Continue the form] [Ask this instead]" waits, that is no
answer to it (docs/user-testing.md, "Still open", from exploratory test 6): a voice note, a
photo or a location got the form's question and the typed question was dropped silently;
so did an edit of any message. Now media gets its note and the choice again, the question
kept; an edit of the waiting question replaces its words; an edit of an older message
drops nothing."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said, tr

from bot.dialogue import engine, form_question
from bot.dialogue.events import ButtonPress, Edited, Location, Media, Text
from bot.dialogue.outcome import Outcome
from bot.values import NluResult, UserState

QUESTION = "where is the embassy in Bangkok"
CHOICE = "You are filling in the form to talk to a person. Nothing is sent yet."
FORM_NOTE = "I cannot change what was already sent. To change an answer of the form"
CHANGED = "I changed the question that waits to your edited words."
QUESTION_ID = 41  # the Telegram message id of the typed question


def ready() -> UserState:
    return UserState(language="en", origin="MM", country="TH", profile_asked=True)


def typed(words: str, topic: str | None, message_id: int | None = None) -> Text:
    nlu = NluResult(topic, 0.9 if topic else 0.1, ((topic, 0.9),) if topic else ())
    return Text(words, "en", None, nlu, message_id=message_id)


def offered(ctx, message_id: int | None = QUESTION_ID) -> Outcome:
    """The form at "How should the organisation contact you?", where a question was typed."""
    at_contact = run(
        ctx,
        ready(),
        ButtonPress("person:unpaid_wages"),
        ButtonPress("ref:topic:unpaid_wages"),
        typed("my boss did not pay me", None, 30),
        ButtonPress("ref:skip:place"),
    )
    assert at_contact.state.step == "ref:contact"
    outcome = run(ctx, at_contact.state, typed(QUESTION, "embassy_contact", message_id))
    assert all_button_data(outcome) == [form_question.CONTINUE, form_question.ASK]
    return outcome


def asked_still(ctx, outcome: Outcome, answer: str = "FIXTURE general embassy answer.") -> None:
    """The choice is shown, and "Ask this instead" answers the question that waits."""
    assert outcome.replies[-1].text.endswith(CHOICE)
    assert all_button_data(outcome)[-2:] == [form_question.CONTINUE, form_question.ASK]
    answered = run(ctx, outcome.state, ButtonPress(form_question.ASK))
    assert answer in said(answered)


@pytest.mark.parametrize(
    ("kind", "note"),
    [
        ("voice", "I cannot listen to voice messages yet."),
        ("video_note", "I cannot listen to voice messages yet."),
        ("photo", "I cannot read photos or files"),
        ("sticker", "I can only read text."),
        ("contact", "I do not need anyone's phone number."),
    ],
)
def test_media_at_the_choice_gets_its_note_and_the_choice_again(ctx, kind, note):
    before = offered(ctx)
    outcome = run(ctx, before.state, Media(kind, phone="+66812223344"))
    assert said(outcome).startswith(note)
    assert outcome.state == before.state  # the question still waits, nothing else changed
    asked_still(ctx, outcome)


def test_a_location_at_the_choice_keeps_the_question(ctx):
    before = offered(ctx)
    outcome = run(ctx, before.state, Location(13.75, 100.5))  # Bangkok
    assert outcome.state == before.state
    asked_still(ctx, outcome)


def test_an_edit_of_the_waiting_question_replaces_its_words(ctx):
    before = offered(ctx)
    edit = Edited(typed("my boss did not pay me 3 months", "unpaid_wages", QUESTION_ID))
    outcome = engine.handle(edit, before.state, ctx)
    assert said(outcome).startswith(CHANGED)
    assert outcome.state.step == form_question.STEP
    form = outcome.state.form or {}
    assert form[form_question.WORDS] == "my boss did not pay me 3 months"
    assert form[form_question.AT] == "ref:contact"  # "Continue the form" goes back there
    assert outcome.tally is None and not outcome.effects  # an edit is never counted
    asked_still(ctx, outcome, answer="FIXTURE")
    answered = run(ctx, outcome.state, ButtonPress(form_question.ASK))
    assert "embassy" not in said(answered) and "wages" in said(answered)


@pytest.mark.parametrize("edited_id", [30, None])  # the description's id; a channel without ids
def test_an_edit_of_an_older_message_keeps_the_waiting_question(ctx, edited_id):
    before = offered(ctx)
    edit = Edited(typed("my boss did not pay me for 3 months", None, edited_id))
    outcome = engine.handle(edit, before.state, ctx)
    assert said(outcome).startswith(FORM_NOTE)
    assert outcome.state == before.state  # neither the description nor the question changed
    assert outcome.tally is None and not outcome.effects
    asked_still(ctx, outcome)


def test_an_edited_question_the_nlu_surely_reads_as_an_arrest_is_answered_at_once(ctx):
    before = offered(ctx)
    edit = Edited(typed("police are at my door", "emergency_help", QUESTION_ID))
    outcome = engine.handle(edit, before.state, ctx)
    assert "191" in said(outcome) and outcome.urgent
    assert form_question.ASK not in all_button_data(outcome)
    assert outcome.state.step is None and outcome.tally is None
    assert not set(form_question.KEYS) & set(outcome.state.form or {})


def test_talk_to_a_person_pressed_at_the_choice_continues_the_form(ctx):
    before = offered(ctx)
    outcome = run(ctx, before.state, ButtonPress("person"))
    assert said(outcome).startswith("Your request is not sent yet. Here is where you stopped:")
    assert outcome.state.step == "ref:contact"
    assert "ref:contact:bot" in all_button_data(outcome)


def test_the_edit_note_is_translated():
    for lang in ("my", "km"):
        assert tr(lang).gettext(CHANGED) != CHANGED
