"""Told to sign or thumb-print a paper (exploratory round 35C).

"boss give me paper in Thai to sign, say it is for salary" got Unpaid wages, "sign blank paper
or no job", "boss said sign this empty paper", "the paper is in korean, they say sign
quickly", "employer want my thumbprint on paper i cannot read", "they make us put finger print
on blank paper", "police want me sign statement in Thai" and the romanised Khmer "thaokae aoy
khnhom chos hatthalekha krodas phasa thai" the contract answer or only "Where are you from?",
all without round 19A's line (do not sign anything you do not understand before you get
advice); "manager says sign resignation letter or no salary" got "Sorry, I did not
understand" and the Burmese "လက်ဗွေနှိပ်ခိုင်းတယ်" (they make me press my fingerprint) "I
cannot help with this". Now the line, and a reading of nothing becomes the contract answer
(get it in a language you can read, sign only when you agree, keep a copy: its own words).
"""

from __future__ import annotations

import pytest
from dialogue_helpers import in_language, read_as, run, said, settled

from bot.dialogue import instead, sign_paper
from bot.language import to_zawgyi

LINE = (
    "Told to sign a paper? Do not sign anything you do not understand before you get "
    "advice: tap “{person}”."
)
TITLE = {"en": "Work contract", "my": "အလုပ်စာချုပ်"}
PERSON = {"en": "Talk to a person", "my": "လူနဲ့ စကားပြောမယ်", "km": "និយាយជាមួយមនុស្ស"}


def _line(lang: str = "en") -> str:
    return in_language(lang, LINE).replace("{person}", PERSON[lang])


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("boss give me paper in Thai to sign, say it is for salary", "en", "unpaid_wages"),
        ("sign blank paper or no job", "en", "employment_contract"),
        ("boss said sign this empty paper", "en", "employment_contract"),
        ("the paper is in korean, they say sign quickly", "en", "employment_contract"),
        ("employer want my thumbprint on paper i cannot read", "en", "employment_contract"),
        ("they make us put finger print on blank paper", "en", "employment_contract"),
        ("police want me sign statement in Thai, I cannot read", "en", "employment_contract"),
        ("thaokae aoy khnhom chos hatthalekha krodas phasa thai", "km", "employment_contract"),
        ("လက်ဗွေနှိပ်ခိုင်းတယ်", "my", "employment_contract"),
    ],
)  # fmt: skip
def test_told_to_sign_or_print_gets_the_line(real, words, lang, topic):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.8, lang))
    assert said(got).startswith(_line(lang))


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("manager says sign resignation letter or no salary", "en"),
        ("လက်ဗွေနှိပ်ခိုင်းတယ်", "my"),
        (to_zawgyi("လက်ဗွေနှိပ်ခိုင်းတယ်"), "my"),
    ],
)
def test_read_as_nothing_gets_the_contract_answer_with_the_line(real, words, lang):
    got = run(real, settled(lang, "TH"), read_as(words, None, 0.2, lang))
    text = said(got)
    assert text.startswith(_line(lang))
    assert TITLE[lang] in text  # the contract answer's own title


@pytest.mark.parametrize(
    "words",
    [
        "where is the form to sign up for training",
        "when do i give fingerprint for pink card",
        "fingerprint scan at immigration, how long",
        "i want to sign a new contract with new employer",
        "ပန်းရောင်ကတ် လက်ဗွေနှိပ်ရမလား",  # must I give prints for the pink card?
        "paper to sign in at the office",
    ],
)
def test_near_misses_are_not_told_to_sign(words):
    assert not sign_paper.says(words)
    assert not sign_paper.instead_of(None, words)


def test_a_topic_read_is_kept():
    assert not sign_paper.instead_of("unpaid_wages", "sign blank paper or no job")
    assert "told_to_sign" in [rule.name for rule in instead.RULES]


@pytest.mark.parametrize(
    "words",
    [
        "they want my fingerprint for the pink card, is it safe?",
        "immigration put my finger print in machine",
        "must sign up for the app",
    ],
)
def test_a_print_for_registration_or_signing_up_is_no_paper_to_sign(words):
    """The lead's read of round 35C: prints wanted with nothing of a paper are the
    registration's or a machine's; "sign up" is not signing."""
    assert not sign_paper.says(words)
