"""Alerts end with the profile, and the person is told so (exploratory test 7, finding 8).

Retention deletes a profile not used for RETENTION_PROFILE_DAYS (users.last_seen_at, which
moves when the person writes or presses a button), and its subscription with it. A
subscriber who only reads alerts lost them after a year, told nothing, while /privacy said
they last "until you stop them". Decision: a delivered alert is not counted as use (that
would keep a profile longer than the person's last action); /privacy, the subscription's
confirmation and /alerts say it instead: alerts stop after that many days without a
message from the person, and writing anything keeps them.
"""

from __future__ import annotations

import dataclasses

import pytest
from dialogue_helpers import run, said, tr

from bot.content.alerts import ALERT_TOPICS
from bot.dialogue.events import ButtonPress, Command
from bot.values import Subscription, UserState

KEEP = "Alerts stop after {days} days without a message from you. Write anything to keep them."


def ready(lang: str) -> UserState:
    return UserState(language=lang, origin="MM", country="TH", profile_asked=True)


def said_in(lang: str, days: int) -> str:
    return tr(lang).gettext(KEEP).format(days=tr(lang).number(days))


@pytest.mark.parametrize("lang", ["my", "km", "en"])
def test_privacy_says_when_alerts_stop(ctx, lang):
    short = dataclasses.replace(ctx, profile_days=200)
    assert said_in(lang, 200) in said(run(short, ready(lang), Command("privacy")))


@pytest.mark.parametrize("lang", ["my", "km", "en"])
def test_the_subscription_confirmation_and_alerts_say_it(ctx, lang):
    subscribed = run(ctx, ready(lang), ButtonPress("al:sub"))
    assert said_in(lang, ctx.profile_days) in said(subscribed)
    sub = Subscription("MM", "TH", ALERT_TOPICS)
    shown = run(dataclasses.replace(ctx, subscription=sub), ready(lang), Command("alerts"))
    assert said_in(lang, ctx.profile_days) in said(shown)
    assert lang == "en" or KEEP.split("{")[0] not in said(shown)  # translated


def test_nothing_about_it_to_someone_not_subscribed_in_alerts(ctx):
    assert "Write anything to keep them" not in said(run(ctx, ready("en"), Command("alerts")))
