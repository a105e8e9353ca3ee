"""The description's join window (referral_form.JOIN_SECONDS) measures when the messages were
sent (Telegram's dates, Text.sent_at), not when the bot handles them (docs/user-testing.md,
"Still open"): after a backlog (a restart, a slow machine) messages sent together were
handled far apart and split, and messages sent far apart were handled together and joined.
Without a date (the console), the handling time stands for it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dialogue_helpers import run, said

from bot.dialogue.events import ButtonPress, Text
from bot.dialogue.referral_form import JOIN_SECONDS
from bot.values import UserState

T0 = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)
ADDED = "I added this to what happened."


def ready() -> UserState:
    return UserState(language="en", origin="MM", country="TH", profile_asked=True)


def handled(ctx, seconds: float):
    return replace(ctx, now=T0 + dt.timedelta(seconds=seconds))


def sent(words: str, seconds: float | None) -> Text:
    at = None if seconds is None else T0 + dt.timedelta(seconds=seconds)
    return Text(words, "en", None, None, sent_at=at)


def described(ctx, sent_seconds: float | None, handled_seconds: float):
    started = run(handled(ctx, handled_seconds - 30), ready(), ButtonPress("person"))
    return run(handled(ctx, handled_seconds), started.state, sent("my boss", sent_seconds))


def test_messages_sent_together_join_though_handled_late(ctx):
    # A backlog: sent 1 s apart, the second handled 40 s after the first.
    outcome = described(ctx, sent_seconds=0, handled_seconds=100)
    outcome = run(handled(ctx, 140), outcome.state, sent("did not pay me", 1))
    assert said(outcome).startswith(ADDED)
    assert outcome.state.form["description"] == "my boss\ndid not pay me"
    assert "place" not in outcome.state.form


def test_messages_sent_apart_do_not_join_though_handled_together(ctx):
    # Sent a minute apart, handled one right after the other once the backlog drains.
    outcome = described(ctx, sent_seconds=0, handled_seconds=100)
    outcome = run(handled(ctx, 100.5), outcome.state, sent("the farm near the river", 60))
    assert ADDED not in said(outcome)
    assert outcome.state.form["place"] == "the farm near the river"
    assert outcome.state.form["description"] == "my boss"


def test_each_message_added_starts_the_window_from_when_it_was_sent(ctx):
    outcome = described(ctx, sent_seconds=0, handled_seconds=100)
    outcome = run(handled(ctx, 140), outcome.state, sent("did not pay me", JOIN_SECONDS))
    outcome = run(handled(ctx, 141), outcome.state, sent("3 months", 2 * JOIN_SECONDS))
    assert outcome.state.form["description"] == "my boss\ndid not pay me\n3 months"


def test_without_a_date_the_handling_time_is_the_window(ctx):
    outcome = described(ctx, sent_seconds=None, handled_seconds=0)
    joined = run(handled(ctx, 1), outcome.state, sent("did not pay me", None))
    assert said(joined).startswith(ADDED)
    apart = run(handled(ctx, JOIN_SECONDS + 1), outcome.state, sent("Mae Sot", None))
    assert apart.state.form["place"] == "Mae Sot"
