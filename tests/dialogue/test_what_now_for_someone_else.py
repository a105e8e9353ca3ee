""" "what i do", "ဘာလုပ်ရမလဲ" (what should I do?) right after the someone-else answer (round
16A, F4): a mother whose daughter had not answered for two weeks, last from Laos, got the
bot's commands (/menu, /language, /profile...). Round 14C's next step (a person can tell
them what to do next) needed an answer remembered as a topic's button, and the someone-else
answer has none. Now it is remembered too, and the next step is a person (the someone-else
answer's own buttons are just above it); "help" alone stays the help page."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, said, settled

from bot.dialogue import engine

WORRIED = "my daughter no answer for 2 weeks, last message from Laos"
NEXT = "A person from a partner organisation can tell you what to do next."


def after_someone_else(ctx: engine.Context, lang: str) -> engine.Context:
    answered = engine.handle(read_as(WORRIED, None, 0.4, lang), settled(lang, "MM"), ctx)
    assert "topic:embassy_contact" in all_button_data(answered)  # the someone-else answer
    return replace(ctx, last_answer=answered.shown)


@pytest.mark.parametrize(
    ("words", "lang"),
    [("what i do", "en"), ("what should i do now", "en"), ("ဘာလုပ်ရမလဲ", "my"), ("ខ្ញុំត្រូវធ្វើអ្វី", "km")],
)
def test_what_now_after_the_someone_else_answer_gets_a_person(real, words, lang):
    asked = read_as(words, "bot_help", 0.97, lang)
    outcome = engine.handle(asked, settled(lang, "MM"), after_someone_else(real, lang))
    assert "/privacy" not in said(outcome)
    assert said(outcome).startswith(in_language(lang, NEXT))
    assert all_button_data(outcome) == ["person", "menu"]


def test_help_alone_is_still_the_help_page(real):
    after = after_someone_else(real, "en")
    outcome = engine.handle(read_as("help", "bot_help", 0.99), settled("en", "MM"), after)
    assert "/privacy" in said(outcome)


def test_a_question_about_it_is_not_read_as_about_a_topic(real):
    # "is it free" right after it: no topic to point to; read as before (not understood).
    after = after_someone_else(real, "en")
    outcome = engine.handle(read_as("is it free", None, 0.3), settled("en", "MM"), after)
    assert "My answer about" not in said(outcome)
