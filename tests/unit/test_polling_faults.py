"""Polling goes on whatever fails (issue 10): getUpdates errors of every kind and a database
that will not record a handled update. A scripted bot and store, no network and no sleeping:
the pauses poll() asks for are recorded instead of waited."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sqlite3
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

import pytest
from telegram import Update
from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.telegram.handlers import SERVICE
from bot.telegram.polling import MAX_BACKOFF_S, poll

# PTB's own RetryAfter constructor warns about its int-or-timedelta change; not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
SECRET = "SECRET-words-of-a-user-3f9a"


class ScriptedBot:
    """get_updates answers like Telegram from a script: each step is a list of new updates
    (returned with every earlier one not yet acknowledged), or an exception to raise. When
    the script has run out and everything is acknowledged, the stop event is set."""

    _request = (SimpleNamespace(read_timeout=5.0),)  # what polling reads of PTB's Bot

    def __init__(self, script: list[Any], stop: asyncio.Event, trail: list[str]) -> None:
        self.script, self.stop, self.trail = list(script), stop, trail
        self.offsets: list[int | None] = []
        self.unacknowledged: list[int] = []

    def insert_callback_data(self, update: Update) -> None:
        pass

    async def _post(self, endpoint: str, data: dict[str, Any], **_: Any) -> list[Any]:
        assert endpoint == "getUpdates"
        return [update.to_dict() for update in await self.get_updates(data["offset"])]

    async def get_updates(self, offset: int | None) -> Sequence[Update]:
        self.offsets.append(offset)
        self.trail.append(f"fetch {offset}")
        if offset is not None:
            self.unacknowledged = [n for n in self.unacknowledged if n >= offset]
        if not self.script:
            if not self.unacknowledged:
                self.stop.set()
            await asyncio.sleep(0)
            return [Update(update_id=n) for n in self.unacknowledged]
        step = self.script.pop(0)
        if isinstance(step, BaseException):
            raise step
        self.unacknowledged += step
        return [Update(update_id=n) for n in self.unacknowledged]


def acknowledged_only_once_recorded(trail: list[str]) -> bool:
    """Every offset asked for passes only updates already recorded as handled."""
    marked: set[int] = set()
    for step in trail:
        kind, _, value = step.partition(" ")
        if kind == "marked":
            marked.add(int(value))
        elif kind == "fetch" and value != "None" and not set(range(1, int(value))) <= marked:
            return False
    return True


class ScriptedStore:
    """mark_update fails `failures` times (the database locked), then works."""

    def __init__(self, failures: int, trail: list[str]) -> None:
        self.failures, self.trail = failures, trail
        self.marked: list[int] = []

    def mark_update(self, update_id: int) -> None:
        if self.failures > 0:
            self.failures -= 1
            raise sqlite3.OperationalError(f"database is locked ({SECRET})")
        self.marked.append(update_id)
        self.trail.append(f"marked {update_id}")


class ScriptedApp:
    def __init__(self, script: list[Any], failures: int = 0, fail_handling: bool = False):
        self.stop = asyncio.Event()
        self.trail: list[str] = []
        self.bot = ScriptedBot(script, self.stop, self.trail)
        self.store = ScriptedStore(failures, self.trail)
        self.bot_data = {SERVICE: SimpleNamespace(mark_update=self.store.mark_update)}
        self.fail_handling = fail_handling
        self.handled: list[int] = []
        self.pauses: list[float] = []

    async def process_update(self, update: Update) -> None:
        self.handled.append(update.update_id)
        self.trail.append(f"handled {update.update_id}")
        if self.fail_handling:
            raise RuntimeError(f"escaped the error handler: {SECRET}")

    async def wait(self, stop: asyncio.Event, seconds: float) -> None:
        self.pauses.append(seconds)
        if len(self.pauses) > 100:  # a retry loop that never ends: fail, do not hang
            stop.set()

    def run(self) -> None:
        asyncio.run(poll(self, self.stop, self.wait))  # type: ignore[arg-type]


def test_every_kind_of_getupdates_failure_is_waited_out_and_polling_goes_on(caplog):
    caplog.set_level(logging.DEBUG)
    app = ScriptedApp(
        [
            RetryAfter(dt.timedelta(seconds=7)),
            InvalidToken(f"Unauthorized {SECRET}"),
            TelegramError("Invalid server response"),  # what PTB raises for a body not JSON
            NetworkError(f"Bad Gateway {SECRET}"),
            ValueError(SECRET),  # anything else, e.g. an update PTB cannot read
            TimedOut(),  # a long poll with no news: no pause at all
            [1, 2],
            [3],
        ]
    )
    app.run()
    assert app.handled == [1, 2, 3]
    assert sorted(app.store.marked) == [1, 2, 3]
    # Nothing acknowledged before it was handled; the failures kept the offset where it was.
    assert app.bot.offsets[:7] == [None] * 7
    assert acknowledged_only_once_recorded(app.trail)
    assert app.bot.offsets[-1] == 4
    # Telegram's retry_after is honoured, then the backoff doubles on (and resets on success).
    assert app.pauses == [7.0, 2.0, 4.0, 8.0, 16.0]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for kind in ("RetryAfter", "InvalidToken", "TelegramError", "NetworkError", "ValueError"):
        assert f"getUpdates failed ({kind})" in logged
    assert SECRET not in logged


def test_the_backoff_stops_growing_at_its_ceiling():
    app = ScriptedApp([NetworkError("down")] * 9)
    app.run()
    assert app.pauses[-3:] == [MAX_BACKOFF_S] * 3


def test_a_locked_database_delays_the_acknowledgement_and_loses_nothing(caplog):
    caplog.set_level(logging.DEBUG)
    app = ScriptedApp([[1], [2]], failures=3)
    app.run()
    assert app.handled == [1, 2]  # each once: the retries only record it
    assert sorted(app.store.marked) == [1, 2]
    # Update 1 is acknowledged (an offset past it asked for) only after it was recorded.
    assert acknowledged_only_once_recorded(app.trail)
    assert app.bot.offsets[-1] == 3
    # Three failed records, each update's retried on its own backoff (1 s, then 2 s...).
    assert len(app.pauses) == 3 and set(app.pauses) <= {1.0, 2.0, 4.0}
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Recording update 1 failed (OperationalError)" in logged
    assert SECRET not in logged


def test_stopping_while_the_database_is_locked_leaves_the_update_unacknowledged():
    app = ScriptedApp([[5]], failures=10**6)

    async def stop_on_third_pause(stop: asyncio.Event, seconds: float) -> None:
        app.pauses.append(seconds)
        if len(app.pauses) == 3:
            stop.set()

    asyncio.run(poll(app, app.stop, stop_on_third_pause))  # type: ignore[arg-type]
    assert app.handled == [5]
    assert set(app.bot.offsets) == {None}  # never confirmed: Telegram delivers it again


def test_an_error_escaping_ptb_still_counts_the_update_as_handled(caplog):
    caplog.set_level(logging.DEBUG)
    app = ScriptedApp([[1]], fail_handling=True)
    app.run()
    assert app.handled == [1] and app.store.marked == [1]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Update 1 could not be handled (RuntimeError)" in logged
    assert SECRET not in logged


@pytest.mark.parametrize("seconds", [0, 3])
def test_retry_after_of_any_size_is_honoured(seconds):
    app = ScriptedApp([RetryAfter(dt.timedelta(seconds=seconds)), [1]])
    app.run()
    assert app.pauses == [max(1.0, float(seconds))]
    assert app.handled == [1]
