"""Round 52A: a day of new users' first messages in Latin letters, written fresh.

"my friend fell from scaffolding he not moving blood from head" got the injury answer without
its first line, treatment now; romanised Khmer "very sick, cannot walk, much blood" got "I
cannot help with that". Someone not moving, bleeding from the head or losing much blood is now
harm that needs treatment now (work_conditions.harmed): the injury answer with that line
first. The sentences below were written after the fix, not the round's test messages;
near-misses (a visa "not moving", a move of house, a blood test, a headache) are not read."""

from __future__ import annotations

import pytest
from dialogue_helpers import in_language, read_as, run, said, settled

from bot.dialogue import also_said, work_conditions

HARM = (
    "Fainted, not breathing, burned or cut? Get treatment first: take the person to the "
    "nearest hospital or clinic now. Then write down when and how it happened and who saw it, "
    "and keep hospital papers and receipts."
)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("worker fall from truck, bleeding from his head", "en", "injury_health"),
        ("there is so much blood, he cut his leg on the saw", "en", "injury_health"),
        ("my wife is not moving after she fall in bathroom", "en", None),
        ("crane hit my brother, blood in his mouth", "en", "injury_health"),
        ("ko ko aung a lote mhar thadi lit thwar tal", "my", None),
        ("bong srey khnhom sonlop nov rong chakr", "km", None),
        ("ponman chheam chenh pi chheung", "km", "injury_health"),
        ("ညီလေး အလုပ်မှာ လဲကျပြီး အသက်ရှူမရဘူး", "my", "injury_health"),
        ("ប្តីខ្ញុំដកដង្ហើមមិនរួច", "km", None),
        ("ដៃខ្ញុំឈាមចេញច្រើនណាស់", "km", "injury_health"),
    ],
)
def test_harm_needing_treatment_now_gets_it_first(real, words, lang, topic) -> None:
    assert work_conditions.harmed(words)
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.62, lang))
    assert said(got).startswith(in_language(lang, HARM))
    assert got.tally is not None and got.tally.topic == "injury_health"


@pytest.mark.parametrize(
    "words",
    [
        "my visa application is not moving",
        "she is not moving house this month",
        "he not moving to new factory, boss say no",
        "hospital take blood test for my medical check",
        "how to get compensation after my head injury last year",
        "i pay so much money to agent",
        "khnhom chheu kbal klang",
        "ခေါင်းကိုက်တယ် ဆေးရုံ ဘယ်မှာလဲ",
        "ខ្ញុំឈឺក្បាល ទៅពេទ្យណា",
    ],
)
def test_near_misses_are_not_read(words: str) -> None:
    assert not work_conditions.harmed(words)


# "sousdey bong khnhom chmous ... thaokae min aoy luy khe haey yok passport khnhom ... chuoy
# phong" got the emergency numbers (its plea) with no Unpaid wages under them: romanised Khmer
# "the boss does not give the money" (and "luy khe", the month's money, spelled without the a)
# was no cue of also_said.py. New sentences, written after the fix:
@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("thaukae ot aoy prak knhom 3 khae haey chuoy phong", also_said.WAGES),
        ("taokae min oy luy khnhom te, tov na", also_said.WAGES),
        ("knhom twer kar pi khae mun ban prak khe", also_said.WAGES),
        ("thaukae yok passport knhom haey min aoy vinh", also_said.KEPT),
    ],
)
def test_romanised_khmer_boss_not_paying_is_offered(words: str, topic: str) -> None:
    assert topic in also_said.also("emergency_help", (), words)


@pytest.mark.parametrize(
    "words",
    [
        "thaokae aoy luy khnhom haey",  # the boss paid
        "thaokae min aoy khnhom chenh",  # not let out: danger, not wages
        "khnhom chong yok passport tov embassy",  # take my passport to the embassy
        "khnhom phnheu luy tov srok rel khe",  # send money home every month
    ],
)
def test_near_misses_offer_no_wages_or_passport(words: str) -> None:
    found = also_said.also("emergency_help", (), words)
    assert also_said.WAGES not in found
    assert also_said.KEPT not in found
