"""Whose send goes next (issue 11): urgent replies first, private chats before groups and
inboxes, broadcasts last, and at most `per_s` sends started in any one second for the whole
bot (Telegram allows about 30).

Direct replies and the outbox sender both take a turn here before calling Telegram. A turn is
only the right to start: the call itself runs outside, so a slow call (PTB's limiter holds a
group send up to 3 s for the group's own 20 a minute) never holds up anyone else. Waiting
turns are given in lane order (bot.values.Lane), first come first served within a lane.

The one flood wait (a 429's retry_after) stays the outbox sender's: whoever gets a turn checks
it before sending (bot/telegram/handlers.py, bot/outbox/sender.py).
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress

from bot.values import Lane

TELEGRAM_PER_S = 30
WINDOW_S = 1.0


class SendLanes:
    def __init__(
        self,
        per_s: int = TELEGRAM_PER_S,
        window_s: float = WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._per_window, self._window = max(1, per_s), window_s
        self._clock = clock
        self._started: deque[float] = deque()  # when the last `per_s` turns began
        self._waiting: list[tuple[int, int]] = []  # (lane, arrival), a heap
        self._arrivals = itertools.count()
        self._changed = asyncio.Condition()

    @asynccontextmanager
    async def turn(self, lane: Lane | int) -> AsyncIterator[None]:
        """Wait for this send's turn; the send happens inside the `async with`."""
        await self.take(lane)
        yield

    async def take(self, lane: Lane | int) -> None:
        me = (int(lane), next(self._arrivals))
        heapq.heappush(self._waiting, me)
        async with self._changed:
            try:
                while True:
                    wait = self._wait_s(me)
                    if wait == 0.0:
                        heapq.heappop(self._waiting)
                        self._started.append(self._clock())
                        self._changed.notify_all()  # the next in line is now at the head
                        return
                    with suppress(TimeoutError):
                        await asyncio.wait_for(self._changed.wait(), wait)
            except BaseException:  # cancelled while waiting: leave the line
                if me in self._waiting:
                    self._waiting.remove(me)
                    heapq.heapify(self._waiting)
                    self._changed.notify_all()
                raise

    def waiting(self) -> int:
        return len(self._waiting)

    def _wait_s(self, me: tuple[int, int]) -> float | None:
        """0 when `me` may start now; seconds until the window has room when `me` is first
        in line; None (until told) while someone goes before it."""
        if self._waiting[0] != me:
            return None
        now = self._clock()
        while self._started and self._started[0] <= now - self._window:
            self._started.popleft()
        if len(self._started) < self._per_window:
            return 0.0
        return max(1e-3, self._started[0] + self._window - now)
