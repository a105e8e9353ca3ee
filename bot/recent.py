"""Each person's last text, as a keyed digest and a time, in memory: whether a text is the
same as the one they sent just before (a bad connection resends; an impatient tap sends
again). The dialogue then answers "I answered this just above" (bot/dialogue/repeats.py).

Never the text: a digest keyed with a random key made at start, so not even a list of
common questions can tell what was written; forgotten after a window. Per process on
purpose, like bot/flood.py: lost on a restart, or when a resend reaches another instance,
it costs only the full answer again.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time

WINDOW_S = 60.0


class RecentTexts:
    def __init__(self, window_s: float = WINDOW_S) -> None:
        self.window_s = window_s
        self._key = os.urandom(16)
        self._last: dict[str, tuple[bytes, float]] = {}
        self._swept_at = 0.0
        self._lock = threading.Lock()  # the service handles texts in worker threads

    def again(self, uid: str, text: str, at: float | None = None) -> bool:
        """Whether `text` is what `uid` sent last, within the window before `at` (seconds,
        the message's time when known); and remember it as their last."""
        now = time.time() if at is None else at
        digest = hashlib.blake2b(text.encode("utf-8"), key=self._key, digest_size=16).digest()
        with self._lock:
            if now - self._swept_at > self.window_s:
                self._sweep(now)
            before = self._last.get(uid)
            self._last[uid] = (digest, now)
        return before is not None and before[0] == digest and 0 <= now - before[1] <= self.window_s

    def forget(self, uid: str) -> None:
        """After /delete_my_data: nothing of the person stays, not even this."""
        with self._lock:
            self._last.pop(uid, None)

    def _sweep(self, now: float) -> None:
        self._swept_at = now
        for uid in [uid for uid, (_, at) in self._last.items() if now - at > self.window_s]:
            del self._last[uid]

    def __len__(self) -> int:
        return len(self._last)
