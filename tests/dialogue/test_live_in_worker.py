"""A domestic worker who lives in the employer's house (exploratory round 18A): "maid have day
off in malaysia?" got Unpaid wages with the Labour Department's number; "can i keep my own
phone? employer say maid no phone" and the Burmese "does a domestic worker get one day off a
week?" were not understood; "i sleep in the kitchen floor, can i ask for my own room?" and
"food very little, i always hungry" got "I cannot help with that". Our sources say nothing on
the rules for live-in domestic workers: the reply says so and offers a person, with the
emergency answer and the NLU's other readings a tap away; a sure reading keeps its answer."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.content.localised import topic_title
from bot.dialogue import engine, live_in
from bot.values import Asked

LINE = (
    "A day off, your own phone, your own room, enough food? Our sources have no checked "
    "information on the rules for domestic workers who live in the employer's house. A "
    "person from a partner organisation can help you: tap “{person}”. Locked in, hurt or "
    "in danger? Tap “{emergency}”."
)


@pytest.mark.parametrize(
    ("words", "topic", "confidence", "lang", "country"),
    [
        ("maid have day off in malaysia?", "unpaid_wages", 0.62, "en", "MY"),
        ("can i keep my own phone? employer say maid no phone", None, 0.4, "en", "SG"),
        ("i sleep in the kitchen floor, can i ask for my own room?", None, 0.3, "en", "TH"),
        ("food very little, i always hungry", None, 0.3, "en", "MY"),
        ("madam no give me day off 1 year", "unpaid_wages", 0.8, "en", "SG"),
        ("အိမ်အကူ တစ်ပတ်တစ်ရက် နားရက် ရလား", None, 0.3, "my", "SG"),  # a day off a week?
        ("အလုပ်ရှင်က ဖုန်းမပေးဘူး", None, 0.3, "my", "MY"),  # the employer gives no phone
        ("ខ្ញុំគ្មានថ្ងៃឈប់សម្រាកទេ", None, 0.3, "km", "MY"),  # I have no rest day
        ("thngai chhob ot mean", None, 0.3, "km", "TH"),  # romanised Khmer: no day off
    ],
)
def test_a_live_in_question_is_told_what_is_not_known(
    real, words, topic, confidence, lang, country
):
    got = run(real, settled(lang, country), read_as(words, topic, confidence, lang))
    emergency = topic_title(real.catalog, "emergency_help", lang)
    person = tr(lang).gettext("Talk to a person")
    line = in_language(lang, LINE).format(person=person, emergency=emergency)
    assert said(got).startswith(line)
    assert "8000 8000" not in said(got)  # no complaint line for a question on the rules
    data = all_button_data(got)
    assert data[0] == "person" and data[-1] == "menu"
    assert "topic:emergency_help" in data
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, live_in.NAME)


def test_what_the_nlu_read_is_a_tap_away(real):
    got = run(real, settled("en", "MY"), read_as("maid have day off?", "unpaid_wages", 0.62))
    assert any(d.endswith("unpaid_wages") for d in all_button_data(got))


def test_a_sure_reading_keeps_its_answer(real):
    words = "boss keep my passport, no day off"
    got = run(real, settled("en", "TH"), read_as(words, "documents_confiscated", 0.97))
    assert said(got).startswith("Passport taken")


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        # I work on a farm in Korea, 12 hours a day, no day off (19C: the domestic workers' reply)
        ("ខ្ញុំធ្វើការនៅកសិដ្ឋានកូរ៉េ ១២ម៉ោងមួយថ្ងៃ គ្មានថ្ងៃឈប់សម្រាក", "km"),
        ("factory work 12 hour, no day off", "en"),
    ],
)
def test_a_farm_or_factory_worker_keeps_the_answer_read(real, words, lang):
    got = run(real, settled(lang, "KR"), read_as(words, "unpaid_wages", 0.9, lang))
    # since round 29B after the line on hours our sources do not hold (work_conditions.py)
    title = topic_title(real.catalog, "unpaid_wages", lang)
    assert f"\n\n{title}\n" in said(got)
    assert "1577-0071" in said(got)


def test_said_alone_a_farm_workers_day_off_still_gets_the_reply(real):
    got = run(real, settled("en", "KR"), read_as("farm no day off", None, 0.4))
    assert got.tally is not None and got.tally.topic == live_in.NAME


@pytest.mark.parametrize(
    "words",
    [
        "i have phone number of embassy",
        "can i use my phone to complain",
        "boss not pay me",
        "i work in a restaurant kitchen",
        "what is a rest",
    ],
)
def test_nothing_is_read_where_none_is_told(words):
    assert not live_in.says(words)


def test_what_now_after_it_gets_a_person(real):
    told = read_as("maid have day off in malaysia?", None, 0.4)
    answered = engine.handle(told, settled("en", "MY"), real)
    after = replace(real, last_answer=answered.shown)
    outcome = engine.handle(read_as("what i do", "bot_help", 0.97), settled("en", "MY"), after)
    assert "/privacy" not in said(outcome)
    assert said(outcome).startswith("A person from a partner organisation can tell you")
