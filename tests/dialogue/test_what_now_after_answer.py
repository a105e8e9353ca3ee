""" "what i do now", "who can help me then" right after an answer (round 14C: after the
arrest answer, or hiding from a raid): the NLU reads the help page, and the person got the
bot's eight commands (/privacy, /alerts, /delete_my_data...). Right after an answer it is a
question about the next step, which a person answers: said so, with "Talk to a person"
about that answer and the answer again. "help" alone stays the help page, except right after
the arrest or emergency answer, where it is the same plea again in a raid: the numbers (round
25B, test_raid_burst.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, said, settled

from bot.dialogue import engine

ARREST = read_as("police catch my brother", "arrest_detention", 0.99)
NEXT = "A person from a partner organisation can tell you what to do next."


@pytest.fixture
def ctx(real: engine.Context) -> engine.Context:
    return real


def after_arrest(ctx: engine.Context, lang: str) -> engine.Context:
    answered = engine.handle(replace(ARREST, language=lang), settled(lang), ctx)
    return replace(ctx, last_answer=answered.shown)


@pytest.mark.parametrize("lang", ["en", "my", "km"])
@pytest.mark.parametrize("words", ["what i do now", "who can help me then"])
def test_what_now_right_after_an_answer_gets_a_person_not_the_commands(ctx, lang, words):
    asked = read_as(words, "bot_help", 0.65, lang)
    outcome = engine.handle(asked, settled(lang), after_arrest(ctx, lang))
    assert "/privacy" not in said(outcome)
    assert in_language(lang, NEXT) in said(outcome)
    assert "person:arrest_detention" in all_button_data(outcome)
    assert "topic:arrest_detention" in all_button_data(outcome)


def test_help_alone_is_still_the_help_page(ctx):
    wages = engine.handle(read_as("my boss does not pay me", "unpaid_wages", 0.95), settled(), ctx)
    after_wages = replace(ctx, last_answer=wages.shown)
    outcome = engine.handle(read_as("help", "bot_help", 0.99), settled(), after_wages)
    assert "/privacy" in said(outcome)


def test_help_alone_right_after_the_arrest_answer_gets_the_numbers(ctx):
    outcome = engine.handle(read_as("help", "bot_help", 0.99), settled(), after_arrest(ctx, "en"))
    assert said(outcome).startswith("🆘") and "/privacy" not in said(outcome)


def test_without_an_answer_before_it_is_the_help_page(ctx):
    outcome = engine.handle(read_as("what i do now", "bot_help", 0.65), settled(), ctx)
    assert "/privacy" in said(outcome)
