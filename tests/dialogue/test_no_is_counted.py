"""The answer after No at "Send this to <org>?" is a question to the bot, counted in the
anonymous question counts as the form's "Ask this instead" is (docs/user-testing.md, "Still
open"): it was answered and never counted. Words counted when they came (danger words, an
emergency or an arrest answered at once) are not counted again."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import button_data, run, said, text

from bot.dialogue import relay
from bot.dialogue.events import ButtonPress
from bot.values import Asked, CaseStatus, CaseView, Tally, UserState


def ready() -> UserState:
    return UserState(language="en", origin="MM", country="TH", profile_asked=True)


@pytest.fixture
def waiting(ctx):
    """A person whose caseworker wrote yesterday (ctx.today is 2026-11-27)."""
    case = CaseView("ABC234", "unpaid_wages", "ALPHA", CaseStatus.ACCEPTED, "2026-11-20", True)
    return replace(ctx, cases=(replace(case, asked_on="2026-11-26"),))


def offered(waiting, words: str, topic: str | None):
    outcome = run(waiting, ready(), text(words, topic=topic))
    assert button_data(outcome.replies[-1]) == ["rel:ABC234", relay.NO]
    return outcome


@pytest.mark.parametrize("no", [ButtonPress(relay.NO), text("no"), text("No", topic="deny")])
def test_the_question_answered_after_no_is_counted(waiting, no):
    before = offered(waiting, "my boss did not pay me", "unpaid_wages")
    assert before.tally is None  # not yet: it may be an answer to the caseworker
    outcome = run(waiting, before.state, no)
    assert "wages" in said(outcome) and not outcome.effects
    assert outcome.tally == Tally(Asked.ANSWERED, "unpaid_wages", confidence=0.9)


def test_what_the_nlu_did_not_understand_is_counted_as_such(waiting):
    before = offered(waiting, "qwerty zxcv", None)
    outcome = run(waiting, before.state, ButtonPress(relay.NO))
    assert outcome.tally is not None and outcome.tally.asked == Asked.FALLBACK


def test_danger_words_counted_when_they_came_are_not_counted_again(waiting):
    held = replace(waiting, cases=(replace(waiting.cases[0], awaits_answer=False),))
    before = run(held, ready(), text("they locked me in the room"))
    assert before.state.step == relay.STEP  # one tap to tell the caseworker, or No
    assert before.tally == Tally(Asked.EMERGENCY, None)  # counted as it came
    outcome = run(held, before.state, ButtonPress(relay.NO))
    assert outcome.tally is None


def test_an_arrest_answered_at_once_is_not_counted_again_after_no(waiting):
    before = offered(waiting, "police are at my door", "arrest_detention")
    assert before.tally is not None  # answered, and counted, at once
    outcome = run(waiting, before.state, ButtonPress(relay.NO))
    assert outcome.tally is None


def test_send_is_not_a_question(waiting):
    before = offered(waiting, "my boss did not pay me", "unpaid_wages")
    outcome = run(waiting, before.state, ButtonPress("rel:ABC234"))
    assert outcome.effects and outcome.tally is None
