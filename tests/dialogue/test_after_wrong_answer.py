"""After the bot got it wrong (round 27A): "not that", "wrong", "you don't understand", a
swear word, got "Goodbye. Stay safe." or the bot's commands; "i am not in danger" after the
numbers got the numbers again; "i said malaysia not thailand" was not understood. Now: a
sorry and a person (first, and in the words after a second miss), the other problems the
person wrote about; no number for someone who says they are safe; the answer for the place
said."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, make_context, read_as, said, settled

from bot.dialogue import engine, not_that, triage
from bot.dialogue.answers import topic_data
from bot.values import Asked

SORRY = (
    "Sorry, that answer did not help you. A person from a partner organisation can: tap "
    "“Talk to a person”. Or choose a topic, or write your question in other words."
)
AGAIN = (
    "Sorry, I could not help you. Please talk to a person from a partner organisation: tap "
    "“Talk to a person”. Nothing is sent before you press Send."
)
SAFE = (
    "Good, I am glad you are safe. What is the problem? Write it in a few words, or choose "
    "a topic. A person from a partner organisation can also help you."
)

# What the NLU made of them (the shared server, Dec 2026), right after an answer.
MISREAD = [
    ("not that", "en", "goodbye", 0.83),
    ("wrong", "en", "goodbye", 0.64),
    ("that's not what i ask", "en", "bot_help", 0.94),
    ("you don't understand", "en", "bot_help", 0.72),
    ("no bro, you are useless", "en", None, 0.38),
    ("stupid bot", "en", "bot_help", 0.92),
    ("fuck", "en", None, 0.59),
    ("အဲဒါမဟုတ်ဘူး", "my", "goodbye", 0.63),
    ("ae dar ma hote buu", "my", "out_of_scope", 0.63),
    ("mhar tal", "my", "goodbye", 0.8),
    ("ខុសហើយ", "km", "goodbye", 0.8),
]


@pytest.fixture
def after_wages(ctx):
    return replace(
        ctx, last_answer="topic:unpaid_wages", last_also=("topic:documents_confiscated",)
    )


@pytest.mark.parametrize(("words", "lang", "read", "confidence"), MISREAD)
def test_not_that_gets_a_sorry_and_a_person_not_goodbye(after_wages, words, lang, read, confidence):
    outcome = engine.handle(read_as(words, read, confidence, lang), settled(lang), after_wages)
    [reply] = outcome.replies
    assert reply.text == in_language(lang, SORRY)
    data = all_button_data(outcome)
    assert data[0] == "person", "a person first, with no topic: the answer was wrong"
    assert "topic:documents_confiscated" in data, "the other problem written about"
    assert "topic:unpaid_wages" not in data, "not the wrong answer again"
    assert not outcome.urgent and outcome.state.misses == 1
    assert outcome.tally is not None and outcome.tally.asked == Asked.CONVERSATION
    assert outcome.tally.topic == "not_that"


def test_a_second_miss_puts_the_person_in_the_words(after_wages):
    missed = settled().with_(misses=1)
    outcome = engine.handle(read_as("wrong", "goodbye", 0.64), missed, after_wages)
    assert said(outcome) == AGAIN
    assert all_button_data(outcome)[0] == "person"


def test_a_third_miss_is_not_the_same_sorry_again(after_wages):
    missed = settled().with_(misses=2)
    outcome = engine.handle(read_as("fuck", None, 0.59), missed, after_wages)
    assert said(outcome) == "I am sorry. A person can help you: tap “Talk to a person”."
    assert all_button_data(outcome)[0] == "person" and outcome.state.misses == 3


def test_not_that_with_a_question_is_read():
    ctx = make_context()
    words = "not that, my boss keep my passport"
    outcome = engine.handle(read_as(words, "documents_confiscated", 0.99), settled(), ctx)
    assert outcome.tally is not None and outcome.tally.topic == "documents_confiscated"


@pytest.mark.parametrize(
    ("words", "lang", "read", "confidence"),
    [
        ("i am not in danger", "en", "emergency_help", 0.996),
        ("no no, i am not in danger", "en", "emergency_help", 0.99),
        ("i am safe", "en", "legal_channels", 0.96),
        ("ខ្ញុំមិននៅក្នុងគ្រោះថ្នាក់ទេ", "km", "emergency_help", 0.99),
        ("အန္တရာယ်မရှိပါဘူး", "my", "emergency_help", 0.87),
    ],
)
def test_not_in_danger_after_the_numbers_gets_no_numbers(ctx, words, lang, read, confidence):
    assert not triage.in_danger(words, ctx)
    after_numbers = replace(
        ctx, last_answer="topic:emergency_help", last_also=("topic:documents_confiscated",)
    )
    outcome = engine.handle(read_as(words, read, confidence, lang), settled(lang), after_numbers)
    [reply] = outcome.replies
    assert reply.text == in_language(lang, SAFE)
    assert not outcome.urgent
    data = all_button_data(outcome)
    assert "topic:documents_confiscated" in data and "person" in data
    assert not any("emergency" in d for d in data)
    assert outcome.tally is not None and outcome.tally.topic == "not_in_danger"


def test_danger_beside_the_denial_still_brings_the_numbers(ctx):
    words = "i am not in danger but he beat me"
    assert triage.in_danger(words, ctx)
    outcome = engine.handle(read_as(words, "emergency_help", 0.9), settled(), ctx)
    assert outcome.urgent


def test_the_place_said_again_after_i_said(ctx):
    shown = topic_data("agency_complaint", None)
    answered = replace(ctx, last_answer=shown)
    words = "i said malaysia not thailand"
    outcome = engine.handle(read_as(words, None, 0.38), settled(), answered)
    data = all_button_data(outcome)
    assert "now:MY" in data, "the answer for Malaysia, with the tap that keeps it"


FIRST = (
    "Sorry. Tell me what you need in a few words, or choose a topic. A person from a partner "
    "organisation can help too: tap “Talk to a person”."
)


@pytest.mark.parametrize(
    ("words", "lang", "read", "confidence"),
    [
        ("wrong", "en", "goodbye", 0.64),
        ("no help", "en", None, 0.4),
        ("fuck you", "en", None, 0.59),
        ("မှားတယ်", "my", "goodbye", 0.6),
        ("ខុសហើយ", "km", "goodbye", 0.8),
    ],
)
def test_wrong_with_no_answer_above_speaks_of_no_answer(ctx, words, lang, read, confidence):
    """Round 27A: "wrong" or a swear word as a first message got "that answer did not help
    you", of an answer never given."""
    outcome = engine.handle(read_as(words, read, confidence, lang), settled(lang), ctx)
    [reply] = outcome.replies
    assert reply.text == in_language(lang, FIRST)
    assert all_button_data(outcome)[0] == "person"
    assert outcome.state.misses == 1


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("sorry", "en"),
        ("sorry bro", "en"),
        ("ok sorry", "en"),
        ("ဆောရီးပါ", "my"),
        ("sorry par", "my"),
        ("សុំទោស បង", "km"),
        ("som tos", "km"),
    ],
)
def test_sorry_after_a_swear_word_is_taken_kindly(ctx, words, lang):
    """Round 27A: "sorry" after "fuck you" got "I cannot help with that" and the menu."""
    swore = engine.handle(read_as("fuck you", None, 0.59, lang), settled(lang), ctx)
    outcome = engine.handle(read_as(words, "out_of_scope", 0.7, lang), swore.state, ctx)
    assert outcome.replies[0].text == in_language(lang, "That is all right. How can I help you?")
    assert outcome.tally is not None and outcome.tally.topic == "sorry", "not out of scope"
    assert "group:safe_migration" in all_button_data(outcome), "the menu"
    assert outcome.state.misses == swore.state.misses, "an apology is not a miss"


def test_sorry_with_a_question_is_read(ctx):
    words = "sorry, my boss keep my passport"
    outcome = engine.handle(read_as(words, "documents_confiscated", 0.99), settled(), ctx)
    assert outcome.tally is not None and outcome.tally.topic == "documents_confiscated"


def test_every_sorry_word_passes_the_quick_look():
    missed = [entry for entry in not_that._SORRY if not not_that._SORRY_HINT.search(entry)]
    assert not missed
