"""The lead's reading of session 29: the development set's mistakes and the merges."""

from __future__ import annotations

import pytest
from dialogue_helpers import read_as, said, settled

from bot.dialogue import engine
from bot.dialogue.tally import Asked


@pytest.mark.parametrize(
    ("words", "read", "kind", "reply"),
    [
        ("gud mrng", None, "greet", "Hello! How can I help you?"),
        ("nice to meet you", "goodbye", "greet", "Hello! How can I help you?"),
        ("cheers", "greet", "thanks", "You are welcome."),
        ("wah clear now tq", None, "thanks", "You are welcome."),
        ("ttyl", "thanks", "goodbye", "Goodbye. Stay safe."),
        ("cu tmrw", None, "goodbye", "Goodbye. Stay safe."),
        ("gn admin", None, "goodbye", "Goodbye. Stay safe."),
    ],
)
def test_chat_shorthand_alone_is_answered_as_its_kind(ctx, words, read, kind, reply):
    """The development set (session 29): "gud mrng", "gn", "cu tmrw" got "Sorry, I did not
    understand", "nice to meet you" a goodbye, "cheers" a hello, "ttyl" a thanks."""
    out = engine.handle(read_as(words, read, 0.8), settled("en", "TH"), ctx)
    assert reply in said(out)
    assert out.tally is not None and out.tally.asked == Asked.CONVERSATION
    assert out.tally.topic == kind


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("tq, where is the embassy", "embassy_contact"),
        ("morning shift boss no pay", "unpaid_wages"),
        ("see you at the police station, they said", "arrest_detention"),
    ],
)
def test_shorthand_inside_a_question_leaves_the_question_read(ctx, words, topic):
    out = engine.handle(read_as(words, topic, 0.9), settled("en", "TH"), ctx)
    assert out.shown is not None and topic in out.shown
