"""The summary a person consents to names every organisation their case may reach: the one it
is sent to, and those a decline, a missed deadline or a wait may pass it to (exploratory test
7, finding 2: "exactly what will be sent to Alpha Aid", then the words and the phone number
went to Gamma Door). Send sends only under the route its summary named."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import run, said, text, tr

from bot.content import Catalog
from bot.content.partners import Route
from bot.dialogue.events import ButtonPress
from bot.dialogue.referral_summary import ROUTE
from bot.values import OpenCase, UserState

FORM = (
    ButtonPress("person"),
    text("agency ABC cheated me"),
    ButtonPress("ref:skip:place"),
    ButtonPress("ref:contact:bot"),
    ButtonPress("ref:urgent:no"),
)
SEND = ButtonPress("ref:send:ABC234")
ONWARD = "If {org} cannot take your case or does not answer in time, all of this may be sent to"


def person(origin: str | None, country: str | None, language: str = "en") -> UserState:
    return UserState(language=language, origin=origin, country=country, profile_asked=True)


def at(ctx, *connected: str):
    return replace(ctx, new_ref="ABC234", connected=frozenset(connected))


def with_routes(ctx, *extra: Route):
    """The fixture's partners with more routes, matched after its own (before the fallback)."""
    catalog, partners = ctx.catalog, ctx.catalog.partners
    routes = partners.model_copy(update={"routes": [*partners.routes, *extra]})
    return replace(ctx, catalog=Catalog(catalog.topics, catalog.entries, routes))


def summary_of(ctx, state: UserState) -> str:
    return said(run(ctx, state, *FORM))


def sent(ctx, state: UserState) -> OpenCase:
    [effect] = run(ctx, state, *FORM, SEND).effects
    assert isinstance(effect, OpenCase)
    return effect


@pytest.mark.parametrize("connected", [(), ("ALPHA", "GAMMA")])
def test_the_summary_names_the_organisation_the_case_may_be_passed_to(ctx, connected):
    """From Cambodia, in Thailand: sent to Alpha Aid; Gamma Door (the fallback) may get it.
    Connected or waiting, the person is told before Send, and the case carries that route."""
    body = summary_of(at(ctx, *connected), person("KH", "TH"))
    assert "This is exactly what will be sent to Alpha Aid (fixture):" in body
    line = ONWARD.format(org="Alpha Aid (fixture)") + " Gamma Door (fixture) instead."
    assert line in body.split("\n")
    assert sent(at(ctx, *connected), person("KH", "TH")).route == ("ALPHA", "GAMMA")


def test_the_organisations_are_named_in_the_persons_language(ctx):
    km = tr("km")
    body = summary_of(at(ctx), person("KH", "TH", "km"))
    msgid = ONWARD + " {other} instead."
    line = km.gettext(msgid).format(org="Alpha (fixture)", other="Gamma (fixture)")
    assert line != msgid.format(org="Alpha (fixture)", other="Gamma (fixture)")  # translated
    assert line in body and "Gamma Door" not in body


def test_a_case_sent_to_the_fallback_names_the_first_choice_that_may_connect_later(ctx):
    """Alpha Aid is not connected, so the case goes to Gamma Door; a decline there passes it
    to Alpha Aid once it is connected (cases.next_org tries every candidate not yet tried)."""
    body = summary_of(at(ctx, "GAMMA"), person("KH", "TH"))
    assert "This is exactly what will be sent to Gamma Door (fixture):" in body
    line = ONWARD.format(org="Gamma Door (fixture)") + " Alpha Aid (fixture) instead."
    assert line in body.split("\n")
    assert sent(at(ctx, "GAMMA"), person("KH", "TH")).route == ("GAMMA", "ALPHA")


@pytest.mark.parametrize(("origin", "country"), [(None, None), ("MM", "MY")])
def test_a_case_that_can_go_nowhere_else_says_nothing_more(ctx, origin, country):
    """Only the fallback matches: no other organisation can ever get the case (a guard: no
    such line before this change either)."""
    body = summary_of(at(ctx, "GAMMA"), person(origin, country))
    assert "This is exactly what will be sent to Gamma Door (fixture):" in body
    assert "cannot take your case" not in body and "instead" not in body
    assert sent(at(ctx, "GAMMA"), person(origin, country)).route == ("GAMMA",)


def test_two_others_are_both_named(ctx):
    two = with_routes(ctx, Route(origin="KH", partner="BETA"))
    body = summary_of(at(two, "ALPHA"), person("KH", "TH"))
    line = ONWARD.format(org="Alpha Aid (fixture)")
    line += " Beta Help (fixture) or Gamma Door (fixture) instead."
    assert line in body.split("\n")
    assert sent(at(two, "ALPHA"), person("KH", "TH")).route == ("ALPHA", "BETA", "GAMMA")


