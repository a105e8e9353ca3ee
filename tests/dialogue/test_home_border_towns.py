"""A border town on the home side typed where the bot asks "Where are you now?" (round 18C
left open: "I am in Poipet" said alone was no answer, and got "Please tap one of the buttons
below"). The town alone, or in a sentence that only says where the person is, is the home
country; a town named as a place to go to is not. Real content."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, run, said, tr

from bot.dialogue import places
from bot.dialogue.events import Text
from bot.values import NluResult, UserState

SAID_THERE = [
    ("I am in Poipet", "en", "KH"),
    ("poipet", "en", "KH"),
    ("now i stay at poi pet", "en", "KH"),
    ("ខ្ញុំនៅប៉ោយប៉ែត", "km", "KH"),
    ("ប៉ោយប៉ែត", "km", "KH"),
    ("မြဝတီမှာ ရှိတယ်", "my", "MM"),
    ("i am in myawaddy now", "en", "MM"),
    ("Kawthaung", "en", "MM"),
]
NOT_WHERE = [
    "they say come to poipet",  # a place to go to (round 16A)
    "poipet and bangkok",  # two places
    "i work in poipet casino, boss keep my passport",  # a story
]


def typed(words: str, lang: str, topic: str | None = None) -> Text:
    nlu = NluResult(topic, 0.9 if topic else 0.2, (), (topic,) if topic else ())
    return Text(words, lang, None, nlu)


@pytest.mark.parametrize(("words", "lang", "country"), SAID_THERE)
def test_a_home_border_town_said_alone_is_where_the_person_is(words, lang, country):
    assert places.said_place(words) == country


@pytest.mark.parametrize("words", NOT_WHERE)
def test_a_town_in_other_words_says_no_place(words):
    assert places.said_place(words) is None


@pytest.mark.parametrize(("words", "lang", "country"), SAID_THERE)
def test_typed_at_the_profiles_where_are_you_now_it_answers_it(real, words, lang, country):
    asked = UserState(language=lang, origin="KH" if country == "KH" else "MM", step="country")
    outcome = run(real, asked, typed(words, lang))
    assert outcome.state.country == country
    assert outcome.state.step is None and outcome.state.profile_asked
    assert tr(lang).gettext("Please tap one of the buttons below.") not in said(outcome)


def test_a_town_to_go_to_is_still_no_answer(real):
    asked = UserState(language="en", origin="KH", step="country")
    outcome = run(real, asked, typed("they say come to poipet", "en"))
    assert outcome.state.country is None
    assert "country:KH" in all_button_data(outcome)  # the question stays, with its buttons


def test_said_after_an_answer_for_thailand_it_answers_for_home_and_offers_to_keep_it(real):
    in_thailand = UserState(language="en", origin="KH", country="TH", profile_asked=True)
    first = run(real, in_thailand, typed("boss not pay me 2 month", "en", "unpaid_wages"))
    assert "1546" in said(first)  # Thailand's labour hotline
    after = replace(real, last_answer=first.shown)  # as the service keeps it
    moved = run(after, first.state, typed("no, i am in poipet", "en"))
    assert "1297" in said(moved) and "1546" not in said(moved)  # Cambodia's, not Thailand's
    assert "now:KH" in all_button_data(moved)  # "I am in Cambodia now: remember it"
    assert moved.state.country == "TH"  # kept only when pressed
