"""A story with several problems, then only "?" or "hello??" (round 21B). "my boss no pay me
and take my passport" got Passport taken with Unpaid wages offered; "?" then got "did not
understand" with only Passport taken offered again, and "hello??" the greeting and the
menu: the unpaid wages were gone. Told in pieces ("salary not pay 2 month", then "and also
boss keep passport", then "hello??"), the first problem was gone after the second answer.
Now the engine says which other problems the person wrote (Outcome.also, with the answer
shown), the service keeps them with that answer (bot/recent.py), and "?" or "hello??" right
after offers them again under "You also wrote about this" (bot/dialogue/follow_up.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, read_by_rule, said, settled

from bot.dialogue import engine
from bot.dialogue.events import Text
from bot.nlu import NluResult
from bot.recent import RecentAnswers

ALSO = "You also wrote about this. Tap to read more:"
STORY = read_by_rule(
    "my boss no pay me and take my passport",
    "en",
    ("documents_confiscated", "unpaid_wages"),
    ("documents_confiscated", 0.6),
    ("unpaid_wages", 0.3),
)


def next_ctx(ctx: engine.Context, outcome: engine.Outcome) -> engine.Context:
    """The context of the next message, as the service makes it (bot/service.py)."""
    assert outcome.shown is not None
    return replace(ctx, last_answer=outcome.shown, last_also=outcome.also)


def nudge(words: str) -> Text:
    """ "?" (no words: no reading) or "hello??" (read as a greeting)."""
    if words.strip("?") == "":
        return Text(words, "en", None, NluResult(None, 0.0, ()))
    return read_as(words, "greet", 0.95)


def test_the_other_problems_are_kept_with_the_answer(real):
    told = engine.handle(STORY, settled(), real)
    assert told.shown == "topic:documents_confiscated"
    assert told.also == ("topic:unpaid_wages",)


@pytest.mark.parametrize("words", ["?", "??", "hello??", "hello?"])
def test_a_nudge_after_the_story_offers_the_other_problems_again(real, words):
    told = engine.handle(STORY, settled(), real)
    got = engine.handle(nudge(words), told.state, next_ctx(real, told))
    data = all_button_data(got)
    assert data[:2] == ["topic:documents_confiscated", "topic:unpaid_wages"]
    assert ALSO in said(got)
    assert len(data) <= 5, "the two problems, a person and the menu: no whole menu under them"


def test_told_in_pieces_the_first_problem_is_offered_after_the_second(real):
    first = engine.handle(read_as("salary not pay 2 month", "unpaid_wages", 0.95), settled(), real)
    second_words = read_as("and also boss keep passport", "documents_confiscated", 0.95)
    second = engine.handle(second_words, first.state, next_ctx(real, first))
    assert second.shown == "topic:documents_confiscated"
    assert second.also == ("topic:unpaid_wages",)
    got = engine.handle(nudge("hello??"), second.state, next_ctx(real, second))
    assert "topic:unpaid_wages" in all_button_data(got)


def test_hello_without_a_question_mark_is_a_greeting_as_before(real):
    told = engine.handle(STORY, settled(), real)
    got = engine.handle(nudge("hello"), told.state, next_ctx(real, told))
    assert "topic:unpaid_wages" not in all_button_data(got)
    assert ALSO not in said(got)


def test_the_other_problems_are_forgotten_with_the_answer():
    answered = RecentAnswers(window_s=600.0)
    answered.remember("a", "topic:documents_confiscated", 1000.0, ("topic:unpaid_wages",))
    assert answered.also("a", 1500.0) == ("topic:unpaid_wages",)
    assert answered.last("a", 1500.0) == "topic:documents_confiscated"
    assert answered.also("a", 1700.0) == ()
    answered.remember("b", "topic:unpaid_wages", 1000.0)
    assert answered.also("b", 1000.0) == ()
