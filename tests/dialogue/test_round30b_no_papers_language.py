"""People with no citizenship papers, and Burmese or Khmer as a second language (round 30B).

"i am shan. i no read burmese. have shan language?", "karen language can?", ရှမ်းဘာသာနဲ့
ပြောလို့ရလား (can you speak Shan?) and မြန်မာစာ မဖတ်တတ်ဘူး (I cannot read Burmese) got
"Choose a language." with Burmese, Khmer and English only; "mai khao jai myanmar sa. shan
only" and "can you answer in rakhine language" "Sorry, I did not understand". Our sources
name no service in Shan, Karen or another language of Myanmar: the reply says what the bot
writes, what is known, and offers a person.

"i have no NRC card, no citizen card. can i get passport?" got Passport taken; "i only have
white card, no NRC", မှတ်ပုံတင် မရှိဘူး (I have no NRC), "i khmer krom from vietnam, no
cambodia id" Lost ID after return (about a card lost) alone. Our sources hold nothing on
papers for people who never had a national ID card or citizenship: a line says so first.
"""

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

from bot.dialogue import other_language, scheme_rules
from bot.values import Asked

FIRST = (
    "I can write only in Burmese, Khmer and English. Our sources name no help line or "
    "organisation that speaks Shan, Karen, Mon, Kachin, Chin, Rakhine or another language "
    "of Myanmar, and do not say which languages MAP, FED or the other organisations "
    "speak, so I cannot promise one."
)
KNOWN_TH = (
    "Known: the 1694 line has Burmese and Khmer speakers on weekdays (2017); Issara's "
    "24-hour lines are in Burmese, Khmer and Lao/Thai."
)
PAPERS = (
    "a passport, a pink card or work permit, work abroad or the embassy's help for someone "
    "who never had a national ID card (NRC) or citizenship"
)


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence"),
    [
        ("i am shan. i no read burmese. have shan language?", "en", "change_language", 0.93),
        ("karen language can? my burmese not good", "en", "change_language", 0.9),
        ("ရှမ်းဘာသာနဲ့ ပြောလို့ရလား", "my", "change_language", 0.95),
        ("ကရင်လို ရလား", "my", "change_language", 0.9),
        ("မြန်မာစာ မဖတ်တတ်ဘူး", "my", "change_language", 0.8),
        ("mai khao jai myanmar sa. shan only", "en", None, 0.3),
        ("i am rakhine, can you answer in rakhine language", "en", None, 0.4),
        ("I speak only Karen and little Thai. Help", "en", "change_language", 0.7),
        ("which organisation speak karen language? MAP speak shan?", "en", None, 0.5),
    ],
)  # fmt: skip
def test_a_language_the_bot_does_not_write_is_named_not_the_language_menu(
    real, words, lang, topic, confidence
):
    got = run(real, settled(lang, "TH"), read_as(words, topic, confidence, lang))
    text = said(got)
    assert text.startswith(in_language(lang, FIRST))
    assert in_language(lang, KNOWN_TH) in text
    data = all_button_data(got)
    assert data[0] == "person" and data[-1] == "menu"
    assert not any(d.startswith("lang:") for d in data)
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, other_language.NAME)


def test_outside_thailand_no_thai_line_is_named(real):
    words = "karen language can?"
    got = run(real, settled("en", "MY"), read_as(words, "change_language", 0.9))
    assert said(got).startswith(FIRST)
    assert KNOWN_TH not in said(got)


def test_a_problem_read_surely_keeps_its_answer_with_the_line_first(real):
    words = "I am Mon. Someone speak Mon language? boss keep my passport"
    got = run(real, settled("en", "TH"), read_as(words, "documents_confiscated", 0.9))
    text = said(got)
    assert text.startswith(FIRST)
    assert "1300" in text


def test_never_above_the_emergency_numbers(real):
    words = "sorry my english and burmese bad. i am kayin. boss hit me"
    got = run(real, settled("en", "TH"), read_as(words, "emergency_help", 0.6))
    assert not said(got).startswith(FIRST[:30])
    assert "1300" in said(got)


def test_choosing_a_language_the_bot_writes_still_switches(real):
    got = run(
        real, settled("en", "TH"), read_as("burmese language please", "change_language", 0.95)
    )
    assert not said(got).startswith(FIRST[:30])


@pytest.mark.parametrize(
    "words",
    [
        "my friend name is shan, he lost his passport",
        "i worked in shan state before, now thailand, boss not pay 2 month",
        "i do not know myanmar embassy address",
        "mon to sat i work 10 hour",
        "i want to change language to burmese",
        "life in myanmar not good",
        "ကောင်းမွန်လို့ ကျေးဇူးတင်ပါတယ်",
    ],
)
def test_other_messages_are_not_read_as_a_language_request(words):
    assert not other_language.says(words)


