"""Round 37C: a currency said in passing points to a country, as a hint only."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled

from bot.dialogue import engine
from bot.dialogue.money_place import currency_place


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("boss cut 750 baht from my salary", "TH"),
        ("my boss not pay 300 ringgit overtime", "MY"),
        ("gaji tak bayar RM1500", "MY"),
        ("they pay 500000 won only", "KR"),
        ("นายจ้างหัก 750 บาท", "TH"),
    ],
)
def test_a_currency_points_to_its_country(text: str, code: str) -> None:
    assert currency_place(text) == code


@pytest.mark.parametrize(
    "text",
    ["i won the case", "we won", "my room is warm", "send 5000 baht as ringgit", "hello"],
)
def test_near_misses_point_nowhere(text: str) -> None:
    assert currency_place(text) is None


def test_the_hinted_country_comes_first_and_by_name(real: engine.Context) -> None:
    state = replace(settled(), country=None)
    outcome = run(real, state, read_as("my boss not pay 300 ringgit overtime", "unpaid_wages", 0.9))
    assert "Are you in Malaysia?" in said(outcome)
    here = [data for data in all_button_data(outcome) if data.startswith("here:")]
    assert here and here[0].startswith("here:MY")


def test_a_chosen_place_is_never_overridden(real: engine.Context) -> None:
    outcome = run(real, settled(country="MY"), read_as("boss cut 750 baht", "unpaid_wages", 0.9))
    assert "Are you in Thailand?" not in said(outcome)
