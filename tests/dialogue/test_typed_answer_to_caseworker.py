"""A reply typed after a caseworker's message, without pressing "Answer" (finding 5): the
person is asked "Send this to <org>?", nothing goes without a press of Send, No answers the
text as usual, and danger words still get the numbers first."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, button_data, run, said, text

from bot.dialogue import relay
from bot.dialogue.events import ButtonPress, Command, Text
from bot.values import CaseStatus, CaseView, NluResult, RelayToStaff, UserState

WORDS = "It is the garment factory in Mae Sot, since March"
ASKED_ON = "2026-11-26"


def case(ref: str = "ABC234", org: str = "ALPHA", **changes) -> CaseView:
    # The caseworker wrote the day before ctx.today (2026-11-27).
    view = CaseView(ref, "unpaid_wages", org, CaseStatus.ACCEPTED, "2026-11-20", True, ASKED_ON)
    return replace(view, **changes)


def ready() -> UserState:
    return UserState(language="en", origin="MM", country="TH", profile_asked=True)


@pytest.fixture
def waiting(ctx):
    """The context of a person whose caseworker wrote last."""
    return replace(ctx, cases=(case(),))


def test_typed_text_asks_whether_to_send_it_to_the_caseworker(waiting):
    outcome = run(waiting, ready(), text(WORDS))
    assert said(outcome) == "Send this to Alpha Aid (fixture) about your case ABC234?"
    assert button_data(outcome.replies[-1]) == ["rel:ABC234", "rel:no"]
    assert not outcome.effects  # nothing goes without a press
    assert outcome.tally is None  # no question to the bot: not counted, never kept
    sent = run(waiting, outcome.state, ButtonPress("rel:ABC234"))
    assert sent.effects == (RelayToStaff("ABC234", WORDS),)
    assert said(sent) == "Sent to the caseworker."
    assert sent.state.form is None and sent.state.step is None  # the words are not kept


def test_no_answers_the_text_as_the_bot_would_have(waiting):
    offered = run(waiting, ready(), text("my boss did not pay me", topic="unpaid_wages"))
    outcome = run(waiting, offered.state, ButtonPress("rel:no"))
    assert "FIXTURE" in said(outcome) and "wages" in said(outcome)
    assert not outcome.effects
    assert outcome.state.form is None


def test_two_messages_before_pressing_go_together(waiting):
    outcome = run(waiting, ready(), text("It is the garment factory"), text("in Mae Sot"))
    sent = run(waiting, outcome.state, ButtonPress("rel:ABC234"))
    assert sent.effects == (RelayToStaff("ABC234", "It is the garment factory\nin Mae Sot"),)


def test_danger_gets_the_numbers_first_and_the_words_can_still_go(waiting):
    outcome = run(waiting, ready(), text("they locked me in the room", topic="emergency_help"))
    body = said(outcome)
    assert body.startswith("🆘") and "191" in body
    assert "person:emergency_help" in all_button_data(outcome)
    assert button_data(outcome.replies[-1]) == ["rel:ABC234", "rel:no"]
    assert outcome.tally is not None and outcome.urgent  # sent before anything queued
    sent = run(waiting, outcome.state, ButtonPress("rel:ABC234"))
    # Marked urgent for the NLU's sure reading; the service finds the danger words too.
    assert sent.effects == (RelayToStaff("ABC234", "they locked me in the room", urgent=True),)


def test_doing_something_else_forgets_the_words(waiting):
    offered = run(waiting, ready(), text(WORDS))
    away = run(waiting, offered.state, Command("menu"))
    assert away.state.form is None
    late = run(waiting, away.state, ButtonPress("rel:ABC234"))
    assert not late.effects


def test_the_offer_keeps_an_unfinished_form(waiting):
    # A new request although ABC234 is held ("Talk to a person" shows that case first).
    form = run(waiting, ready(), ButtonPress("person::new"), text("my boss did not pay"))
    away = run(waiting, form.state, Command("menu"))
    offered = run(waiting, away.state, text(WORDS))
    sent = run(waiting, offered.state, ButtonPress("rel:ABC234"))
    assert sent.state.form == {"topic": "", "description": "my boss did not pay"}


@pytest.mark.parametrize(
    "cases",
    [
        (),
        (case(awaits_answer=False),),  # the person answered already
        (case(status=CaseStatus.CLOSED),),
    ],
)
def test_without_a_case_waiting_for_an_answer_text_is_answered_as_usual(ctx, cases):
    outcome = run(
        replace(ctx, cases=cases), ready(), text("my boss did not pay", "en", "unpaid_wages")
    )
    assert "rel:no" not in all_button_data(outcome)
    assert "FIXTURE" in said(outcome)


def test_several_cases_waiting_offer_one_button_each(ctx):
    two = replace(ctx, cases=(case("ABC234"), case("XYZ789", org="BETA")))
    outcome = run(two, ready(), text(WORDS))
    assert button_data(outcome.replies[-1]) == ["rel:ABC234", "rel:XYZ789", "rel:no"]
    sent = run(two, outcome.state, ButtonPress("rel:XYZ789"))
    assert sent.effects == (RelayToStaff("XYZ789", WORDS),)


def test_a_forged_case_reference_sends_nothing(waiting):
    offered = run(waiting, ready(), text(WORDS))
    forged = run(waiting, offered.state, ButtonPress("rel:NOTMINE"))
    assert not forged.effects
    assert forged.state.form is None


# --- found in the last round of trying the bot (2026-12-05) -------------------------------


def test_a_case_closed_while_the_question_waits_gives_the_words_back(ctx, waiting):
    offered = run(waiting, ready(), text(WORDS))
    closed = replace(ctx, cases=(case(status=CaseStatus.CLOSED, awaits_answer=False),))
    outcome = run(closed, offered.state, ButtonPress("rel:ABC234"))
    assert not outcome.effects
    assert "Your case ABC234 was closed, so this was not sent." in said(outcome)
    assert outcome.replies[-1].text == WORDS  # to copy
    assert outcome.state.form is None  # and not kept


def test_no_typed_at_the_question_is_the_no_button(waiting):
    offered = run(waiting, ready(), text("my boss did not pay me", topic="unpaid_wages"))
    outcome = run(waiting, offered.state, text("no"))
    assert not outcome.effects and outcome.state.step is None
    assert "wages" in said(outcome)


@pytest.mark.parametrize("words", ["send", "ok send", "yes", "ပို့မယ်"])
def test_send_typed_at_the_question_never_sends_nor_joins_the_words(waiting, words):
    offered = run(waiting, ready(), text(WORDS))
    outcome = run(waiting, offered.state, text(words))
    assert not outcome.effects
    assert said(outcome).startswith("Nothing is sent yet. To send it, press Send.")
    sent = run(waiting, outcome.state, ButtonPress("rel:ABC234"))
    assert sent.effects == (RelayToStaff("ABC234", WORDS),)  # "send" was not added


def test_danger_with_a_case_held_offers_to_tell_its_caseworker(ctx):
    # The caseworker has not written (nothing awaits an answer), but an organisation holds
    # the case: danger gets the numbers first, then one tap to tell the caseworker (never
    # without it: consent).
    held = replace(ctx, cases=(case(awaits_answer=False),))
    words = "my boss beat me and locked me in, help"
    outcome = run(held, ready(), text(words, topic="emergency_help"))
    assert outcome.replies[0].text.startswith("🆘")
    assert button_data(outcome.replies[-1]) == ["rel:ABC234", "rel:no"]
    assert not outcome.effects
    assert outcome.urgent  # the emergency lane, as any danger
    sent = run(held, outcome.state, ButtonPress("rel:ABC234"))
    assert sent.effects == (RelayToStaff("ABC234", words, urgent=True),)


def test_ordinary_words_with_a_case_held_are_answered_as_usual(ctx):
    held = replace(ctx, cases=(case(awaits_answer=False),))
    outcome = run(held, ready(), text("my boss did not pay me", topic="unpaid_wages"))
    assert "rel:ABC234" not in all_button_data(outcome)


# --- the offer's time limit (relay.OFFER_DAYS) ---------------------------------------------


def days_after_the_message(ctx, days: int):
    """The context `days` after the caseworker's message (the clock, ctx.today, moved on)."""
    asked = dt.date.fromisoformat(ASKED_ON)
    return replace(ctx, cases=(case(),), today=asked + dt.timedelta(days=days))


