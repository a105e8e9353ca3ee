"""Round 49C: this session's new replies played on the Telegram path (fake Bot API).

Found there (the same in the engine, so tested here in-process; the Telegram side itself
sent every reply as the engine made it):
- Burmese "ဘယ်သူ့ကို ဆက်သွယ်ရမလဲ" (whom should I contact?) got "did not understand": now
  Where to complain, as "whom should I phone?" does.
- Khmer "ខ្ញុំអាចហៅទៅអ្នកណាបាន" (whom can I call?) was read by the NLU as "talk to a person"
  and began the request form at once: now the lines, a person a tap away.
- Romanised Burmese "a pyin htwet ya mhar kyout tal" (afraid to go out, "mhar" for "hmar")
  got "did not understand": now the going-out reply.
- "what time is it" right after an answer got "My answer about ... is just above": now
  "I cannot help with that" and the menu.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, said, settled

from bot.dialogue import engine, everyday, going_out, who_to_call
from bot.language import normalise

WHO = [
    ("ဘယ်သူ့ကို ဆက်သွယ်ရမလဲ", "my"),
    ("ဘယ္သူ႔ကို ဆက္သြယ္ရမလဲ", "my"),  # Zawgyi
    ("ဘယ်ကို ဆက်သွယ်ရမလဲ", "my"),
    ("ខ្ញុំអាចហៅទៅអ្នកណាបាន", "km"),
]
NOT_WHO = [
    "ဘယ်သူ့ကို ဆက်သွယ်ရမလဲ သူဌေးက ရိုက်တယ်",  # with a beating: not this reader
    "သံရုံးကို ဘယ်လို ဆက်သွယ်ရမလဲ",  # how to contact the embassy
    "ខ្ញុំហៅទៅអ្នកណាក៏មិនលើក",  # whoever I call, no one answers
]


@pytest.mark.parametrize(("words", "lang"), WHO)
def test_whom_to_contact_is_read(words, lang):
    assert who_to_call.says(normalise(words).text)


@pytest.mark.parametrize("words", NOT_WHO)
def test_whom_to_contact_near_misses(words):
    assert not who_to_call.says(normalise(words).text)


@pytest.mark.parametrize(("words", "lang"), WHO)
def test_whom_to_contact_gets_the_lines_not_the_form(real, words, lang):
    event = read_as(normalise(words).text, "talk_to_person", 0.9, lang)
    got = engine.handle(event, settled(lang, "TH"), real)
    assert "1694" in said(got) or "1300" in said(got)
    data = all_button_data(got)
    assert any(d.startswith("person") for d in data)
    assert not any(d.startswith("ref:") for d in data)


def test_romanised_afraid_to_go_out_with_mhar(real):
    words = "a pyin htwet ya mhar kyout tal"
    assert going_out.alone(words) or going_out.with_reason(words)
    got = engine.handle(read_as(words, None, 0.3, "my"), settled("my", "TH"), real)
    assert "topic:arrest_detention" in all_button_data(got)


@pytest.mark.parametrize("confidence", [0.3, 0.6])
def test_what_time_is_it_after_an_answer_is_not_a_follow_up(real, confidence):
    wages = read_as("my boss not pay me 2 month", "unpaid_wages", 0.95)
    answered = engine.handle(wages, settled("en"), real)
    after = replace(real, last_answer=answered.shown)
    event = read_as("what time is it", "complaint_channels", confidence)
    got = engine.handle(event, settled("en"), after)
    assert "just above" not in said(got)
    assert "cannot help" in said(got)


@pytest.mark.parametrize(
    "words",
    ["what time is it open", "what time is it close on sunday", "what time is the embassy open"],
)
def test_opening_hours_are_not_everyday(words):
    assert not everyday.asks(words)
