"""The metrics registry renders Prometheus' text format: cumulative buckets, +Inf equal to the
count, gauges read when scraped and left out when their source fails."""

from __future__ import annotations

from bot.metrics import Counter, Gauge, Histogram, Registry
from bot.telegram.webhook import parse_body, secret_ok


def samples(page: str) -> dict[str, float]:
    return {
        line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1])
        for line in page.splitlines()
        if line and not line.startswith("#")
    }


def test_counter_histogram_and_gauges_render_as_prometheus_text() -> None:
    registry = Registry()
    handled = registry.add(Counter("handled_total", "Handled."))
    latency = registry.add(Histogram("latency_seconds", "Latency.", buckets=(0.1, 1.0)))
    registry.add(Gauge("backlog", "Backlog.", lambda: 7))
    registry.add(Gauge("broken", "Broken.", lambda: 1 / 0))
    handled.inc()
    handled.inc(2)
    for value in (0.05, 0.1, 0.5, 3.0):
        latency.observe(value)
    page = registry.render()
    assert "# TYPE handled_total counter" in page
    assert "# TYPE latency_seconds histogram" in page
    got = samples(page)
    assert got["handled_total"] == 3
    assert got['latency_seconds_bucket{le="0.1"}'] == 2  # le is inclusive
    assert got['latency_seconds_bucket{le="1"}'] == 3
    assert got['latency_seconds_bucket{le="+Inf"}'] == 4 == got["latency_seconds_count"]
    assert got["latency_seconds_sum"] == 3.65
    assert got["backlog"] == 7
    assert "broken" not in page, "a failing source leaves its gauge out, not the page"


def test_only_a_json_object_with_a_whole_update_id_is_an_update() -> None:
    assert parse_body(b'{"update_id": 3, "message": {}}') == {"update_id": 3, "message": {}}
    for body in (
        b"",
        b"x",
        b"[]",
        b"3",
        b'{"update_id": 1.5}',
        b'{"update_id": true}',
        b'{"update_id": -2}',
        b'{"message": {}}',
        b"\xff",
        b"[" * 50_000,
    ):
        assert parse_body(body) is None, body[:20]


def test_the_secret_must_match_exactly() -> None:
    assert secret_ok("s" * 20, "s" * 20)
    assert not secret_ok(None, "s" * 20)
    assert not secret_ok("", "s" * 20)
    assert not secret_ok("s" * 19, "s" * 20)
    assert not secret_ok("ŝ" * 20, "s" * 20)


async def test_failed_parses_are_counted_and_still_raised() -> None:
    import pytest

    from bot.metrics import NLU_ERRORS
    from bot.nlu.counted import CountedNlu
    from bot.nlu.result import NOT_UNDERSTOOD, NluUnavailable
    from bot.values import NluResult

    class Flaky:
        def __init__(self) -> None:
            self.fail = True

        async def parse(self, text: str) -> NluResult:
            if self.fail:
                raise NluUnavailable("down")
            return NOT_UNDERSTOOD

        async def health(self) -> bool:
            return not self.fail

    inner = Flaky()
    counted = CountedNlu(inner)
    before = NLU_ERRORS.value
    with pytest.raises(NluUnavailable):
        await counted.parse("hi")
    assert NLU_ERRORS.value == before + 1
    assert await counted.health() is False
    inner.fail = False
    assert await counted.parse("hi") is NOT_UNDERSTOOD
    assert NLU_ERRORS.value == before + 1


def test_start_up_is_frozen_and_full_collections_are_counted() -> None:
    """bot/runtime.py settle_start_up: start-up's objects out of the collector's full passes
    (each stops the event loop), and /metrics says how many passes came and the longest. In
    a process of its own: freezing would keep this test process's objects for ever."""
    import subprocess
    import sys

    script = (
        "import gc\n"
        "from bot.metrics import REGISTRY\n"
        "from bot.runtime import settle_start_up\n"
        "settle_start_up()\n"
        "gc.collect()\n"
        "print(REGISTRY.render())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    got = samples(done.stdout)
    assert got["bot_gc_frozen_objects"] > 10_000  # the bot's modules, at least
    assert got["bot_gc_full_passes"] == 1  # the one after the freeze, not the one before
    assert got["bot_gc_full_pass_longest_seconds"] > 0
    assert got["bot_gc_full_pass_seconds_total"] >= got["bot_gc_full_pass_longest_seconds"]
