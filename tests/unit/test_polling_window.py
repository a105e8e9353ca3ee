"""Polling re-reads Telegram's window of unacknowledged updates sparingly: every getUpdates
answer carries all of them again, so asking at every finish (or, with a full window, in a
loop) had the bot parse each update a hundred times over. A scripted bot, no network."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from telegram import Update

from bot.telegram import polling
from bot.telegram.handlers import SERVICE
from bot.telegram.polling import BATCH, MAX_RESENT_PAUSE_S, RESENT_S, poll


class WindowBot:
    """Telegram's getUpdates: at most BATCH updates from the offset, of those sent so far."""

    _request = (SimpleNamespace(read_timeout=5.0),)  # what polling reads of PTB's Bot

    def __init__(self, sent: int, trail: list[str], give_up: asyncio.Event) -> None:
        self.sent, self.trail, self.give_up = sent, trail, give_up
        self.offset = 1
        self.read: list[int] = []  # the updates made Update objects, by id

    def insert_callback_data(self, update: Update) -> None:
        self.read.append(update.update_id)

    async def _post(self, endpoint: str, data: dict[str, Any], **_: Any) -> list[Any]:
        assert endpoint == "getUpdates"
        if len(self.trail) > 40:  # asking in a loop: end the test (it fails), never hang
            self.give_up.set()
        self.offset = data["offset"] or self.offset
        window = list(range(self.offset, self.sent + 1))[:BATCH]
        self.trail.append(f"fetch {len(window)}")
        await asyncio.sleep(0)
        return [message_update(n) for n in window]


def message_update(update_id: int) -> dict[str, Any]:
    """An update as Telegram sends it: a person's text message."""
    person = {"id": 7000 + update_id, "is_bot": False, "first_name": "A"}
    chat = {"id": 7000 + update_id, "type": "private"}
    message = {"message_id": 1, "date": 1_700_000_000, "chat": chat, "from": person}
    return {"update_id": update_id, "message": {**message, "text": "hello"}}


class BlockedApp:
    """Handles nothing until polling stops: every update waits, so the window stays full."""

    def __init__(self, sent: int, stop: asyncio.Event) -> None:
        self.trail: list[str] = []
        self.bot = WindowBot(sent, self.trail, stop)
        self.stop = stop
        self.bot_data = {SERVICE: SimpleNamespace(mark_update=lambda _uid: None)}
        self.texts: list[str | None] = []  # what the handler saw

    async def process_update(self, update: Update) -> None:
        self.texts.append(update.message.text if update.message else None)
        await self.stop.wait()


def run_until_pauses(
    monkeypatch: pytest.MonkeyPatch, sent: int, pauses: int, app: BlockedApp | None = None
) -> tuple[list[str], list[float]]:
    """Poll until `pauses` pauses between asks were taken; their `at_least`s."""
    pauses_at_least: list[float] = []

    async def main() -> list[str]:
        stop = asyncio.Event()
        nonlocal app
        app = app or BlockedApp(sent, stop)
        app.stop = app.bot.give_up = stop

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


def test_an_update_re_sent_is_read_into_an_update_object_once(monkeypatch):
    app = BlockedApp(150, asyncio.Event())
    trail, _ = run_until_pauses(monkeypatch, sent=150, pauses=4, app=app)
    assert trail.count("fetch 100") == 5  # the same 100, five times over
    assert app.bot.read == list(range(1, 101))  # each made an Update object the first time
    # The handlers got whole updates, never a bare id (the second ran as polling stopped).
    assert app.texts and set(app.texts) == {"hello"}
