"""A raid happening now, typed in bursts (exploratory round 25B): "police here", then "help",
"help!!", "HELP" a few seconds apart. "Help" alone asks what the bot does (its help page,
typed_answers.asks_help); within minutes of the arrest or the emergency answer it is the
same plea again: it got the help page, or "Is it about ...?" with the whole menu, and no
number to call. Now the emergency answer, the numbers first, each time (never "I answered
this just above"); "help" alone with no such answer before still gets the help page."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, said, settled

from bot.dialogue import engine

POLICE_HERE = read_as("police here", "arrest_detention", 0.99)
RAID = read_as("raid at market now", "emergency_help", 0.95)


@pytest.fixture
def ctx(real: engine.Context) -> engine.Context:
    return real


def after(ctx: engine.Context, first, lang: str) -> engine.Context:
    answered = engine.handle(replace(first, language=lang), settled(lang), ctx)
    assert answered.shown is not None
    return replace(ctx, last_answer=answered.shown)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("help", "en"),
        ("help!!", "en"),
        ("HELP", "en"),
        ("ကူညီ", "my"),
        ("kuu nyi", "my"),
        ("ជួយ", "km"),
    ],
)
@pytest.mark.parametrize("first", [POLICE_HERE, RAID])
def test_help_alone_right_after_the_arrest_or_emergency_answer_gets_the_numbers(
    ctx, words, lang, first
):
    plea = read_as(words, "bot_help", 0.9, lang)
    got = engine.handle(plea, settled(lang), after(ctx, first, lang))
    assert said(got).startswith("🆘")
    assert "topic:arrest_detention" in all_button_data(got)
    # The same word again within a minute: the numbers again, not "answered just above".
    again = engine.handle(plea, got.state, replace(after(ctx, first, lang), repeated=True))
    assert said(again).startswith("🆘")


def test_help_alone_after_another_answer_still_gets_the_help_page(ctx):
    wages = read_as("my boss does not pay me", "unpaid_wages", 0.95)
    got = engine.handle(read_as("help", "bot_help", 0.9), settled(), after(ctx, wages, "en"))
    assert "🆘" not in said(got)
    assert "/menu" in said(got)
