"""Buttons of earlier questions and earlier forms, still in the chat (findings part 5,
sections 10 to 12): an old Send never throws away a new form, an old Cancel never says that
nothing was sent while a case is open, and a form's button counts only at its own step."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, run, said, text

from bot.dialogue.events import ButtonPress, Command
from bot.dialogue.outcome import Outcome
from bot.values import CaseStatus, CaseView, OpenCase, UserState

OLD = "That button is old."
WORDS = "Boss did not pay me 3 months, 45000 baht"


def ready() -> UserState:  # MM in TH: the case goes to BETA (tests/fixtures/content)
    return UserState(language="en", origin="MM", country="TH", profile_asked=True)


def at_summary(ctx, words: str = WORDS) -> Outcome:
    events = [
        ButtonPress("person::new"),  # a new request, also when an earlier case is held
        text(words),
        text("Mae Sot"),
        ButtonPress("ref:contact:bot"),
        ButtonPress("ref:urgent:no"),
    ]
    outcome = run(replace(ctx, new_ref="NEW234"), ready(), *events)
    assert outcome.state.step == "ref:confirm"
    return outcome


def sent_case(status: CaseStatus = CaseStatus.NEW) -> CaseView:
    return CaseView("OLD234", "unpaid_wages", "BETA", status, "2026-11-20")


# --- 10: the Send of an earlier case's summary ------------------------------------------------


def test_the_old_send_of_a_sent_case_keeps_the_new_form(ctx):
    summary = at_summary(ctx, "the agent took my passport at the border")
    later = replace(ctx, cases=(sent_case(),), new_ref="OTHER99")
    outcome = run(later, summary.state, ButtonPress("ref:send:OLD234"))
    body = said(outcome)
    assert "Case OLD234 was already sent." in body
    assert "Your new request is not sent yet" in body
    assert "Sent." not in body
    assert not outcome.effects
    assert outcome.state.form == summary.state.form  # the new request, as it was
    assert "ref:send:NEW234" in all_button_data(outcome)  # its own summary, its own Send
    sent = run(later, outcome.state, ButtonPress("ref:send:NEW234"))
    [effect] = sent.effects
    assert isinstance(effect, OpenCase) and effect.ref == "NEW234"
    assert effect.description == "the agent took my passport at the border"


def test_the_old_send_of_a_sent_case_keeps_a_form_not_finished(ctx):
    started = run(ctx, ready(), ButtonPress("person"), text(WORDS))  # at "Where are you?"
    outcome = run(replace(ctx, cases=(sent_case(),)), started.state, ButtonPress("ref:send:OLD234"))
    assert "Case OLD234 was already sent." in said(outcome)
    assert outcome.state.form == started.state.form and outcome.state.step == "ref:place"
    assert said(outcome).endswith("Do not give an exact address.")


def test_a_second_press_of_the_same_send_still_says_sent(ctx):
    summary = at_summary(ctx)
    sent = run(replace(ctx, new_ref="NEW234"), summary.state, ButtonPress("ref:send:NEW234"))
    case = replace(sent_case(), ref="NEW234")
    again = run(replace(ctx, cases=(case,)), sent.state, ButtonPress("ref:send:NEW234"))
    assert "Your case number is NEW234" in said(again) and not again.effects


# --- 11: Cancel after Send ------------------------------------------------------------------


def test_cancel_on_the_summary_after_send_says_the_case_was_sent(ctx):
    summary = at_summary(ctx)
    sent = run(replace(ctx, new_ref="NEW234"), summary.state, ButtonPress("ref:send:NEW234"))
    after = replace(ctx, cases=(replace(sent_case(), ref="NEW234"),))
    outcome = run(after, sent.state, ButtonPress("ref:cancel"))
    assert said(outcome) == "Case NEW234 was already sent. To withdraw it, use /mycases."
    assert "Nothing was sent" not in said(outcome)


def test_cancel_of_a_draft_still_cancels_it(ctx):
    summary = at_summary(ctx)
    outcome = run(replace(ctx, cases=(sent_case(),)), summary.state, ButtonPress("ref:cancel"))
    assert said(outcome) == "Cancelled. Nothing was sent."
    assert outcome.state.form is None


def test_the_summarys_cancel_names_its_case(ctx):
    assert "ref:cancel:NEW234" in all_button_data(at_summary(ctx))


def test_the_old_cancel_of_a_sent_case_keeps_the_new_form(ctx):
    # Finding 6 (explore6): the Cancel under case OLD234's summary, pressed while a new
    # request is being written, dropped it and said "Nothing was sent".
    later = replace(ctx, cases=(sent_case(CaseStatus.ACCEPTED),))
    # A new request although OLD234 is held ("Talk to a person" shows that case first).
    started = run(later, ready(), ButtonPress("person::new"), text(WORDS))  # "Where are you?"
    outcome = run(later, started.state, ButtonPress("ref:cancel:OLD234"))
    assert said(outcome).startswith(OLD)
    assert "Nothing was sent" not in said(outcome)
    assert outcome.state.form == started.state.form and outcome.state.step == "ref:place"
    summary = at_summary(later)
    again = run(later, summary.state, ButtonPress("ref:cancel:OLD234"))
    assert said(again).startswith(OLD) and again.state.form == summary.state.form


def test_the_old_cancel_with_no_draft_names_its_own_case(ctx):
    cases = (sent_case(CaseStatus.ACCEPTED), replace(sent_case(), ref="NEW234"))
    outcome = run(replace(ctx, cases=cases), ready(), ButtonPress("ref:cancel:NEW234"))
    assert said(outcome) == "Case NEW234 was already sent. To withdraw it, use /mycases."


def test_the_summarys_own_cancel_cancels_it(ctx):
    summary = at_summary(ctx)
    outcome = run(ctx, summary.state, ButtonPress("ref:cancel:NEW234"))
    assert said(outcome) == "Cancelled. Nothing was sent."
    assert outcome.state.form is None


def test_cancel_with_only_closed_cases_says_nothing_was_sent(ctx):
    closed = replace(ctx, cases=(sent_case(CaseStatus.CLOSED),))
    assert said(run(closed, ready(), Command("cancel"))) == "Cancelled. Nothing was sent."


def test_cancel_of_an_answer_to_a_caseworker_says_nothing_was_sent(ctx):
    held = replace(ctx, cases=(sent_case(CaseStatus.ACCEPTED),))
    writing = run(held, ready(), ButtonPress("ans:OLD234"))
    assert said(run(held, writing.state, ButtonPress("ref:cancel"))) == (
        "Cancelled. Nothing was sent."
    )


# --- 12: a form's button counts only at its own step -----------------------------------------


@pytest.mark.parametrize(
    "old",
    [
        "ref:skip:description",
        "ref:skip:place",
        "ref:place:TH",
        "ref:contact:phone",
        "ref:contact:bot",
        "ref:urgent:yes",
        "ref:topic:other",
    ],
)
def test_an_old_form_button_at_the_summary_changes_nothing(ctx, old):
    summary = at_summary(ctx)
    outcome = run(ctx, summary.state, ButtonPress(old))
    assert said(outcome).startswith(OLD)
    assert outcome.state.form == summary.state.form
    assert outcome.state.step == "ref:confirm"
    assert "ref:send:NEW234" in all_button_data(outcome)  # the summary again


def test_an_old_urgent_at_the_description_step_does_not_jump_to_the_summary(ctx):
    started = run(ctx, ready(), ButtonPress("person"))
    outcome = run(ctx, started.state, ButtonPress("ref:urgent:yes"))
    assert said(outcome).startswith(OLD)
    assert outcome.state.step == "ref:description" and "urgent" not in outcome.state.form
    assert "ref:skip:description" in all_button_data(outcome)


def test_an_old_phone_button_at_the_summary_does_not_ask_urgency_again(ctx):
    summary = at_summary(ctx)
    outcome = run(ctx, summary.state, ButtonPress("ref:contact:phone"), text("0891112222"))
    assert "Is it urgent?" not in said(outcome)
    assert outcome.state.form["contact_method"] == "bot"


def test_the_buttons_of_the_question_asked_still_work(ctx):
    events = [
        ButtonPress("person:unpaid_wages"),
        ButtonPress("ref:topic:unpaid_wages"),
        ButtonPress("ref:skip:description"),
        ButtonPress("ref:place:TH"),
        ButtonPress("ref:contact:phone"),
        ButtonPress("ref:contact:bot"),  # changed their mind, under the contact question
        ButtonPress("ref:urgent:yes"),
        ButtonPress("ref:change"),
        ButtonPress("ref:edit:topic"),
        ButtonPress("ref:topic:other"),
        ButtonPress("ref:change"),
        ButtonPress("ref:edit:place"),
        ButtonPress("ref:skip:place"),
    ]
    outcome = run(ctx, ready(), *events)
    assert OLD not in said(outcome) and outcome.state.step == "ref:confirm"
    form = outcome.state.form
    assert form["topic"] == "" and form["place"] == "" and form["urgent"] == "1"
    assert form["contact_method"] == "bot" and form["description"] == ""


def test_after_the_menu_the_button_of_the_question_left_still_counts(ctx):
    started = run(ctx, ready(), ButtonPress("person"), text(WORDS), ButtonPress("menu"))
    assert started.state.step is None
    outcome = run(ctx, started.state, ButtonPress("ref:skip:place"))
    assert outcome.state.form["place"] == "" and outcome.state.step == "ref:contact"
    old = run(ctx, started.state, ButtonPress("ref:skip:description"))
    assert said(old).startswith(OLD) and old.state.form["description"] == WORDS


# --- 12: old profile buttons ------------------------------------------------------------------


@pytest.mark.parametrize("old", ["origin:skip", "origin:KH", "country:skip", "country:MY"])
def test_an_old_profile_button_weeks_later_changes_nothing(ctx, old):
    outcome = run(ctx, ready(), ButtonPress(old))
    assert said(outcome).startswith("That button is old")
    assert (outcome.state.origin, outcome.state.country) == ("MM", "TH")
    assert outcome.state.step is None


def test_an_old_profile_button_in_the_form_asks_the_forms_question_again(ctx):
    started = run(ctx, ready(), ButtonPress("person"), text(WORDS))
    outcome = run(ctx, started.state, ButtonPress("origin:skip"))
    assert said(outcome).startswith(OLD) and "Where are you?" in said(outcome)
    assert outcome.state == started.state


def test_the_profile_questions_buttons_still_work(ctx):
    asked = run(ctx, ready(), Command("profile"))
    outcome = run(ctx, asked.state, ButtonPress("origin:KH"), ButtonPress("country:MY"))
    assert (outcome.state.origin, outcome.state.country) == ("KH", "MY")
