"""Questions our sources cannot answer since the 2025 Thai-Cambodian border conflict
(exploratory round 46A): "is the border open now?", "prum den bek hoy nov?" (is the border
open yet?), "is it safe to go work in thailand now?", "can i go back to my job after the
fighting?" got Going home, Going abroad legally, the war line or "did not understand". Now a
short line says our sources have nothing checked, rules change, a person first; Visa and work
permit (its two dated lines) a tap away for a Cambodian in Thailand. Thais shouting at
Cambodians, "srek dak", "he say i must hide" get the line on being treated badly for who one
is (not the working-hours line, not Passport taken); no papers and afraid of checks: the
arrest answer with, first, a person before the embassy step."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled

from bot.dialogue import border_pass, treated_unfairly, work_conditions
from bot.dialogue.border_questions import asks, checks_feared

NO_SOURCE = "Is the border open, is it safe to go now, can you go back to the same job?"


def _kh(country: str, lang: str = "en"):
    return replace(settled(lang, country), origin="KH")


@pytest.mark.parametrize(
    "words",
    [
        "is the border open now?",
        "can i go home by bus? border close?",
        "is it safe to go work in thailand now?",
        "i went home during the fighting, can i go back to my job after the fighting?",
        "prum den bek hoy nov? khnhom chong tov thai vinh",
        "ព្រំដែនបើកហើយឬនៅ? ខ្ញុំចង់ជិះឡានក្រុងទៅផ្ទះ",
        "ទៅធ្វើការនៅថៃឥឡូវនេះមានសុវត្ថិភាពទេ?",
        "when border open again?",
        "can i cross at poipet now?",
        "is it safe for cambodian in bangkok now?",
        "boss say cambodian must go home, can i come back later to the same job?",
    ],
)
def test_questions_the_sources_cannot_answer_are_read(words):
    assert asks(words)


@pytest.mark.parametrize(
    "words",
    [
        "my border pass expire, can i stay?",
        "border pass renew where?",
        "is it safe to go to malaysia with agent?",
        "can i go back to my job after injury?",
        "i want open bank account",
        "is it safe to work at night?",
        "boss say go back to work",
        "my factory closed, no pay",
        "i open the border gate every day for boss",
        "can i go back to my old job in korea after vacation",
    ],
)
def test_near_misses_are_not(words):
    assert not asks(words)


def test_border_open_in_thailand_gets_the_line_a_person_and_the_papers(real):
    got = run(real, _kh("TH"), read_as("is the border open now?", "visa_work_permit", 0.6))
    assert said(got).startswith(NO_SOURCE)
    data = all_button_data(got)
    assert data[0].startswith("person")
    assert "topic:visa_work_permit" in data
    assert "1694" not in said(got)  # the line adds no number: the papers answer is a tap away


def test_romanised_khmer_border_open_gets_the_line_in_khmer(real):
    words = "prum den bek hoy nov? khnhom chong tov thai vinh"
    got = run(real, _kh("TH", "km"), read_as(words, None, 0.0, "km"))
    assert "ប្រភពរបស់យើងមិនមានព័ត៌មាន" in said(got)
    assert all_button_data(got)[0].startswith("person")


def test_safe_to_go_at_home_offers_going_abroad_legally_not_the_papers(real):
    words = "is it safe to go work in thailand now?"
    got = run(real, _kh("KH"), read_as(words, "legal_channels", 0.7))
    assert said(got).startswith(NO_SOURCE)
    data = all_button_data(got)
    assert "topic:legal_channels" in data
    assert "topic:visa_work_permit" not in data


def test_romanised_border_pass_is_read():
    assert border_pass.says("banh chhlong den khnhom hos kamnot, aach nov ban te?")


@pytest.mark.parametrize(
    "words",
    [
        "thai people shout at us",
        "khnhom khlach chenh krav, thai srek dak yerng",
        "my employer want keep me but his thai neighbor angry, he say i must hide",
    ],
)
def test_hostility_for_being_cambodian_gets_the_line_on_who_one_is(words, real):
    assert treated_unfairly.says(words)
    assert not work_conditions.instead(read_as(words, None, 0.0))
    got = run(real, _kh("TH"), read_as(words, "documents_confiscated", 0.45))
    assert "Being insulted for who you are is not your fault" in said(got)
    assert "topic:emergency_help" in all_button_data(got)


@pytest.mark.parametrize(
    "words",
    [
        "supervisor shout at us every day",
        "boss say we must hide when police come",
        "my wife shout at me",
    ],
)
def test_a_boss_shouting_or_a_raid_is_not_hostility(words):
    assert not treated_unfairly.hostile(words)
    assert not treated_unfairly.says(words)


def test_no_papers_and_afraid_of_checks_gets_a_person_before_the_embassy_step(real):
    words = "police check cambodian workers everywhere, i have no paper, afraid"
    got = run(real, _kh("TH"), read_as(words, "arrest_detention", 0.8))
    text = said(got)
    assert text.startswith("Afraid of checks and you have no papers?")
    assert "Arrest or detention" in text  # the steps stay, for an arrest


def test_an_arrest_told_keeps_the_arrest_answer_alone(real):
    words = "police arrested my husband at the check, he has no papers"
    assert not checks_feared(words)
    got = run(real, _kh("TH"), read_as(words, "arrest_detention", 0.9))
    assert not said(got).startswith("Afraid of checks")
