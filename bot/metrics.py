"""A small metrics registry rendered in Prometheus' text format (`GET /metrics`).

No dependency: counters, one latency histogram and gauges read when scraped are all the bot
needs, and prometheus_client would add a package (and its process collectors) for them.
Names and help texts only, never a label with user data: a metric cannot carry anyone's id,
words or chat. Both modes update the same module-level instruments; webhook mode serves them
(bot/telegram/webhook.py), and polling mode can serve them too (METRICS_LISTEN).
"""

from __future__ import annotations

import bisect
import gc
import math
import threading
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

# Seconds; from a cached menu answer (a few ms) to a parse that hangs (seconds).
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


def _number(value: float) -> str:
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    return repr(float(value)) if not float(value).is_integer() else str(int(value))


class Counter:
    def __init__(self, name: str, help_text: str) -> None:
        self.name, self.help = name, help_text
        self._value = 0.0
        self._lock = threading.Lock()

    def inc(self, amount: float = 1.0) -> None:
        with self._lock:
            self._value += amount

    @property
    def value(self) -> float:
        return self._value

    def render(self) -> list[str]:
        return [
            f"# HELP {self.name} {self.help}",
            f"# TYPE {self.name} counter",
            f"{self.name} {_number(self._value)}",
        ]


class Histogram:
    def __init__(
        self, name: str, help_text: str, buckets: Sequence[float] = LATENCY_BUCKETS
    ) -> None:
        self.name, self.help = name, help_text
        self.buckets = tuple(sorted(buckets))
        self._counts = [0] * (len(self.buckets) + 1)  # the last one is +Inf
        self._sum = 0.0
        self._lock = threading.Lock()

    def observe(self, value: float) -> None:
        with self._lock:
            self._counts[bisect.bisect_left(self.buckets, value)] += 1
            self._sum += value

    @property
    def count(self) -> int:
        return sum(self._counts)

    def render(self) -> list[str]:
        lines = [f"# HELP {self.name} {self.help}", f"# TYPE {self.name} histogram"]
        with self._lock:
            counts, total = list(self._counts), self._sum
        running = 0
        for bound, count in zip((*self.buckets, math.inf), counts, strict=True):
            running += count
            lines.append(f'{self.name}_bucket{{le="{_number(bound)}"}} {running}')
        lines.append(f"{self.name}_sum {_number(total)}")
        lines.append(f"{self.name}_count {running}")
        return lines


class Gauge:
    """A value read when scraped (e.g. a count in the database); None leaves it out."""

    def __init__(self, name: str, help_text: str, read: Callable[[], float | None]) -> None:
        self.name, self.help, self.read = name, help_text, read

    def render(self) -> list[str]:
        try:
            value = self.read()
        except Exception:  # a scrape must not fail because one source did (the DB is down)
            value = None
        if value is None:
            return []
        return [
            f"# HELP {self.name} {self.help}",
            f"# TYPE {self.name} gauge",
            f"{self.name} {_number(value)}",
        ]


_T = TypeVar("_T", Counter, Histogram, Gauge)


class Registry:
    def __init__(self) -> None:
        self._items: dict[str, Counter | Histogram | Gauge] = {}

    def add(self, item: _T) -> _T:
        self._items[item.name] = item  # a gauge registered again (a restart in tests) replaces
        return item

    def render(self) -> str:
        lines: list[str] = []
        for item in list(self._items.values()):
            lines.extend(item.render())
        return "\n".join(lines) + "\n"


REGISTRY = Registry()
UPDATES_HANDLED = REGISTRY.add(
    Counter("bot_updates_handled_total", "Telegram updates handled (polling or webhook).")
)
HANDLING_SECONDS = REGISTRY.add(
    Histogram(
        "bot_update_handling_seconds",
        "Seconds from an update's arrival at the bot (webhook: stored) to handled.",
    )
)
NLU_ERRORS = REGISTRY.add(
    Counter("bot_nlu_errors_total", "NLU parses that failed or timed out (answered by menus).")
)
WEBHOOK_REFUSED = REGISTRY.add(
    Counter(
        "bot_webhook_refused_total", "Webhook requests refused: wrong secret or malformed body."
    )
)
# A process killed after Telegram took a message and before its record (the held row settled,
# the outbox row 'sent') committed sends it again (issue 11). Telegram's moment is unknown:
# timed from the send's start, this bounds that window (Telegram's own time included).
RECORD_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0)
SEND_UNRECORDED_SECONDS = REGISTRY.add(
    Histogram(
        "bot_send_unrecorded_seconds",
        "Seconds from a send's start until its record committed (held replies on "
        "PostgreSQL, outbox rows); a process killed in between may send it again.",
        RECORD_BUCKETS,
    )
)


# The garbage collector's full passes stop the event loop: no one is answered meanwhile. The
# bot moves start-up's objects out of their reach (bot/runtime.py, settle_start_up); these
# say how often they come and how long the longest took. Kept without a lock: a callback of
# the collector that waited for one held by the code it interrupted would never return.
_full = {"count": 0, "seconds": 0.0, "longest": 0.0, "started": 0.0}


def _time_full_passes(phase: str, info: dict[str, int]) -> None:
    if info.get("generation") != 2:
        return
    if phase == "start":
        _full["started"] = time.perf_counter()
        return
    took = time.perf_counter() - _full["started"]
    _full["count"] += 1
    _full["seconds"] += took
    _full["longest"] = max(_full["longest"], took)


def time_full_collections() -> None:
    """Start timing the collector's full passes (once per process)."""
    if _time_full_passes not in gc.callbacks:
        gc.callbacks.append(_time_full_passes)


GC_FULL_PASSES = REGISTRY.add(
    Gauge(
        "bot_gc_full_passes",
        "Full garbage-collection passes since start (each stops the event loop).",
        lambda: _full["count"],
    )
)
GC_FULL_SECONDS = REGISTRY.add(
    Gauge(
        "bot_gc_full_pass_seconds_total",
        "Seconds spent in full garbage-collection passes since start.",
        lambda: _full["seconds"],
    )
)
GC_FULL_LONGEST = REGISTRY.add(
    Gauge(
        "bot_gc_full_pass_longest_seconds",
        "The longest full garbage-collection pass since start.",
        lambda: _full["longest"],
    )
)
GC_FROZEN = REGISTRY.add(
    Gauge(
        "bot_gc_frozen_objects",
        "Objects of the start-up moved out of the garbage collector's full passes.",
        lambda: gc.get_freeze_count(),
    )
)
