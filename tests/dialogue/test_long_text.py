"""Long text is cut at 2000 characters, and the writer is told how much was kept (finding 6)."""

from __future__ import annotations

from dataclasses import replace

from dialogue_helpers import run, said, text

from bot.dialogue.events import ButtonPress
from bot.values import CaseStatus, CaseView, RelayToStaff, UserState

LONG = "my boss did not pay me. " * 119 + "THE END my phone is 0812345678"  # 2886 characters
NOTE = "Your text was long: I kept the first 2000 of 2886 characters."
CASE = CaseView(
    "ABC234", "unpaid_wages", "ALPHA", CaseStatus.ACCEPTED, "2026-11-20", True, "2026-11-26"
)


def ready() -> UserState:
    return UserState(language="en", origin="MM", country="TH", profile_asked=True)


def test_the_lengths_are_as_described():
    assert len(LONG) == 2886


def test_a_long_description_is_cut_and_the_person_is_told(ctx):
    outcome = run(ctx, ready(), ButtonPress("person"), text(LONG))
    assert said(outcome).startswith(NOTE)
    assert outcome.state.form["description"] == LONG[:2000]
    assert outcome.state.step == "ref:place"  # the form goes on


def test_a_short_description_gets_no_note(ctx):
    outcome = run(ctx, ready(), ButtonPress("person"), text("my boss did not pay me"))
    assert "Your text was long" not in said(outcome)


def test_a_long_answer_to_a_caseworker_says_what_was_sent(ctx):
    ctx = replace(ctx, cases=(CASE,))
    outcome = run(ctx, ready(), ButtonPress("ans:ABC234"), text(LONG))
    assert outcome.effects == (RelayToStaff("ABC234", LONG[:2000]),)
    assert NOTE in said(outcome)


def test_a_long_typed_answer_offered_to_the_caseworker_says_so(ctx):
    ctx = replace(ctx, cases=(CASE,))
    outcome = run(ctx, ready(), text(LONG))
    assert said(outcome).startswith(NOTE)
    sent = run(ctx, outcome.state, ButtonPress("rel:ABC234"))
    assert sent.effects == (RelayToStaff("ABC234", LONG[:2000]),)
