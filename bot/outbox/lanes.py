"""Whose send goes next (issue 11): urgent replies first, private chats before groups and
inboxes, broadcasts last; one send on the wire at a time, and at most `per_s` started in any
one second for the whole bot (Telegram allows about 30).

Direct replies and the outbox sender both take a turn here before calling Telegram, and hold
it for the call: a 429 is then known before the next send starts, so nothing goes into a
known flood wait (the one flood wait is the outbox sender's; whoever gets a turn checks it,
bot/telegram/handlers.py and bot/outbox/sender.py). Waiting turns are given in lane order
(bot.values.Lane), first come first served within a lane.

Nothing waits for a group's own pace while holding a turn: a direct send to a group first
waits, outside the line, until the group has room (`group_per_min` in any minute, stricter
than PTB's limiter, which therefore never holds the call). So a busy group or inbox holds up
its own sends only, never a private reply. The same holds, when set, for one send per
`private_interval_s` in a private chat.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import math
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from bot.values import Lane

TELEGRAM_PER_S = 30
WINDOW_S = 1.0
GROUP_PER_MIN = 20  # Telegram's (and PTB's limiter's) pace for one group
GROUP_WINDOW_S = 60.0
SWEEP_AT_LEAST = 1000
PENDING_POLL_S = 0.05  # a chat's send waiting behind one still on its way
_Waiter = tuple[int, int, "asyncio.Future[None]"]


class _Stamp:
    """When one send to a chat happened: `at` is inf while it is on its way, the time it
    ended once it did. Its own object, so `turn` sets it in place and gives back exactly its
    own room on a timeout or a cancel (compared by identity)."""

    __slots__ = ("at",)

    def __init__(self) -> None:
        self.at = math.inf


class SendLanes:
    def __init__(
        self,
        per_s: int = TELEGRAM_PER_S,
        window_s: float = WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
        group_per_min: int = GROUP_PER_MIN,
        group_window_s: float = GROUP_WINDOW_S,
        private_interval_s: float = 0.0,
    ) -> None:
        """`private_interval_s`: the least time between two direct sends to one private
        chat (0: none; Telegram asks for about 1 s but takes a reply's few messages at once)."""
        self._per_window, self._window = max(1, per_s), window_s
        self._group_max, self._group_window = max(1, group_per_min), group_window_s
        self._private_interval = private_interval_s
        self._clock = clock
        self._started: deque[float] = deque()  # when the last `per_s` turns began
        self._chats: dict[int, deque[_Stamp]] = {}  # per chat: its recent sends' stamps
        self._sweep_at = SWEEP_AT_LEAST  # chats in the table before idle ones are dropped
        self._waiting: list[_Waiter] = []  # a heap: (lane, arrival, future)
        self._arrivals = itertools.count()
        self._busy = False
        self._timer: asyncio.TimerHandle | None = None
        self._idle: list[asyncio.Future[None]] = []  # `idle()`'s waiters

    @asynccontextmanager
    async def turn(
        self, lane: Lane | int, chat: int | None = None, until: float | None = None
    ) -> AsyncIterator[None]:
        """Wait for this send's turn (and, given its `chat`, that chat's room); the send
        happens inside the `async with`, and the next turn is given when it ends. `until`
        (the loop's time): TimeoutError if the turn has not come by then; only the wait is
        bounded, never the send (cut off on the wire, it could overlap the next one)."""
        stamp: _Stamp | None = None
        try:
            async with asyncio.timeout_at(until):
                if chat is not None and chat < 0:
                    stamp = await self._room(chat, self._group_max, self._group_window)
                elif chat is not None and self._private_interval > 0:
                    stamp = await self._room(chat, 1, self._private_interval)
                await self.take(lane)
        except BaseException:  # late or cancelled: nothing was sent, the room is given back
            if chat is not None and stamp is not None:
                self._chats[chat] = deque(s for s in self._chats.get(chat, ()) if s is not stamp)
            raise
        try:
            yield
        finally:
            if stamp is not None:  # the chat's pace counts from the send's end: Telegram
                stamp.at = self._clock()  # saw it no later, however long the wait for a turn
            self.release()

    async def take(self, lane: Lane | int) -> None:
        """Wait for a turn; the caller must `release()` it (`turn` does)."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiting, (int(lane), next(self._arrivals), future))
        self._grant()
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self.release()  # given the turn just as it was cancelled: pass it on
            else:
                self._grant()  # it leaves the line (a cancelled future is skipped)
            raise

    def release(self) -> None:
        self._busy = False
        self._grant()

    def waiting(self) -> int:
        return sum(1 for _lane, _n, future in self._waiting if not future.done())

    async def idle(self) -> None:
        """Until no send waits for its turn (one may still be on the wire): what may go
        without taking a turn waits for it here (bot/telegram/chat_menu.py), woken once
        instead of looking again and again while a crowd's replies wait."""
        if not self._waiting:  # _grant leaves a live waiter first, or none
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._idle.append(future)
        await future

    def _grant(self) -> None:
        while self._waiting and self._waiting[0][2].done():
            heapq.heappop(self._waiting)  # cancelled while waiting
        if not self._waiting:
            self._wake_idle()
        if self._busy or not self._waiting:
            return
        now = self._clock()
        while self._started and self._started[0] <= now - self._window:
            self._started.popleft()
        if len(self._started) >= self._per_window:
            self._wake_at(self._started[0] + self._window - now)
            return
        _lane, _n, future = heapq.heappop(self._waiting)
        self._busy = True
        self._started.append(now)
        future.set_result(None)
        if not self._waiting:
            self._wake_idle()

    def _wake_idle(self) -> None:
        idle, self._idle = self._idle, []
        for future in idle:
            if not future.done():  # not given up (a time-out cancels it)
                future.set_result(None)

    def _wake_at(self, delay_s: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(max(1e-3, delay_s), self._grant)

    def room_in(self, chat: int) -> float:
        """Seconds until a private `chat` has room for a send under `private_interval_s`
        (0: now); the outbox sender skips a chat without room instead of waiting for it."""
        if chat < 0 or self._private_interval <= 0:
            return 0.0
        sent = self._chats.get(chat)
        if not sent:
            return 0.0
        last = max(stamp.at for stamp in sent)
        return min(self._private_interval, max(0.0, last + self._private_interval - self._clock()))

    async def _room(self, chat: int, limit: int, window_s: float) -> _Stamp:
        """Until `chat` has had fewer than `limit` sends in the last `window_s`; then this
        send counts as one of them (its stamp, set again when the send ends)."""
        while True:
            now = self._clock()
            # Stamps are set again when a send ends, so they are not in order: drop every
            # one that left the window (a send still on its way is inf, and stays).
            sent = deque(stamp for stamp in self._chats.get(chat, ()) if stamp.at > now - window_s)
            self._chats[chat] = sent
            if len(sent) < limit:
                stamp = _Stamp()  # inf: counts until it ended, however long it waits for a turn
                sent.append(stamp)
                self._forget_idle_chats(now)
                return stamp
            first = min(stamp.at for stamp in sent)
            await asyncio.sleep(PENDING_POLL_S if first == math.inf else first + window_s - now)

    def _forget_idle_chats(self, now: float) -> None:
        """Drop the chats whose last send left their window. Only once the table has doubled
        since the last sweep: a crowd of thousands keeps most chats in it for a minute, and
        sweeping at every send was a pass over all of them per send."""
        if len(self._chats) < self._sweep_at:
            return
        private_cutoff, group_cutoff = now - self._private_interval, now - self._group_window
        self._chats = {
            c: s
            for c, s in self._chats.items()
            if s and max(stamp.at for stamp in s) > (group_cutoff if c < 0 else private_cutoff)
        }
        self._sweep_at = max(SWEEP_AT_LEAST, 2 * len(self._chats))
