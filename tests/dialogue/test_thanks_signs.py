"""👍 or 🙏 sent alone, right after an answer or not, is an ok or a thank-you (round 15B, F7):
it got "Sorry, I did not understand". A sign of distress stays not understood (a person
after two)."""

from __future__ import annotations

import pytest
from dialogue_helpers import read_as, said, settled

from bot.dialogue import engine
from bot.dialogue.typed_answers import thanks_sign
from bot.values import Asked


@pytest.mark.parametrize("sign", ["👍", "🙏", "🙏🙏", "👍🏽", " 👌 ", "❤️", "🙏🏻 👍"])
def test_a_sign_of_thanks_alone_is_an_ok(real, sign):
    outcome = engine.handle(read_as(sign, "injury_health", 0.62), settled(), real)
    assert said(outcome).startswith("OK. Write to me any time")
    assert "did not understand" not in said(outcome)
    assert outcome.tally is not None and outcome.tally.asked == Asked.CONVERSATION


@pytest.mark.parametrize("text", ["😭", "😭😭😭", "👍?", "🙏 help", "???", "1546", ""])
def test_anything_else_is_not_a_thanks_sign(text):
    assert not thanks_sign(text)


def test_distress_alone_stays_not_understood(real):
    outcome = engine.handle(read_as("😭😭😭", "injury_health", 0.62), settled(), real)
    assert "did not understand" in said(outcome)