@pytest.mark.parametrize("days", [0, 1, relay.OFFER_DAYS])
def test_free_text_is_offered_to_the_caseworker_within_the_limit(ctx, days):
    outcome = run(days_after_the_message(ctx, days), ready(), text(WORDS))
    assert button_data(outcome.replies[-1]) == ["rel:ABC234", "rel:no"]


@pytest.mark.parametrize("days", [relay.OFFER_DAYS + 1, 60])
def test_after_the_limit_free_text_is_a_question_to_the_bot_again(ctx, days):
    late = days_after_the_message(ctx, days)
    outcome = run(late, ready(), text("my boss did not pay", "en", "unpaid_wages"))
    assert "rel:no" not in all_button_data(outcome)
    assert "FIXTURE" in said(outcome)
    assert outcome.state.form is None  # the words were not kept for a question
    # The Answer button under the caseworker's message still reaches them.
    answered = run(late, outcome.state, ButtonPress("ans:ABC234"), text(WORDS))
    assert answered.effects == (RelayToStaff("ABC234", WORDS),)


def test_after_the_limit_danger_still_offers_one_tap_to_the_caseworker(ctx):
    late = days_after_the_message(ctx, relay.OFFER_DAYS + 1)
    outcome = run(late, ready(), text("they locked me in the room", topic="emergency_help"))
    assert said(outcome).startswith("🆘") and "191" in said(outcome)
    assert button_data(outcome.replies[-1]) == ["rel:ABC234", "rel:no"]


