"""Arrival day (exploratory round 28C, docs/exploratory/round28-arrival-day.md): "i am lost,
first day in korea" got "I cannot help with that"; the Burmese and Khmer "at the airport,
nobody came" were not understood, the English the agency answer; "boss say i must go with
men" after a restaurant job was promised got Change employer ("do not leave your job"). Our
sources hold nothing on arriving: the reply says so and offers a person first, the embassy and
Emergency help a tap away; being made to sell sex is danger: the numbers first."""

from __future__ import annotations

import pytest
from dialogue_helpers import (
    all_button_data,
    in_language,
    read_as,
    run,
    said,
    settled,
)

from bot.content.localised import topic_title
from bot.values import UserState

ARRIVED = (
    "Just arrived, and nobody came for you, or you are lost? Our sources have no checked "
    "information on what to do when you arrive. A person from a partner organisation can "
    "help you now: tap “{person}”. If you are in danger, or taken where you did not agree "
    "to go, tap “{emergency}”."
)


def _line(real, lang: str) -> str:
    return in_language(lang, ARRIVED).format(
        person=in_language(lang, "Talk to a person"),
        emergency=topic_title(real.catalog, "emergency_help", lang),
    )


@pytest.mark.parametrize(
    ("words", "lang", "country", "topic"),
    [
        ("i am lost, first day in korea, i dont know where is my company", "en", "KR", None),
        (
            "i am at suvarnabhumi airport, agent man not come, phone no answer",
            "en",
            "TH",
            "agency_complaint",
        ),
        ("at klia airport 5 hour, nobody pick up", "en", "MY", "agency_complaint"),
        ("i have no money no thai sim", "en", "TH", None),
        ("လေဆိပ်မှာ ပွဲစားလူ မလာဘူး ဘာလုပ်ရမလဲ", "my", "TH", None),
        ("ខ្ញុំនៅព្រលានយន្តហោះ គ្មាននរណាមកទទួល", "km", "TH", None),
    ],
)
def test_nobody_came_on_arrival_is_told_what_is_not_known_and_offered_a_person(
    real, words, lang, country, topic
):
    got = run(real, settled(lang, country), read_as(words, topic, 0.6, lang))
    assert said(got).startswith(_line(real, lang))
    data = all_button_data(got)
    assert any("embassy_contact" in d for d in data)
    assert any("emergency_help" in d for d in data)
    assert not got.urgent


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("immigration hold me at airport, they say my visa wrong", "arrest_detention"),
        ("agent man take all our passport at airport for work permit", "documents_confiscated"),
        ("i arrive bangkok today. everything ok. what i should know first week?", None),
    ],
)
def test_held_a_paper_taken_or_no_trouble_at_arrival_is_not_that_line(real, words, topic):
    got = run(real, settled("en", "TH"), read_as(words, topic, 0.8, "en"))
    assert not said(got).startswith(_line(real, "en"))


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("they say restaurant job but now boss say i must go with men. i dont want", "en"),
        ("they make me sleep with customers", "en"),
        ("ဆိုင်မှာ အလုပ်ဆိုပြီး ခေါ်လာတာ အခု ယောက်ျားတွေနဲ့ အိပ်ခိုင်းတယ်", "my"),
        ("គេថាធ្វើការភោជនីយដ្ឋាន តែឥឡូវបង្ខំឱ្យដេកជាមួយភ្ញៀវ", "km"),
    ],
)
def test_made_to_sell_sex_is_danger_with_the_numbers_first(real, words, lang):
    got = run(real, settled(lang, "MY"), read_as(words, "change_employer", 0.7, lang))
    assert got.urgent
    # Not "Do not leave your job before you get advice" under the numbers: a tap away.
    assert topic_title(real.catalog, "change_employer", lang) not in said(got)
    assert [d for d in all_button_data(got) if "change_employer" in d]
    assert not [d for d in all_button_data(got) if "arrest_detention" in d]


def test_a_wife_at_home_with_no_message_since_the_flight_is_offered_the_search_help(real):
    # Round 28C: no reading (0.26), then Going abroad legally for going to Korea.
    words = "my husband go korea 3 days ago, no message, airport say he arrive"
    event = read_as(words, None, 0.26, "en")
    at_home = UserState(language="en", origin="KH", country="KH", profile_asked=True)
    got = run(real, at_home, event)
    assert all_button_data(got)[0] == "at:embassy_contact@:KR:"


def test_told_to_sign_now_on_the_first_day_is_told_not_to_sign_what_they_cannot_read(real):
    words = "contract in thai language, i cannot read, sign now or go home"
    got = run(real, settled("en", "TH"), read_as(words, "employment_contract", 0.8, "en"))
    assert said(got).startswith(
        "Told to sign a paper? Do not sign anything you do not understand before you get advice"
    )


def test_a_mother_at_home_with_no_news_yet_since_the_flight_is_not_told_to_find_a_safe_place(
    real,
):
    # Round 28C: read as an emergency (0.63): Malaysia's 999, "go to a safe place".
    words = "កូនស្រីខ្ញុំទៅម៉ាឡេស៊ី តាំងពីហោះហើរ មិនទាន់មានដំណឹងទេ"
    at_home = UserState(language="km", origin="KH", country="KH", profile_asked=True)
    got = run(real, at_home, read_as(words, "emergency_help", 0.63, "km"))
    assert not got.urgent
    assert all_button_data(got)[0] == "at:embassy_contact@:MY:"
