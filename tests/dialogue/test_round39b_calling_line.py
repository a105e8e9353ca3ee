"""Calling a hotline the bot showed (exploratory round 39B).

"is the call to 1694 free?" got "I cannot help with that", "1694 speak burmese?" got "Choose a
language.", "will police come if I call 1300" the arrest answer, "can you call for me" and "they
asked my address, should i tell" "Sorry, I did not understand". Now: what the directory says of
the named line's languages (or that they are not known), that the bot does not know whether a
call is free, what they ask or whom they tell, what to have ready, that it cannot call for
them, Talk to a person first. Never a promise of a language, a free call or safety."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import calling_line
from bot.language import to_zawgyi
from bot.values import Asked

UNKNOWN = (
    "I do not know whether a call is free, what they will ask you, or whether they tell anyone "
    "(police, your employer). I cannot promise you are safe when you call."
)


@pytest.mark.parametrize(
    ("words", "lang", "intent"),
    [
        ("is the call to 1694 free?", "en", None),
        ("i have no credit, can i call 1694", "en", "complaint_channels"),
        ("1694 speak burmese?", "en", "change_language"),
        ("will they ask my passport if i call 1694", "en", None),
        ("will police come if I call 1300", "en", "arrest_detention"),
        ("what do I say when I call 1694", "en", "documents_needed"),
        ("I called, a Thai lady answered, I don't understand", "en", None),
        ("can you call for me", "en", None),
        ("they asked my address, should i tell", "en", None),
        ("1694 ကိုဖုန်းဆက်ရင် ပိုက်ဆံကုန်လား", "my", None),
        ("ဖုန်းဆက်ရင် ဘာပြောရမလဲ", "my", None),
        ("ខ្ញុំនៅម៉ាឡេស៊ី ខលទៅលេខ 1297 បានទេ", "km", "embassy_contact"),
        ("ខ្ញុំគ្មានលុយបញ្ចូលកាត", "km", None),
        ("1694 phone kya yin bamar lo pyaw lar", "my", None),
        ("nhom ot mean luy call", "km", None),
    ],
)
def test_a_question_about_calling_gets_what_is_known_and_a_person(real, words, lang, intent):
    got = run(real, settled(lang, "TH"), read_as(words, intent, 0.6, lang))
    text = said(got)
    assert in_language(lang, UNKNOWN) in text
    assert all_button_data(got)[0] == "person"
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, calling_line.NAME)


def test_languages_come_from_the_directory_never_promised(real):
    got = run(real, settled("en", "TH"), read_as("1694 speak burmese?", "change_language", 0.9))
    text = said(got)
    assert real.catalog.entries["th-hotline-1694"].languages == ["en", "my", "km"]
    assert "(2017) says it has English, Burmese, Khmer speakers" in text
    got = run(real, settled("en", "TH"), read_as("do they speak khmer at 1300", None, 0.3))
    text = said(got)
    assert "1300 (Thailand): I do not know which languages it speaks." in text
    assert "Khmer speakers" not in text


def test_a_short_code_says_it_may_work_only_inside_its_country(real):
    got = run(real, settled("km", "MY"), read_as("ខ្ញុំនៅម៉ាឡេស៊ី ខលទៅលេខ 1297 បានទេ", None, 0.3, "km"))
    short = in_language("km", "{name}: a short number; it may work only inside that country.")
    assert short.split("{name}: ", 1)[1] in said(got)


def test_zawgyi_is_read_too():
    assert calling_line.says(to_zawgyi("ဖုန်းဆက်ရင် ဘာပြောရမလဲ"))


@pytest.mark.parametrize(
    "words",
    [
        "my boss ask my passport",
        "boss call me at night",
        "i call my friend yesterday",
        "what is 1694",
        "my phone number change",
        "i have no credit card",
        "can i call 1694",
        "do i need passport to work in thailand",
        "i want to speak khmer",
        "I called 1300 no one answer",
        "my mother call me, she has no money",
        "i am hurt, no papers, hospital call police?",
        "police keep my pink card, say pay 3000 then give back",
        "can i call this number if no papers?",
    ],
)
def test_near_misses_are_not_read(words):
    assert not calling_line.says(words)


@pytest.mark.parametrize(
    "words",
    [
        "they want my passport photo before telling job detail",  # a job offer: Fake jobs
        "ទៅម៉ាឡេ ត្រូវមាន calling visa មែនទេ",  # Malaysia's calling visa
        "mean hotline niyay khmer te",  # is there a hotline that speaks Khmer?
        "myanmar lo pyaw lo ya tae hotline shi lar",  # a hotline that speaks Burmese?
        "they asked my name at the shop",
        "what is the free phone number for help",  # asks for the numbers themselves
    ],
)
def test_a_job_offer_a_visa_or_which_lines_there_are_is_not_a_call_to_make(words):
    """The lead's read of round 39B over the NLU's examples: these lost Fake jobs, Documents
    you need and Where to complain (which lists the lines and their languages)."""
    assert not calling_line.says(words)
