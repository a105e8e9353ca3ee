"""A form left half done is not silently continued days later (exploratory test 7, finding 4).

"Tell me what happened" waited; the person left, and three days later asked "how i renew
passport in bangkok": it became the description, and "where is cambodia embassy" two days
after that the place. Neither was answered, and nothing said a form was open. Now a form
not touched for referral_form.LEFT_AFTER is not continued by typing: the text is answered
as any message, the draft kept, and one line offers it: "You have an unfinished request
from <day>: [Continue it] [Delete it]". A form in progress (minutes) goes on as before.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, run, said, text, tr

from bot.content.localised import topic_title
from bot.dialogue import engine
from bot.dialogue.events import ButtonPress, Command, Text
from bot.dialogue.referral_form import LEFT_AFTER
from bot.values import UserState

T0 = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
QUESTION = "hello how i renew passport in bangkok"
UNFINISHED = "You have an unfinished request from {day}."


def at(ctx, after: dt.timedelta):
    return replace(ctx, now=T0 + after)


def ready(lang: str = "en") -> UserState:
    return UserState(language=lang, origin="KH", country="TH", profile_asked=True)


def at_description(ctx, lang: str = "en") -> UserState:
    """The form opened from the wages answer, Yes pressed: "Tell me what happened" waits."""
    opened = run(at(ctx, dt.timedelta()), ready(lang), ButtonPress("person:unpaid_wages"))
    asked = run(
        at(ctx, dt.timedelta(seconds=20)), opened.state, ButtonPress("ref:topic:unpaid_wages")
    )
    assert asked.state.step == "ref:description"
    return asked.state


def test_a_question_days_later_is_answered_and_the_draft_offered(ctx):
    state = at_description(ctx)
    later = at(ctx, dt.timedelta(days=3))
    outcome = run(later, state, text(QUESTION, topic="lost_documents"))
    assert "description" not in outcome.state.form  # not taken as what happened
    assert outcome.state.form["topic"] == "unpaid_wages"  # the draft is kept
    assert outcome.state.step is None
    words = said(outcome)
    assert topic_title(ctx.catalog, "lost_documents", "en") in words  # the question answered
    assert "Where are you?" not in words
    last = outcome.replies[-1]
    assert last.text == UNFINISHED.format(day=tr("en").date(T0.date()))
    assert [b.data for row in last.buttons for b in row] == ["ref:resume", "ref:cancel"]
    # The next message is an ordinary question too, with no second reminder.
    again = run(later, outcome.state, text("where is cambodia embassy", topic="embassy_contact"))
    assert "place" not in again.state.form and "unfinished" not in said(again)


def test_continue_it_asks_the_question_again_and_the_answer_goes_on(ctx):
    later = at(ctx, dt.timedelta(days=3))
    left = run(later, at_description(ctx), text(QUESTION, topic="lost_documents"))
    resumed = run(later, left.state, ButtonPress("ref:resume"))
    # As "Talk to a person" resumes a form left: its first question not answered.
    assert resumed.state.step == "ref:topic"
    assert "Unpaid wages" in said(resumed)
    yes = run(later, resumed.state, ButtonPress("ref:topic:unpaid_wages"))
    assert "Tell me what happened" in said(yes)
    told = run(later, yes.state, text("my boss not pay me 2 month"))
    assert told.state.form["description"] == "my boss not pay me 2 month"
    assert told.state.step == "ref:place"


def test_delete_it_drops_the_draft(ctx):
    later = at(ctx, dt.timedelta(days=3))
    left = run(later, at_description(ctx), text(QUESTION, topic="lost_documents"))
    deleted = run(later, left.state, ButtonPress("ref:cancel"))
    assert deleted.state.form is None
    assert "Nothing was sent" in said(deleted)


@pytest.mark.parametrize("minutes", [1, 30, int(LEFT_AFTER.total_seconds() // 60) - 1])
def test_a_form_in_progress_takes_the_text_as_before(ctx, minutes):
    state = at_description(ctx)
    outcome = run(at(ctx, dt.timedelta(minutes=minutes)), state, text(QUESTION))
    assert outcome.state.form["description"] == QUESTION
    assert outcome.state.step == "ref:place"
    assert "ref:resume" not in all_button_data(outcome)


def test_each_answer_starts_the_time_again(ctx):
    # Description after 2 hours, the place 2 hours after that: still in progress.
    state = at_description(ctx)
    step = LEFT_AFTER - dt.timedelta(minutes=10)
    told = run(at(ctx, step), state, text("boss not pay me"))
    placed = run(at(ctx, 2 * step), told.state, text("Rayong"))
    assert placed.state.form["place"] == "Rayong"


def test_at_a_button_step_too(ctx):
    state = at_description(ctx)
    told = run(at(ctx, dt.timedelta(minutes=1)), state, text("boss not pay me"))
    placed = run(at(ctx, dt.timedelta(minutes=2)), told.state, text("Rayong"))
    assert placed.state.step == "ref:contact"
    later = run(at(ctx, dt.timedelta(days=2)), placed.state, text("yes", topic=None))
    assert "contact_method" not in later.state.form and later.state.step is None
    assert "ref:resume" in all_button_data(later)


def test_danger_days_later_gets_the_numbers_then_the_reminder(ctx):
    # The numbers first; the line after them (exploratory test 8, finding 4: it never came,
    # and with the step cleared no later message brought it).
    state = at_description(ctx)
    outcome = run(at(ctx, dt.timedelta(days=3)), state, text("help they locked me in"))
    assert said(outcome).startswith("🆘")
    assert outcome.replies[-1].text == UNFINISHED.format(day=tr("en").date(T0.date()))
    assert outcome.state.form["topic"] == "unpaid_wages"
    assert "description" not in outcome.state.form
    # "Talk to a person" under the numbers finds the draft where it stopped.
    person = run(at(ctx, dt.timedelta(days=3)), outcome.state, ButtonPress("person:emergency_help"))
    assert person.state.step == "ref:topic" and person.state.form["urgent"] == "1"


@pytest.mark.parametrize("lang", ["my", "km", "en"])
def test_the_reminder_is_in_the_persons_language(ctx, lang):
    left = run(at(ctx, dt.timedelta(days=3)), at_description(ctx, lang), text(QUESTION, lang))
    reminder = tr(lang).gettext(UNFINISHED).format(day=tr(lang).date(T0.date()))
    assert left.replies[-1].text == reminder
    labels = [b.label for row in left.replies[-1].buttons for b in row]
    assert labels == [tr(lang).gettext("Continue it"), tr(lang).gettext("Delete it")]
    assert lang == "en" or "Continue it" not in labels


def test_the_nlu_reads_text_typed_at_a_form_left_long_ago(ctx):
    state = at_description(ctx)
    assert not engine.nlu_reads(state, T0 + dt.timedelta(minutes=5))
    assert engine.nlu_reads(state, T0 + dt.timedelta(days=3))
    assert not engine.nlu_reads(state)  # no time known: as before


def test_a_command_days_later_does_not_lose_the_step(ctx):
    # /privacy at the form's question keeps it; only text is answered as new.
    state = at_description(ctx)
    shown = run(at(ctx, dt.timedelta(days=3)), state, Command("privacy"))
    assert shown.state.step == "ref:description"


def test_a_message_sent_long_ago_but_handled_now_counts_from_when_it_was_sent(ctx):
    # Telegram's date: sent a minute after the question, handled after a long outage.
    state = at_description(ctx)
    sent = Text("boss not pay me", "en", None, None, sent_at=T0 + dt.timedelta(minutes=1))
    outcome = run(at(ctx, dt.timedelta(hours=9)), state, sent)
    assert outcome.state.form["description"] == "boss not pay me"
