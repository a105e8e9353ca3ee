"""Polling's store-first mode (POLL_STORE_FIRST) on a real database (both backends), with a
scripted Telegram: a batch is acknowledged only once stored; a failed getUpdates or a failed
store is waited out with the offset unmoved; a batch delivered again is not queued twice,
nor an update already handled; danger is queued first. The pauses are recorded, not slept."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sqlite3
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select
from telegram.error import NetworkError, RetryAfter, TimedOut

from bot.inbound import InboundQueue
from bot.storage import Store
from bot.storage.inbound import InboundUpdate
from bot.storage.models import ProcessedUpdate
from bot.telegram.handlers import SERVICE
from bot.telegram.stored_polling import fetch_and_store
from bot.values import Lane

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
SECRET = "SECRET-words-of-a-user-77c1"
DANGER = "they lock me in the room"


def raw(update_id: int, text: str = f"my salary {SECRET}") -> dict[str, Any]:
    chat = {"id": 500 + update_id, "type": "private"}
    sender = {"id": 500 + update_id, "is_bot": False, "first_name": "A"}
    message = {"message_id": update_id, "date": 0, "chat": chat, "from": sender, "text": text}
    return {"update_id": update_id, "message": message}


class ScriptedTelegram:
    """getUpdates as Telegram answers it: each step adds new updates (returned with every
    earlier one not yet acknowledged by an offset past it), or is an exception to raise.
    Once the script ran out and everything is acknowledged, `stop` is set."""

    _request = (SimpleNamespace(read_timeout=5.0),)  # what polling reads of PTB's Bot

    def __init__(self, script: list[Any], stop: asyncio.Event) -> None:
        self.script, self.stop = list(script), stop
        self.offsets: list[int | None] = []
        self.unacknowledged: list[dict[str, Any]] = []

    async def _post(self, endpoint: str, data: dict[str, Any], **_: Any) -> list[Any]:
        assert endpoint == "getUpdates"
        offset = data["offset"]
        self.offsets.append(offset)
        if offset is not None:
            self.unacknowledged = [u for u in self.unacknowledged if u["update_id"] >= offset]
        await asyncio.sleep(0)
        if not self.script:
            if not self.unacknowledged:
                self.stop.set()
            return list(self.unacknowledged)
        step = self.script.pop(0)
        if isinstance(step, BaseException):
            raise step
        self.unacknowledged += step
        return list(self.unacknowledged)


class FlakyQueue(InboundQueue):
    """put_many fails `failures` times: before writing, or (`after_commit`) once it wrote,
    as when the connection drops on the way back."""

    failures: int = 0
    after_commit: bool = False

    def put_many(self, batch: list[tuple[int, int, int, str]]) -> int:
        if self.failures > 0 and not self.after_commit:
            self.failures -= 1
            raise sqlite3.OperationalError(f"database is locked ({SECRET})")
        new = super().put_many(batch)
        if self.failures > 0:
            self.failures -= 1
            raise sqlite3.OperationalError(f"connection lost ({SECRET})")
        return new


class Run:
    def __init__(self, store: Store, script: list[Any], failures: int = 0, after: bool = False):
        self.stop = asyncio.Event()
        self.wake = asyncio.Event()
        self.bot = ScriptedTelegram(script, self.stop)
        self.queue = FlakyQueue(store)
        self.queue.failures, self.queue.after_commit = failures, after
        lane_of = lambda words: Lane.URGENT if words == DANGER else Lane.PRIVATE  # noqa: E731
        self.bot_data = {SERVICE: SimpleNamespace(lane_of=lane_of)}
        self.pauses: list[float] = []

    async def wait(self, stop: asyncio.Event, seconds: float) -> None:
        self.pauses.append(seconds)
        if len(self.pauses) > 50:  # a retry loop that never ends: fail, do not hang
            stop.set()

    def go(self) -> None:
        asyncio.run(fetch_and_store(self, self.queue, self.wake, self.stop, self.wait))  # type: ignore[arg-type]

    def queued(self) -> list[tuple[int, int, int]]:
        with self.queue.store.sessions() as session:
            rows = session.scalars(select(InboundUpdate).order_by(InboundUpdate.update_id))
            return [(r.update_id, r.chat_key, r.priority) for r in rows]


def test_a_batch_is_stored_then_acknowledged_danger_first_and_encrypted(store: Store) -> None:
    run = Run(store, [[raw(1), raw(2, DANGER)], [raw(3)]])
    run.go()
    assert run.queued() == [(1, 501, int(Lane.PRIVATE)), (2, 502, 0), (3, 503, int(Lane.PRIVATE))]
    assert int(Lane.URGENT) == 0
    # The first ask acknowledges nothing; each later one acknowledges what was stored.
    assert run.bot.offsets == [None, 3, 4]
    assert run.wake.is_set() and run.pauses == []
    with store.sessions() as session:
        assert not any(SECRET in body for body in session.scalars(select(InboundUpdate.body_enc)))
    assert [t.update_id for t in run.queue.take(10)] == [2, 1, 3], "danger claimed first"


def test_a_failed_store_does_not_move_the_offset(store: Store, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    run = Run(store, [[raw(1), raw(2)]], failures=2)
    run.go()
    # Asked again from the same place until the batch was stored; only then acknowledged.
    assert run.bot.offsets == [None, None, None, 3]
    assert run.pauses == [1.0, 2.0]
    assert [row[0] for row in run.queued()] == [1, 2]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Storing 2 updates failed (OperationalError)" in logged
    assert SECRET not in logged


def test_a_batch_stored_twice_is_queued_once(store: Store) -> None:
    # The first store wrote, then failed on its way back: the same batch comes again.
    run = Run(store, [[raw(1), raw(2)]], failures=1, after=True)
    run.go()
    assert run.bot.offsets == [None, None, 3]
    assert [row[0] for row in run.queued()] == [1, 2]


def test_an_update_already_handled_is_not_queued_again(store: Store) -> None:
    # Handled before a crash that came before its offset moved: Telegram delivers it again.
    first = InboundQueue(store)
    first.put(1, 501, int(Lane.PRIVATE), '{"update_id": 1}')
    first.take(1)
    first.done(1)
    run = Run(store, [[raw(1), raw(2)]])
    run.go()
    assert [row[0] for row in run.queued()] == [2]
    with store.sessions() as session:
        assert session.scalar(select(ProcessedUpdate.update_id)) == 1


def test_a_failed_getupdates_is_waited_out_from_the_same_offset(store: Store, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    script: list[Any] = [
        [raw(1)],
        NetworkError(f"Bad Gateway {SECRET}"),
        RetryAfter(dt.timedelta(seconds=7)),
        TimedOut(),  # a long poll with no news: asked again at once
        [raw(2)],
    ]
    run = Run(store, script)
    run.go()
    assert run.bot.offsets == [None, 2, 2, 2, 2, 3]
    assert run.pauses == [1.0, 7.0]  # the backoff, then Telegram's own wait
    assert [row[0] for row in run.queued()] == [1, 2]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "getUpdates failed (NetworkError)" in logged and "(RetryAfter)" in logged
    assert SECRET not in logged
