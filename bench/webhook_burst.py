"""The burst in webhook mode (issue 11, items 2 and 3): 600 users at once, 10 in danger, with
the fake Bot API enforcing Telegram's limits, delivered to one `python -m bot run --webhook`
process as Telegram delivers a webhook: up to 40 connections at once (`max_connections`'
default), each update POSTed until it is acknowledged.

Why a second burst: polling can only see 100 unacknowledged updates ahead (getUpdates' limit),
and the bot acknowledges an update only once it was handled; an emergency 550th in a burst is
not even fetched before ~450 were handled, whatever the lanes do. A webhook stores every
update before its 200, so the whole burst is in the database at once and danger is claimed
first. A message's latency runs from the first POST of its update to the first reply.
The same real Rasa and the bot's own SQLite database as the polling scenarios.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bench.instances import Instance, accept_set_webhook
from bench.scenarios import (
    STEADY_RATE,
    STEADY_S,
    Context,
    Result,
    burst_plan,
    burst_texts,
    patience,
    report_burst,
    report_latency,
)
from bench.stack import bot_settings
from bench.traffic import Traffic, paced
from bench.webhook import Telegram, webhook_missing
from tests.fakes import FakeTelegram

CONNECTIONS = 40  # Telegram's default max_connections for a webhook
WARM_UP = 12


@contextlib.contextmanager
def one_instance(ctx: Context, name: str) -> Iterator[Telegram]:
    """One `python -m bot run --webhook` process (SQLite) against a fresh fake Bot API,
    warmed up; yields the harness that POSTs updates to it as Telegram would."""
    home = ctx.workdir / name
    with FakeTelegram() as tg:
        accept_set_webhook(tg)
        instance = Instance(name, bot_settings(tg, home, ctx.nlu_url, **ctx.settings), home)
        telegram = Telegram(tg, [instance])
        try:
            instance.start()
            warm_up(ctx, telegram)
            yield telegram
        finally:
            telegram.close()
            instance.stop()


def poster(telegram: Telegram, traffic: Traffic) -> Callable[[dict[str, Any]], None]:
    """POSTs an update until acknowledged; its message's latency counts from the first POST."""

    def post(update: dict[str, Any]) -> None:
        traffic.sent_at[update["message"]["chat"]["id"]] = time.monotonic()
        telegram.deliver(update)

    return post


def burst_webhook(ctx: Context) -> list[Result]:
    count, where = burst_plan(ctx)
    title = f"burst of {count} in webhook mode (one instance, SQLite), {len(where)} emergencies"
    reason = webhook_missing(needs_pg=False)
    if reason is not None:
        return [Result(title, skipped=reason)]
    result = Result(title)
    with one_instance(ctx, "burst-webhook") as telegram:
        tg = telegram.tg
        limits = tg.enforce_limits()
        traffic = Traffic(tg)
        updates: list[dict[str, Any]] = []
        for text, label in burst_texts(ctx, count, where):
            user = ctx.next_user()
            updates.append(telegram.update(user, text))
            traffic.labels[user] = label
        started = time.monotonic()
        with ThreadPoolExecutor(CONNECTIONS) as pool:
            list(pool.map(poster(telegram, traffic), updates))  # in order, CONNECTIONS at a time
        result.add("all stored (acknowledged) after", f"{time.monotonic() - started:.1f} s")
        report_burst(result, tg, limits, traffic, started, count)
    return [result]


def steady_webhook(ctx: Context) -> list[Result]:
    """The steady scenario's 25 messages/s from distinct users, POSTed to one webhook
    process (SQLite): a message's latency from its POST to the first reply."""
    duration = max(2.0, STEADY_S * ctx.scale)
    count = int(STEADY_RATE * duration)
    title = (
        f"steady {STEADY_RATE:.0f} msg/s in webhook mode (one instance, SQLite), {duration:.0f} s"
    )
    reason = webhook_missing(needs_pg=False)
    if reason is not None:
        return [Result(title, skipped=reason)]
    result = Result(title)
    with one_instance(ctx, "steady-webhook") as telegram:
        traffic = Traffic(telegram.tg)
        post_paced(ctx, telegram, traffic, count, STEADY_RATE)
        lost = traffic.wait_answered(patience(count))
        traffic.settle()
    report_latency(result, traffic, count, lost)
    return [result]


def post_paced(ctx: Context, telegram: Telegram, traffic: Traffic, count: int, rate: float) -> None:
    """`count` of the ordinary messages, each from a new user, POSTed at `rate` a second,
    up to CONNECTIONS at once; returns once all are acknowledged."""
    post = poster(telegram, traffic)
    with ThreadPoolExecutor(CONNECTIONS) as pool:
        for i in paced(count, rate):
            user = ctx.next_user()
            traffic.labels[user] = ""
            pool.submit(post, telegram.update(user, ctx.ordinary[i % len(ctx.ordinary)]))


def warm_up(ctx: Context, telegram: Telegram) -> None:
    traffic = Traffic(telegram.tg)
    for i in range(WARM_UP):
        user = ctx.next_user()
        traffic.sent_at[user], traffic.labels[user] = time.monotonic(), ""
        telegram.deliver(telegram.update(user, ctx.ordinary[-1 - i]))
    traffic.wait_answered(120.0)
    traffic.settle()
