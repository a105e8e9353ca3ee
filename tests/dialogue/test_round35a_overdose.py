"""Someone who took something and will not wake up (exploratory round 35A).

"my friend took yaba and not wake up" got "I cannot help with that"; "my friend took
something and will not wake up" the reply for someone abroad (embassy, arrest); "friend
overdose, ambulance?" the work injury answer; "my mother take too many sleeping pills, she
not wake" Fake jobs; the Burmese, Zawgyi, Khmer and romanised ones nothing useful. Medical
help now, Malaysia's 999 where we are there (the only ambulance number in our sources), or
that our sources hold none; a person. Pills for a fever, water to drink, a drunk husband who
hits are not read."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import overdose
from bot.values import Asked

HELP_NOW = (
    "Someone took something and will not wake up, or cannot breathe well? Get medical help "
    "now: take them to the nearest hospital or clinic, or ask people near you to call an "
    "ambulance. Stay with them. If you know what they took, tell the doctor."
)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("my friend took yaba and not wake up, we are in Chiang Mai", "en", None),
        ("my friend took something and will not wake up", "en", None),
        ("friend overdose, ambulance?", "en", "injury_health"),
        ("my mother take too many sleeping pills, she not wake", "en", "job_scams_trafficking"),
        ("ကျွန်တော့်သူငယ်ချင်း ယာဘ သောက်ပြီး မနိုးတော့ဘူး", "my", None),
        ("ကြၽန္ေတာ့္သူငယ္ခ်င္း ယာဘ ေသာက္ၿပီး မႏိုးေတာ့ဘူး", "my", None),  # Zawgyi
        ("មិត្តខ្ញុំលេបថ្នាំញៀន ហើយសន្លប់ មិនដឹងខ្លួន", "km", None),
        ("thu nge chin yaba thauk pee ma noe tot buu", "my", None),
        ("mit khnhom leb thnam chroeun pek min deung kluon", "km", None),
    ],
)  # fmt: skip
def test_someone_who_will_not_wake_gets_medical_help_now(real, words, lang, topic):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.5, lang))
    text = said(got)
    assert text.startswith(in_language(lang, HELP_NOW))
    assert "999" not in text  # no ambulance number for Thailand in our sources
    assert "embassy" not in text.lower() and "Department of Labour" not in text
    assert all_button_data(got)[:2] == ["person", "topic:emergency_help"]
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, overdose.NAME)


def test_in_malaysia_999_is_given(real):
    got = run(real, settled("en", "MY"), read_as("my friend overdose, not breathing", None, 0.3))
    text = said(got)
    assert text.startswith(HELP_NOW)
    assert "Call 999 now" in text


@pytest.mark.parametrize(
    "words",
    [
        "I am sick, I take pills for fever, is it ok",
        "doctor say drink water much, I have kidney pain",
        "husband drink every night and hit me",
        "my brother arrested with yaba in Bangkok what happen to him",
        "my friend fainted at work in the heat",
        "boss give us pills so we work all night",
        "I drink water only, boss say no rest",
        "ယောကျ်ား အရက်သောက်ပြီး ရိုက်တယ်",
        "ប៉ូលិសចាប់បងប្រុសខ្ញុំ ព្រោះយ៉ាម៉ា",
    ],
)
def test_near_misses_are_not_read(words):
    assert not overdose.says(words)


@pytest.mark.parametrize(
    "words",
    [
        "my son use drug and he dont answer me on phone",
        "i take medicine but still cannot move my arm after accident",
        "my husband drink beer every night, he not answer me",
    ],
)
def test_a_phone_not_answered_or_a_limb_that_cannot_move_is_not_an_overdose(words):
    """The lead's read of round 35A: "not answer me" and "cannot move" are said of a phone
    and of an injury far more often than of someone who took something."""
    assert not overdose.says(words)
