"""A place typed in Zawgyi is read as a place ("Still open" after round 8): the service
converts Zawgyi only when the detector is sure, and a country's name alone often reads as
well-formed Unicode too ("မေလးရွား", Malaysia in Zawgyi, is Unicode letters in another order),
so it reached the place reading unconverted and was not a place."""

from __future__ import annotations

import unicodedata

import pytest
from dialogue_helpers import button_data, run, said, tr

from bot.dialogue.events import ButtonPress, Text
from bot.dialogue.outcome import Outcome
from bot.dialogue.places import location, mentioned, said_place
from bot.language import encode_for, normalise
from bot.language.zawgyi import zawgyi_to_unicode
from bot.values import NluResult, UserState

ASKED_WHERE = UserState(language="my", origin="MM", step="country")

# (Zawgyi as typed, the place); each is left as typed by the service's normalising.
ZAWGYI_PLACES = [
    ("မေလးရွား", "MY"),  # Malaysia
    ("စင္ကာပူ", "SG"),  # Singapore
    ("ကြာလာလမ္ပူ", "MY"),  # Kuala Lumpur
]


def typed(words: str) -> Text:
    reading = normalise(words)
    nlu = NluResult(None, 0.6, (), (), (), True)
    return Text(reading.text, reading.language, reading.encoding, nlu)


@pytest.mark.parametrize(("words", "place"), ZAWGYI_PLACES)
def test_a_zawgyi_place_name_is_read_as_the_place(words, place):
    assert normalise(words).text == words, "the service leaves it as typed"
    assert location(words) == place
    assert said_place(words) == place


def test_tokyo_in_zawgyi_is_converted_by_the_service_and_is_still_the_place():
    # Zawgyi's ya-pin before a vowel and its tall u tell it now (round 15B): converted.
    reading = normalise("တိုက်ိဳ")
    assert (reading.text, reading.encoding) == ("တိုကျို", "zawgyi")
    assert location(reading.text) == "JP"


def test_a_zawgyi_place_typed_in_the_form_is_shown_back_as_typed(ctx):
    """Round 15B: "ဂ်ိဳဟိုး" (Johor) typed at "Where are you?" was kept unconverted, so the
    summary, encoded for the Zawgyi reader, showed "ဂ္ိဳဟိုး"-like letters, and the
    caseworker Unicode letters in Zawgyi's order."""
    state = UserState(language="my", encoding="zawgyi", origin="MM", country="MY")
    state = state.with_(profile_asked=True)
    opened = run(ctx, state, ButtonPress("person:unpaid_wages"))
    yes = run(ctx, opened.state, ButtonPress("ref:topic:unpaid_wages"))
    told = run(ctx, yes.state, typed("လစာ မရဘူး"))
    placed = run(ctx, told.state, typed("ဂ်ိဳဟိုး"))
    assert placed.state.form["place"] == "ဂျိုဟိုး"
    by_bot = run(ctx, placed.state, ButtonPress(button_data(placed.replies[-1])[0]))
    summary = run(ctx, by_bot.state, ButtonPress("ref:urgent:no"))
    assert summary.state.step == "ref:confirm"
    shown = said(Outcome(encode_for(summary.state, summary.replies), summary.state))
    assert "ဂ်ိဳဟိုး" in shown  # the person reads back what they typed


@pytest.mark.parametrize("words", [words for words, _place in ZAWGYI_PLACES])
def test_a_zawgyi_country_typed_in_the_form_is_kept_as_read(ctx, words):
    """Round 15B: the form's place was kept as the service left it, in Zawgyi's code points,
    though it named the place only read as Zawgyi: the Zawgyi reader's summary showed
    "ၾကာလာလမၸဴ" for the "ကြာလာလမ္ပူ" they typed, and the caseworker Unicode letters in Zawgyi's
    order. Kept as read, it is shown back as typed."""
    state = UserState(language="my", encoding="zawgyi", origin="MM", country="TH")
    at_place = _at_place(ctx, state.with_(profile_asked=True))
    placed = run(ctx, at_place, typed(words))
    assert placed.state.form["place"] == unicodedata.normalize("NFC", zawgyi_to_unicode(words))
    by_bot = run(ctx, placed.state, ButtonPress(button_data(placed.replies[-1])[0]))
    summary = run(ctx, by_bot.state, ButtonPress("ref:urgent:no"))
    shown = said(Outcome(encode_for(summary.state, summary.replies), summary.state))
    assert summary.state.step == "ref:confirm"
    assert f": {words}\n" in shown


def _at_place(ctx, state: UserState) -> UserState:
    opened = run(ctx, state, ButtonPress("person:unpaid_wages"))
    yes = run(ctx, opened.state, ButtonPress("ref:topic:unpaid_wages"))
    told = run(ctx, yes.state, typed("လစာ မရဘူး"))
    assert told.state.step == "ref:place"
    return told.state


def test_a_zawgyi_place_in_a_sentence_that_says_where_one_is():
    # "I am in Malaysia": Zawgyi "မွာ" (in) is ha-htoe spelt as Unicode's medial wa, which
    # Unicode never writes there: read as Zawgyi since round 44B, and the place with it.
    words = "မေလးရွား မွာ"
    assert normalise(words).text == "မလေးရှား မှာ"
    assert said_place(words) == said_place(normalise(words).text) == "MY"


@pytest.mark.parametrize(("words", "place"), ZAWGYI_PLACES)
def test_a_zawgyi_country_typed_at_where_now_answers_it(ctx, words, place):
    outcome = run(ctx, ASKED_WHERE, typed(words))
    state = outcome.state
    assert (state.country, state.step) == (place, None)
    thanks = tr("my").gettext("Thank you. You can change this any time with /profile.")
    assert thanks in said(outcome)


@pytest.mark.parametrize(
    "words",
    [
        "ကျွန်တော့် အလုပ်ရှင်က လစာ မပေးဘူး",  # my employer does not pay (Unicode)
        "ပတ်စ်ပို့ သက်တမ်းတိုးချင်တယ်",  # I want to renew my passport (Unicode)
        "ရွား",
    ],
)
def test_burmese_naming_no_place_names_none(words):
    assert mentioned(words).country is None and mentioned(words).origin is None
