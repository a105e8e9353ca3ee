"""Telegram's send limits, enforced by the fake Bot API when a test or benchmark asks for them.

Telegram documents them as: no more than 30 messages per second for a bot overall, about one
per second in one private chat, no more than 20 per minute in one group. Past them it answers
429 "Too Many Requests: retry after N" with `parameters.retry_after`. Off by default (the e2e
tests' fake answers at once); `tg.enforce_limits()` turns them on. Every 429 is counted, so a
benchmark can report how often the bot ran into them.

Windows are sliding: a send is accepted when fewer than the limit were accepted in the window
that ends now. Refused sends do not use up the window (nothing was delivered).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field

from tests.fakes.telegram_faults import SEND_METHODS, error_body

Verdict = tuple[int, dict[str, object]]


@dataclass
class SendLimits:
    per_second: int = 30  # the bot, all chats together
    private_interval_s: float = 1.0  # one send per this long in one private chat
    group_per_minute: int = 20
    methods: frozenset[str] = SEND_METHODS
    refused: int = 0  # 429s given, all kinds together
    refused_by_kind: Counter[str] = field(default_factory=Counter)  # "bot", "private", "group"
    accepted: int = 0
    _recent: deque[float] = field(default_factory=deque)  # accepted sends in the last second
    _private_last: dict[int, float] = field(default_factory=dict)
    _group_recent: defaultdict[int, deque[float]] = field(
        default_factory=lambda: defaultdict(deque)
    )

    def verdict(self, method: str, chat_id: int | None, now: float) -> Verdict | None:
        """A 429 for `method` to `chat_id` at monotonic time `now`, or None (then counted as
        sent: call only when the send will be delivered)."""
        if method.lower() not in self.methods:
            return None
        _expire(self._recent, now, 1.0)
        wait = self._wait_for_bot(now) or self._wait_for_chat(chat_id, now)
        if wait is not None:
            kind, seconds = wait
            self.refused += 1
            self.refused_by_kind[kind] += 1
            retry_after = max(1, math.ceil(seconds))
            description = f"Too Many Requests: retry after {retry_after}"
            return 429, error_body(429, description, retry_after)
        self._take(chat_id, now)
        return None

    def _wait_for_bot(self, now: float) -> tuple[str, float] | None:
        if len(self._recent) < self.per_second:
            return None
        return "bot", self._recent[0] + 1.0 - now

    def _wait_for_chat(self, chat_id: int | None, now: float) -> tuple[str, float] | None:
        if chat_id is None:
            return None
        if chat_id > 0:
            last = self._private_last.get(chat_id)
            if last is not None and now - last < self.private_interval_s:
                return "private", last + self.private_interval_s - now
            return None
        sent = self._group_recent[chat_id]
        _expire(sent, now, 60.0)
        if len(sent) < self.group_per_minute:
            return None
        return "group", sent[0] + 60.0 - now

    def _take(self, chat_id: int | None, now: float) -> None:
        self.accepted += 1
        self._recent.append(now)
        if chat_id is None:
            return
        if chat_id > 0:
            self._private_last[chat_id] = now
        else:
            self._group_recent[chat_id].append(now)


def _expire(times: deque[float], now: float, window_s: float) -> None:
    while times and times[0] <= now - window_s:
        times.popleft()
