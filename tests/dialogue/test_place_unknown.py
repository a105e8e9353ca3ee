"""Answers for someone who skipped "Where are you now?" (explore5 finding 22): an answer whose
offices abroad are in several countries listed all of them, every Myanmar embassy with every
phone (1,750-1,980 characters, four screens on a small phone). It now shows its general part
and the offices at home, and asks "Where are you now?" with a button for each country it has
offices in; a tap shows that country's, for that answer only."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said, tr

from bot.dialogue.events import ButtonPress
from bot.values import UserState

LANGS = ["my", "km", "en"]
EMBASSY_CITIES = ["Kuala Lumpur", "Seoul", "Tokyo", "Singapore 257996", "Bangkok 10500"]
ABROAD = ["TH", "MY", "KR", "JP", "SG"]


def skipped(lang: str, origin: str | None = "MM") -> UserState:
    return UserState(language=lang, origin=origin, country=None, profile_asked=True)


def asked(real, state: UserState, topic: str):
    """The answer to `topic`; a topic that needs the place asks again first, and is skipped
    again (menu.answer)."""
    outcome = run(real, state, ButtonPress(f"topic:{topic}"))
    if outcome.state.step == "origin":
        outcome = run(real, outcome.state, ButtonPress(f"origin:{state.origin}"))
        outcome = run(real, outcome.state, ButtonPress("country:skip"))
    return outcome


def where_now(lang: str) -> str:
    _ = tr(lang).gettext
    return f"{_('Where are you now?')} {_('Tap your country to see the offices there.')}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("topic", "origin", "home_phone"),
    [
        ("agency_complaint", "MM", "+95 67 430 183"),  # the Department of Labour at home
        ("reintegration_id", "MM", None),
        ("check_agency", "KH", None),  # asks both questions again first
        ("return_home", "KH", None),
    ],
)
def test_with_the_place_skipped_the_offices_abroad_wait_for_a_tap(
    real, lang, topic, origin, home_phone
):
    outcome = asked(real, skipped(lang, origin), topic)
    text = said(outcome)
    assert not any(city in text for city in EMBASSY_CITIES)
    assert where_now(lang) in text
    assert len(text) < 1400  # was 1,584 to 1,980
    if home_phone:
        assert home_phone in text  # offices at home serve them wherever they are
    data = all_button_data(outcome)
    assert [d for d in data if d.startswith("here:")] == [f"here:{c}:{topic}" for c in ABROAD]
    assert f"person:{topic}" in data and "menu" in data
    assert outcome.state.country is None


@pytest.mark.parametrize("lang", LANGS)
def test_a_tapped_country_shows_its_offices_and_keeps_the_profile(real, lang):
    outcome = run(real, skipped(lang), ButtonPress("here:MY:agency_complaint"))
    text = said(outcome)
    assert "Kuala Lumpur" in text and "+60 3 4251 4455" in text
    assert "Seoul" not in text and "Tokyo" not in text
    assert "+95 67 430 183" in text  # and the office at home, as for anyone in Malaysia
    assert where_now(lang) not in text
    assert not any(d.startswith("here:") for d in all_button_data(outcome))
    # For this answer only: the person chose not to say where they are.
    assert outcome.state.country is None


def test_with_the_place_known_the_answer_is_as_before(real):
    outcome = run(real, skipped("en").with_(country="MY"), ButtonPress("topic:agency_complaint"))
    assert "Kuala Lumpur" in said(outcome)
    assert where_now("en") not in said(outcome)
    assert not any(d.startswith("here:") for d in all_button_data(outcome))


def test_offices_in_one_country_abroad_are_still_shown(real):
    # Nothing to choose between: with one country abroad (or none), the answer is as before.
    outcome = run(real, skipped("en", origin=None), ButtonPress("topic:unpaid_wages"))
    assert where_now("en") not in said(outcome)
    assert not any(d.startswith("here:") for d in all_button_data(outcome))


@pytest.mark.parametrize("topic", ["emergency_help", "arrest_detention", "job_scams_trafficking"])
def test_the_urgent_answers_are_not_changed(real, topic):
    # They ask for the place themselves, after the answer that fits anyone.
    outcome = asked(real, skipped("en"), topic)
    assert where_now("en") not in said(outcome)
    assert not any(d.startswith("here:") for d in all_button_data(outcome))


@pytest.mark.parametrize(
    "data", ["here:XX:agency_complaint", "here:other:agency_complaint", "here:MY:nope", "here:"]
)
def test_a_forged_or_broken_place_button_gets_the_menu(real, data):
    outcome = run(real, skipped("en"), ButtonPress(data))
    assert tr("en").gettext("That button is old or not valid any more. Here is the menu.") in (
        said(outcome)
    )
