"""A shared location (findings 4, 16 and 17 of explore5): it answers "Where are you now?"
when the point is surely in one of the bot's countries (an emergency's numbers then follow),
never "Where are you from?"; in the form it gives the country as the place; elsewhere it
lists offices in the country the point is in and near it, never across a border, and a
question waiting comes again. Coordinates are never kept."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, button_data, run, said, text, tr

from bot.dialogue.events import ButtonPress, Location
from bot.dialogue.point_country import country_at
from bot.dialogue.shared_location import NEAR_KM
from bot.values import CaseStatus, CaseView, UserState

KUALA_LUMPUR = Location(3.139, 101.687)
MAE_SOT = Location(16.71, 98.57)  # 5 km from Myanmar: not placed
YANGON = Location(16.84, 96.17)
OSAKA = Location(34.69, 135.50)
DESCRIPTION = "my boss not pay me 3 months"


def ready(origin: str | None = "MM", country: str | None = "TH") -> UserState:
    return UserState(language="en", origin=origin, country=country, profile_asked=True)


def in_an_emergency(real, *events):
    danger = text("help me boss locked me in room", topic="emergency_help")
    return run(real, UserState(language="en"), danger, *events)


def after_an_arrest(real, *events):
    """An arrest told with nothing known: its answer names the person's embassy, so both
    questions, "Where are you from?" first (in danger only "Where are you now?" is asked)."""
    arrest = text("police arrest my husband yesterday", topic="arrest_detention")
    return run(real, UserState(language="en"), arrest, *events)


@pytest.mark.parametrize(
    ("lat", "lon", "country"),
    [
        (13.75, 100.50, "TH"),  # Bangkok
        (13.55, 100.28, "TH"),  # Samut Sakhon
        (18.79, 98.99, "TH"),  # Chiang Mai
        (7.01, 100.47, "TH"),  # Hat Yai
        (3.139, 101.687, "MY"),  # Kuala Lumpur
        (5.41, 100.33, "MY"),  # Penang
        (1.29, 103.85, "SG"),
        (37.57, 126.98, "KR"),  # Seoul
        (35.10, 129.04, "KR"),  # Busan
        (35.69, 139.69, "JP"),  # Tokyo
        (34.69, 135.50, "JP"),  # Osaka
        (16.84, 96.17, "MM"),  # Yangon
        (21.97, 96.08, "MM"),  # Mandalay
        (11.56, 104.92, "KH"),  # Phnom Penh
        (13.36, 103.86, "KH"),  # Siem Reap
    ],
)
def test_a_point_well_inside_a_country_is_placed(lat, lon, country):
    assert country_at(lat, lon) == country


@pytest.mark.parametrize(
    ("lat", "lon"),
    [
        (16.71, 98.57),  # Mae Sot, 5 km from Myawaddy
        (16.69, 98.51),  # Myawaddy
        (13.66, 102.56),  # Poipet, on the Thai border
        (9.96, 98.63),  # Ranong, across from Kawthaung
        (1.46, 103.76),  # Johor Bahru, across from Singapore
        (17.97, 102.61),  # Vientiane (Laos)
        (10.78, 106.70),  # Ho Chi Minh City (Vietnam)
        (39.03, 125.75),  # Pyongyang
        (0.0, 0.0),
    ],
)
def test_a_point_near_a_border_or_elsewhere_is_not_placed(lat, lon):
    assert country_at(lat, lon) is None


def test_in_an_emergency_a_location_answers_where_are_you_now_with_its_numbers(real):
    outcome = in_an_emergency(real, KUALA_LUMPUR)  # the one question asked in danger
    assert outcome.state.country == "MY" and outcome.state.step is None
    assert outcome.state.pending_topic is None
    assert "999" in outcome.replies[0].text  # Malaysia's emergency number, first


def test_a_location_near_a_border_asks_where_are_you_now_again(real):
    outcome = in_an_emergency(real, MAE_SOT)
    assert outcome.state.country is None and outcome.state.step == "country"
    assert outcome.state.pending_topic == "emergency_help"  # the numbers still follow
    assert said(outcome).startswith("I cannot tell which country this location is in.")
    assert said(outcome).endswith(tr("en").gettext("Where are you now?"))
    assert "country:MY" in button_data(outcome.replies[-1])
    assert "Offices near you" not in said(outcome)


def test_a_location_answers_where_are_you_now_outside_an_emergency(real):
    asked = run(real, UserState(language="en"), ButtonPress("lang:en"), ButtonPress("origin:KH"))
    outcome = run(real, asked.state, Location(13.75, 100.50))
    assert outcome.state.country == "TH" and outcome.state.step is None
    assert said(outcome).startswith("This location is in Thailand.")


def test_a_location_is_no_answer_to_where_are_you_from(real):
    outcome = after_an_arrest(real, KUALA_LUMPUR)
    assert outcome.state.step == "origin" and outcome.state.origin is None
    assert outcome.state.country is None
    assert said(outcome).endswith(tr("en").gettext("Where are you from?"))
    assert "origin:MM" in all_button_data(outcome)


def test_a_pin_at_where_are_you_from_is_kept_for_the_answer_waiting(real):
    """Round 21C: "I am here, help", then the pin, at "Where are you from?": the point's
    country was dropped, and "Where are you now?" asked after the origin. Now the answer
    for the point's country follows the origin at once; the profile keeps no place. (In
    danger "Where are you now?" alone is asked since session 23: an arrest here.)"""
    pinned = after_an_arrest(real, KUALA_LUMPUR)
    assert said(pinned).startswith("This location is in Malaysia.")
    assert pinned.state.step == "origin" and pinned.state.country is None
    outcome = run(real, pinned.state, ButtonPress("origin:MM"))
    assert "Kuala Lumpur" in said(outcome)  # the Myanmar embassy there
    assert outcome.state.step is None and outcome.state.pending_topic is None
    assert outcome.state.country is None  # only the answer was for Malaysia
    assert tr("en").gettext("Where are you now?") not in said(outcome)


def test_a_pin_near_a_border_at_where_are_you_from_still_asks_where_you_are(real):
    outcome = after_an_arrest(real, MAE_SOT, ButtonPress("origin:MM"))
    assert outcome.state.step == "country"
    assert said(outcome).endswith(tr("en").gettext("Where are you now?"))


def form_at_place(ctx):
    events = (ButtonPress("person:unpaid_wages"), ButtonPress("ref:topic:unpaid_wages"))
    outcome = run(ctx, ready(), *events, text(DESCRIPTION))
    assert outcome.state.step == "ref:place"
    return outcome


def test_in_the_form_a_location_gives_its_city_and_country_as_the_place(ctx):
    outcome = run(ctx, form_at_place(ctx).state, KUALA_LUMPUR)
    assert (outcome.state.form or {})["place"] == "Kuala Lumpur, Malaysia"  # never coordinates
    assert outcome.state.step == "ref:contact"
    assert said(outcome).startswith("This location is in Kuala Lumpur, Malaysia.")
    summary = run(ctx, outcome.state, ButtonPress("ref:contact:bot"), ButtonPress("ref:urgent:no"))
    assert outcome.state.step != "ref:confirm" and summary.state.step == "ref:confirm"
    assert "Kuala Lumpur, Malaysia" in said(summary)  # shown before Send


def test_a_location_in_another_country_than_the_profile_says_so(ctx):
    # explore6, finding 5: Kuala Lumpur named, but the case went to a Thai organisation
    # with nothing said. Since round 10 (s14-route) the organisation is chosen for the place
    # (tests/dialogue/test_route_by_place.py); the profile is not changed without the person.
    outcome = run(ctx, form_at_place(ctx).state, KUALA_LUMPUR)
    assert said(outcome).startswith(
        "This location is in Kuala Lumpur, Malaysia.\nThe organisation is chosen for "
        "Malaysia, the place you gave. Your profile is not changed."
    )
    assert outcome.state.country == "TH"


def test_a_location_in_the_profiles_country_says_nothing_more(ctx):
    outcome = run(ctx, form_at_place(ctx).state, Location(15.7, 100.1))  # Nakhon Sawan
    assert said(outcome).startswith("This location is in Thailand.")
    assert "is chosen for" not in said(outcome)


def test_in_the_form_a_location_far_from_known_cities_gives_the_country(ctx):
    outcome = run(ctx, form_at_place(ctx).state, Location(15.7, 100.1))  # Nakhon Sawan
    assert (outcome.state.form or {})["place"] == "Thailand"


def test_in_the_form_a_location_near_a_border_asks_where_again(ctx):
    outcome = run(ctx, form_at_place(ctx).state, MAE_SOT)
    assert outcome.state.step == "ref:place" and "place" not in (outcome.state.form or {})
    assert said(outcome).startswith("I cannot tell which country this location is in.")
    assert "ref:skip:place" in button_data(outcome.replies[-1])


def test_at_another_form_question_the_question_comes_again_under_the_offices(ctx):
    started = run(ctx, ready(), ButtonPress("person:unpaid_wages"))
    at_description = run(ctx, started.state, ButtonPress("ref:topic:unpaid_wages"))
    outcome = run(ctx, at_description.state, MAE_SOT)
    assert "Offices near you" in said(outcome)
    assert outcome.state.step == "ref:description"
    assert outcome.replies[-1].text == at_description.replies[-1].text
    assert "ref:skip:description" in button_data(outcome.replies[-1])


def test_offices_are_only_those_in_the_country_the_point_is_in(real):
    outcome = run(real, ready(), KUALA_LUMPUR)
    offices = said(outcome)
    assert "Kuala Lumpur" in offices
    assert "Singapore" not in offices and "Mahachai" not in offices and "Bangkok" not in offices


def test_offices_across_a_border_are_never_listed(real):
    outcome = run(real, ready(), YANGON)
    assert "Mae Sot" not in said(outcome)


def test_with_no_office_near_the_nearest_of_the_country_are_said_as_such(real):
    outcome = run(real, ready(), OSAKA)
    first = outcome.replies[0].text
    assert first.startswith("I know no office near you yet.")
    assert "The nearest I know in Japan:" in first
    assert "Tokyo" in said(outcome) and "Seoul" not in said(outcome)
    assert "Chiang Mai" not in said(outcome)
    assert button_data(outcome.replies[-1]) == ["person", "menu"]


def test_far_from_everything_no_office_is_listed(real):
    outcome = run(real, ready(), Location(0.0, 0.0))
    assert said(outcome) == "I know no office near you yet."
    assert button_data(outcome.replies[-1]) == ["person", "menu"]


def test_near_a_border_the_profiles_country_is_used_and_offices_stay_near(real):
    outcome = run(real, ready(), MAE_SOT)
    assert "Mae Sot" in said(outcome)
    assert "Chiang Mai" not in said(outcome)  # 236 km: not near
    assert NEAR_KM < 236


def test_while_an_answer_to_a_caseworker_waits_it_is_asked_for_again(ctx):
    view = CaseView("ABC234", "unpaid_wages", "ALPHA", CaseStatus.ACCEPTED, "2026-11-20", True)
    waiting = replace(ctx, cases=(view,))
    writing = run(waiting, ready(), ButtonPress("ans:ABC234"))
    assert writing.state.step == "ans:ABC234"
    outcome = run(waiting, writing.state, MAE_SOT)
    assert outcome.state.step == "ans:ABC234"  # the location itself is not sent
    assert outcome.replies[-1].text == writing.replies[-1].text
    assert not outcome.effects
