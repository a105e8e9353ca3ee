"""An old button pressed when no language is known any more: after /delete_my_data, or after
a profile was deleted for a year without use, the keyboards older than 48 hours are still on
the phone. Its refusal came in English ("That button is old ... Here is the menu." and an
English menu), to people who chose Burmese or Khmer (exploratory test 10): now the greeting
in the three languages with the language buttons, as /start and the menu button give."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said

from bot.dialogue.events import ButtonPress
from bot.values import UserState

STALE_EN = "That button is old or not valid any more."
OLD_BUTTONS = [
    "ans:ABC234",  # Answer under a caseworker's message
    "wd:ABC234",  # Withdraw from /mycases
    "wd:ABC234:yes",
    "rel:ABC234",  # Send at "Send this to <org>?"
    "ref:send:ABC234",  # Send under a form's summary
    "ref:resume",  # Continue it
    "mine:nothing",  # a button of the menu's privacy submenu that does not exist
    "nonsense",
]


@pytest.mark.parametrize("data", OLD_BUTTONS)
def test_an_old_button_with_no_language_known_asks_for_the_language(ctx, data):
    outcome = run(ctx, UserState(), ButtonPress(data))
    assert STALE_EN not in said(outcome)
    assert {"lang:my", "lang:km", "lang:en"} <= set(all_button_data(outcome))


@pytest.mark.parametrize("data", ["ans:ABC234", "nonsense"])
def test_with_a_language_the_old_button_is_still_explained(ctx, data):
    outcome = run(ctx, UserState(language="en", profile_asked=True), ButtonPress(data))
    assert STALE_EN in said(outcome)
