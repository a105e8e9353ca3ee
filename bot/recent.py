"""What each person did a moment ago, in memory only, forgotten after a window:

- `RecentTexts`: their last text, as a keyed digest and a time: whether a text is the same
  as the one they sent just before (a bad connection resends; an impatient tap sends again).
  The dialogue then answers "I answered this just above" (bot/dialogue/repeats.py). Never
  the text: a digest keyed with a random key made at start, so not even a list of common
  questions can tell what was written.
- `RecentAnswers`: the answer they were last shown (the button data that shows it again:
  a topic id, and the place codes the words named), for a few minutes: a short question
  right after it that the bot cannot read alone ("how much it cost?", "what can I do?") is
  offered that answer's topic again and a person for it (bot/dialogue/follow_up.py); and
  the other problems they wrote a moment ago (the buttons' data, round 21B), offered again
  when they send only "?" or "hello??" after an answer that did not cover everything.

Per process on purpose, like bot/flood.py: nothing of it is written anywhere, it is lost on
a restart, and when a message reaches another instance it costs only the full answer again
(or the offer).
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from typing import Generic, TypeVar

WINDOW_S = 60.0  # the same text again within a minute is a resend
ANSWER_WINDOW_S = 600.0  # a question within ten minutes of an answer may be about it

V = TypeVar("V")


class _Recent(Generic[V]):
    """One value per person, with the time it was kept; older than the window is gone."""

    def __init__(self, window_s: float) -> None:
        self.window_s = window_s
        self._last: dict[str, tuple[V, float]] = {}
        self._swept_at = 0.0
        self._lock = threading.Lock()  # the service handles texts in worker threads

    def _get(self, uid: str, at: float | None) -> V | None:
        now = time.time() if at is None else at
        with self._lock:
            before = self._last.get(uid)
        if before is None or not 0 <= now - before[1] <= self.window_s:
            return None
        return before[0]

    def _put(self, uid: str, value: V, at: float | None) -> None:
        now = time.time() if at is None else at
        with self._lock:
            if now - self._swept_at > self.window_s:
                self._sweep(now)
            self._last[uid] = (value, now)

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


class RecentTexts(_Recent[bytes]):
    def __init__(self, window_s: float = WINDOW_S) -> None:
        super().__init__(window_s)
        self._key = os.urandom(16)

    def again(self, uid: str, text: str, at: float | None = None) -> bool:
        """Whether `text` is the one `uid` was last answered for (`remember`), within the
        window before `at` (seconds, the message's time when known). Remembers nothing: a
        text is remembered only once its answer committed, so a handling that failed (and
        its redelivery) or a text the bot could not read (the NLU down) is answered in full."""
        return self._get(uid, at) == self._digest(text)

    def remember(self, uid: str, text: str, at: float | None = None) -> None:
        """`text` was answered for `uid` at `at`: the same again within the window is
        "answered just above"."""
        self._put(uid, self._digest(text), at)

    def _digest(self, text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8"), key=self._key, digest_size=16).digest()


class RecentAnswers(_Recent[tuple[str, tuple[str, ...]]]):
    def __init__(self, window_s: float = ANSWER_WINDOW_S) -> None:
        super().__init__(window_s)

    def last(self, uid: str, at: float | None = None) -> str | None:
        """The data of the button that shows again the answer `uid` was last shown, if that
        was within the window before `at`."""
        kept = self._get(uid, at)
        return kept[0] if kept is not None else None

    def also(self, uid: str, at: float | None = None) -> tuple[str, ...]:
        """The data of the buttons that show the other problems `uid` wrote about with the
        answer last shown (within the window before `at`); () when none."""
        kept = self._get(uid, at)
        return kept[1] if kept is not None else ()

    def remember(
        self, uid: str, shown: str, at: float | None = None, also: tuple[str, ...] = ()
    ) -> None:
        """`uid` was shown the answer `shown` (a button's data) at `at`, and wrote also about
        the problems `also` shows; kept only once the handling committed, as RecentTexts."""
        self._put(uid, (shown, also), at)
