"""A short question about the answer just shown ("is it free", "what time open", "where is
that office", "ponman", "ဘယ်လောက်လဲ"): round 13A found these got "I cannot help with that"
and the whole menu before the offer of the answer, or the NLU's confident wrong topic. They
now get: the answer is above, that is what the bot knows, a person can tell more (with its
topic), and a tap shows it again."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, said, settled

from bot.dialogue import engine
from bot.dialogue.events import Text
from bot.values import Asked, NluResult

LOST = read_as("my passport lost", "lost_documents", 0.95)
ABOVE = (
    "My answer about “{topic}” is just above: that is what I know. A person from a "
    "partner organisation can tell you more."
)


def out_of_scope(words: str, lang: str = "en") -> Text:
    return Text(words, lang, None, NluResult(None, 0.8, (("out_of_scope", 0.8),), (), (), True))


def after_lost(ctx: engine.Context, lang: str = "en") -> engine.Context:
    answered = engine.handle(replace(LOST, language=lang), settled(lang), ctx)
    assert answered.shown is not None
    return replace(ctx, last_answer=answered.shown)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("is it free", "en"),
        ("how much it cost and how long?", "en"),  # round 12's G4, after Lost ID
        ("what time open?", "en"),
        ("where is that office", "en"),
        ("who i call", "en"),  # read as Talk to a person, it opened the form (round 14C)
        ("who should i call?", "en"),
        ("which number", "en"),
        ("ဘယ်သူ့ကို ဖုန်းဆက်ရမလဲ", "my"),  # whom do I call?
        ("hao tov neak na", "km"),  # call whom?
        ("លេខណា", "km"),  # which number?
        ("hotline nis hav ban te", "km"),  # can I call this hotline? (an emergency, 14C)
        ("can i call this number if no papers?", "en"),
        ("ហៅបានទេ", "km"),  # can I call?
        ("how long it take", "en"),
        ("how much", "en"),
        ("Is it safe?", "en"),
        ("bae lout lae", "my"),
        ("ဘယ်လောက်လဲ", "my"),
        ("ရုံး ဘယ်အချိန် ဖွင့်လဲ", "my"),
        ("ponman bong", "km"),
        ("អស់ប៉ុន្មាន", "km"),
        ("ការិយាល័យ នៅណា", "km"),
    ],
)
def test_a_question_about_the_answer_just_shown_points_to_it_and_to_a_person(real, words, lang):
    ctx = after_lost(real, lang)
    for read in (out_of_scope(words, lang), read_as(words, "recruitment_fees", 0.9, lang)):
        outcome = engine.handle(read, settled(lang), ctx)
        [reply] = outcome.replies
        lost = in_language(lang, ABOVE).split("“")[0]
        assert reply.text.startswith(lost)
        assert "I cannot help with that" not in reply.text
        data = all_button_data(outcome)
        assert "person:lost_documents" in data and "topic:lost_documents" in data
        assert "topic:recruitment_fees" not in data  # not the NLU's guess
        assert outcome.tally is not None and outcome.tally.asked == Asked.FALLBACK
        assert outcome.tally.guesses == ("lost_documents",)


@pytest.mark.parametrize(
    "words",
    [
        "how much is the exchange rate baht to kyat",  # near-domain: cannot help, the menu
        "where is embassy",  # a topic of its own
        "is it free in Malaysia",  # a place: read as before (the offer for that place)
        "i am safe",
        "i alone",  # how they are, perhaps: read as before
        "who are you",  # about the bot
        "call me please",  # a person
    ],
)
def test_a_question_that_says_more_is_read_as_before(real, words):
    ctx = after_lost(real)
    outcome = engine.handle(out_of_scope(words), settled(), ctx)
    assert not said(outcome).startswith("My answer about")


def test_without_an_answer_shortly_before_it_asks_about_the_bot(real):
    """Not "My answer about ...": no answer is above. Since round 28B's follow-up, what the
    bot is (it never asks money), not "I cannot help with that"."""
    outcome = engine.handle(out_of_scope("is it free"), settled(), real)
    assert not said(outcome).startswith("My answer about")
    assert "I never ask you for money" in said(outcome)
