"""Start, language choice, profile and the commands around them, in all three languages."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, button_data, run, said, text, tr

from bot.dialogue.events import ButtonPress, Command, Text
from bot.language import encode_for, normalise
from bot.nlu import NluResult
from bot.values import UserState

LANGS = ["my", "km", "en"]


def test_start_greets_in_all_three_languages_and_offers_language_buttons(ctx):
    outcome = run(ctx, UserState(), Command("start"))
    greeting = said(outcome)
    assert "မင်္ဂလာပါ" in greeting and "សួស្តី" in greeting and "Hello" in greeting
    assert button_data(outcome.replies[-1]) == ["lang:my", "lang:km", "lang:en", "lang:my:zawgyi"]


@pytest.mark.parametrize("lang", LANGS)
def test_choosing_a_language_remembers_it_and_asks_where_from_once(ctx, lang):
    outcome = run(ctx, UserState(), Command("start"), ButtonPress(f"lang:{lang}"))
    assert outcome.state.language == lang
    assert outcome.state.step == "origin"
    assert tr(lang).gettext("Where are you from?") in said(outcome)
    assert all_button_data(outcome) == ["origin:MM", "origin:KH", "origin:other", "origin:skip"]


@pytest.mark.parametrize("lang", LANGS)
def test_profile_answers_are_stored_and_lead_to_the_menu(ctx, lang):
    outcome = run(
        ctx,
        UserState(),
        ButtonPress(f"lang:{lang}"),
        ButtonPress("origin:KH"),
    )
    assert tr(lang).gettext("Where are you now?") in said(outcome)
    assert "country:TH" in all_button_data(outcome)
    outcome = run(ctx, outcome.state, ButtonPress("country:TH"))
    state = outcome.state
    assert (state.origin, state.country, state.profile_asked) == ("KH", "TH", True)
    assert tr(lang).gettext("Thank you. You can change this any time with /profile.") in said(
        outcome
    )
    assert "group:at_work" in all_button_data(outcome)


def test_profile_can_be_skipped_and_is_not_asked_again(ctx):
    outcome = run(
        ctx,
        UserState(),
        ButtonPress("lang:en"),
        ButtonPress("origin:skip"),
        ButtonPress("country:skip"),
    )
    assert outcome.state.profile_asked and outcome.state.origin is None
    again = run(ctx, outcome.state, Command("language"), ButtonPress("lang:km"))
    assert again.state.step is None  # straight to the menu, no second profile question
    assert "group:safe_migration" in all_button_data(again)


@pytest.mark.parametrize("lang", LANGS)
def test_profile_command_asks_again(ctx, lang):
    state = UserState(language=lang, origin="MM", country="TH", profile_asked=True)
    outcome = run(ctx, state, Command("profile"))
    assert outcome.state.step == "origin"
    assert "origin:KH" in all_button_data(outcome)


def test_language_command_offers_all_languages_and_zawgyi(ctx):
    outcome = run(ctx, UserState(language="km", profile_asked=True), Command("language"))
    assert "lang:my:zawgyi" in all_button_data(outcome)
    zawgyi = run(ctx, outcome.state, ButtonPress("lang:my:zawgyi"))
    assert (zawgyi.state.language, zawgyi.state.encoding) == ("my", "zawgyi")
    unicode = run(ctx, zawgyi.state, Command("language"), ButtonPress("lang:my"))
    assert unicode.state.encoding is None


def test_zawgyi_users_get_replies_re_encoded(ctx):
    state = UserState(language="my", encoding="zawgyi", profile_asked=True)
    outcome = run(ctx, state, Command("menu"))
    plain = outcome.replies[0].text
    encoded = encode_for(outcome.state, outcome.replies)[0].text
    # Burmese text changes when re-encoded; the structure (buttons' data) does not.
    if any("\u1000" <= ch <= "\u109f" for ch in plain):
        assert encoded != plain
    assert button_data(encode_for(outcome.state, outcome.replies)[0]) == button_data(
        outcome.replies[0]
    )


def test_a_zawgyi_message_switches_the_user_to_zawgyi(ctx):
    state = UserState(language="my", profile_asked=True)
    outcome = run(ctx, state, text("လစာ", "my", encoding="zawgyi", topic="unpaid_wages"))
    assert outcome.state.encoding == "zawgyi"


def typed(words: str, topic: str = "unpaid_wages") -> Text:
    """A message as the service reads it: normalised (Zawgyi converted), then the NLU."""
    found = normalise(words)
    return Text(found.text, found.language, found.encoding, NluResult(topic, 0.9, ()))


ZAWGYI_UNPAID = "ေဌးမေပးဘူး လစာ"  # Zawgyi, as a forwarded message or an old phone types it
UNICODE_UNPAID = "သူဌေးက လစာမပေးဘူး"


def test_a_unicode_message_after_a_zawgyi_one_switches_the_replies_back(ctx):
    state = UserState(language="my", profile_asked=True)
    zawgyi = run(ctx, state, typed(ZAWGYI_UNPAID))
    assert zawgyi.state.encoding == "zawgyi"
    unicode = run(ctx, zawgyi.state, typed(UNICODE_UNPAID))
    assert unicode.state.encoding is None
    assert encode_for(unicode.state, unicode.replies) == unicode.replies  # sent as written
    again = run(ctx, unicode.state, typed(ZAWGYI_UNPAID))  # and the other way, again
    assert again.state.encoding == "zawgyi"


@pytest.mark.parametrize("words", ["ပါ", "လစာ", "လစာ မရဘူး", "ok ပါ", "ok", "passport"])
def test_text_that_reads_alike_in_both_encodings_keeps_zawgyi(ctx, words):
    state = UserState(language="my", encoding="zawgyi", profile_asked=True)
    assert normalise(words).encoding in ("unicode", None)
    assert run(ctx, state, typed(words)).state.encoding == "zawgyi"


@pytest.mark.parametrize("lang", LANGS)
def test_invalid_origin_or_country_values_ask_again(ctx, lang):
    state = UserState(language=lang)  # at each question (an old button elsewhere is old)
    outcome = run(ctx, state.with_(step="origin"), ButtonPress("origin:XX"))
    assert outcome.state.step == "origin"
    outcome = run(ctx, state.with_(step="country"), ButtonPress("country:Atlantis"))
    assert outcome.state.country is None
    assert "country:TH" in all_button_data(outcome)


def test_an_unknown_language_button_asks_for_the_language_again(ctx):
    outcome = run(ctx, UserState(), ButtonPress("lang:fr"))
    assert outcome.state.language is None
    assert "lang:en" in all_button_data(outcome)


def test_a_switch_of_encoding_comes_with_one_tap_back(ctx):
    # Someone who chose Zawgyi and pastes a Unicode message gets Unicode replies, unreadable
    # on their phone: the button back is labelled in Latin letters too.
    chose = UserState(language="my", encoding="zawgyi", profile_asked=True)
    pasted = run(ctx, chose, typed(UNICODE_UNPAID))
    assert pasted.state.encoding is None
    assert button_data(pasted.replies[-1]) == ["lang:my:zawgyi"]
    assert "Zawgyi" in pasted.replies[-1].buttons[0][0].label
    back = run(ctx, pasted.state, ButtonPress("lang:my:zawgyi"))
    assert back.state.encoding == "zawgyi"
    # and the other way: a Unicode user's one Zawgyi message
    zawgyi = run(ctx, UserState(language="my", profile_asked=True), typed(ZAWGYI_UNPAID))
    assert button_data(zawgyi.replies[-1]) == ["lang:my"]
    # no offer when nothing changed
    same = run(ctx, pasted.state, typed(UNICODE_UNPAID))
    assert "lang:my:zawgyi" not in [d for r in same.replies for d in button_data(r)]
