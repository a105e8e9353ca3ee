"""Writing when offices are closed (exploratory round 33A).

"1694 answer at night?", "I called 1300 no one answer", "who answer now?", "the embassy open
on saturday?" got "Sorry, I did not understand" three times over. Now: the named line's hours
as the directory gives them (or that they are not known), the lines to call now, that the
bot cannot say whether an office is open now nor knows holiday hours, when a caseworker
answers (not known), Talk to a person. Danger words still get the emergency answer."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import when_closed
from bot.language import to_zawgyi
from bot.values import Asked

CANNOT = (
    "I cannot tell you whether an office is open now. Where I know an office's hours, I show "
    "them; I do not know their hours on holidays."
)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("1694 answer at night?", "en"),
        ("I called 1300 no one answer", "en"),
        ("who answer now?", "en"),
        ("the embassy open on saturday?", "en"),
        ("labour office open during songkran?", "en"),
        ("is doe open on thingyan", "en"),
        ("ညဘက် ရုံးဖွင့်လား", "my"),
        ("ဖုန်းဆက်တာ ဘယ်သူမှမကိုင်ဘူး", "my"),
        ("ស្ថានទូតបើកថ្ងៃសៅរ៍ទេ?", "km"),
        ("ខ្ញុំតេទៅ 1300 គ្មានអ្នកលើក", "km"),
    ],
)
def test_a_question_of_hours_gets_the_lines_to_call_now_and_a_person(real, words, lang):
    got = run(real, settled(lang, "TH"), read_as(words, None, 0.3, lang))
    text = said(got)
    assert in_language(lang, CANNOT) in text
    assert "1800 010 180" in text or "1800 010 181" in text  # Issara's 24-hour line
    assert all_button_data(got)[0] == "person"
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, when_closed.NAME)


def test_zawgyi_is_read_too():
    assert when_closed.says(to_zawgyi("ဖုန်းဆက်တာ ဘယ်သူမှမကိုင်ဘူး"))


def test_a_named_line_gets_its_hours_from_the_directory_first(real):
    got = run(real, settled("en", "TH"), read_as("1694 answer at night?", None, 0.3))
    text = said(got)
    hours = real.catalog.entries["th-hotline-1694"].hours
    assert hours is not None
    assert text.startswith("Department of Employment migrant hotline 1694")
    assert hours.en in text
    assert text.index(hours.en) < text.index("To call now:") < text.index("1300")


def test_the_reply_never_says_open_or_closed_whatever_the_time(real):
    words = "labour office open during songkran?"
    night = replace(real, now=dt.datetime(2026, 4, 13, 19, 0, tzinfo=dt.UTC))  # 2 a.m. Bangkok
    noon = replace(real, now=dt.datetime(2026, 12, 8, 5, 0, tzinfo=dt.UTC))  # Tuesday noon
    texts = {
        said(run(ctx, settled("en", "TH"), read_as(words, None, 0.3))) for ctx in (night, noon)
    }
    assert len(texts) == 1
    text = texts.pop()
    rest = text.replace(CANNOT, "").lower()
    assert "open" not in rest and "closed" not in rest


def test_the_embassy_named_is_a_tap_away(real):
    got = run(real, settled("en", "TH"), read_as("the embassy open on saturday?", None, 0.3))
    assert "topic:embassy_contact" in all_button_data(got)


def test_an_emergency_read_keeps_the_emergency_answer(real):
    words = "boss hit me, now night, who can help?"
    got = run(real, settled("en", "TH"), read_as(words, "emergency_help", 0.86))
    text = said(got)
    assert CANNOT not in text
    assert "1300" in text


@pytest.mark.parametrize(
    "words",
    [
        "boss not answer my phone",
        "i work at night boss not pay overtime",
        "factory closed, no work",
        "i want to open bank account",
        "shop close at 10pm every night i work late",
        "my husband dont answer",
        "how to answer the form",
        "police not answer my question",
        "office close my case",
        "bank open on sunday?",
        "i need a job now",
        "ညီမ ဖုန်းမကိုင်တော့ဘူး",  # my sister does not pick up any more
        "គាត់មិនលើកទូរស័ព្ទពីរសប្តាហ៍ហើយ",  # she has not picked up for two weeks
    ],
)
def test_near_misses_are_not_read(words):
    assert not when_closed.says(words)


@pytest.mark.parametrize(
    "words",
    [
        "my phone not pick up signal",  # the lead's read: one's own phone
        "ប្រាក់ខែមិនទាន់បើកទេ ឥឡូវគ្មានលុយ",  # the salary not paid yet (បើក), no money now
        "អាចបើកគណនីធនាគារឥឡូវបានទេ",  # can I open a bank account now?
        "အခု ဘဏ်အကောင့်ဖွင့်ချင်တယ်",  # I want to open a bank account now
    ],
)
def test_opening_an_account_a_salary_or_a_phone_signal_is_no_office_hours(words):
    assert not when_closed.says(words)


@pytest.mark.parametrize(
    "words",
    [
        "agency keeps my money and does not answer the phone",  # the agency's, not an office's
        "why police close the road today",
        "can i open bank account on sunday",
    ],
)
def test_an_agency_not_answering_or_a_road_closed_is_no_office_hours(words):
    assert not when_closed.says(words)
