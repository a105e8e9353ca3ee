"""A relative at home asking for someone abroad (explore10 x10a, finding F7): a mother in
Myanmar whose son was arrested in Thailand pressed Arrest or detention and read "Detained in
your home country, you or a family member?" with no button to the answer for Thailand, whose
embassy is the one she needs. At home, the arrest and embassy answers now offer the
countries abroad; a tap is that country's answer (its embassy), the profile unchanged."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said, text

from bot.dialogue.events import ButtonPress
from bot.values import UserState

ABROAD = ("TH", "MY", "KR", "JP", "SG")
EMBASSY = {("MM", "TH"): "Embassy of Myanmar, Bangkok", ("KH", "MY"): "Kuala Lumpur"}


@pytest.mark.parametrize("topic", ["arrest_detention", "embassy_contact"])
@pytest.mark.parametrize("origin", ["MM", "KH"])
def test_at_home_the_countries_abroad_are_offered(real, topic, origin):
    state = UserState(language="en", origin=origin, country=origin, profile_asked=True)
    shown = run(real, state, ButtonPress(f"topic:{topic}"))
    assert "Is the person abroad? Tap the country they are in." in said(shown)
    assert [f"here:{code}:{topic}" for code in ABROAD] == [
        data for data in all_button_data(shown) if data.startswith("here:")
    ]


@pytest.mark.parametrize(("origin", "country"), list(EMBASSY))
def test_a_tap_gives_that_countrys_embassy_and_keeps_the_profile(real, origin, country):
    state = UserState(language="en", origin=origin, country=origin, profile_asked=True)
    shown = run(real, state, ButtonPress("topic:arrest_detention"))
    tapped = run(real, shown.state, ButtonPress(f"here:{country}:arrest_detention"))
    assert EMBASSY[(origin, country)] in said(tapped)
    assert tapped.state.country == origin


def test_a_country_typed_right_after_is_the_tap(real):
    state = UserState(language="en", origin="MM", country="MM", profile_asked=True)
    shown = run(real, state, ButtonPress("topic:arrest_detention"))
    typed = run(real, shown.state, text("Thailand", "en"))
    assert "Embassy of Myanmar, Bangkok" in said(typed)


def test_abroad_nothing_more_is_offered(real):
    state = UserState(language="en", origin="MM", country="TH", profile_asked=True)
    shown = run(real, state, ButtonPress("topic:arrest_detention"))
    assert not [data for data in all_button_data(shown) if data.startswith("here:")]
    assert "Is the person abroad?" not in said(shown)


@pytest.mark.parametrize("lang", ["my", "km"])
def test_the_question_is_translated(real, lang):
    state = UserState(language=lang, origin="MM", country="MM", profile_asked=True)
    shown = run(real, state, ButtonPress("topic:arrest_detention"))
    assert "Is the person abroad?" not in said(shown)
    assert "here:TH:arrest_detention" in all_button_data(shown)
