"""A worker who is pregnant (exploratory round 16B): "I am pregnant, will they send me home?"
was not understood (Going home and Arrest as guesses), "employer say abortion or go home" got
Going home, the Khmer "I am pregnant: will the boss send me home?" the arrest answer, "i
pregnant, agent say must go back" in Malaysia the work-injury answer with 999 first. Our
sources say nothing about pregnant workers: the reply says so, and offers a person and the
emergency answer."""

from __future__ import annotations

import pytest
from dialogue_helpers import (
    all_button_data,
    in_language,
    read_as,
    read_by_rule,
    run,
    said,
    settled,
    tr,
)

from bot.content.localised import topic_title
from bot.dialogue import hospital_fears, pregnant
from bot.values import Asked

LINE = (
    "Pregnant and worried about your job, your visa or your health? Our sources have no "
    "checked information on pregnant workers: whether an employer can send you home, or who "
    "pays for care. A person from a partner organisation can help you: tap “{person}”. If you "
    "are in danger now, tap “{emergency}”."
)


@pytest.mark.parametrize(
    ("words", "lang", "topic", "country"),
    [
        ("I am pregnant, will they send me home?", "en", None, "SG"),
        ("employer say abortion or go home", "en", "return_home", "SG"),
        ("i pregnant, agent say must go back cambodia, can i stay", "en", "injury_health", "MY"),
        ("ខ្ញុំមានផ្ទៃពោះ ថៅកែនឹងបញ្ជូនខ្ញុំទៅផ្ទះទេ", "km", "arrest_detention", "SG"),
        ("ကိုယ်ဝန်ရှိနေတယ် အလုပ်ရှင်က ပြန်ခိုင်းတယ်", "my", "injury_health", "SG"),
        ("ကိုယ္ဝန္ရွိေနတယ္ အလုပ္ရွင္က ျပန္ခိုင္းတယ္", "my", "injury_health", "SG"),  # Zawgyi
    ],
)
def test_a_pregnant_worker_is_told_what_is_not_known_and_offered_a_person(
    real, words, lang, topic, country
):
    got = run(real, settled(lang, country), read_as(words, topic, 0.9, lang))
    line = in_language(lang, LINE)
    t = tr(lang)
    emergency = topic_title(real.catalog, "emergency_help", lang)
    expected = line.format(person=t.gettext("Talk to a person"), emergency=emergency)
    assert said(got).startswith(expected)
    data = all_button_data(got)
    assert data[:2] == ["person", "topic:emergency_help"] and data[-1] == "menu"
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, pregnant.NAME)


def test_the_other_problems_read_are_offered_not_lost(real):
    words = "i am pregnant 5 month and boss not pay 2 month salary, he keep my passport"
    topics = ("unpaid_wages", "injury_health", "documents_confiscated")
    event = read_by_rule(words, "en", topics, ("unpaid_wages", 0.99))
    got = run(real, settled(country="MY"), event)
    assert "You also wrote about this" in said(got)
    data = all_button_data(got)
    assert all(any(d.endswith(topic) or f":{topic}:" in d for d in data) for topic in topics)
    assert data[0] == "person" and data[-1] == "menu"


@pytest.mark.parametrize(
    "words", ["my boss not pay me", "my wife had a baby in Thailand, how to register"]
)
def test_no_pregnancy_is_read_where_none_is_told(words):
    assert not pregnant.says(words)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        # round 22B: both got the fear line and then the work-injury answer (Workmen's
        # Compensation Fund), nothing on a birth
        (
            "i have no papers, if i give birth in hospital will they call police?",
            "en",
            "injury_health",
        ),
        ("ဆေးရုံမှာ ကလေးမွေးရင် ရဲကို တိုင်မလား စာရွက်စာတမ်း မရှိဘူး", "my", "injury_health"),
    ],
)
def test_a_birth_without_papers_gets_the_hospital_fear_and_the_pregnancy_line(
    real, words, lang, topic
):
    got = run(real, settled(lang), read_as(words, topic, 0.8, lang))
    text = said(got)
    assert text.startswith(hospital_fears.line(settled(lang), real))
    line = in_language(lang, LINE).format(
        person=tr(lang).gettext("Talk to a person"),
        emergency=topic_title(real.catalog, "emergency_help", lang),
    )
    assert line in text
    assert "Workmen" not in text  # not the work-injury answer
    assert got.tally is not None
    assert got.tally.topic == pregnant.NAME


@pytest.mark.parametrize(
    "words",
    ["my wife had baby in thailand hospital", "ထိုင်းမှာ ကလေးမွေးတယ် မွေးစာရင်း ဘယ်လိုလုပ်ရမလဲ"],
)
def test_a_baby_already_born_is_not_a_pregnancy(words):
    assert not pregnant.says(words)
