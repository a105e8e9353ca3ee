"""Round 47C: everyday questions our sources have nothing on, read by the NLU as a topic, get
"I cannot help with that" with the menu (bot/dialogue/everyday.py); the person's own work,
papers, body or safety keeps its answer; general news of the earthquake read out of scope is
no call-up question (called_up.general_news); "raining season" is no raid (safety's
harmless words). Sentences written for the tests, none from an evaluation set."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled

from bot.dialogue.events import Text
from bot.dialogue.everyday import asks
from bot.dialogue.triage import danger_in
from bot.values import NluResult

CANNOT = "I cannot help with that."


@pytest.mark.parametrize(
    "words",
    [
        "my motorbike insurance finish, how renew",
        "which bus go to central world",
        "where vet for my cat",
        "i lost my room key",
        "cancel hotel booking get money back?",
        "phone bill too high, can change plan?",
        "weather tomorrow rain?",
        "where is temple near rama 2",
        "neighbour party loud every night who complain",
        "swimming class for my son",
        "how to register sim card",
        "bank loan for house in my village",
        "zoo ticket how much",
        "ကားအာမခံ ဘယ်လိုသက်တမ်းတိုးရမလဲ",
        "ဟိုတယ်ခန်း ဘယ်လောက်လဲ",
        "နားကြပ် ဘယ်မှာဝယ်ရမလဲ",
        "ဘတ်စ်ကား ဘယ်နံပါတ် စီးရမလဲ",
        "ពេទ្យសត្វនៅជិតនេះ",
        "សណ្ឋាគារ ថ្លៃប៉ុន្មាន",
        "អាកាសធាតុថ្ងៃស្អែក",
        "kon sor phteah bat",
        "after work which bus to lat krabang",
    ],
)
def test_everyday_questions_are_read(words):
    assert asks(words)


@pytest.mark.parametrize(
    "words",
    [
        "I lost my passport on the bus",
        "my boss took my phone",
        "hotel staff keep my passport",
        "bike accident, my leg broken",
        "insurance for my injury at work",
        "dog bite me, need hospital?",
        "i work in hotel, no salary 2 month",
        "they post my photos online",
        "hotel owner lock me in room",
        "agent take me to hotel and keep me",
        "which bus to the embassy",
        "car hit me, insurance pay hospital?",
        "boss say i pay for car insurance from my salary",
        "ot luy khe, tver kar nov hotel",
        "my earphone and passport lost",
        "bus accident, my friend dead",
        "temple people say they can get me job in korea",
        "ဟိုတယ်မှာ အလုပ်လုပ်တယ် လစာမရဘူး",
        "ဟိုတယ်က ပတ်စ်ပို့ သိမ်းထားတယ်",
        "ခွေးကိုက်တယ်",
        "ဆိုင်ကယ်မတော်တဆ ခြေထောက်ကျိုး",
        "ឆ្កែខាំខ្ញុំ",
        "សណ្ឋាគារ ថៅកែ យក លិខិតឆ្លងដែន",
        "ធ្វើការនៅសណ្ឋាគារ មិនបានប្រាក់ខែ",
        "hotel la a lote lote tal lo kha ma ya bu",
    ],
)
def test_the_persons_own_problem_is_not(words):
    assert not asks(words)


@pytest.mark.parametrize(
    ("words", "topic", "lang"),
    [
        ("my car insurance contract end, what happen", "employment_contract", "en"),
        ("ဟိုတယ် booking ဖျက်ချင်တယ်", "return_home", "my"),
        ("ឆ្កែរបស់ខ្ញុំត្រូវចាក់ថ្នាំ ពេទ្យសត្វនៅណា", "injury_health", "km"),
    ],
)
def test_read_as_a_topic_gets_cannot_help_and_the_menu(real, words, topic, lang):
    got = run(real, settled(lang), read_as(words, topic, 0.8, lang))
    data = all_button_data(got)
    assert any(d.startswith("group:") for d in data)
    assert f"topic:{topic}" not in data
    if lang == "en":
        assert said(got).startswith(CANNOT)


def test_a_passport_lost_on_the_bus_keeps_its_answer(real):
    got = run(real, settled(), read_as("I lost my passport on the bus", "lost_documents", 0.9))
    assert not said(got).startswith(CANNOT)


def test_an_emergency_read_surely_keeps_the_numbers(real):
    got = run(real, settled(), read_as("which bus, they follow me", "emergency_help", 0.95))
    assert not said(got).startswith(CANNOT)


def _out_of_scope(words: str) -> Text:
    return Text(words, "en", None, NluResult(None, 0.97, (), (), out_of_scope=True))


def test_general_news_of_the_earthquake_read_out_of_scope_gets_cannot_help(real):
    got = run(real, settled(), _out_of_scope("latest news about earthquake"))
    assert said(got).startswith(CANNOT)


def test_news_of_ones_family_in_the_earthquake_keeps_the_line(real):
    got = run(real, settled(), _out_of_scope("earthquake in mandalay, no news from my mother"))
    assert not said(got).startswith(CANNOT)


def test_raining_season_is_no_raid(real):
    assert not danger_in("raining season start when", real.catalog)
    assert danger_in("police raiding our room", real.catalog)
