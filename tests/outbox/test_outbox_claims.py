"""Claims: senders side by side never send a row twice, and a crash leaves nothing behind."""

from __future__ import annotations

import asyncio
import random
import time

import pytest
from outbox_helpers import FakeClock, FakeSend, drain_all, fake_sender, rows, unfinished
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.outbox.errors import Transient
from bot.outbox.queue import enqueue
from bot.outbox.sender import OutboxSender
from bot.storage.crypto import CryptoBox
from bot.storage.db import session_factory
from bot.values import Keyboard


class Crash(BaseException):
    """The process dies mid-send (SIGKILL): no handler runs, nothing is written."""


def put(sessions: sessionmaker[Session], box: CryptoBox, *messages: tuple[int, str]) -> None:
    with sessions.begin() as session:
        for chat_id, text in messages:
            enqueue(session, box, idem_key=text, chat_id=chat_id, text=text)


class SlowFlakySend:
    """Real time: each call takes a few milliseconds and one in five fails."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.delivered: list[tuple[int, str]] = []

    async def __call__(self, chat_id: int, text: str, buttons: Keyboard) -> int:
        await asyncio.sleep(self.rng.uniform(0, 0.004))
        if self.rng.random() < 0.2:
            raise Transient("502")
        self.delivered.append((chat_id, text))
        return len(self.delivered)


async def wait_until_drained(sessions: sessionmaker[Session], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while unfinished(sessions):
        assert time.monotonic() < deadline, "the outbox did not drain"
        await asyncio.sleep(0.02)


async def test_two_senders_at_once_never_send_a_row_twice(engine: Engine, box: CryptoBox):
    sessions = session_factory(engine)
    messages = [(chat, f"{chat}:{n}") for n in range(12) for chat in range(1, 9)]
    put(sessions, box, *messages)
    send = SlowFlakySend(seed=3)
    quick = {"per_chat_interval_s": 0.0, "global_per_s": 10_000.0, "base_backoff_s": 0.01}
    senders = [OutboxSender(sessions, box, send, **quick) for _ in range(2)]  # type: ignore[arg-type]
    stop = asyncio.Event()
    tasks = [asyncio.create_task(sender.run(stop, idle_s=0.01)) for sender in senders]
    await wait_until_drained(sessions)
    stop.set()
    await asyncio.gather(*tasks)

    assert sorted(send.delivered) == sorted(messages)  # every row once: no more, no less
    for chat in range(1, 9):
        assert [t for c, t in send.delivered if c == chat] == [f"{chat}:{n}" for n in range(12)]
    assert all(sender.stats.sent > 0 for sender in senders)  # both really took part
    assert sum(sender.stats.sent for sender in senders) == len(messages)
    assert {row.status for row in rows(sessions)} == {"sent"}


async def test_a_row_in_flight_and_the_rest_of_its_chat_are_left_to_their_sender(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, clock: FakeClock
):
    put(sessions, box, (1, "a1"), (1, "a2"), (2, "b1"))
    other_send = FakeSend(clock)
    other = fake_sender(engine, box, other_send, clock)
    seen_by_other: list[int] = []

    async def send_and_meanwhile_drain_the_other(chat_id: int, text: str, _b: Keyboard) -> int:
        if text == "a1":  # while this sender holds a1, the other one drains
            seen_by_other.append(await other.drain_once())
        return 1

    first = fake_sender(engine, box, send_and_meanwhile_drain_the_other, clock)
    await first.drain_once()
    assert seen_by_other == [1] and [text for _, text, _ in other_send.delivered] == ["b1"]
    statuses = {row.idem_key: row.status for row in rows(sessions)}
    assert statuses == {"a1": "sent", "a2": "pending", "b1": "sent"}


async def test_a_row_left_sending_by_a_crash_is_sent_after_the_lease(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, clock: FakeClock
):
    put(sessions, box, (1, "r1"), (1, "r2"), (2, "other chat"))

    async def crash(chat_id: int, text: str, buttons: Keyboard) -> int:
        raise Crash

    crashed = fake_sender(engine, box, crash, clock, claim_lease_s=60.0)
    with pytest.raises(Crash):
        await crashed.drain_once()
    crashed.close()
    assert [row.status for row in rows(sessions)] == ["sending", "pending", "pending"]

    send = FakeSend(clock)
    restarted = fake_sender(engine, box, send, clock, claim_lease_s=60.0)
    assert await restarted.recover() == 0  # a claim within its lease may be a live sender's
    assert await restarted.drain_once() == 1  # another chat is not held up
    clock.advance(59.0)
    assert await restarted.drain_once() == 0 and send.texts_to(1) == []
    clock.advance(1.5)
    assert await restarted.recover() == 1
    await drain_all(restarted, clock, sessions)
    assert send.texts_to(1) == ["r1", "r2"]
    assert [row.attempts for row in rows(sessions)] == [2, 1, 1]  # the lost attempt counts


async def test_run_recovers_at_start_and_wakes_for_new_rows(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox
):
    put(sessions, box, (1, "before the crash"))

    async def crash(chat_id: int, text: str, buttons: Keyboard) -> int:
        raise Crash

    with pytest.raises(Crash):
        await OutboxSender(sessions, box, crash).drain_once()  # type: ignore[arg-type]
    delivered: list[str] = []

    async def send(chat_id: int, text: str, buttons: Keyboard) -> int:
        delivered.append(text)
        return len(delivered)

    sender = OutboxSender(sessions, box, send, claim_lease_s=0.0)
    stop, wake = asyncio.Event(), asyncio.Event()
    # Idle for an hour between looks: only the wake-up can explain a send within the minute.
    task = asyncio.create_task(sender.run(stop, wake, idle_s=3600.0))
    await wait_until_drained(sessions, timeout=60.0)
    assert delivered == ["before the crash"] and sender.stats.recovered == 1
    put(sessions, box, (2, "new"))
    wake.set()  # what the service does after its transaction commits
    await wait_until_drained(sessions, timeout=60.0)
    assert delivered[-1] == "new"
    stop.set()
    await asyncio.wait_for(task, 5.0)
