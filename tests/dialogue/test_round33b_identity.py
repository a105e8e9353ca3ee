"""Who a person is and who they love (exploratory round 33B,
docs/exploratory/round33-gender-sexuality.md): "co-workers laugh at me every day because i
am gay" got Injury or illness; "I am transgender woman ... passport photo is man. Employer
refuse to give me job" got Passport taken; "agent say he will tell my family i am gay if i
not pay him" the someone-else answer with Arrest or detention; "which organisation help LGBT
people in Thailand?", the Khmer "I love the same sex, the boss found out and sent me away",
"landlord no give me room because i am tom" were not understood; "they beat me because i am
gay" got the numbers and nothing said. Our sources name no help for LGBT people: the reply
respects them, says the bot sends nothing about them to anyone, says what is not known and
offers a person first; never Arrest or detention."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import identity

RESPECT = (
    "Thank you for telling me. Who you are and who you love is not wrong, and no one has the "
    "right to mock, hurt or threaten you for it."
)
RESPECT_THEM = (
    "Thank you for telling me. Who a person is and who they love is not wrong, and no one has "
    "the right to mock, hurt or threaten them for it."
)
PRIVACY = (
    "I send nothing about you to your employer, your family or anyone else. You do not have "
    "to tell anyone about this to get help."
)
THREAT = (
    "Someone who threatens to tell your family or your boss, or asks money not to, is doing "
    "wrong, not you."
)
UNKNOWN = (
    "Our sources have no checked information on help for LGBT people: organisations, clinics "
    "or hormones, or papers that do not match who you are. A person from a partner "
    "organisation can talk with you first, and you decide what to tell them: tap “{person}”."
)


def _line(msgid: str, lang: str) -> str:
    return in_language(lang, msgid).format(person=in_language(lang, "Talk to a person"))


def _no_arrest(got) -> bool:
    return not [d for d in all_button_data(got) if "arrest_detention" in d]


@pytest.mark.parametrize(
    ("words", "topic", "lang"),
    [
        ("co-workers laugh at me every day because i am gay", "injury_health", "en"),
        (
            "I am transgender woman from Myanmar. My passport photo is man. Employer refuse "
            "to give me job",
            "documents_confiscated",
            "en",
        ),
        ("which organisation help LGBT people in Thailand?", None, "en"),
        ("landlord no give me room because i am tom boy", None, "en"),
        ("i am trans, need hormone, where clinic?", "injury_health", "en"),
        (
            "my passport say male but i am woman, police stop me at checkpoint",
            "arrest_detention",
            "en",
        ),
        ("ကျွန်မက အမျိုးသမီး ဖြစ်ပေမယ့် ပတ်စပို့မှာ ကျား လို့ ရေးထားတယ်", "documents_confiscated", "my"),
        ("ខ្ញុំជាមនុស្សស្រឡាញ់ភេទដូចគ្នា ថៅកែដឹងហើយបណ្តេញខ្ញុំចេញ", None, "km"),
        ("ខ្ញុំជាអ្នកប្លែងភេទ លិខិតឆ្លងដែនសរសេរថាប្រុស", None, "km"),
    ],
)
def test_who_they_are_is_respected_kept_private_and_a_person_offered(real, words, topic, lang):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.8, lang))
    text = said(got)
    assert text.startswith(_line(RESPECT, lang))
    assert _line(PRIVACY, lang) in text and _line(UNKNOWN, lang) in text
    data = all_button_data(got)
    assert data[:2] == ["person", "topic:emergency_help"] and data[-1] == "menu"
    assert _no_arrest(got) == ("police" not in words)


@pytest.mark.parametrize("lang", ["en", "my", "km"])
def test_an_agent_who_threatens_to_tell_the_family(real, lang):
    words = "agent say he will tell my family i am gay if i not pay him 5000 baht"
    got = run(real, settled(lang, "TH"), read_as(words, None, 0.4, lang))
    assert _line(THREAT, lang) in said(got)
    assert _no_arrest(got)


def test_a_colleague_is_spoken_of_as_them(real):
    words = "my colleague is gay and I want to know how to support him"
    got = run(real, settled("en", "TH"), read_as(words, None, 0.5))
    assert said(got).startswith(RESPECT_THEM)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("they beat me because i am gay, help", "en"),
        ("လုပ်ဖော်ကိုင်ဖက်တွေက ငါ့ကို အခြောက်လို့ ခေါ်ပြီး ရိုက်တယ် ကယ်ပါ", "my"),
        # no danger word, the NLU surely reading an emergency: the numbers first all the same
        ("လုပ်ဖော်ကိုင်ဖက်တွေက ငါ့ကို အခြောက်လို့ ခေါ်ပြီး ရိုက်တယ်", "my"),
    ],
)
def test_with_danger_words_the_line_comes_after_the_numbers(real, words, lang):
    got = run(real, settled(lang, "TH"), read_as(words, "emergency_help", 0.9, lang))
    assert got.urgent
    text = said(got)
    assert _line(RESPECT, lang) in text
    assert not text.startswith(_line(RESPECT, lang))
    assert _no_arrest(got)


@pytest.mark.parametrize(
    "words",
    [
        "my transfer to new employer, how?",
        "transport to work is late every day",
        "tom my friend take my passport",
        "the boss threaten me, ငါ့ကို အခြိမ်းအခြောက် ပြောတယ်",
        "ငါးအခြောက် ရောင်းတဲ့ အလုပ်",
        "my friend say the agent will change my visa",
        "boss will tell my family i did not pay the debt",
        "ខ្ញុំត្រូវការប្តូរការងារ",
    ],
)
def test_near_misses_are_not_read(words):
    assert not identity.says(words)
