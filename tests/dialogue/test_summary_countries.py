"""The summary a person consents to says where they are from and where they are now, when the
profile knows it, and Send sends exactly that (docs/user-testing.md: a caseworker had to ask
again before naming the right embassy or hotline)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import run, said, text, tr

from bot.dialogue.events import ButtonPress
from bot.values import OpenCase, UserState

FORM = (
    ButtonPress("person"),
    text("my boss did not pay"),
    ButtonPress("ref:skip:place"),
    ButtonPress("ref:contact:bot"),
    ButtonPress("ref:urgent:no"),
)


def profile(origin: str | None, country: str | None, language: str = "en") -> UserState:
    return UserState(language=language, origin=origin, country=country, profile_asked=True)


def summary_of(ctx, state: UserState) -> str:
    return said(run(replace(ctx, new_ref="ABC234"), state, *FORM))


def sent(ctx, state: UserState) -> OpenCase:
    outcome = run(replace(ctx, new_ref="ABC234"), state, *FORM, ButtonPress("ref:send:ABC234"))
    [effect] = outcome.effects
    assert isinstance(effect, OpenCase)
    return effect


def test_the_summary_names_where_the_person_is_from_and_is_now(ctx):
    body = summary_of(ctx, profile("MM", "TH"))
    assert "This is exactly what will be sent to" in body
    assert "\nFrom: Myanmar · Now in: Thailand\n" in body


def test_the_countries_are_named_in_the_persons_language(ctx):
    my = tr("my")
    body = summary_of(ctx, profile("MM", "TH", "my"))
    line = my.gettext("From: {value}").format(value=my.gettext("Myanmar"))
    line += " · " + my.gettext("Now in: {value}").format(value=my.gettext("Thailand"))
    assert line in body and "Myanmar" not in body and "From:" not in body


@pytest.mark.parametrize(
    ("origin", "country", "line"),
    [("MM", None, "\nFrom: Myanmar\n"), (None, "MY", "\nNow in: Malaysia\n")],
)
def test_only_the_half_the_profile_knows_is_shown_and_sent(ctx, origin, country, line):
    body = summary_of(ctx, profile(origin, country))
    assert line in body and " · " not in line
    effect = sent(ctx, profile(origin, country))
    assert (effect.origin, effect.country) == (origin, country)


def test_a_skipped_profile_shows_no_countries_and_is_not_asked_again(ctx):
    """As before the countries were in the summary (a guard: it passed then too)."""
    body = summary_of(ctx, profile(None, None))
    assert "From:" not in body and "Now in:" not in body
    assert "Where are you from?" not in body
    effect = sent(ctx, profile(None, None))
    assert (effect.origin, effect.country) == (None, None)


def confirming(form_profile: str | None, state: UserState) -> UserState:
    """At the summary's Send, with what that summary showed of the profile (None: a summary
    shown before the countries were in it)."""
    form = {"topic": "", "description": "x", "place": "", "contact_method": "bot"}
    form |= {"contact": "", "urgent": "", "ref": "ABC234"}
    if form_profile is not None:
        form["profile"] = form_profile
    return state.with_(step="ref:confirm", form=form)


@pytest.mark.parametrize("seen", [None, "MM>TH"])
def test_countries_the_person_did_not_see_are_not_sent(ctx, seen):
    """A summary shown before this change (no countries in it), or before the profile
    changed: Send shows the summary again, and the next Send sends what it shows."""
    state = confirming(seen, profile("MM", "MY"))
    outcome = run(replace(ctx, new_ref="ABC234"), state, ButtonPress("ref:send:ABC234"))
    assert not outcome.effects
    body = said(outcome)
    assert body.startswith("Nothing is sent yet. To send it, press Send.")
    assert "From: Myanmar · Now in: Malaysia" in body
    again = run(ctx, outcome.state, ButtonPress("ref:send:ABC234"))
    [effect] = again.effects
    assert isinstance(effect, OpenCase) and (effect.origin, effect.country) == ("MM", "MY")


def china_form(place_step: object) -> tuple[object, ...]:
    return (
        ButtonPress("person"),
        text("husband family lock me in house, not let me go out"),
        place_step,
        ButtonPress("ref:contact:bot"),
        ButtonPress("ref:urgent:no"),
    )


@pytest.mark.parametrize(
    "place_step",
    [text("China"), text("ចិន"), text("တရုတ်မှာ")],  # China, in Khmer and Burmese
)
def test_a_place_in_a_country_not_covered_is_not_sent_as_the_profiles(ctx, place_step):
    """Round 25A: a woman locked in in China, with a profile in Thailand, was sent to the
    caseworker as "Now in: Thailand". The card says Other country; who may get the case is
    chosen as before (the partners decide who takes a case from China)."""
    state = profile("KH", "TH")
    got = run(replace(ctx, new_ref="ABC234"), state, *china_form(place_step))
    assert "Now in: Other country" in said(got) and "Thailand" not in said(got)
    done = run(
        replace(ctx, new_ref="ABC234"),
        state,
        *china_form(place_step),
        ButtonPress("ref:send:ABC234"),
    )
    [effect] = done.effects
    assert isinstance(effect, OpenCase) and effect.country == "other"
    assert effect.route == sent(ctx, state).route


def test_a_story_from_a_country_not_covered_with_no_place_is_not_sent_as_the_profiles(ctx):
    state = profile("MM", "TH")
    story = (
        ButtonPress("person"),
        text("i am in china, husband family lock me in house"),
        ButtonPress("ref:skip:place"),
        ButtonPress("ref:contact:bot"),
        ButtonPress("ref:urgent:no"),
        ButtonPress("ref:send:ABC234"),
    )
    [effect] = run(replace(ctx, new_ref="ABC234"), state, *story).effects
    assert isinstance(effect, OpenCase) and effect.country == "other"


def test_a_covered_place_or_none_keeps_the_profiles_country(ctx):
    assert sent(ctx, profile("MM", "TH")).country == "TH"  # "my boss did not pay", no place
    state = profile("MM", "TH")
    form = china_form(text("Mae Sot"))
    [effect] = run(
        replace(ctx, new_ref="ABC234"), state, *form, ButtonPress("ref:send:ABC234")
    ).effects
    assert isinstance(effect, OpenCase) and effect.country == "TH"
