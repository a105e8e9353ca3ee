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
        """Whether `text` is the one `uid` was last answered for (`remember`), within the
        window before `at` (seconds, the message's time when known). Remembers nothing: a
        text is remembered only once its answer committed, so a handling that failed (and
        its redelivery) or a text the bot could not read (the NLU down) is answered in full."""
        now = time.time() if at is None else at
        with self._lock:
            before = self._last.get(uid)
        return (
            before is not None
            and before[0] == self._digest(text)
            and 0 <= now - before[1] <= self.window_s
        )

    def remember(self, uid: str, text: str, at: float | None = None) -> None:
        """`text` was answered for `uid` at `at`: the same again within the window is
        "answered just above"."""
        now = time.time() if at is None else at
        digest = self._digest(text)
        with self._lock:
            if now - self._swept_at > self.window_s:
                self._sweep(now)
            self._last[uid] = (digest, now)

    def _digest(self, text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8"), key=self._key, digest_size=16).digest()

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
