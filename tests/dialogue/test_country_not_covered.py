"""A country the content does not cover (round 24B): China, Laos, Taiwan, the Gulf, Hong Kong,
Brunei, Israel, Australia. "i am in china now, my husband family lock me" from someone whose
profile says Thailand got "Call one of the numbers shown" with Thailand's 1300 and Issara's
lines; "I am in Saudi, madam take passport" the passport answer with no word that nothing is
known in Saudi Arabia. Now: no local number of another country as if it were theirs, and a
line first that our sources know nothing there, with a person."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import bride, elsewhere, engine
from bot.dialogue.events import ButtonPress
from bot.dialogue.places import elsewhere_named, elsewhere_now, elsewhere_said
from bot.values import UserState

LINE = (
    "You wrote about a country our information does not cover. Our sources have no checked "
    "numbers, offices or rules there: any number below is for another country. A person can "
    "help you look for help there: tap “Talk to a person”."
)


def test_the_line_is_the_one_in_the_module(real):
    assert elsewhere.line(settled(), real) == LINE


@pytest.mark.parametrize(
    "words",
    [
        "i am in china now, my husband family lock me, i want go home",
        "in taiwan fishing boat, captain hit us",
        "I am in Saudi, madam take passport",
        "i work in israel farm, boss keep passport",
        "yunnan factory, no salary. i am in yunnan",
        "တရုတ်မှာ ရောက်နေတယ်၊ ယောက်ျားမိသားစုက ပိတ်ထားတယ်",  # in China, husband's family locks me
        "ကၽြန္မ တ႐ုတ္မွာ ေရာက္ေနတယ္",  # I am in China (Zawgyi)
        "ខ្ញុំនៅតៃវ៉ាន់ ថៅកែវាយខ្ញុំ",  # I am in Taiwan, the boss hits me
        "knhom nov chen, pdey vay knhom",  # I am in China, my husband hits me
        "tayote mhar shi tal",  # (I) am in China
    ],
)
def test_said_to_be_in_a_country_not_covered(words):
    assert elsewhere_now(words)


@pytest.mark.parametrize(
    "words",
    [
        "boss no pay 3 month",
        "i am in thailand, not china",
        "back from china, now in malaysia",  # a covered place is where they are now
        "how to go dubai for housemaid",  # a place to go to, not where they are
    ],
)
def test_not_said_to_be_there(words):
    assert not elsewhere_now(words)


def test_a_place_to_go_to_is_still_named():
    assert elsewhere_named("how to go dubai for housemaid")
    assert elsewhere_named("ខ្ញុំចង់ទៅធ្វើការនៅដូបៃ")  # I want to go to work in Dubai
    assert elsewhere_named("🇨🇳 help me please they lock me")  # a flag not covered
    assert not elsewhere_named("boss no pay 3 month in bangkok")


def test_locked_in_in_china_gets_no_thai_number(real):
    got = run(
        real,
        settled(country="TH"),
        read_as("i am in china now, my husband family lock me", "emergency_help", 0.9),
    )
    body = said(got)
    assert body.startswith(LINE)
    for thai in ("1300", "1800 010 180", "191", "Thailand"):
        assert thai not in body
    assert got.state.country == "TH"  # the profile is not changed


def test_its_buttons_stay_for_no_country(real):
    got = run(
        real,
        settled(country="TH"),
        read_as("i am in china now, my husband family lock me", "emergency_help", 0.9),
    )
    embassy = [data for data in all_button_data(got) if "embassy" in data]
    assert embassy and all(":other:" in data for data in embassy)


def test_unpaid_wages_in_china_are_not_thailands(real):
    got = run(
        real, settled(country="TH"), read_as("now i am in china, boss no pay", "unpaid_wages", 0.9)
    )
    body = said(got)
    assert body.startswith(LINE)
    assert "1546" not in body and "In Thailand" not in body


def test_other_country_profile_gets_the_line(real):
    state = UserState(language="en", origin="MM", country="other", profile_asked=True)
    got = run(
        real, state, read_as("I am in Saudi, madam take passport", "documents_confiscated", 0.9)
    )
    assert said(got).startswith(LINE)


def test_at_home_the_home_answer_stays_with_the_line(real):
    state = UserState(language="en", origin="MM", country="MM", profile_asked=True)
    got = run(real, state, read_as("laos casino job real?", "job_scams_trafficking", 0.9))
    body = said(got)
    assert body.startswith(LINE)
    assert "Myanmar" in body


@pytest.mark.parametrize("lang", ["my", "km"])
def test_the_line_in_burmese_and_khmer(real, lang):
    state = UserState(language=lang, origin="KH", country="TH", profile_asked=True)
    got = run(real, state, read_as("ខ្ញុំនៅតៃវ៉ាន់ ថៅកែវាយខ្ញុំ", "emergency_help", 0.9, lang))
    assert said(got).startswith(in_language(lang, LINE))


BRIDE = (
    "A marriage arranged by a broker, or a husband abroad found for money? Our sources have "
    "nothing checked on such marriages, and no numbers or offices in China. If someone is "
    "locked in, hurt, or cannot leave or phone freely, open “{emergency}”. Before anyone "
    "signs, goes or takes money, talk to a person: tap “{person}”."
)


@pytest.mark.parametrize(
    ("words", "topic", "lang"),
    [
        ("my daughter marry chinese man through broker, now she cry on phone", None, "en"),
        ("broker say good husband in china, give 5000 dollar to family", "recruitment_fees", "en"),
        # the broker says he will find a good husband in China, 5000 dollars to the parents
        ("ပွဲစားက တရုတ်မှာ ယောက်ျားကောင်း ရှာပေးမယ်တဲ့ မိဘကို ဒေါ်လာ ၅၀၀၀ ပေးမယ်တဲ့", None, "my"),
        # my daughter married a Chinese man through a broker, now she cries on the phone
        ("កូនស្រីខ្ញុំរៀបការជាមួយប្រុសចិន តាមមេខ្យល់ ឥឡូវនាងយំតាមទូរស័ព្ទ", None, "km"),
    ],
)
def test_a_marriage_through_a_broker(real, words, topic, lang):
    state = UserState(language=lang, origin="MM", country="MM", profile_asked=True)
    got = run(real, state, read_as(words, topic, 0.5, lang))
    assert said(got).startswith(in_language(lang, BRIDE).split("“")[0])
    assert "topic:emergency_help" in all_button_data(got)


@pytest.mark.parametrize(
    "words",
    [
        "my husband work in china, no news 2 month",  # a worker's family
        "broker take my passport",  # no marriage
        "i am married, can my wife come to thailand",
    ],
)
def test_not_a_marriage_through_a_broker(words):
    assert not bride.says(words)


ALONE = (
    "Our information does not cover that country: our sources have no checked numbers, "
    "offices or rules there. A person can help you look for help there: tap “{person}”. "
    "In danger? Open “{emergency}”."
)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("i am in saudi", "en"),  # the NLU: an emergency
        ("i am in china", "en"),
        ("now in hong kong", "en"),
        ("china", "en"),
        ("တရုတ်မှာ ရှိတယ်", "my"),  # (I) am in China
        ("ខ្ញុំនៅតៃវ៉ាន់", "km"),  # I am in Taiwan
    ],
)
def test_only_where_one_is_said(real, words, lang):
    assert elsewhere_said(words)
    state = UserState(language=lang, origin="MM", country="other", profile_asked=True)
    got = run(real, state, read_as(words, "emergency_help", 0.67, lang))
    assert said(got).startswith(in_language(lang, ALONE).split("“")[0])
    assert {"topic:emergency_help", "topic:return_home"} <= set(all_button_data(got))


@pytest.mark.parametrize(
    "words", ["i am in thailand", "i am in china, boss not pay", "how to go dubai"]
)
def test_more_than_where_one_is(words):
    assert not elsewhere_said(words)


def test_seasonal_work_in_australia_is_no_border_pass(real):
    state = UserState(language="en", origin="MM", country="MM", profile_asked=True)
    got = run(real, state, read_as("australia seasonal work how to apply", "documents_needed", 0.6))
    body = said(got)
    assert body.startswith(LINE)
    assert "Border pass" not in body


def after_saudi(real):
    """The context right after "i am in saudi" said alone, as the engine leaves it."""
    saudi = read_as("i am in saudi", "emergency_help", 0.8, "en")
    said_there = engine.handle(saudi, settled(), real)
    assert said_there.shown == elsewhere.NAME
    return replace(real, last_answer=said_there.shown)


def test_a_question_right_after_saying_one_is_there_is_for_no_country(real):
    """Round 24B left it open: "embassy phone" right after "i am in saudi" got the embassy
    in Bangkok from a profile in Thailand, without the line. Now no country's offices, the
    line first; the profile is not changed."""
    got = run(after_saudi(real), settled(), read_as("embassy phone", "embassy_contact", 0.9, "en"))
    assert said(got).startswith(LINE)
    assert "Bangkok" not in said(got) and "+66" not in said(got)
    assert got.state.country == "TH"


def test_a_tap_right_after_saying_one_is_there_is_for_no_country(real):
    got = run(after_saudi(real), settled(), ButtonPress("topic:emergency_help"))
    assert "1300" not in said(got) and "Thailand" not in said(got)


def test_a_covered_place_named_next_is_read_as_named(real):
    words = "no i am in thailand, embassy phone"
    got = run(after_saudi(real), settled(), read_as(words, "embassy_contact", 0.9, "en"))
    assert "Bangkok" in said(got) and not said(got).startswith(LINE)


def test_what_to_do_next_right_after_is_a_person(real):
    got = run(after_saudi(real), settled(), read_as("what i do", "bot_help", 0.8, "en"))
    assert "A person from a partner organisation can tell you what to do next." in said(got)


def test_the_questions_after_it_stay_for_no_country_and_the_line_is_said_once(real):
    """ "labour attache phone" after "embassy phone" after "i am in saudi" was Thailand's
    labour attachés (the carry lasted one message)."""
    embassy = read_as("embassy phone", "embassy_contact", 0.9, "en")
    first = engine.handle(embassy, settled(), after_saudi(real))
    attache = read_as("labour attache phone", "labour_attache", 0.9, "en")
    got = engine.handle(attache, first.state, replace(real, last_answer=first.shown))
    assert "Bangkok" not in said(got) and "five in Thailand" not in said(got)
    assert "Elsewhere, ask your embassy" in said(got)  # the answer for no country
    assert not said(got).startswith(LINE)


NO_EMBASSY = "We have no checked embassy contacts for the country where you are."
ASKS_COUNTRY = "Tell us your home country and the country where you are"


@pytest.mark.parametrize("origin", ["MM", "KH"])
def test_the_embassy_answer_in_a_country_not_covered_does_not_ask_for_it(real, origin):
    """Session 24 left it open: someone whose profile says another country, or who said they
    are in Saudi Arabia, was told "Tell us your home country and the country where you are"."""
    state = UserState(language="en", origin=origin, country="other", profile_asked=True)
    got = run(real, state, read_as("where is embassy", "embassy_contact", 0.9))
    assert NO_EMBASSY in said(got) and ASKS_COUNTRY not in said(got)
    named = run(real, settled(), read_as("i am in saudi, where is embassy", "embassy_contact", 0.9))
    assert NO_EMBASSY in said(named) and "Bangkok" not in said(named)


@pytest.mark.parametrize("lang", ["my", "km"])
def test_the_embassy_answer_in_a_country_not_covered_in_burmese_and_khmer(real, lang):
    state = UserState(language=lang, origin="MM", country="other", profile_asked=True)
    got = run(real, state, read_as("embassy", "embassy_contact", 0.9, lang))
    english = run(real, state.with_(language="en"), read_as("embassy", "embassy_contact", 0.9))
    assert NO_EMBASSY in said(english) and NO_EMBASSY not in said(got)
    assert said(got).count("\n") >= 3