def test_more_than_two_others_are_another_partner_organisation(ctx):
    many = with_routes(ctx, Route(origin="KH", partner="BETA"), Route(origin="KH", partner="DELTA"))
    body = summary_of(at(many, "ALPHA"), person("KH", "TH"))
    line = ONWARD.format(org="Alpha Aid (fixture)") + " another partner organisation instead."
    assert line in body.split("\n")
    assert "Beta" not in body and "Delta" not in body and "Gamma" not in body
    effect = sent(at(many, "ALPHA"), person("KH", "TH"))
    assert effect.route == ("ALPHA", "BETA", "DELTA", "GAMMA")


def confirming(route: str | None) -> UserState:
    """At the Send of a summary that named `route` (None: a summary shown before summaries
    named the organisations a case may be passed to, in a form still open after the update)."""
    form = {"topic": "", "description": "agency ABC cheated me", "place": ""}
    form |= {"contact_method": "phone", "contact": "0812223333", "urgent": "", "ref": "ABC234"}
    form["profile"] = "KH>TH"
    if route is not None:
        form[ROUTE] = route
    return person("KH", "TH").with_(step="ref:confirm", form=form)


@pytest.mark.parametrize("route", [None, "GAMMA,ALPHA"])
def test_a_summary_that_named_another_route_sends_nothing_and_shows_the_new_one(ctx, route):
    """A summary from before this change (it named Alpha Aid alone), or one shown while only
    Gamma Door was connected: its Send opens nothing; the summary comes back with the route
    as it is now, and its own Send sends the case under that route."""
    outcome = run(at(ctx, "ALPHA", "GAMMA"), confirming(route), SEND)
    assert not outcome.effects
    body = said(outcome)
    assert body.startswith("Nothing is sent yet. To send it, press Send.")
    assert "This is exactly what will be sent to Alpha Aid (fixture):" in body
    assert ONWARD.format(org="Alpha Aid (fixture)") + " Gamma Door (fixture) instead." in body
    [effect] = run(at(ctx, "ALPHA", "GAMMA"), outcome.state, SEND).effects
    assert isinstance(effect, OpenCase) and effect.route == ("ALPHA", "GAMMA")


def test_an_inbox_connected_after_the_summary_brings_it_back_before_anything_is_sent(ctx):
    """The summary named Alpha Aid (not connected: the case would wait); Gamma Door connects
    before Send, so the case would now go there first: the person sees that before it does."""
    shown = run(at(ctx), person("KH", "TH"), *FORM)
    assert "sent to Alpha Aid (fixture):" in said(shown)
    outcome = run(at(ctx, "GAMMA"), shown.state, SEND)
    assert not outcome.effects
    assert "This is exactly what will be sent to Gamma Door (fixture):" in said(outcome)
    [effect] = run(at(ctx, "GAMMA"), outcome.state, SEND).effects
    assert isinstance(effect, OpenCase) and effect.route == ("GAMMA", "ALPHA")


def test_the_same_route_still_sends_at_the_first_press(ctx):
    """Nothing changed since the summary: one press of Send sends, as before (a guard)."""
    shown = run(at(ctx, "ALPHA"), person("KH", "TH"), *FORM)
    [effect] = run(at(ctx, "ALPHA"), shown.state, SEND).effects
    assert isinstance(effect, OpenCase) and effect.route == ("ALPHA", "GAMMA")


def test_nobody_connected_the_case_waits_for_any_organisation_named(ctx):
    """Nothing connected: the case waits, and moves on to an organisation named once its
    target passes and that one is connected (referrals/deadlines.py), so the summary does not
    say it waits for the first alone (exploratory test 7, a note of the deadline fix)."""
    body = summary_of(at(ctx), person("KH", "TH"))
    assert "your case waits until one of these organisations is" in body
    assert "will wait until they are" not in body


@pytest.mark.parametrize(("origin", "country"), [("MM", "JP"), (None, None)])
def test_with_no_other_organisation_the_case_waits_for_that_one(ctx, origin, country):
    """Only the fallback matches, not connected: it is the one the case waits for."""
    body = summary_of(at(ctx), person(origin, country))
    assert "This is exactly what will be sent to Gamma Door (fixture):" in body
    assert (
        "Gamma Door (fixture) is not connected to this bot yet: your case will wait until they are."
        in body
    )
    assert "one of these organisations" not in body
