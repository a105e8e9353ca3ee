"""A language named as something to learn or pass is not a request to change the bot's
language (round 13B): "japan language test lo lar" (is a Japanese language test needed?)
was read as a language change at 0.86 and answered "Choose a language."."""

from __future__ import annotations

import pytest
from dialogue_helpers import button_data, run, said, text

from bot.dialogue.language_to_learn import names_a_language
from bot.values import Asked, UserState

VILLAGER = UserState(language="en", origin="MM", country="MM", profile_asked=True)
GUESSES = (("change_language", 0.86), ("recruitment_fees", 0.03), ("predeparture_training", 0.02))


@pytest.mark.parametrize(
    ("words", "lang"),
    [("japan language test lo lar", "en"), ("korea language exam must pass?", "en"),
     ("ဂျပန်ဘာသာ စာမေးပွဲ ဖြေရမလား", "my"), ("ភាសាកូរ៉េ ត្រូវប្រឡងទេ", "km")],
)  # fmt: skip
def test_a_language_test_question_is_not_a_language_switch(real, words, lang):
    state = VILLAGER.with_(language=lang)
    outcome = run(real, state, text(words, lang, topic="change_language", ranking=GUESSES))
    data = [d for reply in outcome.replies for d in button_data(reply)]
    assert not any(d.startswith("lang:") for d in data), "the language buttons"
    assert "topic:predeparture_training" in data, "a guess, for home (before_leaving.py)"
    assert any(d.startswith("form:") or "person" in d for d in data), data
    # counted as not understood, as it is answered (tally.py)
    assert outcome.tally is not None and outcome.tally.asked == Asked.FALLBACK


@pytest.mark.parametrize(
    "words",
    ["change language", "I want Burmese language", "language", "can you speak khmer",
     "speak burmese please", "i cant speak english"],
)  # fmt: skip
def test_asking_for_another_language_still_shows_the_languages(real, words):
    outcome = run(real, VILLAGER, text(words, "en", topic="change_language"))
    assert "Choose a language." in said(outcome)


WAGES = (("change_language", 0.88), ("unpaid_wages", 0.08), ("bot_help", 0.01))


@pytest.mark.parametrize(
    ("words", "lang"),
    [("sa lo ma pay buu", "my"), ("sa lo ma ya buu", "my"), ("lakha ot ban", "km")],
)
def test_a_language_change_read_where_no_language_is_named_is_none(real, words, lang):
    # Round 13A: "sa lo ma pay buu" (the salary is not paid) got "Choose a language."
    state = VILLAGER.with_(language=lang, country="TH")
    outcome = run(real, state, text(words, lang, topic="change_language", ranking=WAGES))
    data = [d for reply in outcome.replies for d in button_data(reply)]
    assert not any(d.startswith("lang:") for d in data), "the language buttons"
    assert data[0] == "topic:unpaid_wages", "the guess first"
    assert outcome.state.language == lang
    assert outcome.tally is not None and outcome.tally.asked == Asked.FALLBACK


@pytest.mark.parametrize(
    "words",
    ["myanmar lo pyaw par", "bar thar sa kar pyaung chin tl", "pdo phasa", "anglay min chhes",
     "ရခိုင်လို ပြောလို့ရမလား", "ភាសាផ្សេងមានទេ", "ျမန္မာလို ဖတ္ခ်င္တယ္", "zawgyi nae pyaw pay par",
     "i want read in my language", "other language"],
)  # fmt: skip
def test_every_way_of_asking_for_a_language_still_names_one(words):
    assert names_a_language(words)
