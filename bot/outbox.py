"""The outbox: messages that must not be lost, and the sender that delivers them.

`enqueue` writes a row in the caller's transaction, so a notification exists exactly when the
change that caused it was committed. `OutboxSender` delivers rows through a `SendFn` (PTB's in
bot/telegram/sender.py; this module knows nothing of Telegram) with backoff, Telegram's
retry_after, per-chat and global limits, and in row-id order per chat.

Each attempt claims its row first ('pending' -> 'sending', one UPDATE checked by rowcount), so
senders running side by side never send a row twice. Telegram's API has no idempotency key:
a crash between Telegram accepting a message and the 'sent' commit leaves the row 'sending';
it goes back to 'pending' once its claim is older than the lease, and is then sent again. The
commit right after the call keeps that window to the commit itself, a few milliseconds
(`SenderStats.windows` records it per send).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import random
import secrets
import socket
import time
from collections import deque
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple, TypeVar, cast

from sqlalchemy import CursorResult, Update, or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, aliased, sessionmaker

from bot.dialogue.replies import Button
from bot.storage.crypto import CryptoBox
from bot.storage.models import Outbox, utcnow

log = logging.getLogger(__name__)
T = TypeVar("T")

PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"
PERMANENT_LIMIT = 3  # a blocked bot or a missing chat rarely heals: stop after three refusals
IDEM_KEY_MAX = 80  # the column's width


class SendError(Exception):
    """A send that did not go through; the subclass says whether and when to try again."""


class RetryAfter(SendError):
    """Telegram's 429: nothing may be sent for `seconds`."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = float(seconds)


class Transient(SendError):
    """5xx, network errors, time-outs: try again later."""


class Permanent(SendError):
    """400/403 (chat not found, bot blocked): retried a little, then given up."""


Keyboard = tuple[tuple[Button, ...], ...]
SendFn = Callable[[int, str, Keyboard], Awaitable[int]]  # chat_id, text, buttons -> message_id


def enqueue(
    session: Session,
    box: CryptoBox,
    *,
    idem_key: str,
    chat_id: int,
    text: str,
    buttons: Keyboard = (),
) -> None:
    """Add a message to the outbox in the caller's transaction; a known idem_key is a no-op."""
    if not 0 < len(idem_key) <= IDEM_KEY_MAX:
        raise ValueError(f"idem_key must have 1 to {IDEM_KEY_MAX} characters")
    # Checked first; the unique constraint only catches two transactions racing.
    if session.scalar(select(Outbox.id).where(Outbox.idem_key == idem_key)) is not None:
        return
    payload = {"text": text, "buttons": [[[b.label, b.data] for b in row] for row in buttons]}
    sealed = box.encrypt(json.dumps(payload, ensure_ascii=False))
    assert sealed is not None
    now = utcnow()
    session.add(
        Outbox(
            idem_key=idem_key,
            chat_id=chat_id,
            payload_enc=sealed,
            status=PENDING,
            attempts=0,
            permanent_failures=0,
            next_attempt_at=now,
            created_at=now,
        )
    )


def _open(box: CryptoBox, sealed: str) -> tuple[str, Keyboard] | None:
    plain = box.decrypt(sealed)
    if plain is None:
        return None
    try:
        data = json.loads(plain)
        rows = data["buttons"]
        return data["text"], tuple(tuple(Button(lbl, act) for lbl, act in row) for row in rows)
    except (ValueError, KeyError, TypeError):
        return None


def _error_name(error: BaseException) -> str:
    """Class names only (an error's message may quote what was sent)."""
    name = type(error).__name__
    if isinstance(error, SendError) and error.__cause__ is not None:
        name += ":" + type(error.__cause__).__name__
    return name[:64]


class _Due(NamedTuple):
    id: int
    chat_id: int
    payload_enc: str
    attempts: int
    permanent_failures: int


