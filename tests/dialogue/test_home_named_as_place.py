"""A home country named as the place ("how to complain in Myanmar") with no place in the
profile (round 15A): "Myanmar" was read only as the nationality, so the answer was the
general one. Now it is the answer for Myanmar. With a place in the profile, "in Myanmar" is
most often about home seen from abroad ("my father died in myanmar", "can I get it after I
am in Myanmar?") and the profile's place stays; and "answer in myanmar" is a language."""

from __future__ import annotations

import pytest
from dialogue_helpers import read_as, run, said

from bot.dialogue.places import home_named
from bot.values import UserState


def no_place(lang: str = "en", origin: str = "MM") -> UserState:
    return UserState(language=lang, origin=origin, country=None, profile_asked=True)


@pytest.mark.parametrize(
    ("words", "lang", "origin", "heading"),
    [
        ("how to complain in Myanmar", "en", "MM", "In Myanmar:"),
        ("i want complain agency in cambodia", "en", "KH", "In Cambodia:"),
    ],
)
def test_with_no_place_known_a_home_country_named_is_the_place(real, words, lang, origin, heading):
    got = run(real, no_place(lang, origin), read_as(words, "complaint_channels", 0.9, lang))
    assert heading in said(got)
    assert got.state.country is None  # the profile is not changed


@pytest.mark.parametrize(
    ("words", "home"),
    [
        ("how to complain in Myanmar", "MM"),
        ("မြန်မာပြည်မှာ ပွဲစားကို တိုင်ချင်တယ်", "MM"),  # I want to complain about a broker in Myanmar
        ("ខ្ញុំនៅកម្ពុជា", "KH"),  # I am in Cambodia
        ("can you answer in myanmar", None),  # a language
        ("in myanmar language please", None),
        ("i am from myanmar", None),  # a nationality
        ("not in myanmar", None),
        ("in myanmar or in cambodia", None),  # two
    ],
)
def test_a_home_country_named_as_a_place(words, home):
    assert home_named(words) == home
