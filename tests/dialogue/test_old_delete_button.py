"""An old "Yes, delete everything" (round 31A's still open): /delete_my_data answered No, and
weeks later the same question's Yes, scrolled past and pressed by mistake, deleted everything
at once, open cases withdrawn. The Yes now carries the minute it was asked and deletes only
within FRESH_MINUTES; an older one says so, deletes nothing, and names the command."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, run, said, settled, tr

from bot.dialogue import my_data
from bot.dialogue.events import ButtonPress, Command
from bot.values import DeleteMyData

ASKED = dt.datetime(2026, 12, 7, 10, 0, tzinfo=dt.UTC)
OLD = (
    "That button is old, so nothing was deleted. To delete everything about you, send "
    "/delete_my_data again."
)


def _yes(ctx, state):
    asked = run(replace(ctx, now=ASKED), state, Command("delete_my_data"))
    [yes] = [d for d in all_button_data(asked) if d.startswith("del:yes")]
    return asked, yes


@pytest.mark.parametrize("lang", ["en", "my", "km"])
def test_a_yes_pressed_weeks_later_deletes_nothing(real, lang):
    asked, yes = _yes(real, settled(lang))
    assert yes != "del:yes"  # the minute is in it
    later = replace(real, now=ASKED + dt.timedelta(days=20))
    got = run(later, asked.state, ButtonPress(yes))
    assert not got.effects
    assert got.state == asked.state
    assert said(got) == tr(lang).gettext(OLD)
    assert tr(lang).gettext(OLD) != OLD or lang == "en"


@pytest.mark.parametrize("minutes", [0, 1, my_data.FRESH_MINUTES])
def test_a_yes_pressed_soon_after_deletes(real, minutes):
    asked, yes = _yes(real, settled())
    soon = replace(real, now=ASKED + dt.timedelta(minutes=minutes))
    got = run(soon, asked.state, ButtonPress(yes))
    assert got.effects == (DeleteMyData(),)


@pytest.mark.parametrize("data", ["del:yes:abc", "del:yes:١٢٣", "del:yes:" + "9" * 40, "del:no"])
def test_forged_data_deletes_nothing(real, data):
    got = run(replace(real, now=ASKED), settled(), ButtonPress(data))
    assert not got.effects
