"""Back home for good (exploratory round 32C): the first months after a worker came back.

A woman at home in Myanmar whose husband "came back from malaysia, every day drinking,
sometimes hit me" got Malaysia's 999 and the embassy in Kuala Lumpur; "how to get my SSO
money from thailand" from home the answer that ends "Before you leave Thailand"; "i came
back from thailand 3 month, no job" Fake jobs; a husband back who drinks Jobs after return; a
child to put in school at home the line for a child abroad."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import back_home, follow_up, places
from bot.language import to_zawgyi
from bot.values import Asked, UserState


def at_home(lang: str = "en", origin: str = "MM") -> UserState:
    return replace(settled(lang, origin), origin=origin)


HIT = "my husband came back from malaysia, every day drinking, sometimes hit me"


def test_at_home_the_emergency_is_not_for_the_country_he_came_back_from(real):
    got = run(real, at_home(), read_as(HIT, "emergency_help", 0.9))
    text = said(got)
    assert "999" not in text
    assert "Kuala Lumpur" not in text
    assert "inside Malaysia" not in text


def test_abroad_the_emergency_still_follows_the_place_named(real):
    """A profile in Thailand: the place named is kept as before (round 12)."""
    words = "i came back from malaysia, boss lock me in room"
    got = run(real, settled("en", "TH"), read_as(words, "emergency_help", 0.9))
    assert "999" in said(got)


@pytest.mark.parametrize(
    ("words", "where"),
    [
        ("i am back in myanmar. how to get my SSO money from thailand?", None),
        ("my id card expire when i in thailand, how to renew in battambang?", None),
        ("when i was working in korea i pay insurance", None),
        ("ខ្ញុំចង់បានប្រាក់សន្តិសុខសង្គមពីថៃ ឥឡូវខ្ញុំនៅកម្ពុជា", None),
        # near misses: still where the writer is
        ("i am in thailand, boss not pay salary", "TH"),
        ("i send money from thailand every month", "TH"),
        ("ខ្ញុំនៅថៃ", "TH"),
    ],
)  # fmt: skip
def test_money_from_a_country_or_a_past_stay_is_not_where_the_writer_is(words, where):
    assert places.where_now(words) == where


def test_social_security_asked_from_home_gets_the_answer_for_home(real):
    words = "i am back in myanmar. how to get my SSO money from thailand?"
    text = said(run(real, at_home(), read_as(words, "social_security", 0.9)))
    assert "Back home after working in Thailand?" in text
    assert "Before you leave Thailand" not in text


def test_in_khmer_too(real):
    words = "ខ្ញុំចង់បានប្រាក់សន្តិសុខសង្គមពីថៃ ឥឡូវខ្ញុំនៅកម្ពុជា"
    got = run(real, at_home("km", "KH"), read_as(words, "social_security", 0.9, "km"))
    assert "១៦៩៤" not in said(got) and "1694" not in said(got)


MM_JOBS = "Current job or training programmes for returnees: not found in our sources."
KH_JOBS = 'Telegram group "Job Search – MLVT"'


@pytest.mark.parametrize(
    ("words", "lang", "origin", "topic", "confidence", "line"),
    [
        ("i came back from thailand 3 month, no job, what can i do?", "en", "MM",
         "job_scams_trafficking", 0.98, MM_JOBS),
        ("ministry of labour job for people return from thailand, what number?", "en", "KH",
         None, 0.3, KH_JOBS),
        ("came back from korea, want to open small shop, any training?", "en", "KH",
         "work_at_home", 0.4, KH_JOBS),
        ("ထိုင်းက ပြန်လာတာ ၃ လ ရှိပြီ အလုပ်မရှိဘူး", "my", "MM", "job_scams_trafficking", 0.5,
         MM_JOBS),
    ],
)  # fmt: skip
def test_back_and_no_job_gets_jobs_after_return(real, words, lang, origin, topic, confidence, line):
    got = run(real, at_home(lang, origin), read_as(words, topic, confidence, lang))
    text = said(got)
    if lang == "en":
        assert line in text
    assert "Warning signs" not in text
    assert got.tally is not None and got.tally.topic == back_home.JOBS


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        ("i came back from thailand, boss not pay my salary 2 month", "unpaid_wages", 0.5),
        ("i came back, broker debt not paid, they come my house", "recruitment_fees", 0.5),
        ("came back from malaysia, my job there was fishing, they lock us", "emergency_help", 0.5),
        ("my job in thailand is hard, what can i do?", None, 0.3),
        ("i want to go korea, what job?", "legal_channels", 0.5),
        ("i came back from thailand, agent say new job in korea, is it fake?",
         "job_scams_trafficking", 0.9),
        ("came back, i want go again legally, what job?", "legal_channels", 0.8),
        ("came back from korea, how to get departure insurance", "social_security", 0.9),
    ],
)  # fmt: skip
def test_near_misses_keep_their_reading(words, topic, confidence):
    assert not back_home.jobs_instead(topic, confidence, words)


DRINKS = (
    "It is hard for the whole family when someone comes back and drinks or gambles. Our "
    "sources have no checked information on help with drinking or gambling, or on "
    "support for families after a return. If he hurts you or you are afraid, tap "
    "“{emergency}”. A person from a partner organisation can talk with you about what "
    "may help: tap “{person}”."
)


@pytest.mark.parametrize(
    ("words", "lang", "origin", "topic"),
    [
        ("my husband came back from thailand 6 month, drinking every day, no work", "en", "MM",
         "reintegration_jobs"),
        ("ယောက်ျား ထိုင်းက ပြန်လာပြီး နေ့တိုင်း အရက်သောက်နေတယ်", "my", "MM", "reintegration_jobs"),
        ("ប្តីខ្ញុំត្រឡប់មកពីថៃវិញ ផឹកស្រារាល់ថ្ងៃ", "km", "KH", "reintegration_jobs"),
        (to_zawgyi("ယောက်ျား ထိုင်းက ပြန်လာပြီး နေ့တိုင်း အရက်သောက်နေတယ်"), "my", "MM", None),
        ("pdey khnhom trolob mok pi thai, phoek sra reang ral thngai", "km", "KH", None),
    ],
)  # fmt: skip
def test_a_husband_back_who_drinks_gets_a_person_and_emergency_help(
    real, words, lang, origin, topic
):
    got = run(real, at_home(lang, origin), read_as(words, topic, 0.6, lang))
    assert said(got).startswith(in_language(lang, DRINKS)[:40])
    assert all_button_data(got)[:2] == ["person", "topic:emergency_help"]
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, back_home.DRINKS)


@pytest.mark.parametrize(
    "words",
    [
        "my husband drinks every day in thailand",  # not back: abroad
        "i came back, no job",
        "boss came back drunk and shout at us",
        "my husband came back, he drink water only, he is sick",
        "we came back, my son want to go school",
    ],
)
def test_near_misses_are_not_drinking_at_home(words):
    assert not back_home.drinks(words)


SCHOOL = (
    "A child to put in school at home after years abroad? Our sources have no checked "
    "information on enrolling a child, the papers a school asks for, or which class a "
    "child can join. A person from a partner organisation can help you find out: tap "
    "“{person}”."
)


@pytest.mark.parametrize(
    ("words", "lang", "origin"),
    [
        ("my son 10 year old born thailand, now we back, how to enrol school?", "en", "KH"),
        ("my daughter 12, she study in thai school 5 year, in myanmar which grade?", "en", "MM"),
        (to_zawgyi("သားကို ကျောင်းထားချင်တယ် ထိုင်းမှာ ကျောင်းနေခဲ့တာ"), "my", "MM"),
        ("កូនខ្ញុំចង់ចូលរៀននៅស្រុកវិញ ក្រោយនៅថៃ ៥ ឆ្នាំ", "km", "KH"),
    ],
)
def test_school_at_home_after_a_return_is_not_the_line_for_a_child_abroad(
    real, words, lang, origin
):
    got = run(real, at_home(lang, origin), read_as(words, None, 0.3, lang))
    assert said(got).startswith(in_language(lang, SCHOOL)[:30])
    assert got.tally is not None and got.tally.topic == back_home.SCHOOL


def test_school_abroad_keeps_the_line_for_a_child_abroad(real):
    words = "my son 8 years old live with me in mahachai, can he go to thai school?"
    got = run(real, settled("en", "TH"), read_as(words, None, 0.3))
    assert not said(got).startswith(SCHOOL[:30])
    assert not back_home.school_home(words, settled("en", "TH"))


def test_school_near_misses_at_home():
    home = at_home()
    assert not back_home.school_home("i came back, no job", home)
    assert not back_home.school_home("my son in thailand, can he go to thai school?", home)


def test_follow_up_knows_the_names():
    assert follow_up.BACK_HOME == (back_home.DRINKS, back_home.SCHOOL)


@pytest.mark.parametrize(
    "words",
    [
        "school fee for my son in myanmar how much",  # the lead's read: a fee, not enrolling
        "កូនសួរលំហាត់គណិត ការងារផ្ទះពីសាលា",  # the child asks about maths homework
        "tlai sala rien kon proh chnam nis ponman",  # the school fee for my son this year
        "သား ကျောင်းလခ ဘယ်လောက် ပေးရမလဲ",  # how much is my son's school fee
    ],
)
def test_a_school_fee_or_homework_is_not_putting_a_child_in_school(words):
    assert not back_home.school_home(words, settled("en", "MM"))
