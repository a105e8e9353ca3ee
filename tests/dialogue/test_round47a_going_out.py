"""Afraid to go out, said alone (exploratory round 47A): "I am afraid to go out", Khmer
ខ្ញុំខ្លាចចេញក្រៅ, romanised "khnhom khlach chenh krav", Burmese အပြင်မထွက်ရဲဘူး (Unicode and
Zawgyi) got the emergency steps ("call the police"), from the NLU (0.95) or the Burmese
danger word အပြင်မထွက်ရ (not allowed out). Now: a person first, the arrest answer a tap away
for a stop by the police, and Emergency help one tap away for a threat. A threat, a beating, a
locked door, "afraid he will kill me", "afraid, he is outside my door" beside the fear keep
the emergency numbers first, in the three languages."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled

from bot.dialogue.going_out import alone
from bot.language import normalise

ALONE = [
    ("I am afraid to go out", "en"),
    ("i scared go outside now", "en"),
    ("ខ្ញុំខ្លាចចេញក្រៅ", "km"),
    ("khnhom khlach chenh krav", "km"),
    ("အပြင်မထွက်ရဲဘူး", "my"),
    ("ကျွန်တော် အခု အပြင်မထွက်ရဲဘူး", "my"),
    ("ကၽြန္ေတာ္ အခု အျပင္မထြက္ရဲဘူး", "my"),  # the same in Zawgyi
]
# Real emergencies that hold the fear: the danger reply first, as before.
DANGER = [
    ("I am afraid to go out, boss locked the door", "en"),
    ("afraid to go out, he is outside my door with a knife", "en"),
    ("I am afraid he will kill me", "en"),
    ("afraid to go out, they beat me yesterday", "en"),
    ("i am afraid of the boss, he hit me", "en"),
    ("ខ្ញុំខ្លាចចេញក្រៅ ថៅកែវាយខ្ញុំ", "km"),
    ("khnhom khlach chenh krav, chong samlap khnhom", "km"),
    ("အပြင်မထွက်ရဲဘူး သူဌေးက ရိုက်နှက်တယ်", "my"),
    ("သူဌေးက အပြင်မထွက်ရဘူး တံခါးပိတ်ထားတယ်", "my"),
]


def _text(words: str, lang: str):
    normal = normalise(words)
    return read_as(normal.text, "emergency_help", 0.95, lang)


@pytest.mark.parametrize(("words", "lang"), ALONE)
def test_fear_of_going_out_alone_is_read(words, lang):
    assert alone(normalise(words).text)


@pytest.mark.parametrize(("words", "lang"), DANGER)
def test_fear_with_a_threat_is_not_read_as_fear_alone(words, lang):
    assert not alone(normalise(words).text)


@pytest.mark.parametrize(
    "words",
    ["i want to go out with friends", "afraid of losing my job", "go out of thailand how"],
)
def test_near_misses(words):
    assert not alone(words)


@pytest.mark.parametrize(("words", "lang"), ALONE)
def test_fear_alone_gets_a_person_and_the_arrest_steps_not_the_emergency_steps(real, words, lang):
    got = run(real, settled(lang, "TH"), _text(words, lang))
    data = all_button_data(got)
    assert data[0].startswith("person")
    assert "topic:arrest_detention" in data
    assert "topic:emergency_help" in data
    assert "🆘" not in said(got)
    assert "1191" not in said(got) and "191" not in said(got).split()


@pytest.mark.parametrize(("words", "lang"), DANGER)
def test_real_emergencies_still_get_the_emergency_reply(real, words, lang):
    got = run(real, settled(lang, "TH"), _text(words, lang))
    assert "1300" in said(got) or "191" in said(got)
    assert "topic:arrest_detention" not in all_button_data(got)[:2]
