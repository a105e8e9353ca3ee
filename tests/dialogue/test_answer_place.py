"""The place an answer to typed words is for, worked out once (bot/dialogue/answer_place.py)
for the answer, a button that shows it again and a guess's button."""

from __future__ import annotations

from dialogue_helpers import all_button_data, read_as, settled

from bot.dialogue import engine
from bot.dialogue.events import Text
from bot.values import NluResult


def test_a_guess_is_for_the_place_its_answer_would_be_for(real):
    """A guess's button and the answer to the same words read the place alike (answer_place.py):
    a place left ("I came back from Thailand") is not where the writer is, so a guess does not
    show Thailand's answer where the understood message gets the one for home."""
    home = settled(country="MM")
    words = "i came back from thailand, the boss still owe me"
    understood = engine.handle(read_as(words, "unpaid_wages", 0.9), home, real)
    guessed = Text(words, "en", None, NluResult(None, 0.3, (("unpaid_wages", 0.3),)))
    outcome = engine.handle(guessed, home, real)
    assert understood.shown == "topic:unpaid_wages"
    assert "topic:unpaid_wages" in all_button_data(outcome)
    assert not [data for data in all_button_data(outcome) if data.startswith("at:")]