def _papers(lang: str) -> str:
    return tr(lang).gettext(PAPERS)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("i have no NRC card, no citizen card. can i get passport?", "en", "documents_confiscated"),
        ("i only have white card, no NRC. can i go work abroad legal?", "en", "reintegration_id"),
        ("i am rohingya, no any ID. embassy will help me?", "en", "embassy_contact"),
        ("မှတ်ပုံတင် မရှိဘူး။ ပတ်စ်ပို့ လုပ်လို့ရလား", "my", "reintegration_id"),
        ("မွတ္ပုံတင္မရွိဘူး သံ႐ုံးကကူညီမလား", "my", "reintegration_id"),  # Zawgyi
        ("i khmer krom from vietnam, no cambodia id, can work thailand?", "en", "reintegration_id"),
        ("ខ្ញុំអត់មានអត្តសញ្ញាណប័ណ្ណទេ តើអាចធ្វើលិខិតឆ្លងដែនបានទេ", "km", "documents_needed"),
        ("bong, khnhom ot mean id card te, jong tov thai twer ka, ban te?", "km",
         "reintegration_id"),
        ("mhat pone tin ma shi bu, passport lote lo ya lar", "my", "documents_needed"),
    ],
)  # fmt: skip
def test_no_papers_ever_gets_the_line_before_the_answer(real, words, lang, topic):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.9, lang))
    assert _papers(lang) in said(got).split("\n")[0]


def test_no_papers_said_alone_gets_the_line_and_a_person(real):
    got = run(real, settled("en", "TH"), read_as("no nrc, what i can do", None, 0.2))
    assert _papers("en") in said(got)
    data = all_button_data(got)
    assert data[0] == "person"
    assert "topic:reintegration_id" in data


@pytest.mark.parametrize(
    "words",
    [
        "i lost my nrc in thailand",
        "boss keep my id card",
        "my passport expire next month",
        "ខ្ញុំបាត់អត្តសញ្ញាណប័ណ្ណ នៅថៃ ធ្វើម៉េច",  # I lost my ID card in Thailand
        "white shirt uniform",
    ],
)
def test_a_card_lost_or_kept_is_not_no_papers(words):
    assert not any(k.label == PAPERS for k in scheme_rules.kinds(words))


def test_an_unsure_guess_of_a_problem_stays_one_tap_away(real):
    # a Shan writer: "I am Shan. I know only a little Burmese. The boss does not pay money"
    words = "ကျွန်တော် ရှမ်း။ မြန်မာစာ နည်းနည်းပဲ တတ်။ အလုပ်ရှင် ပိုက်ဆံ မပေး"
    event = read_by_rule(words, "my", (), ("unpaid_wages", 0.5), ("injury_health", 0.1))
    got = run(real, settled("my", "TH"), event)
    assert said(got).startswith(in_language("my", FIRST))
    data = all_button_data(got)
    assert data[0] == "person"
    assert "topic:unpaid_wages" in data
    assert "topic:injury_health" not in data


def test_never_had_papers_read_as_passport_taken_gets_the_embassy_answer(real):
    words = "i have no NRC card, no citizen card. can i get passport?"
    got = run(real, settled("en", "TH"), read_as(words, "documents_confiscated", 0.9))
    text = said(got)
    assert text.startswith(tr("en").gettext("Our sources have no checked information on")[:20])
    assert "turned away by embassies" in text
    assert "topic:documents_confiscated" in all_button_data(got)
    assert got.tally is not None and got.tally.topic == "embassy_contact"


def test_a_card_kept_by_the_boss_stays_passport_taken(real):
    words = "boss keep my passport, now i have no nrc and no passport"
    got = run(real, settled("en", "TH"), read_as(words, "documents_confiscated", 0.9))
    assert got.tally is not None and got.tally.topic == "documents_confiscated"


@pytest.mark.parametrize(
    "words",
    [
        "i lost my nrc, now i have no nrc",  # the lead's read: a card once had
        "boss keep my id, i have no national id now",
        "မှတ်ပုံတင် ပျောက်သွားလို့ မှတ်ပုံတင်မရှိဘူး",  # NRC lost, so I have no NRC
    ],
)
def test_a_card_lost_or_kept_is_not_never_having_one(words):
    assert scheme_rules.NO_PAPERS not in scheme_rules.kinds(words)


def test_never_having_one_and_asking_to_get_a_passport_in_khmer_still_is():
    # I have no ID card; can I get (យក) a passport?
    words = "ខ្ញុំអត់មានអត្តសញ្ញាណប័ណ្ណ តើអាចយកលិខិតឆ្លងដែនបានទេ"
    assert scheme_rules.NO_PAPERS in scheme_rules.kinds(words)
