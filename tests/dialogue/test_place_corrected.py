"""A place said right after an answer for another place (round 13A, left open until session
18): "I am in Malaysia" right after the answer for Thailand got "Sorry, I did not understand"
with that answer's button for Malaysia, one tap further; "no, I am in Malaysia, not Thailand"
named two countries, so the button stayed on Thailand. Now the answer for the place said
comes at once, the profile unchanged, with a button that keeps the place as where the person
is now."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled

from bot.dialogue.events import ButtonPress
from bot.dialogue.places import mentioned
from bot.values import Asked

AFTER_THAILAND = "topic:unpaid_wages"  # the answer just shown, for the profile's Thailand


@pytest.mark.parametrize(
    "words",
    ["I am in Malaysia", "no, I am in Malaysia, not Thailand", "sorry i am in malaysia now"],
)
def test_a_place_said_after_an_answer_gets_that_answer_there(real, words):
    ctx = replace(real, last_answer=AFTER_THAILAND)
    got = run(ctx, settled(), read_as(words, None, 0.2))
    assert said(got).startswith("Unpaid wages") and "In Malaysia:" in said(got)
    assert "did not understand" not in said(got)
    assert "now:MY" in all_button_data(got)
    assert got.state.country == "TH"  # the profile keeps its place until the tap
    assert got.tally is not None and (got.tally.asked, got.tally.topic) == (
        Asked.ANSWERED,
        "unpaid_wages",
    )
    kept = run(ctx, got.state, ButtonPress("now:MY"))
    assert kept.state.country == "MY"


@pytest.mark.parametrize(
    ("words", "last"),
    [
        ("I am in Thailand", AFTER_THAILAND),  # the place it was for: read as before
    ],
)
def test_otherwise_it_is_read_as_before(real, words, last):
    got = run(replace(real, last_answer=last), settled(), read_as(words, None, 0.2))
    assert "now:MY" not in all_button_data(got)
    assert not said(got).startswith("Unpaid wages")


def test_with_no_answer_shown_the_place_is_kept_with_one_tap_back(real):
    # No answer to give again for the place: since round 19B, the place is kept as where the
    # person is now, with "No, I am still in Thailand" (tests/dialogue/test_coming_back.py).
    got = run(replace(real, last_answer=None), settled(), read_as("I am in Malaysia", None, 0.2))
    assert got.state.country == "MY" and "now:TH" in all_button_data(got)
    assert not said(got).startswith("Unpaid wages")


def test_an_old_remember_button_for_no_country_changes_nothing(real):
    got = run(real, settled(), ButtonPress("now:XX"))
    assert got.state.country == "TH"


@pytest.mark.parametrize(
    ("words", "country"),
    [
        ("no, I am in Malaysia, not Thailand", "MY"),
        ("not in thailand", None),
        ("i am no longer in korea, now in japan", "JP"),
        ("myanmar embassy in bangkok", "TH"),
    ],
)
def test_a_place_said_not_to_be_the_one_is_not_read(words, country):
    assert mentioned(words).country == country


def test_a_nationality_typed_alone_is_no_place_to_remember(real):
    # "Myanmar" alone after the answer for a Cambodian in Thailand: the answer for a
    # Myanmar national there, but no "I am in Myanmar now" (it names no place they are in).
    ctx = replace(real, last_answer=AFTER_THAILAND)
    cambodian = replace(settled(), origin="KH")
    got = run(ctx, cambodian, read_as("Myanmar", None, 0.2))
    assert "now:MM" not in all_button_data(got)
    home = run(ctx, cambodian, read_as("I am in Cambodia now", None, 0.2))
    assert "now:KH" in all_button_data(home)
