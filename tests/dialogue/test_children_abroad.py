"""A child who lives abroad with the parents (round 22B): "my son 8 years old live with me
in mahachai, can he go to thai school?" got "I cannot help with that", the Burmese "I want
to put my child in school, no papers" the guesses, the Khmer one the reply on workers under
18; "employer say no children in dormitory" the guesses, its Burmese Passport taken; "i send
my baby home to grandmother, can my sister take her across border?" the answer for someone
else with the arrest answer; "my son 6 go home to cambodia with my cousin ... what paper he
need" Documents you need (the OCWC, a work visa). Our sources say nothing on any of it: the
reply says so and offers a person, with the NLU's reading a tap away."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import born_abroad, children_abroad
from bot.values import Asked

LINE = (
    "A child abroad with the family: school, a room, papers, or going home across a border? "
    "Our sources have no checked information on school for migrant children, on children in "
    "workers' housing, or on the papers a child needs to cross a border. A person from a "
    "partner organisation can help: tap “{person}”."
)


def line(lang: str) -> str:
    return in_language(lang, LINE).format(person=in_language(lang, "Talk to a person"))


@pytest.mark.parametrize(
    ("words", "topic", "confidence", "lang"),
    [
        ("my son 8 years old live with me in mahachai, can he go to thai school?", None, 0.4, "en"),
        ("ကလေးကို ကျောင်းထားချင်တယ် စာရွက်စာတမ်းမရှိဘူး", None, 0.5, "my"),
        ("ကေလးကို ေက်ာင္းထားခ်င္တယ္", None, 0.5, "my"),  # Zawgyi
        ("កូនខ្ញុំអាយុ ១០ឆ្នាំ ចង់ចូលរៀននៅសាលាថៃ តែគ្មានឯកសារ", "reintegration_id", 0.6, "km"),
        (
            "employer say no children in dormitory, i have baby 2 month, where we live",
            None,
            0.4,
            "en",
        ),
        ("အလုပ်ရှင်က အဆောင်မှာ ကလေးမထားရဘူးတဲ့", "documents_confiscated", 0.7, "my"),
        (
            "i send my baby home to grandmother in myanmar, can my sister take her across border?",
            None,
            0.58,
            "en",
        ),
        (
            "my son 6 go home to cambodia with my cousin, grandparents wait at poipet, what paper "
            "he need",
            "documents_needed",
            0.86,
            "en",
        ),
        ("ចង់ផ្ញើកូនទៅយាយនៅស្រុក ឆ្លងព្រំដែន ត្រូវការឯកសារអ្វីខ្លះ", "return_home", 0.52, "km"),
        ("kalay ko myanmar pyan po chin dal, passport ma shi buu", None, 0.5, "my"),
        ("can baby go back myanmar with us?", "return_home", 0.8, "en"),
    ],
)
def test_a_child_abroad_is_told_what_is_not_known_and_offered_a_person(
    real, words, topic, confidence, lang
):
    got = run(real, settled(lang), read_as(words, topic, confidence, lang))
    assert said(got).startswith(line(lang))
    data = all_button_data(got)
    assert "person" in data
    if topic is not None:
        assert any(topic in button for button in data)  # the NLU's reading a tap away
    assert not any("arrest_detention" in button for button in data)
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, children_abroad.NAME)


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        # children left at home: children_home.py's line, or the answer read (session 21)
        ("my kids at home dont go school, boss not pay me 2 month", "unpaid_wages", 0.9),
        ("my children stay with grandmother, who take care", None, 0.58),
        # a grown son going home; a problem surely read
        ("my son go home from thailand, boss not pay him", "unpaid_wages", 0.9),
        ("i want to study korean language for EPS", "legal_channels", 0.97),
        ("boss not allow me go home", "documents_confiscated", 0.8),
        # under 18 and wanting to work: young.py's line on the age (Zawgyi: my daughter is 15,
        # not at school in Thailand, she says she wants to work)
        ("သမီး အသက် ၁၅ နှစ် ထိုင်းမှာ ကျောင်းမနေရဘူး အလုပ်လုပ်ချင်တယ်တဲ့", None, 0.5),
        ("my son is 14, no school, he want to work with me", None, 0.5),
    ],
)
def test_other_messages_are_read_as_before(real, words, topic, confidence):
    got = run(real, settled(), read_as(words, topic, confidence))
    assert line("en") not in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "is my baby thai citizen if born in thailand?",
        "kon khnhom kaet nov thai, ot mean ekasar, tov srok ban te",
        "kalay thai mhar mway tal, mway sa yin ma shi buu",
    ],
)
def test_born_in_a_country_abroad_is_a_child_born_abroad(words):
    assert born_abroad.says(words)
    assert not born_abroad.says("i was born in myanmar, now work in thailand")


ALONE = (
    "Are you a child, alone because your parents were taken? Tap “{person}” now and say where "
    "you are. Our sources have no checked information on help for children left alone abroad. "
    "In danger now? Tap “{emergency}”."
)


@pytest.mark.parametrize(
    ("words", "topic", "confidence", "lang"),
    [
        (
            "police took my parents yesterday, I am 13 and alone with my little brother",
            "arrest_detention",
            0.97,
            "en",
        ),
        (
            "my mom and dad arrested by immigration, i am alone in room",
            "arrest_detention",
            0.8,
            "en",
        ),
        ("အဖေအမေကို ရဲဖမ်းသွားတယ် တစ်ယောက်တည်း ကျန်ခဲ့တယ်", "arrest_detention", 0.8, "my"),
        ("ប៉ាម៉ាក់ខ្ញុំត្រូវប៉ូលីសចាប់ ខ្ញុំនៅម្នាក់ឯង", None, 0.5, "km"),
    ],
)
def test_a_child_alone_after_the_parents_were_taken_is_sent_to_a_person_first(
    real, words, topic, confidence, lang
):
    got = run(real, settled(lang), read_as(words, topic, confidence, lang))
    first = in_language(lang, ALONE).split("{person}")[0]
    assert said(got).startswith(first)
    assert "Under 18, or told to change an age?" not in said(got)  # not the line on work
    data = all_button_data(got)
    assert data[0] == "person"
    assert "topic:emergency_help" in data
    if topic is not None:
        assert any(topic in button for button in data)  # the arrest answer a tap away
    assert got.tally is not None
    assert got.tally.topic == children_abroad.ALONE


@pytest.mark.parametrize(
    "words",
    [
        "my parents arrested in thailand, what to do",  # a grown child: the arrest answer
        "police took my friend, i am alone now",
        "i am 16, police take my passport",
    ],
)
def test_other_arrests_are_not_a_child_alone(words):
    assert not children_abroad.alone(words)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("i am 15, i live with my parents in thailand, i want to study but no papers", "en"),
        ("ខ្ញុំអាយុ ១៥ ឆ្នាំ នៅថៃជាមួយម៉ាក់ ខ្ញុំចង់រៀន", "km"),  # I am 15, with mum, want to study
    ],
)
def test_a_young_person_abroad_who_wants_to_study_gets_the_line_on_school(real, words, lang):
    got = run(real, settled(lang, "TH"), read_as(words, None, 0.5, lang))
    assert said(got).startswith(line(lang))


def test_at_home_wanting_to_study_is_not_a_child_abroad(real):
    # at home, round 17B's "my parents want me go malaysia but i want to study" is not
    at_home = run(
        real,
        settled("en", "MM"),
        read_as("my parents want me go malaysia but i want to study", None, 0.5),
    )
    assert line("en") not in said(at_home)
