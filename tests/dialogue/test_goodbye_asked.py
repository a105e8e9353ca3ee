""" "how long it take" (how long does a complaint take), right after the agency answer, was
read by the NLU as Goodbye (0.61) and got "Goodbye. Stay safe. Write to me any time."
(exploratory round 15A, F4): a question is no farewell. Read as a question
(question_words.py), it gets what any message not understood gets: "did not understand",
with the answer shown last offered again."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled

from bot.dialogue.events import ButtonPress
from bot.values import Asked

GOODBYE = "Goodbye. Stay safe. Write to me any time."


@pytest.mark.parametrize("words", ["how long it take", "how long it take?", "when they answer?"])
def test_a_question_read_as_goodbye_is_not_said_goodbye_to(ctx, words):
    shown = run(ctx, settled(), ButtonPress("topic:agency_complaint"))
    assert shown.shown is not None
    # The service hands the answer shown back as the next message's Context.last_answer.
    got = run(replace(ctx, last_answer=shown.shown), shown.state, read_as(words, "goodbye", 0.61))
    assert GOODBYE not in said(got)
    assert got.tally is not None and got.tally.asked == Asked.FALLBACK  # counted as it is answered
    assert "topic:agency_complaint" in " ".join(all_button_data(got))


@pytest.mark.parametrize("words", ["bye", "ok bye, thank you", "see you"])
def test_a_goodbye_is_still_said_goodbye_to(ctx, words):
    got = run(ctx, settled(), read_as(words, "goodbye", 0.95))
    assert said(got) == GOODBYE
