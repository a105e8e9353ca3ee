"""Round 48C: harm to a person in plain words beside an everyday word (weather, bus, temple)
is no everyday question (everyday.py yields) and, read by the NLU as out of scope, gets the
emergency or the injury answer (harm_said.py), not "I cannot help with that"; a recruiter's
offer beside a temple word is no everyday question either. The everyday questions of round
47C keep "I cannot help with that". Sentences written for the tests, none from an evaluation
set."""

from __future__ import annotations

import pytest
from dialogue_helpers import in_language, read_as, run, said, settled

from bot.dialogue.events import Text
from bot.dialogue.everyday import asks
from bot.dialogue.harm_said import EMERGENCY, INJURY, topic
from bot.values import NluResult

CANNOT = (
    "I cannot help with that. I can help with working abroad safely, your rights at work, "
    "your documents and going home. Choose a topic:"
)


def _out_of_scope(words: str, lang: str = "en") -> Text:
    return Text(words, lang, None, NluResult(None, 0.97, (), (), out_of_scope=True))


@pytest.mark.parametrize(
    "words",
    [
        "very hot season, my friend fall down not wake up",
        "bus stop, man follow me",
        "temple fair, a man grab my daughter",
        "monk from temple say he bring us to malaysia, pay 5000 baht first",
        "អាកាសធាតុក្តៅ មិត្តខ្ញុំ ដួល",
        "ရာသီဥတုပူလို့ သူငယ်ချင်း မူးလဲသွားတယ်",
        "ဟိုတယ်မှာ ပိတ်ထားတယ် အပြင်မထွက်ရဘူး",
    ],
)
def test_harm_beside_an_everyday_word_is_no_everyday_question(words):
    assert not asks(words)


@pytest.mark.parametrize(
    ("words", "lang", "title"),
    [
        ("very hot season, my friend fall down not wake up", "en", "Injury or illness"),
        ("bus stop, man follow me", "en", "Emergency help"),
        ("temple fair, a man grab my daughter", "en", "Emergency help"),
        ("អាកាសធាតុក្តៅ មិត្តខ្ញុំ ដួល", "km", None),
        ("ឡានក្រុងបុកគ្នា បងប្រុសខ្ញុំ រងរបួស", "km", None),
    ],
)
def test_harm_read_out_of_scope_gets_its_answer(real, words, lang, title):
    got = said(run(real, settled(lang), _out_of_scope(words, lang)))
    assert in_language(lang, CANNOT) not in got
    if title:
        assert title in got


@pytest.mark.parametrize(
    ("words", "want"),
    [
        ("they follow me from the bus stop", EMERGENCY),
        ("someone try to kidnap my son", EMERGENCY),
        ("scared to go outside, men waiting at gate", EMERGENCY),
        ("my friend fell down and not waking up", INJURY),
        ("bus crash, brother hurt", INJURY),
        ("ឡានក្រុងបុកគ្នា", INJURY),
    ],
)
def test_harm_words_name_their_answer(words, want):
    assert topic(words) == want


@pytest.mark.parametrize(
    "words",
    [
        "weather tomorrow rain?",
        "which bus go to central world",
        "follow the rules of the temple?",
        "weather in fall season cold?",
        "how to register sim card",
        "where is temple near rama 2",
    ],
)
def test_everyday_questions_name_no_harm_and_still_get_cannot_help(real, words):
    assert topic(words) is None
    got = said(run(real, settled(), read_as(words, "return_home", 0.8)))
    assert CANNOT in got


def test_a_man_outside_the_door_read_as_nothing_gets_the_emergency_answer(real):
    got = said(run(real, settled(), read_as("tq bro, the man still outside my door", None, 0.4)))
    assert "Emergency help" in got


def test_a_pregnant_friend_pushed_and_bleeding_gets_the_injury_answer(real):
    words = "my friend pregnant, boss push her she fall, bleeding"
    got = said(run(real, settled(), read_as(words, "injury_health", 0.95)))
    assert "Get treatment first" in got
    assert "Pregnant and worried" not in got


def test_pregnant_alone_keeps_its_line(real):
    got = said(run(real, settled(), read_as("i am pregnant, boss say go home", "return_home", 0.8)))
    assert "Pregnant and worried" in got
