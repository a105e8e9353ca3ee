""" "Talk to a person" with a case an organisation already holds (exploratory test 7, finding 5).

A person whose "Passport taken" case a caseworker at FED holds asked again how to get their
passport back and pressed "Talk to a person" under the answer: a new form opened on the same
problem, nothing said about the open case, and the caseworkers would have had to match two
cases up. Now the open case comes first, in one line (reference, organisation), with a
button to write to that caseworker (the Answer step) and one to start a new request anyway.
"""

from __future__ import annotations

import dataclasses

import pytest
from dialogue_helpers import all_button_data, run, said, text, tr

from bot.dialogue.events import ButtonPress
from bot.values import CaseStatus, CaseView, RelayToStaff, UserState

BETA = "Beta Help (fixture)"


def ready(lang: str = "en") -> UserState:
    return UserState(language=lang, origin="MM", country="TH", profile_asked=True)


def with_case(ctx, status: CaseStatus = CaseStatus.ACCEPTED, ref: str = "6GFEFS"):
    case = CaseView(ref, "unpaid_wages", "BETA", status, "2026-11-19")
    return dataclasses.replace(ctx, cases=(case,))


@pytest.mark.parametrize("how", [ButtonPress("person:unpaid_wages"), ButtonPress("person")])
def test_the_open_case_comes_first_with_a_way_to_write_to_them(ctx, how):
    held = with_case(ctx)
    outcome = run(held, ready(), how)
    assert outcome.state.form is None  # no new form yet
    words = said(outcome)
    assert "6GFEFS" in words and BETA in words
    buttons = all_button_data(outcome)
    assert "ans:6GFEFS" in buttons
    assert any(data.startswith("person:") and data.endswith(":new") for data in buttons)


def test_typed_talk_to_a_person_too(ctx):
    outcome = run(
        with_case(ctx), ready(), text("i want to talk to a person", topic="talk_to_person")
    )
    assert "ans:6GFEFS" in all_button_data(outcome) and outcome.state.form is None


def test_write_to_them_is_the_answer_step_of_that_case(ctx):
    held = with_case(ctx)
    offered = run(held, ready(), ButtonPress("person:unpaid_wages"))
    writing = run(held, offered.state, ButtonPress("ans:6GFEFS"))
    assert writing.state.step == "ans:6GFEFS"
    sent = run(held, writing.state, text("they still have my passport"))
    assert sent.effects == (RelayToStaff("6GFEFS", "they still have my passport"),)


def test_a_new_request_anyway_opens_the_form_on_the_topic(ctx):
    held = with_case(ctx)
    offered = run(held, ready(), ButtonPress("person:unpaid_wages"))
    new = run(held, offered.state, ButtonPress("person:unpaid_wages:new"))
    assert new.state.step == "ref:topic"
    assert new.state.form == {"topic": "unpaid_wages"}


def test_a_new_urgent_request_from_the_numbers_stays_urgent(ctx):
    held = with_case(ctx)
    new = run(held, ready(), ButtonPress("person:emergency_help:new"))
    assert (new.state.form or {}).get("urgent") == "1"


@pytest.mark.parametrize("status", [CaseStatus.CLOSED, CaseStatus.WITHDRAWN, CaseStatus.WAITING])
def test_no_case_held_by_an_organisation_opens_the_form_at_once(ctx, status):
    # Closed or withdrawn: nobody to write to; waiting: no organisation has it yet.
    outcome = run(with_case(ctx, status), ready(), ButtonPress("person:unpaid_wages"))
    assert outcome.state.step == "ref:topic"


def test_an_unfinished_form_is_resumed_as_before(ctx):
    held = with_case(ctx)
    started = run(ctx, ready(), ButtonPress("person:unpaid_wages"))
    again = run(held, started.state.with_(step=None), ButtonPress("person:unpaid_wages"))
    assert again.state.step == "ref:topic"
    assert "ans:6GFEFS" not in all_button_data(again)


@pytest.mark.parametrize("lang", ["my", "km", "en"])
def test_in_the_persons_language(ctx, lang):
    outcome = run(with_case(ctx), ready(lang), ButtonPress("person:unpaid_wages"))
    _ = tr(lang).gettext
    org = BETA if lang == "en" else "Beta (fixture)"  # the partner's name in that language
    assert _("You already have case {ref} with {org}.").format(ref="6GFEFS", org=org) in said(
        outcome
    )
    labels = [b.label for r in outcome.replies for row in r.buttons for b in row]
    assert _("New request") in labels
    assert lang == "en" or "New request" not in labels
