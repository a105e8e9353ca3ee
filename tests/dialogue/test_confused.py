""" "I don't understand" typed alone (bot/dialogue/confused.py): the NLU read these as
Goodbye, Injury, an emergency or a language change (session 16); now sorry, the languages,
a person, and the answer shown last."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, said, settled

from bot.dialogue import confused, engine, triage
from bot.dialogue.events import Text
from bot.values import Asked

SORRY = (
    "Sorry, that was not clear. You can choose another language, or talk to a person from a "
    "partner organisation: they can explain."
)

# What the NLU made of them (bot ask --json on main's model, session 16).
MISREAD = [
    ("I don't understand", "en", "change_language", 0.63),
    ("not clear", "en", "goodbye", 0.76),
    ("what you mean", "en", "bot_help", 0.98),
    ("thank you but I still confused", "en", "thanks", 0.95),
    ("နားမလည်ဘူး", "my", "bot_help", 0.68),
    ("ကျွန်တော် နားမလည်ဘူး ဗျ", "my", None, 0.3),
    ("nar ma lal bu", "my", "injury_health", 0.85),
    ("ខ្ញុំមិនយល់", "km", "bot_help", 0.99),
    ("ot yol te", "km", "goodbye", 0.87),
    ("khnhom min yol te", "km", "emergency_help", 0.61),
    ("min yol", "km", "greet", 0.77),
]


@pytest.mark.parametrize(("words", "lang", "read", "confidence"), MISREAD)
def test_i_dont_understand_gets_languages_and_a_person_not_the_nlus_guess(
    ctx, words, lang, read, confidence
):
    outcome = engine.handle(read_as(words, read, confidence, lang), settled(lang), ctx)
    [reply] = outcome.replies
    assert reply.text == in_language(lang, SORRY)
    data = all_button_data(outcome)
    assert {"lang:my", "lang:km", "lang:en", "person", "menu"} <= set(data)
    assert not any(d.startswith("topic:") for d in data), "no answer the words did not ask"
    assert not outcome.urgent and outcome.state == settled(lang)
    assert outcome.tally is not None and outcome.tally.asked == Asked.CONVERSATION
    assert outcome.tally.topic == "confused"


def test_a_burmese_reader_is_offered_the_other_encoding(ctx):
    unicode_reader = engine.handle(read_as("nar ma lal bu", None, 0.3, "my"), settled("my"), ctx)
    assert "lang:my:zawgyi" in all_button_data(unicode_reader)
    zawgyi = settled("my").with_(encoding="zawgyi")
    zawgyi_reader = engine.handle(Text("nar ma lal bu", "my", None, None), zawgyi, ctx)
    data = all_button_data(zawgyi_reader)
    assert "lang:my" in data and "lang:my:zawgyi" not in data
    english = engine.handle(read_as("not clear", None, 0.3), settled(), ctx)
    assert "lang:my:zawgyi" not in all_button_data(english)


def test_right_after_an_answer_that_answer_is_offered_with_a_person_about_it(ctx):
    last = replace(ctx, last_answer="topic:unpaid_wages")
    outcome = engine.handle(read_as("ot yol te", "goodbye", 0.87, "km"), settled("km"), last)
    data = all_button_data(outcome)
    assert data[0] == "topic:unpaid_wages" and "person:unpaid_wages" in data
    assert "person" not in data


def test_a_question_that_says_it_too_is_read_as_a_question(ctx):
    wages = read_as("my boss not pay, i dont understand why", "unpaid_wages", 0.9)
    outcome = engine.handle(wages, settled(), ctx)
    assert SORRY not in said(outcome) and outcome.shown == "topic:unpaid_wages"


def test_no_word_of_the_lists_is_a_danger_word(real):
    for entry in confused._SAID | confused._WITH:
        assert not triage.in_danger(entry, real), entry


def test_danger_words_come_first(real, monkeypatch):
    # were a word of the lists ever a danger word (the safety lists grow), danger wins
    monkeypatch.setattr(triage, "in_danger", lambda words, ctx: "yol" in words)
    outcome = engine.handle(read_as("ot yol te", "goodbye", 0.87, "km"), settled("km"), real)
    assert outcome.urgent and in_language("km", SORRY) not in said(outcome)


def test_the_nlu_down_does_not_matter(ctx):
    outcome = engine.handle(Text("i dont understand", "en", None, None), settled(), ctx)
    assert said(outcome) == SORRY
