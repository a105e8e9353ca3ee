"""The place a person said they are in a moment ago, for their next message that names none
(round 14C, a migrant abroad who needs help now). A profile for Thailand, "i am in osaka
japan, hand broken" got Japan's answer; the next message, "boss also not pay me", got
Thailand's hotlines 1546 and 1694, and "embassy" the embassy in Bangkok. Locked in "in
Johor", the emergency numbers were Thailand's. The answer shown last (Context.last_answer,
a few minutes, in memory) holds the place; the profile stays as it is."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, said

from bot.dialogue import engine
from bot.dialogue.events import ButtonPress
from bot.values import UserState

OSAKA = read_as("i am in osaka japan. hand broken at factory", "injury_health", 0.95)
NOT_PAID = read_as("boss also not pay me 2 month", "unpaid_wages", 0.95)
EMBASSY = read_as("which number embassy", "embassy_contact", 0.95)
JOHOR = read_as("im in johor now, boss keep my passport", "documents_confiscated", 0.95)
LOCKED = read_as("he lock door we cannot go out", "emergency_help", 0.9)
HUSBAND = read_as("my husband catch by police in singapore", "arrest_detention", 0.95)
THAI_LINES = ("1546", "1694", "1300", "Bangkok")


@pytest.fixture
def ctx(real: engine.Context) -> engine.Context:
    return real


def profile(origin: str = "MM", country: str | None = "TH") -> UserState:
    return UserState(language="en", origin=origin, country=country, profile_asked=True)


def next_to(ctx: engine.Context, first, state: UserState) -> tuple[engine.Context, UserState]:
    """The context and state of the next message, as the service makes them."""
    answered = engine.handle(first, state, ctx)
    assert answered.shown is not None
    return replace(ctx, last_answer=answered.shown), answered.state


def test_the_next_question_is_answered_for_the_place_said_not_the_profile(ctx):
    after, state = next_to(ctx, OSAKA, profile())
    outcome = engine.handle(NOT_PAID, state, after)
    asked_there = engine.handle(
        read_as("boss not pay me 2 month, i am in japan", "unpaid_wages", 0.95), profile(), ctx
    )
    assert said(outcome) == said(asked_there)
    assert not any(line in said(outcome) for line in THAI_LINES)
    assert outcome.state.country == "TH", "the profile is not changed"


def test_the_place_holds_for_a_third_message_and_for_the_buttons(ctx):
    after, state = next_to(ctx, OSAKA, profile())
    second = engine.handle(NOT_PAID, state, after)
    assert second.shown is not None and ":JP:" in second.shown
    third = engine.handle(EMBASSY, second.state, replace(ctx, last_answer=second.shown))
    assert "Embassy of Myanmar, Tokyo" in said(third)
    assert "Bangkok" not in said(third)
    # A topic under the answer answers for Japan too.
    tapped = [data for data in all_button_data(second) if data.startswith("at:")]
    assert tapped, all_button_data(second)
    again = engine.handle(ButtonPress(tapped[0]), second.state, ctx)
    assert not any(line in said(again) for line in ("1546", "1694"))


def test_locked_in_right_after_naming_johor_gets_malaysias_numbers(ctx):
    after, state = next_to(ctx, JOHOR, profile(origin="KH"))
    outcome = engine.handle(LOCKED, state, after)
    assert "999" in said(outcome)
    assert not any(line in said(outcome) for line in ("1300", "1800 010 181"))


def test_a_place_named_in_the_new_words_wins(ctx):
    after, state = next_to(ctx, OSAKA, profile())
    outcome = engine.handle(
        read_as("and in thailand boss not pay", "unpaid_wages", 0.95), state, after
    )
    assert "1546" in said(outcome)


def test_a_relatives_place_is_not_taken_as_the_writers(ctx):
    """ "my husband ... in singapore": the husband is there, the writer maybe not."""
    after, state = next_to(ctx, HUSBAND, profile())
    outcome = engine.handle(NOT_PAID, state, after)
    assert "1546" in said(outcome)


def test_without_an_answer_shortly_before_the_profile_holds(ctx):
    outcome = engine.handle(NOT_PAID, profile(), ctx)
    assert "1546" in said(outcome)


def test_a_topic_tapped_in_the_menu_right_after_is_for_that_place_too(ctx):
    """Menu, Embassy and emergency help, Embassy: the embassy in Bangkok (round 14C)."""
    after, state = next_to(ctx, OSAKA, profile())
    tapped = engine.handle(ButtonPress("topic:embassy_contact"), state, after)
    assert "Embassy of Myanmar, Tokyo" in said(tapped)
    assert "Bangkok" not in said(tapped)
    assert tapped.shown is not None and ":JP:" in tapped.shown


def test_the_place_said_with_danger_words_holds_for_the_next_message(ctx):
    # Danger words with no topic read: the emergency answer for Johor. Its place was not
    # kept ("topic:emergency_help"), so "which number embassy" next got Bangkok.
    danger = read_as("im in johor now, they lock us in the room, help", None, 0.2)
    answered = engine.handle(danger, profile(), ctx)
    assert answered.urgent and answered.shown is not None and ":MY:MY" in answered.shown
    embassy = engine.handle(EMBASSY, answered.state, replace(ctx, last_answer=answered.shown))
    assert "Kuala Lumpur" in said(embassy) and "Bangkok" not in said(embassy)
