"""Every country name the bot itself shows (its country buttons, country_names) is read as
that country, and so are common spellings of them (explore9 finding 5): the Burmese button
says စင်္ကာပူ (Singapore, with a kinzi) but only စင်ကာပူ was known, so typing the button's
word at "Where are you now?" gave "Choose a language", and "စင်္ကာပူ မြန်မာသံရုံး ဖုန်း"
(Singapore Myanmar embassy phone) got the embassy in Bangkok. Khmer សឹង្ហបុរី (Singapore)
and Burmese ကိုးရီးယား (Korea) got "Please tap one of the buttons below"."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, tr

from bot.dialogue.events import Text
from bot.dialogue.keyboards import country_names
from bot.dialogue.places import asked_for, location, said_place
from bot.values import COUNTRIES, NluResult, UserState

LANGS = ["my", "km", "en"]
PLACES = [code for code in COUNTRIES if code != "other"]
ABROAD = [code for code in PLACES if code not in ("MM", "KH")]
# Spellings people type beside the buttons' own: Khmer សឹង្ហបុរី (Singapore), Burmese
# ကိုးရီးယား (Korea), and the Khmer name of Kuala Lumpur the directory itself uses.
COMMON = [("សឹង្ហបុរី", "SG"), ("ကိုးရီးယား", "KR"), ("កូឡាឡាំពួ", "MY"), ("စင်ကာပူ", "SG")]
# A question naming a place, in each language, around the place's name.
QUESTION = {
    "my": "{place} မြန်မာသံရုံး ဖုန်း",  # Myanmar embassy phone in <place>
    "km": "ស្ថានទូតខ្មែរនៅ{place} លេខទូរស័ព្ទ",  # the Cambodian embassy in <place>, phone
    "en": "myanmar embassy in {place} phone number pls",
}


def label(lang: str, code: str) -> str:
    return country_names(tr(lang))[code]


def own_labels() -> list[tuple[str, str, str]]:
    return [(lang, code, label(lang, code)) for lang in LANGS for code in PLACES]


def read_as(words: str, lang: str, topic: str | None = None) -> Text:
    """`words` as the NLU read them: at "Where are you now?" a name alone was read as
    change_language (0.81)."""
    nlu = NluResult(topic or "change_language", 0.81, (), (topic,) if topic else ())
    return Text(words, lang, None, nlu)


@pytest.mark.parametrize(("lang", "code", "name"), own_labels())
def test_every_label_the_bot_shows_is_read_as_its_country(lang, code, name):
    assert location(name) == code
    assert said_place(name) == code


@pytest.mark.parametrize(("name", "code"), COMMON)
def test_common_spellings_are_read_as_the_country(name, code):
    assert location(name) == code
    assert said_place(name) == code


@pytest.mark.parametrize(("lang", "code", "name"), own_labels())
def test_a_label_typed_at_where_now_answers_it(ctx, lang, code, name):
    state = UserState(language=lang, origin="MM", step="country")
    outcome = run(ctx, state, read_as(name, lang))
    assert (outcome.state.country, outcome.state.step) == (code, None)
    assert tr(lang).gettext("Thank you. You can change this any time with /profile.") in said(
        outcome
    )


@pytest.mark.parametrize(("name", "code"), COMMON)
def test_a_common_spelling_typed_at_where_now_answers_it(ctx, name, code):
    lang = "km" if name[0] >= "\u1780" else "my"
    state = UserState(language=lang, origin="KH", step="country")
    outcome = run(ctx, state, read_as(name, lang))
    assert outcome.state.country == code


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("code", ABROAD)
def test_a_label_inside_a_question_is_the_place_asked_about(lang, code):
    words = QUESTION[lang].format(place=label(lang, code))
    profile = UserState(language=lang, origin="MM", country="TH" if code != "TH" else "MY")
    assert asked_for(words, profile).country == code


def test_the_singapore_embassy_question_gets_singapore_not_bangkok(real):
    state = UserState(language="my", origin="MM", country="TH", profile_asked=True)
    outcome = run(real, state, read_as("စင်္ကာပူ မြန်မာသံရုံး ဖုန်း", "my", "embassy_contact"))
    body = said(outcome)
    singapore = real.catalog.entries["mm-embassy-singapore"]
    assert singapore.web and singapore.web in body
    bangkok = real.catalog.entries["mm-embassy-bangkok"]
    assert bangkok.phones[0] not in body
