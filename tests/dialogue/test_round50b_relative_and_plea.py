"""Round 50B: a relative's problem answered as the writer's own, and a plea with the wages.

"my sister boss not pay salary" (and in Burmese and Khmer) got the wages answer speaking to
"you": now a one-line note says it is for the person written about. "plz help me boss no
pay" got the emergency numbers with no Unpaid wages button under them: now the wages are one
tap away. Near-misses: the writer's own problem, a relative after "to", a fee not the wages."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, run, settled

from bot.dialogue import also_said, for_relative

NOTE = "For the person you wrote about"


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("my sister boss not pay salary", "en"),
        ("please help, my friend's boss keep his passport", "en"),
        ("ကျွန်တော့်အစ်ကို လစာမရဘူး", "my"),
        ("ប្អូនស្រីខ្ញុំ ថៅកែមិនឲ្យលុយ", "km"),
    ],
)
def test_a_relative_s_problem_gets_the_note(real, words: str, lang: str) -> None:
    got = run(real, settled(lang), read_as(words, "unpaid_wages", 0.9, lang))
    assert for_relative.about_relative(words)
    if lang == "en":
        assert got.replies[0].text.startswith(NOTE)


@pytest.mark.parametrize(
    "words",
    [
        "boss not pay my salary 2 month",
        "how send money to my mom",
        "i work with my friend, boss no pay us",
        "my sister and i no salary",
        "my boss and my friend no pay me",
        "ကျွန်တော် လစာမရဘူး",
        "ကျွန်တော့်အစ်ကိုနဲ့ ကျွန်တော် လစာမရဘူး",
        "ខ្ញុំ ថៅកែមិនឲ្យលុយ",
        "ប្អូនស្រីខ្ញុំ និងខ្ញុំ អត់បានប្រាក់ខែ",
    ],
)
def test_the_writer_s_own_problem_gets_no_note(real, words: str) -> None:
    assert not for_relative.about_relative(words)
    got = run(real, settled(), read_as(words, "unpaid_wages", 0.9))
    assert NOTE not in got.replies[0].text


def test_a_plea_with_the_boss_not_paying_offers_the_wages(real) -> None:
    got = run(real, settled(), read_as("plz help me boss no pay", "emergency_help", 0.9))
    assert "topic:unpaid_wages" in " ".join(all_button_data(got))


@pytest.mark.parametrize(
    "words",
    ["plz help me boss no pay", "help!! boss not pay me", "boss dont pay salary, help"],
)
def test_the_boss_not_paying_is_a_wages_cue(words: str) -> None:
    assert "unpaid_wages" in also_said.also("emergency_help", ("emergency_help",), words)


@pytest.mark.parametrize(
    "words",
    [
        "boss no pay for my ticket",
        "boss no pay attention to safety",
        "company not pay social security",
        "my boss not paid my hospital bill",
    ],
)
def test_near_misses_are_no_wages_cue(words: str) -> None:
    assert "unpaid_wages" not in also_said.also(None, (), words)


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("my brother arrested by police", "arrest_detention"),
        ("please help my friend boss no pay him", "emergency_help"),
    ],
)
def test_no_note_on_an_arrest_or_above_the_emergency_numbers(real, words: str, topic: str) -> None:
    got = run(real, settled(), read_as(words, topic, 0.9))
    assert NOTE not in got.replies[0].text
