"""A problem at work that names where the person is ("working in Chiang Mai") is answered
for that country, as the embassy-type topics were: the at-work topics have a variant per
country, but only the topics that ask for a place read one from the words, so a worker who
had not set a place got the general answer with both home ministries (round 11, lead)."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, text

from bot.values import UserState


def person(lang: str, origin: str | None = None, country: str | None = None) -> UserState:
    return UserState(language=lang, origin=origin, country=country, profile_asked=True)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        (
            "I am from Myanmar, working in Chiang Mai construction. "
            "The boss keep my passport. what i do",
            "en",
        ),
        ("ချင်းမိုင်မှာ အလုပ်လုပ်နေတယ်။ အလုပ်ရှင်က ပတ်စပို့ သိမ်းထားတယ်", "my"),
        ("ខ្ញុំធ្វើការនៅថៃ ថៅកែយកលិខិតឆ្លងដែនខ្ញុំ", "km"),
    ],
)
def test_a_kept_passport_in_a_named_country_gets_that_countrys_answer(real, words, lang):
    for profile in (person(lang), person(lang, "MM", "MY")):  # no place known; another one
        outcome = run(real, profile, text(words, lang, topic="documents_confiscated"))
        body = said(outcome)
        assert "Issara" in body, "Thailand's answer: its 24-hour helplines"
        assert "JTKSM" not in body, "not the profile's Malaysia"
        assert (outcome.state.origin, outcome.state.country) == (profile.origin, profile.country)


def test_unpaid_wages_named_in_penang_gets_malaysias_answer(real):
    words = "i work in penang factory, boss not pay 2 month"
    general = said(run(real, person("en"), text("boss not pay 2 month", "en", "unpaid_wages")))
    named = said(run(real, person("en"), text(words, "en", topic="unpaid_wages")))
    assert named != general
    assert "Malaysia" in named
