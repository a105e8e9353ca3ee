"""The outbox sender: delivers the rows `queue.enqueue` wrote, through a `SendFn` (PTB's in
bot/telegram/sender.py; an `EditFn` for live messages), with backoff, Telegram's retry_after,
per-chat and global limits, and in row-id order per chat.

Each attempt claims its row first (rows.py), so senders running side by side never send a
row twice. Telegram's API has no idempotency key: a crash between Telegram accepting a
message and the 'sent' commit leaves the row 'sending'; it goes back to 'pending' once its
claim is older than the lease, and is then sent again. The commit right after the call keeps
that window to the commit itself, a few ms (`SenderStats.windows` records it per send).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker

from bot.metrics import SEND_UNRECORDED_SECONDS
from bot.outbox.budget import SendBudget, take_from
from bot.outbox.errors import Blocked, Moved, RetryAfter, error_name, verdict
from bot.outbox.lanes import SendLanes
from bot.outbox.queue import OutboxStatus, lane_of_row, unseal
from bot.outbox.quick_sent import QuickSendFn, Sent
from bot.outbox.replies import HOLD_S, process_name
from bot.outbox.rows import (
    BlockedFn,
    Due,
    EditFn,
    MovedFn,
    OutboxRows,
    UndeliveredFn,
    send_anew,
)
from bot.outbox.wake import wait_any
from bot.storage.crypto import CryptoBox
from bot.storage.models import utcnow
from bot.values import Keyboard

log = logging.getLogger(__name__)
T = TypeVar("T")

SendFn = Callable[[int, str, Keyboard], Awaitable[int]]  # chat_id, text, buttons -> message_id
# Broadcasts (alerts) use at most two thirds of Telegram's 30 messages/s for a bot (issue 15).
BROADCAST_PER_S = 20.0


@dataclass
class SenderStats:
    sent: int = 0
    retry_after: int = 0
    transient: int = 0
    permanent: int = 0
    failed: int = 0
    recovered: int = 0
    blocked: int = 0  # 403s: the person blocked the bot; their alerts end
    # (row id, message id, send started, 'sent' committed), time.monotonic(): a bound on the
    # window in which a crash would make the row go out twice.
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
        moved: MovedFn | None = None,
        blocked: BlockedFn | None = None,
        broadcast_per_s: float = BROADCAST_PER_S,
        edit: EditFn | None = None,
        lanes: SendLanes | None = None,
        budget: SendBudget | None = None,
        undelivered: UndeliveredFn | None = None,
    ) -> None:
        """`clock` paces sends in this process; `wall` stamps rows (shared by all senders).

        `claim_lease_s` must exceed `send_timeout_s` plus a commit: a claim older than that
        is taken to belong to a crashed sender.
        """
        self._box, self._send, self.budget = box, send, budget  # budget: Telegram's, shared
        self._per_chat, self._global_gap = per_chat_interval_s, 1.0 / global_per_s
        self._max_attempts, self._base, self._cap = max_attempts, base_backoff_s, max_backoff_s
        self._clock, self._sleep, self._rng = clock, sleep, rng or random.Random()
        self._send_timeout, self._lease = send_timeout_s, claim_lease_s
        self.name = process_name()
        self._rows = OutboxRows(sessions, wall, self.name, batch)
        self._moved, self._blocked, self._edit = moved, blocked, edit or send_anew(send)
        self._undelivered = undelivered  # a row failed for good by a 403: who sent it hears
        self._broadcast_gap = 1.0 / min(broadcast_per_s, global_per_s)  # and the global pace
        self._wake: asyncio.Event | None = None
        self.stats = SenderStats()
        self._next_slot = self._paused_until = self._next_broadcast = float("-inf")
        # A 429 met by a broadcast row pauses broadcasts only: a person's reply still tries,
        # and if Telegram refuses it too, that 429 pauses everyone (issue 15's p99 <= 1 s).
        self._bulk_paused_until = float("-inf")
        self.lanes = lanes or SendLanes()  # one send at a time by lane, with direct replies
        self._chat_free: dict[int, float] = {}
        self._wake_at = float("inf")
        self._stop: asyncio.Event | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._quick: QuickSendFn | None = None

    def send_on(self, quick: QuickSendFn) -> None:
        """Sends from now on go through `quick` (PostgreSQL: bot/telegram/send_loop.py),
        which also records each one's 'sent' at once (quick_sent.py)."""
        self._quick = quick

    # --- the loop -----------------------------------------------------------------------------
    async def run(
        self, stop: asyncio.Event, wake: asyncio.Event | None = None, idle_s: float = 1.0
    ) -> None:
        """Send until `stop` is set; `wake` tells of new rows at once."""
        self._stop, self._wake = stop, wake
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
                await wait_any(stop, wake, pause)
        finally:
            self.close()

    async def drain_once(self) -> int:
        """Attempt every due row once, oldest first; returns how many were sent."""
        self._wake_at = float("inf")
        sent = 0
        if self._clock() < self._paused_until:
            self._wake_at = self._paused_until
            return 0
        for row in await self._db(self._rows.fetch_due):
            if (self._stop and self._stop.is_set()) or self._clock() < self._paused_until:
                break
            if row.priority >= 0 and self._wake is not None and self._wake.is_set():
                break  # new rows may be more urgent (emergency numbers): fetch again
            free_at = self._chat_free.get(row.chat_id, float("-inf"))
            free_at = max(free_at, self._clock() + self.lanes.room_in(row.chat_id))  # direct
            if row.priority > 0:
                free_at = max(free_at, self._bulk_paused_until)
            if self._clock() < free_at:
                self._wake_at = min(self._wake_at, free_at)
                continue
            if row.priority > 0:
                self._next_broadcast = await self._slot(self._next_broadcast, self._broadcast_gap)
            self._next_slot = await self._slot(self._next_slot, self._global_gap)
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
        count = await self._db(partial(self._rows.release_stale, age))
        if age < HOLD_S:  # a polling start: replies held by the dead process go now
            count += await self._db(partial(self._rows.release_held, age))
        if count:
            self.stats.recovered += count
            log.warning("Outbox: %d row(s) left 'sending' or held go back to 'pending'", count)
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
    async def _attempt(self, row: Due) -> bool:
        if not await self._db(partial(self._rows.claim, row.id)):
            return False  # another sender took it
        self._chat_free[row.chat_id] = self._clock() + self._per_chat
        message = unseal(self._box, row.payload_enc)
        if message is None:
            await self._db(
                partial(
                    self._rows.record_failure, row, OutboxStatus.FAILED, 0.0, "PayloadUnreadable"
                )
            )
            self.stats.failed += 1
            log.error("Outbox row %s chat %s: failed (payload unreadable)", row.id, row.chat_id)
            return False
        try:
            target = await self._db(partial(self._rows.live_target, row)) if row.slot else None
            lane, chat = lane_of_row(row.chat_id, row.priority), row.chat_id
            # A private chat's pace is kept with the direct replies' (room_in said it has room).
            async with self.lanes.turn(lane, chat if chat > 0 else None):
                await take_from(self.budget)  # Telegram's limit, across instances
                until = self._paused_until  # a reply (or, for a broadcast, a broadcast) met a 429
                until = max(until, self._bulk_paused_until) if row.priority > 0 else until
                if self._clock() < until:
                    raise RetryAfter(until - self._clock())
                if self._quick is not None:  # the send and its 'sent', on the send loop
                    sent = await self._quick(row, target, *message, self._send_timeout)
                else:
                    sent = await self._send_here(row, target, message)
        except Exception as error:
            await self._after_error(row, error)
            return False
        message_id, changed, started, committed = sent
        if changed is None:  # Nothing but the commit between Telegram's answer and 'sent'
            changed, committed = await self._db(partial(self._rows.mark_sent, row, message_id))
        self.stats.windows.append((row.id, message_id, started, committed))
        SEND_UNRECORDED_SECONDS.observe(committed - started)
        self.stats.sent += 1
        if changed:
            log.debug("Outbox row %s chat %s: sent", row.id, row.chat_id)
        else:  # only if a claim outlived the lease: the lease is too short for this send
            log.error("Outbox row %s chat %s: sent twice (claim expired)", row.id, row.chat_id)
        return True

    async def _send_here(self, row: Due, target: int | None, message: tuple[str, Keyboard]) -> Sent:
        """On the bot's loop; its 'sent' is then recorded in this sender's thread."""
        started = time.monotonic()
        async with asyncio.timeout(self._send_timeout):  # no extra task (wait_for)
            if target is None:
                message_id = await self._send(row.chat_id, *message)
            else:  # a live message (rows.py): edited where its slot left it
                message_id = await self._edit(row.chat_id, target, *message)
        return Sent(message_id, None, started, 0.0)

    async def _after_error(self, row: Due, error: Exception) -> None:
        if isinstance(error, Moved):  # a group became a supergroup: follow it at once
            new = error.new_chat_id
            await self._db(partial(self._rows.move_chat, row, new, self._moved))
            self._chat_free.pop(row.chat_id, None)
            log.warning("Outbox: chat %s moved to %s; its rows follow", row.chat_id, new)
            return
        attempts = row.attempts + 1
        said = verdict(error, attempts, row.permanent_failures, self._max_attempts, self._backoff)
        give_up, delay, waited = said.give_up, said.delay_s, said.counted_as == "retry_after"
        if waited:
            self.stats.retry_after += 1
            resume = self._clock() + delay
            if row.priority > 0:
                self._bulk_paused_until = max(self._bulk_paused_until, resume)
            else:
                self._paused_until = max(self._paused_until, resume)
            self._chat_free[row.chat_id] = max(self._chat_free.get(row.chat_id, 0.0), resume)
        elif said.counted_as == "permanent":
            self.stats.permanent += 1
        else:
            self.stats.transient += 1
        status = OutboxStatus.FAILED if give_up else OutboxStatus.PENDING
        name = error_name(error)
        row = row._replace(permanent_failures=said.refusals)
        then = self._undelivered if give_up and isinstance(error, Blocked) else None
        failed = partial(self._rows.record_failure, row, status, delay, name, waited, then)
        await self._db(failed)
        if isinstance(error, Blocked) and self._blocked is not None:
            self.stats.blocked += 1
            await self._db(partial(self._rows.after_blocked, row.chat_id, self._blocked))
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

    async def _slot(self, next_at: float, gap: float) -> float:
        """Waits for the send slot at `next_at`; returns when the one after it is."""
        wait = next_at - self._clock()
        if wait > 0:
            await self._sleep(wait)
        return max(self._clock(), next_at) + gap

    def _forget_idle_chats(self) -> None:
        if len(self._chat_free) > 1000:
            now = self._clock()
            self._chat_free = {c: t for c, t in self._chat_free.items() if t > now}

    # --- database (rows.py, in this sender's own thread, so a busy default executor never
    # delays the 'sent' commit) ----------------------------------------------------------------
    async def _db(self, call: Callable[[], T]) -> T:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="outbox")
        return await asyncio.get_running_loop().run_in_executor(self._pool, call)
