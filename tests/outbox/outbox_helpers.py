"""A clock that moves only when told, a scriptable send function, and DB read-backs."""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from dataclasses import dataclass, field

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session, sessionmaker

from bot.outbox.errors import RetryAfter, SendError, Transient
from bot.outbox.sender import OutboxSender, SendFn
from bot.storage.crypto import CryptoBox
from bot.storage.db import session_factory
from bot.storage.models import Outbox
from bot.values import Keyboard


class FakeClock:
    """Monotonic and wall time together; the sender's sleeps move it instead of waiting."""

    def __init__(self) -> None:
        self.now = 0.0
        # An hour ahead of real time, so rows enqueued (at real time) during a test are due.
        self.epoch = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> dt.datetime:
        return self.epoch + dt.timedelta(seconds=self.now)

    async def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Call:
    at: float
    chat_id: int
    text: str
    outcome: str  # "sent" or the error's class name


@dataclass
class FakeSend:
    """Telegram as the outbox sees it: scripted errors per text, random failures, a flood wait
    after a 429 (a send inside it is a violation), and a record of every call."""

    clock: FakeClock
    fail_ratio: float = 0.0
    seed: int = 0
    retry_after: float = 3.0
    script: dict[str, list[SendError]] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    delivered: list[tuple[int, str, Keyboard]] = field(default_factory=list)
    violations: int = 0
    flood_until: float = float("-inf")
    _rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    async def __call__(self, chat_id: int, text: str, buttons: Keyboard) -> int:
        now = self.clock.monotonic()
        await asyncio.sleep(0)  # let other tasks run, as a real HTTP call would
        try:
            self._maybe_fail(now, text)
        except SendError as error:
            self.calls.append(Call(now, chat_id, text, type(error).__name__))
            raise
        self.calls.append(Call(now, chat_id, text, "sent"))
        self.delivered.append((chat_id, text, buttons))
        return len(self.delivered)

    def _maybe_fail(self, now: float, text: str) -> None:
        if now < self.flood_until:
            self.violations += 1
            raise RetryAfter(self.flood_until - now)
        if self.script.get(text):
            raise self.script[text].pop(0)
        if self._rng.random() < self.fail_ratio:
            if self._rng.random() < 0.5:
                self.flood_until = now + self.retry_after
                raise RetryAfter(self.retry_after)
            raise Transient("Internal Server Error")

    def texts_to(self, chat_id: int) -> list[str]:
        return [text for chat, text, _ in self.delivered if chat == chat_id]


def fake_sender(
    engine: Engine, box: CryptoBox, send: SendFn, clock: FakeClock, **options: float
) -> OutboxSender:
    """A sender on the fake clock (its sleeps move the clock on)."""
    return OutboxSender(
        session_factory(engine),
        box,
        send,
        clock=clock.monotonic,
        wall=clock.wall,
        sleep=clock.sleep,
        rng=random.Random(1),
        **options,  # type: ignore[arg-type]
    )


def rows(sessions: sessionmaker[Session]) -> list[Outbox]:
    with sessions() as session:
        return list(session.scalars(select(Outbox).order_by(Outbox.id)))


def unfinished(sessions: sessionmaker[Session]) -> int:
    return sum(row.status in ("pending", "sending") for row in rows(sessions))


def clear_outbox(engine: Engine) -> None:
    with session_factory(engine).begin() as session:
        session.execute(delete(Outbox))


async def drain_all(
    sender: OutboxSender, clock: FakeClock, sessions: sessionmaker[Session], step: float = 0.25
) -> int:
    """Drain, moving the clock on, until no row is left to send; returns the passes made."""
    for passes in range(1, 20_000):
        await sender.drain_once()
        if not unfinished(sessions):
            return passes
        clock.advance(step)
    raise AssertionError("the outbox never drained")
