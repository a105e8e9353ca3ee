"""Items left open by round 47A (exploratory round 48A).

"who can I call?" (also romanised Burmese "bal ko phone set ya ma lae", Khmer "trov tel tov
na", Khmer and Burmese script) opened the request form or got "I cannot help": now Where to
complain (the lines our directory has for where they are) with a person a tap away.

Fear of going out with police checks as the reason ("i am afraid to go out, police check
everywhere", Khmer, Burmese, romanised) got the emergency steps ("call the police") or
"Passport kept": now a person first, the arrest steps a tap away, no promise. A threat, a beating,
someone following or waiting at the door keeps the emergency numbers first; "he is waiting
outside my door" (alone, "did not understand" before) is now a danger word.
"""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled

from bot.dialogue import going_out, who_to_call
from bot.language import normalise

WHO = [
    ("who can I call?", "en"),
    ("so who should i call then", "en"),
    ("which number can i call", "en"),
    ("bal ko phone set ya ma lae", "my"),
    ("ဘယ်သူ့ကို ဖုန်းဆက်ရမလဲ", "my"),
    ("trov tel tov na", "km"),
    ("ខ្ញុំត្រូវខលទៅណា?", "km"),
]
NOT_WHO = [
    "who can i call, boss locked me",
    "can i call my boss",
    "who can i call at the embassy",
    "is the call to 1300 free?",
    "i called my mother",
]
REASON = [
    ("i am afraid to go out, police check everywhere", "en"),
    ("afraid to go out police will catch me", "en"),
    ("ខ្ញុំខ្លាចចេញក្រៅ ប៉ូលិសឆែកគ្រប់កន្លែង", "km"),
    ("khnhom khlach chenh krav police chek", "km"),
    ("အပြင်မထွက်ရဲဘူး ရဲတွေစစ်နေတယ်", "my"),
]
DANGER = [
    ("afraid to go out, he is waiting outside my door", "en"),
    ("he is waiting outside my door", "en"),
    ("afraid to go out, police check, boss hit me", "en"),
    ("afraid, boss will beat me if i go out", "en"),
]
# Read by the NLU as an emergency (0.997 on the shared model): not taken by going_out
FOLLOWED = "afraid to go out, police check, he follows me"


def _as(words: str, topic: str | None, lang: str):
    return read_as(normalise(words).text, topic, 0.93, lang)


@pytest.mark.parametrize(("words", "lang"), WHO)
def test_who_can_i_call_is_read(words, lang):
    assert who_to_call.says(normalise(words).text)


@pytest.mark.parametrize("words", NOT_WHO)
def test_who_can_i_call_near_misses(words):
    assert not who_to_call.says(words)


@pytest.mark.parametrize(("words", "lang"), WHO)
def test_who_can_i_call_gets_the_lines_and_a_person_not_the_form(real, words, lang):
    got = run(real, settled(lang, "TH"), _as(words, "talk_to_person", lang))
    assert "1694" in said(got) or "1300" in said(got)
    assert any(d.startswith("person") for d in all_button_data(got))
    assert "form:" not in " ".join(all_button_data(got))


@pytest.mark.parametrize(("words", "lang"), REASON)
def test_fear_with_police_checks_gets_a_person_and_the_arrest_steps(real, words, lang):
    assert going_out.with_reason(normalise(words).text)
    got = run(real, settled(lang, "TH"), _as(words, "emergency_help", lang))
    data = all_button_data(got)
    assert data[0].startswith("person")
    assert "topic:arrest_detention" in data
    assert "🆘" not in said(got)
    assert "191" not in said(got).split() and "1191" not in said(got)


@pytest.mark.parametrize(("words", "lang"), DANGER)
def test_threats_beside_the_fear_stay_emergencies(real, words, lang):
    assert not going_out.with_reason(words)
    got = run(real, settled(lang, "TH"), _as(words, None, lang))
    assert "1300" in said(got) or "191" in said(got)


def test_followed_stays_an_emergency(real):
    assert not going_out.with_reason(FOLLOWED)
    got = run(real, settled("en", "TH"), read_as(FOLLOWED, "emergency_help", 0.99))
    assert "1300" in said(got) or "191" in said(got)


@pytest.mark.parametrize(
    "words",
    ["the police check my passport at the border, is it ok", "where is the police check point"],
)
def test_police_check_without_fear_is_not_read(words):
    assert not going_out.with_reason(words)
