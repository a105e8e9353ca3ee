"""A case about someone elsewhere goes where that person is (round 10, x10a, F8): a mother in
Myanmar (profile Myanmar/Myanmar) writing about her daughter in Thailand answered "Where are
you? If you write for someone else, where are they?" with "Thailand", and the case went by
her profile to the fallback organisation. When the form's place surely names a country (its
button, a shared location, the name typed alone or "I am in Thailand"), the route is chosen
for that country and the summary says so; the profile is never changed. In the fixture,
Myanmar in Thailand goes to BETA, then GAMMA (the fallback); anything else to GAMMA."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import run, said, text, tr

from bot.dialogue.events import ButtonPress, Event, Location
from bot.values import OpenCase, UserState

CHOSEN = "The organisation is chosen for {place}, the place you gave. Your profile is not changed."
BANGKOK = Location(13.75, 100.5)


def profile(origin: str | None, country: str | None) -> UserState:
    return UserState(language="en", origin=origin, country=country, profile_asked=True)


def summary(ctx, state: UserState, place: Event):
    events = (
        ButtonPress("person"),
        text("My daughter works there. She stopped answering her phone."),
        place,
        ButtonPress("ref:contact:bot"),
        ButtonPress("ref:urgent:no"),
    )
    outcome = run(replace(ctx, new_ref="ABC234"), state, *events)
    assert outcome.state.step == "ref:confirm"
    return outcome


def sent(ctx, state: UserState, place: Event) -> tuple[OpenCase, UserState]:
    outcome = run(ctx, summary(ctx, state, place).state, ButtonPress("ref:send:ABC234"))
    [effect] = outcome.effects
    assert isinstance(effect, OpenCase)
    return effect, outcome.state


IN_THAILAND = (text("Thailand"), text("I am in Bangkok"), text("🇹🇭"), BANGKOK)


@pytest.mark.parametrize("place", IN_THAILAND, ids=["name", "sentence", "flag", "location"])
def test_a_place_in_another_country_routes_the_case_there(ctx, place):
    body = said(summary(ctx, profile("MM", "MM"), place))
    assert body.startswith("This is exactly what will be sent to Beta Help (fixture):")
    assert "\nFrom: Myanmar · Now in: Thailand\n" in body
    assert "sent to Gamma Door (fixture) instead." in body  # the fallback, named too
    assert CHOSEN.format(place="Thailand") in body
    effect, state = sent(ctx, profile("MM", "MM"), place)
    assert effect.route == ("BETA", "GAMMA")
    assert (effect.origin, effect.country) == ("MM", "TH")
    assert (state.origin, state.country) == ("MM", "MM")  # the profile is not changed


def test_a_place_with_no_profile_country_routes_the_case_there(ctx):
    effect, state = sent(ctx, profile("MM", None), text("Chiang Mai"))
    assert effect.route == ("BETA", "GAMMA") and effect.country == "TH"
    assert state.country is None


def test_a_place_away_from_the_profiles_country_takes_the_case_away_from_there(ctx):
    """A worker in Thailand writing about a friend in Malaysia: not to the organisation for
    Thailand, and the summary says for which place it is chosen."""
    body = said(summary(ctx, profile("MM", "TH"), text("Kuala Lumpur")))
    assert body.startswith("This is exactly what will be sent to Gamma Door (fixture):")
    assert "Beta Help" not in body
    assert CHOSEN.format(place="Malaysia") in body
    effect, _ = sent(ctx, profile("MM", "TH"), text("Kuala Lumpur"))
    assert effect.route == ("GAMMA",) and effect.country == "MY"


@pytest.mark.parametrize(
    "place",
    [
        text("Mandalay"),  # no country the bot knows
        text("Thailand or Malaysia"),  # two: never a guess
        text("my daughter left Thailand"),  # a sentence about more than where: not sure
        ButtonPress("ref:skip:place"),
        ButtonPress("ref:place:MM"),  # the profile's own country
        text("Myanmar"),
    ],
)
def test_a_place_naming_no_other_country_keeps_the_profiles_route(ctx, place):
    body = said(summary(ctx, profile("MM", "MM"), place))
    assert body.startswith("This is exactly what will be sent to Gamma Door (fixture):")
    assert "\nFrom: Myanmar · Now in: Myanmar\n" in body
    assert "is chosen for" not in body
    effect, _ = sent(ctx, profile("MM", "MM"), place)
    assert effect.route == ("GAMMA",) and effect.country == "MM"


def test_a_place_changed_routes_by_the_new_answer(ctx):
    """Change, Where, Skip: the country the first answer named goes with it."""
    first = summary(ctx, profile("MM", "MM"), text("Thailand"))
    presses = (ButtonPress("ref:change"), ButtonPress("ref:edit:place"))
    asked = run(ctx, first.state, *presses)
    assert asked.state.step == "ref:place"
    again = run(ctx, asked.state, ButtonPress("ref:skip:place"))
    body = said(again)
    assert body.startswith("This is exactly what will be sent to Gamma Door (fixture):")
    assert "is chosen for" not in body
    outcome = run(ctx, again.state, ButtonPress("ref:send:ABC234"))
    [effect] = outcome.effects
    assert isinstance(effect, OpenCase) and effect.route == ("GAMMA",)


@pytest.mark.parametrize(("lang", "thailand"), [("my", "ထိုင်း"), ("km", "ថៃ")])
def test_a_place_typed_in_burmese_or_khmer_routes_the_case_and_says_so_in_it(ctx, lang, thailand):
    state = profile("MM", "MM").with_(language=lang)
    body = said(summary(ctx, state, text(thailand, lang)))
    chosen = tr(lang).gettext(CHOSEN).format(place=tr(lang).gettext("Thailand"))
    assert chosen in body and chosen != CHOSEN.format(place="Thailand")
    effect, _ = sent(ctx, state, text(thailand, lang))
    assert effect.route == ("BETA", "GAMMA") and effect.country == "TH"


def test_a_place_that_moves_no_organisation_is_shown_without_the_note(ctx):
    """Myanmar/Myanmar with the daughter in Malaysia: the fallback either way (no partner
    works there). "Now in" is the place the case is about; "chosen for Malaysia" would read
    as if the fallback worked there, so it is not said."""
    body = said(summary(ctx, profile("MM", "MM"), text("Kuala Lumpur")))
    assert body.startswith("This is exactly what will be sent to Gamma Door (fixture):")
    assert "\nFrom: Myanmar · Now in: Malaysia\n" in body
    assert "is chosen for" not in body
    effect, _ = sent(ctx, profile("MM", "MM"), text("Kuala Lumpur"))
    assert effect.route == ("GAMMA",) and effect.country == "MY"
