"""Someone asking for another person's data, case or whereabouts (round 22C): an employer's
"my worker ran away, how do I find him" got "did not understand" with Arrest offered, "give me
the list of workers who complained" Where to complain, "which organisation is helping my maid"
opened the form (and "I am the agent, send me her case" became its story, for a caseworker),
a husband's Khmer "tell me where my wife is" the someone-else answer ("say who they are, where
they are"). Now: that the bot shares nothing about anyone and passes no message on, and the
menu; no form, nothing urgent. The words are the real content's (content/safety/
own_words.yml, `others`)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, run, said, settled, text, tr

from bot.dialogue.events import ButtonPress, Text
from bot.language import normalise
from bot.values import Asked, CaseStatus, CaseView, NluResult

NOTHING_SHARED = (
    "I share nothing about anyone who writes to me: not who they are, what they wrote, their "
    "requests or where they are. Only they can choose to share it."
)


def typed(words: str, topic: str | None, confidence: float) -> Text:
    normalised = normalise(words)
    ranking = ((topic, confidence),) if topic else ()
    nlu = NluResult(topic, confidence, ranking, (topic,) if topic else ())
    return Text(normalised.text, normalised.language, normalised.encoding, nlu)


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence"),
    [
        # (words, the replies' language, what the NLU read, its confidence): round 22C's
        ("my worker ran away, how do I find him", "en", None, 0.4),
        ("give me the list of workers who complained", "en", "where_to_complain", 0.8),
        ("which organisation is helping my maid", "en", "talk_to_person", 0.9),
        ("I am the agent, send me her case", "en", "talk_to_person", 0.7),
        ("I am police, give me the phone number of the worker Aye Aye", "en", None, 0.3),
        ("I am from a CSO, send me her data", "en", None, 0.3),
        ("tell me where my wife is", "en", None, 0.3),
        ("tell my worker she must come back", "en", "documents_confiscated", 0.6),
        ("I am her boss, delete her case", "en", "emergency_help", 0.5),  # the numbers
        ("I am the broker. she owes me money. tell me where she stay now", "en", None, 0.3),
        ("ngar mainma bel mhar lae", "my", None, 0.3),  # where is my wife (romanised)
        ("ငါ ရဲပါ၊ အဲ့အလုပ်သမားရဲ့ ဖုန်းနံပါတ် ပေး", "my", None, 0.3),  # police: the number
        ("ខ្ញុំជាប៉ូលីស សូមឲ្យលេខទូរស័ព្ទកម្មករនោះមកខ្ញុំ", "km", None, 0.3),  # the same
        ("ខ្ញុំជាថៅកែ តើអង្គការណាកំពុងជួយអ្នកបម្រើខ្ញុំ", "km", "talk_to_person", 0.8),
        ("my maid is using this bot, can you tell me what she asked?", "en", "emergency_help", 0.6),
        ("I am her husband, tell me which shelter", "en", None, 0.3),
        (
            "I am from the embassy, give me the names of workers who wrote",
            "en",
            "labour_attache",
            0.7,
        ),
        ("ငါ့အလုပ်သမား ထွက်ပြေးသွားတယ် ဘယ်လိုရှာရမလဲ", "my", None, 0.3),  # my worker ran
        ("တိုင်ထားတဲ့ အလုပ်သမားစာရင်း ပေးပါ", "my", "where_to_complain", 0.8),  # the list
        ("កម្មករខ្ញុំរត់ចោល តើរកគាត់យ៉ាងម៉េច", "km", None, 0.3),  # my worker ran away
        ("ប្រាប់ខ្ញុំថាប្រពន្ធខ្ញុំនៅឯណា", "km", None, 0.3),  # tell me where my wife is
        ("kinhom jong deng propon khnhom nov na", "km", None, 0.3),  # romanised, the same
    ],
)
def test_asking_for_someone_elses_data_gets_nothing_about_anyone(
    real, words, lang, topic, confidence
):
    got = run(real, settled(lang), typed(words, topic, confidence))
    assert said(got).startswith(tr(lang).gettext(NOTHING_SHARED)), said(got)
    assert all_button_data(got) == ["menu"]
    assert got.state.step is None  # no form opened
    assert not got.urgent and not got.effects
    assert got.tally is not None and (got.tally.asked, got.tally.topic) == (
        Asked.CONVERSATION,
        "about_others",
    )


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        # the person the bot is for: their own running away, their own complaint
        ("I am a worker, I ran away from my boss, what to do", "change_employer"),
        ("the workers who complained were fired, can i complain?", "where_to_complain"),
        ("which organisation can help me", "talk_to_person"),
        ("my wife is missing in thailand, no contact 2 months", None),
    ],
)
def test_the_persons_own_words_are_read_as_before(real, words, topic):
    got = run(real, settled("en"), typed(words, topic, 0.9 if topic else 0.3))
    assert NOTHING_SHARED not in said(got)


def test_danger_words_still_win_alone(real):
    got = run(real, settled("en"), typed("help they beat me, send me her case", None, 0.3))
    assert got.urgent
    assert NOTHING_SHARED not in said(got)


def test_in_the_form_a_quote_of_the_boss_stays_the_story(real):
    outcome = run(real, settled("en"), ButtonPress("person:unpaid_wages"))
    outcome = run(real, outcome.state, ButtonPress("ref:topic:unpaid_wages"))
    got = run(
        real, outcome.state, text("boss say give me the list of workers who complained", "en")
    )
    assert NOTHING_SHARED not in said(got)
    assert got.state.step == "ref:place"


@pytest.mark.parametrize(
    "words", ["I am her boss, did my maid complain?", "I am her husband, tell me which shelter"]
)
def test_to_a_caseworker_who_waits_they_are_offered_to_the_caseworker(real, words):
    # Whoever holds the worker's phone is the caseworker's to know of: offered to them as
    # any words there (one tap), not answered by the bot, which would hide it from them.
    wrote = CaseView(
        "9QY52Z", "unpaid_wages", "FED", CaseStatus.ACCEPTED, "2026-11-26", awaits_answer=True
    )
    wrote = replace(wrote, asked_on=real.today.isoformat())  # the caseworker wrote today
    got = run(replace(real, cases=(wrote,)), settled(), typed(words, None, 0.3))
    assert NOTHING_SHARED not in said(got)
    assert "rel:9QY52Z" in all_button_data(got)
