"""The lead's own play in session 27: long messages as people write them, each checked for
what a reader took wrongly."""

from __future__ import annotations

import pytest
from dialogue_helpers import read_as, run, said

from bot.dialogue import (
    deductions,
    gambling,
    home_emergency,
    places,
    scheme_rules,
    someone_else,
    together,
    triage,
)
from bot.values import UserState

AT_HOME = UserState(language="en", origin="MM", country="MM", profile_asked=True)


def test_a_wife_who_stopped_calling_is_someone_out_of_contact(real):
    """ "my wife go to work thailand 1 year ago with broker, now she stop call me, her phone
    off 3 week" from a husband at home got Going abroad legally: "go to work thailand" read
    as a question about going, the silence not read."""
    words = (
        "my wife go to work thailand 1 year ago with broker, now she stop call me, her phone "
        "off 3 week, i worried"
    )
    assert someone_else.says_missing(words)
    text = said(run(real, AT_HOME, read_as(words, None, 0.53)))
    assert "Going abroad legally" not in text
    assert "asking for someone else" in text


@pytest.mark.parametrize(
    "words",
    [
        "my son in malaysia stopped calling 2 months",
        "her phone is off since last week, my daughter in thailand",
        "i cannot call him, my brother in korea",
    ],
)
def test_calls_that_stopped_are_out_of_contact(words):
    assert someone_else.says_missing(words)


@pytest.mark.parametrize(
    "words",
    [
        "the boss cut 1500 baht every month for room but room very small 6 people",
        "10 people sleep in one room, no toilet",
    ],
)
def test_people_counted_in_a_room_are_no_group_asking(words):
    """ "Many of you with the same problem?" came for six people in one small room."""
    assert not together.for_many(words)


@pytest.mark.parametrize(
    "words", ["we 40 worker no salary 2 month", "boss not pay 30 people in our factory"]
)
def test_a_group_is_still_a_group(words):
    assert together.for_many(words)


@pytest.mark.parametrize(
    ("words", "danger"),
    [
        ("I owe gambling boss 30000 baht, he say he will cut my finger", True),
        ("he said i will cut your finger if you not pay", True),
        ("they will break my legs if i not pay the loan", True),
        ("i cut my finger at work with machine", False),
        ("boss will cut my salary if i take day off", False),
    ],
)
def test_a_threat_to_maim_is_danger_and_an_injury_or_a_pay_cut_is_not(real, words, danger):
    """The lead's read of round 37A: a threat to cut a finger over a gambling debt got the
    gambling line, the numbers one tap away."""
    assert triage.in_danger(words, real) is danger


@pytest.mark.parametrize(
    "words", ["boss slap my wife, I want go home", "my wife slap me and take my money, go home"]
)
def test_the_english_slap_is_no_death_at_home(words):
    """The lead's read of round 38A: "slap" is romanised Khmer for died (ស្លាប់), and the
    English verb with its object is violence, not family trouble at home."""
    assert not home_emergency.says(words)


def test_a_khmer_death_typed_in_latin_letters_still_is():
    assert home_emergency.says("mae khnhom slap, khnhom chong tov phteah")


def test_slap_me_is_danger(real):
    assert triage.in_danger("my wife slap me and take my money", real)


@pytest.mark.parametrize(
    "words",
    [
        "ke chuonh tov kar ngea casino pit te",  # they invite me to work at a casino, true?
        "គេថាការងារ casino នៅព្រំដែន ប្រាក់ខែខ្ពស់ គួរជឿទេ",  # a casino job at the border
        "casino mhar a lote lote pho khaw nay tl a sit lar",  # called to work at a casino
        "kar ngea casino online bok te",  # an online casino job, a scam?
        "ចូលឆ្នាំខ្មែរនេះ លេងល្បែងអីសប្បាយ",  # which games are fun this New Year?
    ],
)
def test_a_casino_job_or_a_new_year_game_is_not_money_lost_to_gambling(words):
    """The lead's read of round 37A over the NLU's examples: casino jobs (a scam compound's
    bait) typed in Latin letters or Khmer lost Fake jobs for the gambling line."""
    assert not gambling.gambling(words)


@pytest.mark.parametrize(
    "words",
    ["pdey khnhom leng lbaeng os luy", "my husband gamble all the salary at online casino"],
)
def test_money_lost_to_gambling_still_is(words):
    assert gambling.gambling(words)


@pytest.mark.parametrize(
    "words",
    ["thai language class on sunday?", "promised job in korea but agency stopped answering"],
)
def test_a_thai_class_or_an_agencys_promise_is_no_course_for_work_abroad(words):
    """The lead's read of round 38B: the tests-and-courses line came for a Thai class and for
    an agency's promised job."""
    assert scheme_rules.kinds(words) == ()


@pytest.mark.parametrize(
    ("words", "cut"),
    [
        ("my room is too hot and small, boss cut 1000 baht for it", True),
        ("boss cut 500 baht every time i late", True),
        ("the boss cut my hair", False),
        ("boss cut 2 workers last month", False),
    ],
)
def test_an_amount_the_boss_cuts_is_money_taken_from_the_pay(words, cut):
    """ "my room is too hot and small, boss cut 1000 baht for it" was not understood."""
    assert deductions.says(words) is cut


@pytest.mark.parametrize(
    ("words", "country"),
    [
        ("khnhom chheu klang, chong tov pet", None),  # I am very sick, I want a doctor
        ("pdey khnhom vay khnhom klang nas", None),  # my husband hits me very hard
        ("kdao klang nas", None),  # very hot
        ("I work in klang, boss not pay", "MY"),
        ("factory at port klang", "MY"),
    ],
)
def test_romanised_khmer_klang_names_no_place(words, country):
    """ "klang" (romanised Khmer ខ្លាំង, very, hard) named Malaysia, and its numbers came for
    someone in Thailand (the lead's read of round 38A: "ma ke khnhom chheu klang" got 999)."""
    assert places.mentioned(words).country == country


def test_a_very_sick_khmer_in_thailand_gets_no_malaysian_number(real):
    state = UserState(language="km", origin="KH", country="TH", profile_asked=True)
    words = "khnhom chheu klang nas, chong tov pet"
    text = said(run(real, state, read_as(words, "injury_health", 0.8, "km")))
    assert "999" not in text
