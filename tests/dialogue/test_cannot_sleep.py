"""Sleepless, crying at night, missing home, said alone (exploratory round 16B): "i cannot
sleep, i cry every night" was read as an emergency (0.73) and got the police hotline first.
It is sadness, answered as upset.py answers "I want to cry": sorry, a person, the emergency
answer one tap away."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled

from bot.content.localised import topic_title
from bot.dialogue import upset
from bot.values import Asked


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("i cannot sleep, i cry every night", "en"),
        ("I can't sleep", "en"),
        ("i miss my family so much", "en"),
        ("အိပ်မပျော်ဘူး ညတိုင်း ငိုတယ်", "my"),
        ("ខ្ញុំគេងមិនលក់ នឹកផ្ទះណាស់", "km"),
    ],
)
def test_sleepless_and_homesick_get_the_upset_reply_not_the_numbers(real, words, lang):
    got = run(real, settled(lang), read_as(words, "emergency_help", 0.73, lang))
    plain = run(real, settled(lang), read_as("i want to cry", None, 0.2, lang))
    assert said(got) == said(plain)
    assert "topic:emergency_help" in all_button_data(got)
    assert not got.urgent
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, upset.NAME)


def test_a_question_about_sleep_is_still_read():
    assert not upset.says("i cannot sleep because boss shout every night")


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("I cannot sleep, I want to go home, I cry every night", "en"),
        ("အိပ်မပျော်ဘူး အိမ်ပြန်ချင်တယ်", "my"),
    ],
)
def test_wanting_to_go_home_beside_it_gets_the_upset_reply_and_going_home(real, words, lang):
    got = run(real, settled(lang, "KR"), read_as(words, "injury_health", 0.6, lang))
    plain = run(real, settled(lang, "KR"), read_as("i want to cry", None, 0.2, lang))
    assert said(got) == said(plain)
    assert "topic:return_home" in all_button_data(got)
    assert "topic:return_home" not in all_button_data(plain)


def test_wanting_to_go_home_alone_is_still_read(real):
    got = run(real, settled(), read_as("i want to go home", "return_home", 0.95))
    assert said(got).startswith(topic_title(real.catalog, "return_home", "en"))