def test_a_question_already_waiting_is_kept_past_the_limit(ctx):
    """'Send this to <org>?' asked on the seventh day, pressed on the eighth: it is sent."""
    offered = run(days_after_the_message(ctx, relay.OFFER_DAYS), ready(), text(WORDS))
    late = days_after_the_message(ctx, relay.OFFER_DAYS + 1)
    sent = run(late, offered.state, ButtonPress("rel:ABC234"))
    assert sent.effects == (RelayToStaff("ABC234", WORDS),)


# --- after the person's own message (findings part 5, section 7) ----------------------------

NOW = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)


def answered(minutes_ago: float) -> CaseView:
    """The person wrote last: their answer went `minutes_ago`."""
    at = (NOW - dt.timedelta(minutes=minutes_ago)).isoformat()
    return case(awaits_answer=False, asked_on="", answered_at=at)


def test_more_words_right_after_an_answer_are_offered_to_the_caseworker(ctx):
    later = replace(ctx, cases=(answered(0.1),), now=NOW)
    outcome = run(later, ready(), text("27,000 baht"))
    assert said(outcome) == "Send this to Alpha Aid (fixture) about your case ABC234?"
    more = run(later, outcome.state, text("no payslip"))
    sent = run(later, more.state, ButtonPress("rel:ABC234"))
    assert sent.effects == (RelayToStaff("ABC234", "27,000 baht\nno payslip"),)


def test_the_answer_button_then_several_messages(ctx):
    asked = replace(ctx, cases=(case(),), now=NOW)
    first = run(asked, ready(), ButtonPress("ans:ABC234"), text("3 months"))
    assert first.effects == (RelayToStaff("ABC234", "3 months"),)
    # The service reads the case again: the person wrote last, just now.
    after = replace(ctx, cases=(answered(0),), now=NOW + dt.timedelta(seconds=2))
    second = run(after, first.state, text("27,000 baht", topic="unpaid_wages"))
    assert "rel:ABC234" in all_button_data(second) and not second.effects
    assert second.tally is None  # no question to the bot: not counted


def test_long_after_the_persons_answer_free_text_is_a_question_again(ctx):
    later = replace(ctx, cases=(answered(relay.FOLLOW_UP.total_seconds() / 60 + 1),), now=NOW)
    outcome = run(later, ready(), text("my boss did not pay me", topic="unpaid_wages"))
    assert "rel:ABC234" not in all_button_data(outcome)
    assert "wages" in said(outcome)


# --- an emergency or an arrest the NLU reads at the question (explore6, finding 1) ---------

POLICE = "police coming to catch me now"  # no danger keyword: only the NLU reads the arrest


def first_line(real, topic: str) -> str:
    variant = real.catalog.answer(topic, "MM", "TH")
    return str(variant.text.en).splitlines()[0]


