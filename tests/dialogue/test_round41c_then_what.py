"""Round 41C: what people write right after a line added in rounds 35-39. "ok then what"
after the line on an overdose, a landlord, money lost to gambling or a family emergency at
home got "did not understand" or the bot's eight commands; now the next step, a person's
(after the overdose line, its first step again)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import (
    calling_line,
    follow_up,
    gambling,
    home_emergency,
    housing,
    overdose,
    scheme_rules,
)

NEXT = "A person from a partner organisation can tell you what to do next."
FIRST_STEP = (
    "Someone took something and will not wake up, or cannot breathe well? Get medical help "
    "now: take them to the nearest hospital or clinic, or ask people near you to call an "
    "ambulance. Stay with them. If you know what they took, tell the doctor."
)


def test_the_names_written_in_follow_up_are_the_modules():
    names = (overdose, housing, gambling, home_emergency, scheme_rules, calling_line)
    assert tuple(m.NAME for m in names) == follow_up.NEW_LINES


@pytest.mark.parametrize(
    ("first", "then", "lang"),
    [
        ("I lost all my money gambling, 20000 baht", "ok then what", "en"),
        ("landlord want me out tomorrow, keep my deposit", "what next?", "en"),
        ("my mother very sick in myanmar, I need to go home quick", "then what", "en"),
        ("I lost all my money gambling, 20000 baht", "ဒါဆို ဘာဆက်လုပ်ရမလဲ", "my"),
        ("I lost all my money gambling, 20000 baht", "ចុះបន្ទាប់?", "km"),
        ("I lost all my money gambling, 20000 baht", "ok pee yin bar lote ya ma lae", "my"),
    ],
)  # fmt: skip
def test_after_a_new_line_what_next_is_a_person(real, first, then, lang):
    line = run(real, settled(lang, "TH"), read_as(first, None, 0.3, lang))
    assert line.shown in follow_up.NEW_LINES  # remembered for the next message
    after = replace(real, last_answer=line.shown)
    got = run(after, line.state, read_as(then, None, 0.3, lang))
    assert said(got) == in_language(lang, NEXT)
    assert "person" in all_button_data(got)


def test_after_the_overdose_line_what_next_repeats_medical_help(real):
    took = "my friend took too much drug, not waking up"
    line = run(real, settled("en", "TH"), read_as(took, None, 0.3))
    assert line.shown == overdose.NAME
    after = replace(real, last_answer=line.shown)
    got = run(after, line.state, read_as("ok then what", None, 0.3))
    assert said(got).startswith(FIRST_STEP)
    assert NEXT in said(got)


@pytest.mark.parametrize(
    "words",
    ["then what about my passport", "what next job", "ok", "what should i do, boss not pay"],
)
def test_a_question_that_names_more_is_read_as_before(real, words):
    line = run(real, settled("en", "TH"), read_as("I lost all my money gambling", None, 0.3))
    after = replace(real, last_answer=line.shown)
    got = run(after, line.state, read_as(words, None, 0.3))
    assert NEXT not in said(got)


def test_with_no_line_above_it_is_read_as_before(real):
    got = run(real, settled("en", "TH"), read_as("ok then what", None, 0.3))
    assert NEXT not in said(got)
