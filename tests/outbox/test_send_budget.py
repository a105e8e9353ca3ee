"""The send budget (bot/outbox/budget.py): Telegram's bot-wide limit, shared by every send
path and, on PostgreSQL, by every instance. Counts of sends per whole second, never how long
anything took."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from pathlib import Path

import pytest
from instances import run_instances, take_times
from sqlalchemy import Engine

from bot.config import ConfigError, load_settings
from bot.outbox.budget import LocalCells, PostgresCells, SendBudget, send_budget_for


class JitteryClock:
    """Wall time that moves only when a taker sleeps, and wakes sleepers late at random (a
    busy machine), so some takers miss their cell."""

    def __init__(self, seed: int) -> None:
        self.now = 1_000.0
        self.rng = random.Random(seed)

    def time(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        target = self.now + seconds + self.rng.choice((0.0, 0.0, 0.0, 0.02, 0.15))
        await asyncio.sleep(0)
        self.now = max(self.now, target)


EPSILON = 1e-6  # float rounding of a cell's start, nothing to do with timing


def per_second(times: list[float]) -> Counter[int]:
    return Counter(int((t + EPSILON) // 1) for t in times)


async def test_concurrent_takers_get_a_cell_each_and_stay_under_the_rate():
    clock = JitteryClock(seed=5)
    budget = SendBudget(10.0, LocalCells().reserve, clock=clock.time, sleep=clock.sleep)
    times: list[float] = []

    async def taker() -> None:
        for _ in range(12):
            await budget.take()
            times.append(clock.time())

    await asyncio.gather(*(taker() for _ in range(5)))

    assert len(times) == 60
    cells = [int((t + EPSILON) * 10) for t in times]
    assert len(set(cells)) == len(cells)  # no two sends in one tenth of a second
    assert max(per_second(times).values()) <= 10
    assert budget.missed > 0  # late wakers took another cell rather than sending late
    assert budget.taken == 60


def test_a_budget_needs_a_positive_rate():
    with pytest.raises(ValueError):
        SendBudget(0.0, LocalCells().reserve)


def test_the_budget_is_shared_through_postgresql_only(engine: Engine):
    budget = send_budget_for(engine, 20.0)
    reserve = budget._reserve
    expected = PostgresCells if engine.dialect.name == "postgresql" else LocalCells
    assert isinstance(getattr(reserve, "__self__", None), expected)
    budget.close()


def test_postgresql_cells_are_handed_out_once_in_order(engine: Engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("the shared budget is PostgreSQL's")
    first, second = PostgresCells(engine), PostgresCells(engine)  # two instances
    assert first.reserve(100) == 100
    assert second.reserve(100) == 101  # the cell now is taken: the next one
    assert first.reserve(90) == 102  # a slow clock never goes back to a used cell
    assert second.reserve(500) == 500  # an idle budget starts at the present


RATE, EACH = 20.0, 30


def test_two_processes_sharing_the_budget_never_exceed_its_rate(engine: Engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("several processes share a PostgreSQL database only")
    url = engine.url.render_as_string(hide_password=False)
    results = run_instances(take_times, url, RATE, EACH, True)
    times = sorted(t for result in results for t in result)

    assert len(times) == 2 * EACH
    counts = per_second(times)
    assert max(counts.values()) <= RATE, counts


def test_the_check_above_fails_when_each_process_counts_alone(engine: Engine):
    """The control: two processes with budgets of their own send twice the rate, and the
    same count sees it (so the test above can fail)."""
    if engine.dialect.name != "postgresql":
        pytest.skip("several processes share a PostgreSQL database only")
    url = engine.url.render_as_string(hide_password=False)
    results = run_instances(take_times, url, RATE, EACH, False)
    counts = per_second(sorted(t for result in results for t in result))
    assert max(counts.values()) > RATE, counts


@pytest.mark.parametrize("value", ["0", "-5", "31", "100"])
def test_a_send_rate_telegram_would_refuse_stops_the_start(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
):
    for name in ("BOT_MODE", "DATABASE_URL", "TELEGRAM_API_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path))
    monkeypatch.setattr("bot.config.ROOT", tmp_path)  # its .env: none
    monkeypatch.setenv("TELEGRAM_SENDS_PER_S", value)
    with pytest.raises(ConfigError, match="TELEGRAM_SENDS_PER_S"):
        load_settings()
    monkeypatch.setenv("TELEGRAM_SENDS_PER_S", "30")
    assert load_settings().telegram_sends_per_s == 30.0