@pytest.mark.parametrize(
    "cases",
    [
        (answered(3),),  # the person answered the caseworker 3 minutes ago (FOLLOW_UP)
        (case(),),  # the caseworker wrote yesterday (OFFER_DAYS)
    ],
)
def test_an_arrest_the_nlu_reads_is_answered_at_once_and_can_still_go(real, cases):
    ctx = replace(real, cases=cases, now=NOW)
    outcome = run(ctx, ready(), text(POLICE, topic="arrest_detention"))
    body = said(outcome)
    assert first_line(real, "arrest_detention") in body  # the answer now, not after "No"
    assert body.index(first_line(real, "arrest_detention")) < body.index("Send this to")
    assert button_data(outcome.replies[-1]) == ["rel:ABC234", "rel:no"]  # one tap still
    assert not outcome.effects
    assert outcome.urgent  # sent before anything queued, as any emergency
    sent = run(ctx, outcome.state, ButtonPress("rel:ABC234"))
    assert sent.effects == (RelayToStaff("ABC234", POLICE, urgent=True),)  # the case: 🔴


def test_an_emergency_the_nlu_reads_gets_the_numbers_at_once(real):
    ctx = replace(real, cases=(answered(1),), now=NOW)
    outcome = run(ctx, ready(), text("please come quickly", topic="emergency_help"))
    assert said(outcome).startswith("🆘") and "☎ 1300" in said(outcome)
    assert said(outcome).count("🆘") == 1  # once, not also as danger words
    assert button_data(outcome.replies[-1]) == ["rel:ABC234", "rel:no"]


def test_an_unsure_reading_of_an_arrest_only_asks(real):
    ctx = replace(real, cases=(answered(1),), now=NOW)
    unsure = Text(POLICE, "en", None, NluResult("arrest_detention", 0.41, ()))
    outcome = run(ctx, ready(), unsure)
    assert said(outcome) == "Send this to ALPHA about your case ABC234?"
    sent = run(ctx, outcome.state, ButtonPress("rel:ABC234"))
    assert sent.effects == (RelayToStaff("ABC234", POLICE),)  # not marked urgent


def test_an_arrest_added_to_words_already_waiting_is_answered_and_marks_them(real):
    ctx = replace(real, cases=(answered(1),), now=NOW)
    first = run(ctx, ready(), text("27,000 baht"))
    outcome = run(ctx, first.state, text(POLICE, topic="arrest_detention"))
    assert first_line(real, "arrest_detention") in said(outcome)
    sent = run(ctx, outcome.state, ButtonPress("rel:ABC234"))
    assert sent.effects == (RelayToStaff("ABC234", f"27,000 baht\n{POLICE}", urgent=True),)


@pytest.mark.parametrize(("words", "confidence"), [("mhan tal", 0.62), ("ဟုတ်ကဲ့ ဟုတ်ကဲ့", 0.7)])
def test_a_few_words_unsurely_read_as_an_arrest_only_ask(real, words, confidence):
    """As at the form's buttons (79a583f): one to three words leave the question on the
    NLU's reading alone only from 0.8. Before, "mhan tal" ("that's right") read as an arrest
    at 0.62 got the arrest advice, and its Send made the case urgent for the inbox."""
    ctx = replace(real, cases=(answered(1),), now=NOW)
    short = Text(words, "en", None, NluResult("arrest_detention", confidence, ()))
    outcome = run(ctx, ready(), short)
    assert said(outcome) == "Send this to ALPHA about your case ABC234?"
    assert not outcome.urgent
    sent = run(ctx, outcome.state, ButtonPress("rel:ABC234"))
    assert sent.effects == (RelayToStaff("ABC234", words),)  # not marked urgent


def test_a_few_words_surely_read_as_an_arrest_are_answered_at_once(real):
    ctx = replace(real, cases=(answered(1),), now=NOW)
    sure = Text("police come", "en", None, NluResult("arrest_detention", 0.95, ()))
    outcome = run(ctx, ready(), sure)
    assert first_line(real, "arrest_detention") in said(outcome)
    sent = run(ctx, outcome.state, ButtonPress("rel:ABC234"))
    assert sent.effects == (RelayToStaff("ABC234", "police come", urgent=True),)


# "please send" typed in any of the three languages (explore6, finding 16)
@pytest.mark.parametrize("words", ["ပို့ပါ", "ပို့ပေးပါ", "ផ្ញើទៅ", "ផ្ញើ", "please send"])
def test_please_send_in_any_language_is_never_added_to_the_words(waiting, words):
    offered = run(waiting, ready(), text(WORDS))
    outcome = run(waiting, offered.state, text(words, language=None))
    assert said(outcome).startswith("Nothing is sent yet. To send it, press Send.")
    sent = run(waiting, outcome.state, ButtonPress("rel:ABC234"))
    assert sent.effects == (RelayToStaff("ABC234", WORDS),)
