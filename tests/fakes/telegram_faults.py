"""Fault injection for the fake Telegram server: failed sends and flood waits.

A 429 opens a flood-wait window like Telegram's: until `retry_after` has passed, every send
is refused again, and a send inside the window is counted as a violation, so a test can
prove the bot honoured `retry_after` instead of hammering the API.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass, field

# Calls that deliver something to a chat: the ones later issues need to fail.
SEND_METHODS = frozenset(
    {
        "sendmessage",
        "sendvenue",
        "sendlocation",
        "sendphoto",
        "senddocument",
        "sendcontact",
        "copymessage",
        "forwardmessage",
        "editmessagetext",
        "editmessagereplymarkup",
    }
)


# A fault code of its own: no answer at all. The request is held for `hang_s`, then the
# connection is dropped; nothing is delivered. PTB sees a time-out or a network error.
NO_ANSWER = 0


def error_body(code: int, description: str, retry_after: int | None = None) -> dict[str, object]:
    body: dict[str, object] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return body


@dataclass
class FaultPlan:
    ratio: float
    codes: tuple[int, ...] = (500, 429)
    retry_after: int = 1
    seed: int | None = None
    methods: frozenset[str] = SEND_METHODS
    limit: int | None = None  # stop after this many injected failures
    hang_s: float = 1.0  # how long a NO_ANSWER request is held before the connection drops
    injected: list[tuple[str, int]] = field(default_factory=list)
    flood_until: float = 0.0
    violations: int = 0  # sends that arrived inside a flood-wait window
    _rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        if not 0.0 <= self.ratio <= 1.0:
            raise ValueError("ratio must be between 0 and 1")
        allowed = (NO_ANSWER, 400, 401, 403, 429, 500, 502)
        if not self.codes or any(code not in allowed for code in self.codes):
            raise ValueError(f"codes must be some of {allowed} (0: no answer)")
        self._rng = random.Random(self.seed)

    def verdict(self, method: str) -> tuple[int, dict[str, object]] | None:
        """An error to answer `method` with, or None to let it through."""
        if method.lower() not in self.methods:
            return None
        remaining = self.flood_until - time.monotonic()
        if remaining > 0:
            self.violations += 1
            wait = max(1, math.ceil(remaining))
            return 429, error_body(429, f"Too Many Requests: retry after {wait}", wait)
        if self.limit is not None and len(self.injected) >= self.limit:
            return None
        if self._rng.random() >= self.ratio:
            return None
        code = self._rng.choice(self.codes)
        self.injected.append((method, code))
        if code == 429:
            self.flood_until = time.monotonic() + self.retry_after
            return 429, error_body(
                429, f"Too Many Requests: retry after {self.retry_after}", self.retry_after
            )
        if code == NO_ANSWER:
            return NO_ANSWER, {}
        descriptions = {
            400: "Bad Request: injected by the fake",
            401: "Unauthorized",  # PTB: InvalidToken (a revoked token)
            403: "Forbidden: bot was blocked by the user",
            500: "Internal Server Error",
            502: "Bad Gateway",
        }
        return code, error_body(code, descriptions[code])
