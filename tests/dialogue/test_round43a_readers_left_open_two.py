"""Round 43A: items left open by round 42C. "No passport" said alone got Passport taken;
"he wake up now", "breathing slow", "he vomit" right after the overdose line were not
understood; "no passport, how to send money home, bank say no" got "I cannot help with
that"."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled

from bot.dialogue import overdose

WHICH = "Did someone take it, did you lose it, or have you never had one?"
AWAKE = "Good that they are awake. Our sources have no medical advice"
FIRST_STEP = "Someone took something and will not wake up, or cannot breathe well?"
MONEY = "Sending money home without a passport, or a bank that says no"


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("no passport", "en", "lost_documents"),
        ("i no have passport", "en", "documents_confiscated"),
        ("ပတ်စ်ပို့ မရှိဘူး", "my", "documents_confiscated"),
        ("ပတ္စ္ပို႔ မရွိဘူး", "my", "documents_confiscated"),
        ("គ្មានលិខិតឆ្លងដែន", "km", "embassy_contact"),
        ("kjom ot mean passport", "km", "documents_confiscated"),
        ("passport ma shi bu", "my", "documents_confiscated"),
    ],
)  # fmt: skip
def test_no_passport_alone_asks_which(real, words, lang, topic):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.95, lang))
    data = all_button_data(got)
    for shown in ("documents_confiscated", "lost_documents", "documents_needed"):
        assert f"topic:{shown}" in data
    assert "person" in data
    if lang == "en":
        assert WHICH in said(got)


@pytest.mark.parametrize(
    "words",
    ["boss keep my passport", "no passport yet, can i work in malaysia", "i lost my passport"],
)
def test_a_passport_message_that_says_more_is_read_as_before(real, words):
    got = run(real, settled("en", "TH"), read_as(words, "documents_confiscated", 0.95))
    assert WHICH not in said(got)


def _after_overdose(real):
    line = run(real, settled("en", "TH"), read_as("my friend took yaba, not wake up", None, 0.3))
    assert line.shown == overdose.NAME
    return replace(real, last_answer=line.shown), line.state


@pytest.mark.parametrize(
    "words", ["he wake up now", "ok he woke up", "she is ok now", "နိုးလာပြီ", "គាត់ភ្ញាក់ហើយ"]
)
def test_better_after_the_overdose_line(real, words):
    ctx, state = _after_overdose(real)
    got = run(ctx, state, read_as(words, None, 0.3))
    assert AWAKE in said(got)


@pytest.mark.parametrize(
    "words",
    ["he vomit, what i do", "breathing slow", "he wake up but breathing slow", "still not wake up"],
)
def test_worse_after_the_overdose_line_gets_the_line_again(real, words):
    ctx, state = _after_overdose(real)
    got = run(ctx, state, read_as(words, None, 0.3))
    assert said(got).startswith(FIRST_STEP)
    assert AWAKE not in said(got)


def test_awake_with_no_overdose_line_above_is_read_as_before(real):
    got = run(real, settled("en", "TH"), read_as("he wake up now", None, 0.3))
    assert AWAKE not in said(got)


def test_breathing_slow_after_taking_medicine_is_an_overdose(real):
    words = "took too much medicine, breathing slow"
    got = run(real, settled("en", "TH"), read_as(words, "injury_health", 0.99))
    assert said(got).startswith(FIRST_STEP)


@pytest.mark.parametrize(
    "words",
    ["no passport, how to send money home, bank say no", "bank say no, cannot send money home"],
)
def test_money_home_without_a_passport(real, words):
    got = run(real, settled("en", "TH"), read_as(words, None, 0.3))
    assert MONEY in said(got)
    assert "person" in all_button_data(got)


def test_money_home_alone_is_read_as_before(real):
    got = run(real, settled("en", "TH"), read_as("how to send money home to myanmar", None, 0.3))
    assert MONEY not in said(got)


SENT = "One office sent you to another? Our sources do not say which office must help you."


@pytest.mark.parametrize(
    ("words", "topic", "shown", "lang"),
    [
        ("the embassy said go to the agency", "agency_complaint", "agency_complaint", "en"),
        ("labour office say ask your agent", "labour_attache", "agency_complaint", "en"),
        ("police said go to embassy", "arrest_detention", "embassy_contact", "en"),
        ("သံရုံးက အေဂျင့်ကို သွားခိုင်းတယ်", "embassy_contact", "agency_complaint", "my"),
        ("ស្ថានទូតប្រាប់ឱ្យទៅភ្នាក់ងារ", "embassy_contact", "agency_complaint", "km"),
    ],
)  # fmt: skip
def test_what_an_office_said(real, words, topic, shown, lang):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.9, lang))
    data = all_button_data(got)
    assert f"topic:{shown}" in data
    assert "topic:complaint_channels" in data
    assert "person" in data
    if lang == "en":
        assert SENT in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "i want to go to the embassy",
        "my friend said go to the embassy",
        "my boss said go to hospital",
        "the boss say go to work",
        "agent said go to office tomorrow",
    ],
)
def test_no_office_sending_on_is_read_as_before(real, words):
    got = run(real, settled("en", "TH"), read_as(words, "embassy_contact", 0.9))
    assert SENT not in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "which bank gives the best rate to send money home?",
        "can i send money home on sunday or bank closed",
        "send money to myanmar by bank transfer or agent which one safer",
    ],
)
def test_a_bank_named_without_a_refusal_is_read_as_before(real, words):
    got = run(real, settled("en", "TH"), read_as(words, None, 0.3))
    assert MONEY not in said(got)
