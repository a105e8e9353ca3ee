"""A family whose son, daughter, husband or friend died abroad (exploratory round 16B): "my
son died in Thailand factory, how bring body home" got Going home ("Ask for your last wages
before you leave"), the Khmer "my son died in Thailand ... bring the body home" "I cannot
help with that", "my husband died in korea accident, who pay" the injury answer's "Get
treatment first". Now: sorry for the loss, what our sources do not say (the body, who pays,
the cause), a person, and the injury answer and the embassy for the country named."""

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
)

from bot.dialogue import bereaved
from bot.dialogue.answers import topic_data
from bot.dialogue.pending import Pending
from bot.values import Asked

SORRY = "I am very sorry for your loss."


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("my son died in Thailand factory, how bring body home", "en", "return_home"),
        ("they say he die of sickness but I don't believe", "en", None),
        ("my husband died in korea accident, who pay", "en", "injury_health"),
        ("my friend die in japan, technical intern, how to tell family", "en", None),
        ("កូនប្រុសខ្ញុំស្លាប់នៅថៃ តើធ្វើដូចម្តេចដើម្បីយកសពមកផ្ទះ", "km", None),
        ("ကျွန်မသား ထိုင်းမှာ ဆုံးသွားတယ်။ အလောင်း ဘယ်လို ပြန်ယူရမလဲ", "my", None),
        ("ကျွန္မသား ထိုင္းမွာ ေသသြားတယ္ အေလာင္း ဘယ္လိုျပန္ယူရမလဲ", "my", None),  # Zawgyi
        ("kon pros knhom slap hai nov thai, tver yang mech", "km", None),
        ("kya ma tha thailand mhar say twar pe, a lg ba lo yu ya ma lell", "my", None),
    ],
)
def test_a_death_abroad_gets_sorrow_what_is_not_known_and_a_person(real, words, lang, topic):
    got = run(real, settled(lang, country="MM"), read_as(words, topic, 0.9, lang))
    assert said(got).startswith(in_language(lang, SORRY))
    data = all_button_data(got)
    assert data[0] == "person"
    assert "topic:return_home" not in data
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, bereaved.NAME)


def test_the_injury_answer_and_the_embassy_are_for_the_country_named(real):
    words = "my son died in Thailand factory, how bring body home"
    got = run(real, settled(country="MM"), read_as(words, "return_home", 0.9))
    there = Pending("injury_health", None, "TH")
    assert topic_data("injury_health", there) in all_button_data(got)
    assert topic_data("embassy_contact", there) in all_button_data(got)


def test_the_other_problems_read_are_offered_not_lost(real):
    words = "my husband died in korea, company not pay his last salary and insurance"
    topics = ("injury_health", "unpaid_wages", "arrest_detention")
    event = read_by_rule(words, "en", topics, ("injury_health", 0.66))
    got = run(real, settled(country="KH"), event)
    assert said(got).startswith(SORRY)
    data = all_button_data(got)
    assert any("unpaid_wages" in d for d in data)
    assert sum("injury_health" in d for d in data) == 1  # offered once, as the reply's own
    assert not any("arrest_detention" in d for d in data)  # "died" read as an arrest


@pytest.mark.parametrize(
    "words",
    [
        "my friend almost died in accident at work",
        "boss slap my friend",
        "if my son die who will pay",
        "my phone is dead",
        "my work contract ပြီးဆုံးသွားပြီ",
        "အလောင်းအစား မလုပ်ပါနဲ့",  # do not gamble
        "my son works in Thailand factory",
        "my friend's phone is dead, I cannot contact him",
        "my friend is dead tired",
        "my friend scared to death",
    ],
)
def test_no_death_is_read_where_none_is_told(words):
    assert not bereaved.says(words)


def test_a_death_at_home_is_read_as_usual_after_a_word_of_sorrow(real):
    words = "my father died in myanmar, i want go home for funeral, boss not allow"
    got = run(real, settled(), read_as(words, "return_home", 0.84))
    # round 38A: the writer's own trip home and back, with what our sources do not say on
    # leave and coming back, and Going home as a button (home_emergency.py)
    assert said(got).startswith(SORRY)
    assert "leave for a family emergency" in said(got)
    assert "topic:return_home" in all_button_data(got)
