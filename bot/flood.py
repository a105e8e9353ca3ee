"""A per-user flood limit: a sliding window of message times, kept in memory.

Per process on purpose: it protects this process's capacity, and losing it on a restart
costs nothing. Users over the limit get one polite note per window, then silence.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

WINDOW_S = 60.0


class FloodGuard:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._seen: dict[str, deque[float]] = {}
        self._warned: dict[str, float] = {}

    def check(self, uid: str) -> str:
        """'ok', 'warn' (over the limit: say so once) or 'drop'."""
        now = self.clock()
        times = self._seen.setdefault(uid, deque())
        while times and now - times[0] > WINDOW_S:
            times.popleft()
        times.append(now)
        if len(times) <= self.per_minute:
            return "ok"
        if now - self._warned.get(uid, -WINDOW_S * 2) > WINDOW_S:
            self._warned[uid] = now
            return "warn"
        return "drop"

    def forget_idle(self) -> None:
        """Drop users not seen for a window, so memory does not grow with every user ever."""
        now = self.clock()
        for uid in [u for u, t in self._seen.items() if not t or now - t[-1] > WINDOW_S]:
            self._seen.pop(uid, None)
            self._warned.pop(uid, None)
