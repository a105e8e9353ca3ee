"""Per-user and per-group flood limits: a sliding window of message times, kept in memory.

Per process on purpose: it protects this process's capacity, and losing it on a restart
costs nothing. Users over the limit get one polite note per window, then silence; groups over
theirs get silence at once (a note there would be one more message for everyone to read).

A dropped message must cost (almost) nothing: updates share a few handling slots and one send
budget (bot/telegram/dispatch.py, bot/outbox/lanes.py), so whatever a flood costs, others
pay. The verdict needs no database; the ids of the dropped messages (which /clear must still
delete) are held here and written in one go, with the sender's next message that passes or
once 100 are held. Memory stays bounded: a user idle for a window is forgotten (the ids
still held are handed over to be written).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

WINDOW_S = 60.0
GROUP_PER_MINUTE = 10  # PTB's limiter allows 20 sends a minute to a group: never wait on it
# Messages with danger words (the triage's keywords) a user over the limit may still send in
# a window: someone typing fast in panic gets the emergency numbers, and a flood OF danger
# words still costs at most per_minute + DANGER_PER_MINUTE handled updates a minute.
DANGER_PER_MINUTE = 10
WRITE_HELD_AT = 100  # held message ids of one chat written together


class FloodGuard:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._seen: dict[str, deque[float]] = {}
        self._warned: dict[str, float] = {}
        self._spared: dict[str, float] = {}  # when a user's /clear last got through a flood
        self._danger: dict[str, deque[float]] = {}  # when danger got through a user's flood
        self._held: dict[str, tuple[int, list[int]]] = {}  # uid -> (chat id, message ids)
        self._released: list[tuple[int, list[int]]] = []  # of forgotten users, to be written
        self._swept_at = clock()

    def check(self, uid: str) -> str:
        """'ok', 'warn' (over the limit: say so once) or 'drop'."""
        now = self.clock()
        if now - self._swept_at > WINDOW_S:
            self.forget_idle()
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
        self._swept_at = now
        for uid in [u for u, t in self._seen.items() if not t or now - t[-1] > WINDOW_S]:
            self._seen.pop(uid, None)
            self._warned.pop(uid, None)
            self._spared.pop(uid, None)
            self._danger.pop(uid, None)
            held = self._held.pop(uid, None)
            if held:
                self._released.append(held)

    def spare(self, uid: str) -> bool:
        """Whether a safety command (/clear) may pass although the user is over the limit:
        once a window, so someone who flooded in panic can still wipe the chat, and a script
        cannot make the bot work for it at will."""
        now = self.clock()
        if now - self._spared.get(uid, -WINDOW_S * 2) <= WINDOW_S:
            return False
        self._spared[uid] = now
        return True

    def spare_danger(self, uid: str, verdict: str) -> bool:
        """Whether a message with danger words may pass although the user is over the limit:
        up to DANGER_PER_MINUTE a window. `verdict`: check()'s for it. A "warn" is taken back
        either way: the note to wait is never the answer to danger (their next ordinary
        message gets it)."""
        now = self.clock()
        if verdict == "warn":
            self._warned.pop(uid, None)
        times = self._danger.setdefault(uid, deque())
        while times and now - times[0] > WINDOW_S:
            times.popleft()
        if len(times) >= DANGER_PER_MINUTE:
            return False
        times.append(now)
        return True

    def users(self) -> int:
        """How many users (and groups) are remembered now."""
        return len(self._seen)

    # --- ids of dropped messages, for /clear ---------------------------------------------
    def hold(self, uid: str, chat_id: int, message_id: int) -> list[int]:
        """Keep a dropped message's id; the held ids to write now (at WRITE_HELD_AT), or []."""
        _chat, ids = self._held.setdefault(uid, (chat_id, []))
        ids.append(message_id)
        if len(ids) < WRITE_HELD_AT:
            return []
        del self._held[uid]
        return ids

    def release(self, uid: str) -> list[int]:
        """The ids held for `uid`, to be written with the message that passed."""
        held = self._held.pop(uid, None)
        return held[1] if held else []

    def released(self) -> list[tuple[int, list[int]]]:
        """(chat id, ids) of forgotten users, to be written; each handed out once."""
        out, self._released = self._released, []
        return out
