"""A place typed in Zawgyi is read as a place ("Still open" after round 8): the service
converts Zawgyi only when the detector is sure, and a country's name alone often reads as
well-formed Unicode too ("မေလးရွား", Malaysia in Zawgyi, is Unicode letters in another order),
so it reached the place reading unconverted and was not a place."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, tr

from bot.dialogue.events import Text
from bot.dialogue.places import location, mentioned, said_place
from bot.language import normalise
from bot.values import NluResult, UserState

ASKED_WHERE = UserState(language="my", origin="MM", step="country")

# (Zawgyi as typed, the place); each is left as typed by the service's normalising.
ZAWGYI_PLACES = [
    ("မေလးရွား", "MY"),  # Malaysia
    ("စင္ကာပူ", "SG"),  # Singapore
    ("ကြာလာလမ္ပူ", "MY"),  # Kuala Lumpur
    ("တိုက်ိဳ", "JP"),  # Tokyo
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


def test_a_zawgyi_place_in_a_sentence_that_says_where_one_is():
    # "I am in Malaysia": Zawgyi "မွာ" (in) is ambiguous too, and stays as typed.
    words = "မေလးရွား မွာ"
    assert normalise(words).text == words
    assert said_place(words) == "MY"


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
