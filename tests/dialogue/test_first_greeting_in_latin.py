"""A Burmese or Khmer greeting in Latin letters as a person's very first message (round 23B).

"mingalaba" chose Burmese in Unicode for them: the profile's question came in a script a
phone set up for Zawgyi shows garbled, or one a person without a Burmese keyboard may not
read, with no tap back to English. It says their language, not the script they read: the
greeting in three languages and the language choice (Zawgyi included) come instead. In
their own script, or after the choice was shown, a greeting still chooses."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said, tr

from bot.dialogue.events import ButtonPress, Command, Text
from bot.dialogue.onboarding import WELCOME, ZAWGYI_WELCOME
from bot.values import NluResult, UserState


def greeting(words: str, lang: str) -> Text:
    return Text(words, lang, None, NluResult("greet", 0.95, (("greet", 0.95),), ()))


@pytest.mark.parametrize(
    ("words", "read_as"),
    [("mingalaba", "my"), ("min ga lar bar", "en"), ("sousdey", "km"), ("Sok sabay", "en")],
)
def test_a_first_greeting_in_latin_letters_shows_the_language_choice(ctx, words, read_as):
    outcome = run(ctx, UserState(), greeting(words, read_as))
    assert said(outcome) == ZAWGYI_WELCOME
    assert "lang:my:zawgyi" in all_button_data(outcome)
    assert outcome.state.language is None and outcome.state.step == "language"
    chosen = run(ctx, outcome.state, ButtonPress("lang:my:zawgyi"))
    assert (chosen.state.language, chosen.state.encoding) == ("my", "zawgyi")


@pytest.mark.parametrize(("words", "lang"), [("မင်္ဂလာပါ", "my"), ("សួស្តី", "km")])
def test_a_first_greeting_in_its_own_script_still_chooses(ctx, words, lang):
    outcome = run(ctx, UserState(), greeting(words, lang))
    assert outcome.state.language == lang
    assert tr(lang).gettext("Where are you from?") in said(outcome)


def test_a_latin_greeting_at_the_choice_still_chooses(ctx):
    started = run(ctx, UserState(), Command("start"))
    outcome = run(ctx, started.state, greeting("mingalaba", "my"))
    assert outcome.state.language == "my"


def test_a_latin_greeting_from_someone_known_is_greeted(ctx):
    known = UserState(language="en", origin="MM", country="TH", profile_asked=True)
    outcome = run(ctx, known, greeting("mingalaba", "my"))
    assert said(outcome) != WELCOME
