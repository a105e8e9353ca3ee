"""Someone who said where they are from but skipped "Where are you now?" is asked only
"Where are you now?" when an answer needs the place (bot/dialogue/menu.py `answer`): in
danger, the question they already answered is not asked again before the numbers for their
place, and "Two short questions" is not said a second time. The answer that fits anyone (what
to do, a person) still comes first, then the one question, then the numbers. Real content,
real writing (broken English, Burmese, Khmer)."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, button_data, run, said, tr

from bot.dialogue.events import ButtonPress, Text
from bot.values import NluResult, UserState

DANGER = {
    "en": "help they beat me",
    "my": "ကယ်ပါ သူဌေး ရိုက်နေတယ်",
    "km": "ជួយផង គេវាយខ្ញុំ",
}


def typed(words: str, lang: str, *topics: str) -> Text:
    return Text(words, lang, None, NluResult(topics[0] if topics else None, 0.9, (), topics))


def from_only(lang: str, origin: str = "KH") -> UserState:
    """Where from given, "Where are you now?" skipped."""
    return UserState(language=lang, origin=origin, profile_asked=True)


@pytest.mark.parametrize("lang", ["en", "my", "km"])
def test_in_danger_only_where_now_is_asked(real, lang):
    outcome = run(real, from_only(lang), typed(DANGER[lang], lang, "emergency_help"))
    _ = tr(lang).gettext
    body = said(outcome)
    assert _("Where are you from?") not in body
    assert _("Two short questions, so my answers fit you. You can skip them.") not in body
    assert _("Where are you now?") in body
    assert outcome.state.step == "country"
    assert outcome.state.origin == "KH" and outcome.state.pending_topic == "emergency_help"
    # The answer that fits anyone comes first, with a person; the question last.
    assert button_data(outcome.replies[0])[0] == "person:emergency_help"
    assert outcome.replies[-1].text == _("Where are you now?")
    assert button_data(outcome.replies[-1])[0].startswith("country:")


def test_one_tap_then_the_numbers_for_that_place(real):
    first = run(real, from_only("en"), typed(DANGER["en"], "en", "emergency_help"))
    done = run(real, first.state, ButtonPress("country:TH"))
    assert said(done).startswith("🆘") and "1300" in said(done)
    assert done.state.origin == "KH" and done.state.country == "TH"
    assert done.state.pending_topic is None and done.state.step is None


def test_where_now_typed_after_it_is_read(real):
    first = run(real, from_only("en", "MM"), typed(DANGER["en"], "en", "emergency_help"))
    done = run(real, first.state, typed("malaysia", "en"))
    assert "999" in said(done)
    assert done.state.country == "MY"


def test_a_topic_that_can_wait_asks_only_where_now_too(real):
    outcome = run(real, from_only("my", "MM"), ButtonPress("topic:embassy_contact"))
    assert said(outcome) == tr("my").gettext("Where are you now?")
    assert "country:TH" in all_button_data(outcome)
    done = run(real, outcome.state, ButtonPress("country:MY"))
    embassy = real.catalog.entries["mm-embassy-kuala-lumpur"]
    assert embassy.phones and embassy.phones[0] in said(done)


def test_where_from_unknown_in_danger_asks_only_where_now(real):
    # Nothing known, in danger: "Where are you now?" alone (round 23B: the numbers came two
    # taps later); an arrest, whose answer names the embassy, still asks both.
    state = UserState(language="en")
    outcome = run(real, state, typed(DANGER["en"], "en", "emergency_help"))
    assert tr("en").gettext("Where are you from?") not in said(outcome)
    assert outcome.state.step == "country"
    arrest = run(real, state, typed("police took my husband", "en", "arrest_detention"))
    assert tr("en").gettext("Where are you from?") in said(arrest)
    assert arrest.state.step == "origin"
