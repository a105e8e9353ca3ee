"""A new person's first message in Latin letters, read as Burmese or Khmer (exploratory round
23B): "chong tov korea" opened "Where are you from?" in Khmer script with no way back to
English until both profile questions were answered. Now the one-tap switch comes before the
question, the question last; pressed, the question comes again in English and the first
question is still answered after the profile."""

from __future__ import annotations

import pytest
from dialogue_helpers import button_data, run, said

from bot.dialogue.events import ButtonPress, Text
from bot.nlu.client import NluResult
from bot.values import UserState


def romanised(words: str, lang: str, topic: str) -> Text:
    nlu = NluResult(topic, 0.9, ((topic, 0.9),), (topic,))
    return Text(words, lang, None, nlu, romanised=True)


@pytest.mark.parametrize(
    ("words", "lang"),
    [("khnhom chong tov twer ka nov korea", "km"), ("korea ko thwar chin tal", "my")],
)
def test_a_first_message_in_latin_letters_offers_english_before_the_profile(real, words, lang):
    first = run(real, UserState(), romanised(words, lang, "legal_channels"))
    assert first.state.language == lang
    assert first.state.step == "origin"
    offers = [r for r in first.replies if button_data(r) == ["lang:en"]]
    assert len(offers) == 1
    # the question stays last: its buttons are the ones the person answers
    assert any(d.startswith("origin:") for d in button_data(first.replies[-1]))

    english = run(real, first.state, ButtonPress("lang:en"))
    assert english.state.language == "en"
    assert "Where are you from?" in said(english)
    answered = run(real, english.state, ButtonPress("origin:MM"))
    if answered.state.step == "country":  # the words named no place the bot reads
        answered = run(real, answered.state, ButtonPress("country:MM"))
    assert "Going abroad legally" in said(answered)


def test_a_first_message_in_the_script_itself_gets_no_offer(real):
    nlu = NluResult("legal_channels", 0.9, (("legal_channels", 0.9),), ("legal_channels",))
    first = run(real, UserState(), Text("ខ្ញុំចង់ទៅធ្វើការនៅកូរ៉េ", "km", None, nlu))
    assert first.state.step == "origin"
    assert all(button_data(r) != ["lang:en"] for r in first.replies)