@dataclass
class SenderStats:
    sent: int = 0
    retry_after: int = 0
    transient: int = 0
    permanent: int = 0
    failed: int = 0
    recovered: int = 0
    # (row id, message id, send returned, 'sent' committed), time.monotonic(): the window in
    # which a crash would make the row go out twice.
    windows: deque[tuple[int, int, float, float]] = field(
        default_factory=lambda: deque(maxlen=10_000)
    )


class OutboxSender:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        box: CryptoBox,
        send: SendFn,
        *,
        per_chat_interval_s: float = 1.0,
        global_per_s: float = 25.0,
        max_attempts: int = 12,
        base_backoff_s: float = 1.0,
        max_backoff_s: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], dt.datetime] = utcnow,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
        send_timeout_s: float = 20.0,
        claim_lease_s: float = 60.0,
        batch: int = 100,
    ) -> None:
        """`clock` paces sends in this process; `wall` stamps rows (shared by all senders).

        `claim_lease_s` must exceed `send_timeout_s` plus a commit: a claim older than that
        is taken to belong to a crashed sender.
        """
        self._sessions, self._box, self._send = sessions, box, send
        self._per_chat, self._global_gap = per_chat_interval_s, 1.0 / global_per_s
        self._max_attempts, self._base, self._cap = max_attempts, base_backoff_s, max_backoff_s
        self._clock, self._wall, self._sleep = clock, wall, sleep
        self._rng = rng or random.Random()
        self._send_timeout, self._lease, self._batch = send_timeout_s, claim_lease_s, batch
        self.name = f"{socket.gethostname()[:20]}:{os.getpid()}:{secrets.token_hex(4)}"
        self.stats = SenderStats()
        self._next_slot = float("-inf")
        self._paused_until = float("-inf")
        # One send on the wire at a time, for this sender and the direct replies alike: a 429
        # is then known before the next send starts, so nothing goes into a flood wait.
        self.send_lock = asyncio.Lock()
        self._chat_free: dict[int, float] = {}
        self._wake_at = float("inf")
        self._stop: asyncio.Event | None = None
        self._pool: ThreadPoolExecutor | None = None

    # --- the loop -----------------------------------------------------------------------------
    async def run(
        self, stop: asyncio.Event, wake: asyncio.Event | None = None, idle_s: float = 1.0
    ) -> None:
        """Send until `stop` is set; `wake` tells of new rows at once."""
        self._stop = stop
        next_recovery = float("-inf")  # at start: rows a crashed process left 'sending'
        try:
            while not stop.is_set():
                sent = 0
                try:  # the database may be away for a moment: keep going
                    if self._clock() >= next_recovery:
                        await self.recover()
                        next_recovery = self._clock() + self._lease / 4
                    sent = await self.drain_once()
                except Exception as error:
                    log.error("Outbox pass failed: %s", type(error).__name__)
                pause = 0.0 if sent else min(idle_s, max(0.0, self._wake_at - self._clock()))
                await _wait_any(stop, wake, pause)
        finally:
            self.close()

    async def drain_once(self) -> int:
        """Attempt every due row once, oldest first; returns how many were sent."""
        self._wake_at = float("inf")
        sent = 0
        if self._clock() < self._paused_until:
            self._wake_at = self._paused_until
            return 0
        for row in await self._db(self._fetch_due):
            if (self._stop and self._stop.is_set()) or self._clock() < self._paused_until:
                break
            free_at = self._chat_free.get(row.chat_id, float("-inf"))
            if self._clock() < free_at:
                self._wake_at = min(self._wake_at, free_at)
                continue
            await self._take_global_slot()
            if await self._attempt(row):
                sent += 1
        if self._clock() < self._paused_until:
            self._wake_at = self._paused_until
        self._forget_idle_chats()
        return sent

    async def recover(self, older_than_s: float | None = None) -> int:
        """Rows left 'sending' by a crashed sender go back to 'pending' (they may have gone
        out: the one unavoidable duplicate). Only claims older than the lease, by default, so
        a live sender's row is never taken from it."""
        age = self._lease if older_than_s is None else older_than_s
        count = await self._db(partial(self._release_stale, age))
        if count:
            self.stats.recovered += count
            log.warning("Outbox: %d row(s) left 'sending' go back to 'pending'", count)
        return count

    # --- the bot-wide flood wait, shared with the direct replies -------------------------------
    def pause(self, seconds: float) -> None:
        """Telegram said "retry after" to someone else (a direct reply): this sender waits too."""
        self._paused_until = max(self._paused_until, self._clock() + max(0.0, seconds))
        self.stats.retry_after += 1

    def paused_for(self) -> float:
        """Seconds left in the current flood wait (0 when none): direct replies check this."""
        return max(0.0, self._paused_until - self._clock())

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False)
            self._pool = None

    # --- one attempt --------------------------------------------------------------------------
    async def _attempt(self, row: _Due) -> bool:
        if not await self._db(partial(self._claim, row.id)):
            return False  # another sender took it
        self._chat_free[row.chat_id] = self._clock() + self._per_chat
        message = _open(self._box, row.payload_enc)
        if message is None:
            await self._db(partial(self._record_failure, row, FAILED, 0.0, "PayloadUnreadable"))
            self.stats.failed += 1
            log.error("Outbox row %s chat %s: failed (payload unreadable)", row.id, row.chat_id)
            return False
        try:
            async with self.send_lock:
                if self._clock() < self._paused_until:  # a reply met a 429 meanwhile
                    raise RetryAfter(self._paused_until - self._clock())
                async with asyncio.timeout(self._send_timeout):  # no extra task (wait_for)
                    message_id = await self._send(row.chat_id, *message)
        except Exception as error:
            await self._after_error(row, error)
            return False
        # Nothing but the commit between Telegram's answer and 'sent': a crash here resends.
        await self._db(partial(self._mark_sent, row, message_id, time.monotonic()))
        return True

    async def _after_error(self, row: _Due, error: Exception) -> None:
        attempts, refusals = row.attempts + 1, row.permanent_failures
        if isinstance(error, RetryAfter):
            self.stats.retry_after += 1
            delay = max(0.0, error.seconds)
            resume = self._clock() + delay
            self._paused_until = max(self._paused_until, resume)
            self._chat_free[row.chat_id] = max(self._chat_free.get(row.chat_id, 0.0), resume)
        elif isinstance(error, Permanent):
            self.stats.permanent += 1
            refusals += 1
            delay = self._backoff(refusals)
        else:  # Transient, our own time-out, or anything unexpected from the send function
            self.stats.transient += 1
            delay = self._backoff(attempts)
        # A flood wait is Telegram pacing us, not a failure: it never uses up the attempts.
        waited = isinstance(error, RetryAfter)
        give_up = not waited and (attempts >= self._max_attempts or refusals >= PERMANENT_LIMIT)
        status = FAILED if give_up else PENDING
        name = _error_name(error)
        row = row._replace(permanent_failures=refusals)
        await self._db(partial(self._record_failure, row, status, delay, name, waited))
        if give_up:
            self.stats.failed += 1
            log.warning("Outbox row %s chat %s: failed (%s)", row.id, row.chat_id, name)
        else:
            log.info(
                "Outbox row %s chat %s: retry in %.1f s (%s)", row.id, row.chat_id, delay, name
            )

    def _backoff(self, attempts: int) -> float:
        ceiling = min(self._cap, self._base * 2.0 ** min(attempts - 1, 30))
        return ceiling / 2 + self._rng.uniform(0.0, ceiling / 2)  # jitter spreads a herd

    async def _take_global_slot(self) -> None:
        wait = self._next_slot - self._clock()
        if wait > 0:
            await self._sleep(wait)
        self._next_slot = max(self._clock(), self._next_slot) + self._global_gap

    def _forget_idle_chats(self) -> None:
        if len(self._chat_free) > 1000:
            now = self._clock()
            self._chat_free = {c: t for c, t in self._chat_free.items() if t > now}

    # --- database (in this sender's own thread, so a busy default executor never delays
    # the 'sent' commit) -----------------------------------------------------------------------
    async def _db(self, call: Callable[[], T]) -> T:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="outbox")
        return await asyncio.get_running_loop().run_in_executor(self._pool, call)

    def _fetch_due(self) -> list[_Due]:
        earlier = aliased(Outbox)
        blocked = (
            select(earlier.id)
            .where(earlier.chat_id == Outbox.chat_id, earlier.id < Outbox.id)
            .where(earlier.status.in_((PENDING, SENDING)))
            .exists()
        )
        query = (
            select(
                Outbox.id,
                Outbox.chat_id,
                Outbox.payload_enc,
                Outbox.attempts,
                Outbox.permanent_failures,
            )
            .where(Outbox.status == PENDING, Outbox.next_attempt_at <= self._wall(), ~blocked)
            .order_by(Outbox.id)
            .limit(self._batch)
        )
        with self._sessions() as session:
            return [_Due(*values) for values in session.execute(query)]

    def _update(self, statement: Update) -> int:
        with self._sessions.begin() as session:
            options = {"synchronize_session": False}
            result = session.execute(statement, execution_options=options)
            return cast(CursorResult[Any], result).rowcount

    def _claim(self, row_id: int) -> bool:
        return (
            self._update(
                update(Outbox)
                .where(Outbox.id == row_id, Outbox.status == PENDING)
                .values(
                    status=SENDING,
                    claimed_by=self.name,
                    claimed_at=self._wall(),
                    attempts=Outbox.attempts + 1,
                )
            )
            == 1
        )

    def _mark_sent(self, row: _Due, message_id: int, returned: float) -> None:
        statement = (
            update(Outbox)
            .where(Outbox.id == row.id, Outbox.status.in_((SENDING, PENDING)))
            .values(
                status=SENT,
                sent_at=self._wall(),
                message_id=message_id,
                claimed_by=None,
                claimed_at=None,
            )
        )
        for pause in (0.1, 0.3, 1.0, 3.0, None):  # a lost commit would mean a resend
            try:
                changed = self._update(statement)
                break
            except SQLAlchemyError as error:
                if pause is None:
                    raise
                log.warning(
                    "Outbox row %s: 'sent' not saved yet (%s)", row.id, type(error).__name__
                )
                time.sleep(pause)
        self.stats.windows.append((row.id, message_id, returned, time.monotonic()))
        self.stats.sent += 1
        if changed:
            log.debug("Outbox row %s chat %s: sent", row.id, row.chat_id)
        else:  # only if a claim outlived the lease: the lease is too short for this send
            log.error("Outbox row %s chat %s: sent twice (claim expired)", row.id, row.chat_id)

    def _record_failure(
        self, row: _Due, status: str, delay: float, error: str, refund: bool = False
    ) -> None:
        self._update(
            update(Outbox)
            .where(Outbox.id == row.id, Outbox.status == SENDING, Outbox.claimed_by == self.name)
            .values(
                status=status,
                attempts=Outbox.attempts - 1 if refund else Outbox.attempts,
                next_attempt_at=self._wall() + dt.timedelta(seconds=delay),
                permanent_failures=row.permanent_failures,
                last_error=error,
                claimed_by=None,
                claimed_at=None,
            )
        )

    def _release_stale(self, older_than_s: float) -> int:
        cutoff = self._wall() - dt.timedelta(seconds=older_than_s)
        return self._update(
            update(Outbox)
            .where(Outbox.status == SENDING)
            .where(or_(Outbox.claimed_at.is_(None), Outbox.claimed_at <= cutoff))
            .values(status=PENDING, claimed_by=None, claimed_at=None)
        )


async def _wait_any(stop: asyncio.Event, wake: asyncio.Event | None, timeout: float) -> None:
    events = [stop] if wake is None else [stop, wake]
    waiters = [asyncio.ensure_future(event.wait()) for event in events]
    try:
        await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
    if wake is not None:
        wake.clear()
