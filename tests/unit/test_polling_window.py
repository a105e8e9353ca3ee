"""Polling re-reads Telegram's window of unacknowledged updates sparingly: every getUpdates
answer carries all of them again, so asking at every finish (or, with a full window, in a
loop) had the bot parse each update a hundred times over. A scripted bot, no network."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

import pytest
from telegram import Update

from bot.telegram import polling
from bot.telegram.handlers import SERVICE
from bot.telegram.polling import BATCH, MAX_RESENT_PAUSE_S, RESENT_S, poll


class WindowBot:
    """Telegram's getUpdates: at most BATCH updates from the offset, of those sent so far."""

    def __init__(self, sent: int, trail: list[str], give_up: asyncio.Event) -> None:
        self.sent, self.trail, self.give_up = sent, trail, give_up
        self.offset = 1

    async def get_updates(self, offset: int | None, **_: Any) -> Sequence[Update]:
        if len(self.trail) > 40:  # asking in a loop: end the test (it fails), never hang
            self.give_up.set()
        self.offset = offset or self.offset
        window = list(range(self.offset, self.sent + 1))[:BATCH]
        self.trail.append(f"fetch {len(window)}")
        await asyncio.sleep(0)
        return [Update(update_id=n) for n in window]


class BlockedApp:
    """Handles nothing until polling stops: every update waits, so the window stays full."""

    def __init__(self, sent: int, stop: asyncio.Event) -> None:
        self.trail: list[str] = []
        self.bot = WindowBot(sent, self.trail, stop)
        self.stop = stop
        self.bot_data = {SERVICE: SimpleNamespace(mark_update=lambda _uid: None)}

    async def process_update(self, update: Update) -> None:
        await self.stop.wait()


def run_until_pauses(
    monkeypatch: pytest.MonkeyPatch, sent: int, pauses: int
) -> tuple[list[str], list[float]]:
    """Poll until `pauses` pauses between asks were taken; their `at_least`s."""
    pauses_at_least: list[float] = []

    async def main() -> list[str]:
        stop = asyncio.Event()
        app = BlockedApp(sent, stop)

        async def recorded(_d: Any, _s: asyncio.Event, _sec: float, at_least: float = 0) -> None:
            pauses_at_least.append(at_least)
            app.trail.append("pause")
            if len(pauses_at_least) >= pauses:
                stop.set()
            await asyncio.sleep(0)

        monkeypatch.setattr(polling, "until_progress", recorded)
        await poll(app, stop, limit=1)  # type: ignore[arg-type]
        return app.trail

    return asyncio.run(main()), pauses_at_least


def test_a_full_window_with_nothing_new_is_not_asked_for_again_at_once(monkeypatch):
    trail, at_least = run_until_pauses(monkeypatch, sent=150, pauses=4)
    # The first answer was all news (a full batch: more may wait), so polling asked at once;
    # from then on each answer re-sent the same 100, and each ask waited first.
    assert trail[:2] == ["fetch 100", "fetch 100"]
    assert trail[2:] == ["pause", "fetch 100"] * 3 + ["pause"]
    assert at_least == [min(MAX_RESENT_PAUSE_S, BATCH * RESENT_S)] * 4


def test_a_small_window_waits_a_little_per_update_re_sent(monkeypatch):
    trail, at_least = run_until_pauses(monkeypatch, sent=3, pauses=3)
    assert trail == ["fetch 3", "pause", "fetch 3", "pause", "fetch 3", "pause"]
    # The first answer was news: nothing re-sent, no least pause; then 3 re-sent each time.
    assert at_least == [0.0, 3 * RESENT_S, 3 * RESENT_S]
