"""Someone who only taps buttons is never left without one (round 15B): "Stop all alerts"
(and /stop) answered "Done. ... Send /alerts to subscribe again." with no button at all,
"No" to the alerts offer "OK. I will not send you alerts ..." too, and the alert settings
had no way back to the menu. A person who cannot read the command had to scroll up to an
older message. Each now ends with the Menu button."""

from __future__ import annotations

import dataclasses

import pytest
from dialogue_helpers import all_button_data, run, tr

from bot.content.alerts import ALERT_TOPICS
from bot.dialogue.events import ButtonPress, Command
from bot.values import Subscription, UserState

LANGS = ["my", "km", "en"]
SUBSCRIBED = Subscription("KH", "TH", ALERT_TOPICS)


def ready(lang: str) -> UserState:
    return UserState(language=lang, origin="KH", country="TH", profile_asked=True)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "event",
    [ButtonPress("al:stop"), Command("stop"), ButtonPress("al:no"), ButtonPress("al:sub")],
    ids=["stop-button", "stop-command", "no-thanks", "subscribed"],
)
def test_the_alerts_answers_end_with_the_menu_button(ctx, lang, event):
    context = dataclasses.replace(ctx, subscription=SUBSCRIBED)
    outcome = run(context, ready(lang), event)
    last = outcome.replies[-1]
    assert "menu" in [button.data for row in last.buttons for button in row]
    labels = [button.label for row in last.buttons for button in row]
    assert tr(lang).gettext("Menu") in labels


def test_stop_keeps_its_command_said_and_ends_alerts(ctx):
    context = dataclasses.replace(ctx, subscription=SUBSCRIBED)
    outcome = run(context, ready("en"), ButtonPress("al:stop"))
    assert "/alerts" in outcome.replies[-1].text
    assert all_button_data(outcome) == ["al:show", "menu"]  # Alerts beside Menu: round 38C
