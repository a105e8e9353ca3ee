"""Forced to scam, and afraid of the police (exploratory round 16A, F2): "I was forced to scam,
will police arrest me in Thailand?", "လိမ်ခိုင်းလို့ လုပ်ခဲ့ရတယ် ရဲ ဖမ်းမလား" (they made
me scam, will the police arrest me?) got the arrest answer ("Stay calm. Do not sign...") as
if they were held, and the question went unanswered. Our sources say nothing on how the
police treat people forced to work for scammers: the answer now first says so, and that a
person from a partner organisation can tell them what is safe (forced_scam.py)."""

from __future__ import annotations

import pytest
from dialogue_helpers import read_as, run, said, settled, tr

NOTE = (
    "Were you forced to scam people? Our sources do not say whether the police treat you "
    "as a victim or arrest you. A person from a partner organisation can tell you what is "
    "safe for you: tap “{person}”."
)


def note(lang: str) -> str:
    _ = tr(lang).gettext
    return _(NOTE).format(person=_("Talk to a person"))


@pytest.mark.parametrize(
    ("words", "topic", "lang"),
    [
        ("I was forced to scam, will police arrest me in Thailand?", "arrest_detention", "en"),
        ("they made me scam people in myawaddy. now thai police hold me", "arrest_detention", "en"),
        ("i left the scam company, no passport, police catch me?", "return_home", "en"),
        ("လိမ်ခိုင်းလို့ လုပ်ခဲ့ရတယ် ရဲ ဖမ်းမလား", "arrest_detention", "my"),
        ("ကျွန်မ လိမ်လည်ရေး ကုမ္ပဏီက ထွက်လာတယ် ရဲဖမ်းမှာလား", "arrest_detention", "my"),
        ("គេបង្ខំឲ្យខ្ញុំបោកប្រាស់ ប៉ូលិសនឹងចាប់ខ្ញុំទេ", "arrest_detention", "km"),
        ("khnhom rot pi kromhun bok pras, polis chab khnhom te", "arrest_detention", "km"),
    ],
)
def test_forced_to_scam_and_afraid_is_told_what_is_not_known_first(real, words, topic, lang):
    got = run(real, settled(lang), read_as(words, topic, 0.99, lang))
    assert said(got).startswith(note(lang))
    answer = run(real, settled(lang), read_as("police arrest me", topic, 0.99, lang))
    assert said(got).endswith(said(answer))  # the answer itself, unchanged, after it


def test_after_the_numbers_when_danger_words_come_too(real):
    words = "i escaped from scam company, now in mae sot, police will catch me?"
    got = run(real, settled(), read_as(words, "arrest_detention", 0.99))
    assert "1300" in got.replies[0].text  # the numbers first
    assert got.replies[0].text.startswith("🆘")
    assert any(reply.text.startswith(note("en")) for reply in got.replies[1:])


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("police arrest my brother in bangkok", "arrest_detention"),  # no scam
        ("how to know if the job is a scam", "job_scams_trafficking"),  # no police
        ("the agent is a scam, he took my money", "agency_complaint"),  # no police
    ],
)
def test_other_arrests_and_scams_are_answered_as_before(real, words, topic):
    got = run(real, settled(), read_as(words, topic, 0.99))
    assert note("en") not in said(got)
