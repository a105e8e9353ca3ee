"""Left to escape the army's call-up, asking about refugee status, or with fighting, bombing
or the earthquake at home (exploratory round 24A). "i escape from army conscription, can
thailand send me back?" got the emergency numbers and the arrest answer, whose second step is
to ask for the Myanmar embassy; "my brother must go army next month, how he can come
malaysia" the arrest answer; "can I ask UNHCR, am I refugee?" "did not understand"; "my
village bombed, no news from my mother" the agency answer. Our sources hold nothing on any of
it: the reply says so, that the bot sends nothing to an embassy, the police or the army, a
person first, never the embassy."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.dialogue.triage import in_danger

CALLED_UP = (
    "Left to escape the army's call-up, or afraid of being sent back? Our sources have no "
    "checked information on what happens to people who left to avoid military service, or on "
    "being sent back."
)
REFUGEE = (
    "Refugee status, asylum or UNHCR: our sources have no checked information on them, and no "
    "contact for UNHCR."
)
WAR = (
    "I am sorry. Fighting, bombing or the earthquake at home: our sources have no checked "
    "information on help there, or on finding news of family there."
)
NOTHING_SENT = (
    "I send nothing you write here to an embassy, the police or the army. A person from a "
    "support organisation can help you think it through: tap “{person}”."
)
EMERGENCY_TITLE = "Emergency help"


def nothing_sent(lang: str) -> str:
    t = tr(lang)
    return in_language(lang, NOTHING_SENT).format(person=t.gettext("Talk to a person"))


def is_the_reply(got, lang: str, first: str) -> list[str]:
    assert said(got).startswith(in_language(lang, first))  # no numbers, no arrest answer first
    assert nothing_sent(lang) in said(got)
    data = all_button_data(got)
    assert data[0].startswith("person")  # a person first
    assert "topic:embassy_contact" not in data  # never the embassy to someone who fears it
    assert got.tally is not None and got.tally.topic == "called_up"
    return data


@pytest.mark.parametrize(
    ("words", "lang", "country", "offered"),
    [
        (
            "i escape from army conscription, can thailand send me back?",
            "en",
            "TH",
            "topic:arrest_detention",
        ),
        (
            "my brother must go army next month, how he can come malaysia",
            "en",
            "MY",
            "topic:legal_channels",
        ),
        (
            "if police catch me will they send me to myanmar army?",
            "en",
            "TH",
            "topic:arrest_detention",
        ),
        (
            "i ran away from myanmar army, they look for me. can thai police arrest me?",
            "en",
            "TH",
            "topic:arrest_detention",
        ),
        (
            "i came illegal to escape military, no passport. can i work legal?",
            "en",
            "TH",
            None,
        ),
        ("စစ်မှုထမ်းရှောင်ပြီး ထွက်လာတာ။ ထိုင်းက ပြန်ပို့မလား", "my", "TH", "topic:arrest_detention"),
        ("စစ္မႈထမ္း ေရွာင္ၿပီး ထိုင္းကို လာတာ ပတ္စပို႔ မရွိဘူး", "my", "TH", None),  # Zawgyi
        ("sit tat ka khaw lo pyay lar tar, thai ka pyan po ma lar", "my", "TH", None),
    ],
)
def test_leaving_the_call_up_behind_gets_what_the_sources_lack_and_no_embassy(
    real, words, lang, country, offered
):
    # The NLU reads these as an arrest (0.7 to 0.75 with the Dec 2026 model).
    got = run(real, settled(lang, country), read_as(words, "arrest_detention", 0.75, lang))
    data = is_the_reply(got, lang, CALLED_UP)
    if offered is not None:
        assert offered in data


@pytest.mark.parametrize(
    "words",
    [
        "i escape from army conscription, can thailand send me back?",
        "i ran away from the military, can i stay in thailand?",
        "i came illegal to escape military, no passport",
    ],
)
def test_a_flight_from_the_call_up_is_no_danger_now(real, words):
    assert not in_danger(words, real)


@pytest.mark.parametrize(
    "words",
    [
        "i escape from the house last night, no passport",
        "i escape from army conscription, now boss locked me in room",
        "i escape from soldiers",
        "i ran away from my employer",
    ],
)
def test_danger_told_beside_it_keeps_the_numbers(real, words):
    assert in_danger(words, real)


@pytest.mark.parametrize(
    ("words", "topic"),
    [("can I ask UNHCR, am I refugee?", None), ("UNHCR thailand phone number", None)],
)
def test_refugee_status_and_unhcr_are_said_to_be_missing(real, words, topic):
    got = run(real, settled(), read_as(words, topic, 0.14))
    is_the_reply(got, "en", REFUGEE)
    assert CALLED_UP not in said(got)


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence"),
    [
        ("my village bombed, no news from my mother", "en", "agency_complaint", 0.35),
        ("ကျွန်တော့်ရွာကို ဗုံးကြဲတယ်၊ အမေ့ဆီက သတင်းမရဘူး", "my", "agency_complaint", 0.4),
        ("knhom bat kar ngar pruoh sangkream prum den", "km", "emergency_help", 0.22),
    ],
)
def test_war_at_home_read_unsurely_gets_the_reply(real, words, lang, topic, confidence):
    state = settled(lang)
    if lang == "km":
        state = replace(state, origin="KH")
    got = run(real, state, read_as(words, topic, confidence, lang))
    data = is_the_reply(got, lang, WAR)
    if lang == "km":  # its 2025 border-conflict extension for Cambodians in Thailand
        assert "topic:visa_work_permit" in data


def test_war_at_home_with_a_problem_surely_read_keeps_its_answer_below_the_line(real):
    words = "earthquake destroy my house in mandalay, i need go home, can i come back after?"
    got = run(real, settled(), read_as(words, "return_home", 0.9))
    assert said(got).startswith(WAR)
    assert "Going home" in said(got)


def test_a_mother_of_a_son_under_18_gets_the_age_line_then_the_call_up(real):
    words = "my son 17, can he work abroad so he not go army?"
    got = run(real, settled("en", "MM"), read_as(words, "legal_channels", 0.5))
    text = said(got)
    assert text.startswith("Under 18, or told to change an age?")
    assert CALLED_UP in text
    assert "topic:legal_channels" in all_button_data(got)  # its May 2024 stop for men


def test_an_embassy_feared_keeps_the_embassy_reply(real):
    words = "my passport expire, i cannot go embassy because army"
    got = run(real, settled(), read_as(words, "embassy_contact", 0.9))
    assert CALLED_UP not in said(got)
    assert got.tally is not None and got.tally.topic == "embassy_fear"


def test_asking_to_stay_offers_the_papers_answer(real):
    # Round 19C's "army will take me ... can i stay in japan?" got the staying-abroad line
    # (scheme_rules.py); since round 24A this reply, the papers answer one tap away.
    words = (
        "i dont want go back myanmar, army will take me for military service, can i stay in japan?"
    )
    got = run(real, settled("en", "JP"), read_as(words, None, 0.5))
    data = is_the_reply(got, "en", CALLED_UP)
    assert data[1] == "topic:visa_work_permit"


def test_an_arrest_told_keeps_the_arrest_answer(real):
    words = "police took my son, will they send him to army?"
    got = run(real, settled(), read_as(words, "arrest_detention", 0.9))
    assert CALLED_UP not in said(got)
    assert "Arrest or detention" in said(got)


def test_shouted_words_keep_their_danger(real):
    assert in_danger("HELP!!!", real)
