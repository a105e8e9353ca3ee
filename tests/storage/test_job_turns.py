"""Periodic jobs run by one instance per period (bot/storage/jobs.py, issue 11): an advisory
lock on PostgreSQL while a job runs, and a last-run row on both backends."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import Engine

from bot.runtime import job_turns_for
from bot.storage import make_engine
from bot.storage.jobs import JobTurn, lock_key
from bot.telegram.app import every

WAIT_S = 60.0  # a safety net against a hang, never a measure of speed


def second_instance(engine: Engine) -> Engine:
    """Another bot process's engine: its own pool, its own PostgreSQL sessions."""
    return make_engine(engine.url.render_as_string(hide_password=False))


def test_lock_keys_are_stable_and_distinct():
    assert lock_key("retention") == lock_key("retention")
    assert lock_key("retention") != lock_key("response-times")
    assert -(2**63) <= lock_key("retention") < 2**63


def test_a_job_runs_once_per_period(engine: Engine):
    now = dt.datetime(2026, 12, 3, 12, tzinfo=dt.UTC)
    at = [now]
    turn = JobTurn(engine, "sweep", 60.0, wall=lambda: at[0])
    assert turn.begin()
    turn.end()
    at[0] = now + dt.timedelta(seconds=30)
    assert not turn.begin()  # another instance (or this one) ran it half a period ago
    at[0] = now + dt.timedelta(seconds=60)
    assert turn.begin()
    turn.end()


def test_a_running_job_keeps_a_second_instance_out(engine: Engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("the advisory lock is PostgreSQL's; SQLite runs one process")
    other = second_instance(engine)
    try:
        running = JobTurn(engine, "retention", 0.0)
        assert running.begin()
        # Period 0: the last-run row never says "too soon", so only the lock can refuse.
        assert not JobTurn(other, "retention", 0.0).begin()
        assert JobTurn(other, "response-times", 0.0).begin()  # another job: its own lock
        running.end()
        later = JobTurn(other, "retention", 0.0)
        assert later.begin()  # the lock went with the first run
        later.end()
    finally:
        other.dispose()


def test_an_instance_that_dies_leaves_no_lock(engine: Engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("the advisory lock is PostgreSQL's")
    other = second_instance(engine)
    crashed = JobTurn(other, "retention", 0.0)
    assert crashed.begin()
    assert crashed._held is not None
    crashed._held.invalidate()  # its connection closes, as a killed process's would
    other.dispose()
    # PostgreSQL ends the dead session, and frees its lock, a moment after the connection
    # closes; on a busy machine a first try came before that (as the next period's would not).
    deadline = time.monotonic() + 30
    survivor = JobTurn(engine, "retention", 0.0)
    while not survivor.begin():
        assert time.monotonic() < deadline, "the dead instance's lock was never freed"
        time.sleep(0.1)
    survivor.end()


async def test_two_instances_starting_a_job_together_run_it_once(engine: Engine):
    """Two `every` loops (two instances) start the same job at once; whichever goes first
    holds the job until the other has been refused, so the runs overlap for certain."""
    if engine.dialect.name != "postgresql":
        pytest.skip("two instances share a PostgreSQL database only")
    other = second_instance(engine)
    runs: list[str] = []
    refused = threading.Event()
    stop = asyncio.Event()

    def turn_of(instance: Engine, name: str) -> Any:
        service = SimpleNamespace(store=SimpleNamespace(engine=instance))
        # Period 0: the last-run row never refuses, so the lock alone keeps the job single.
        turns = job_turns_for(service, "response-times", 0.0)  # type: ignore[arg-type]

        @asynccontextmanager
        async def turn() -> AsyncIterator[bool]:
            async with turns() as mine:
                if not mine:
                    refused.set()
                yield mine

        return turn

    def work_of(name: str) -> Any:
        async def work() -> None:
            runs.append(name)
            assert await asyncio.to_thread(refused.wait, WAIT_S)
            stop.set()

        return work

    try:
        await asyncio.wait_for(
            asyncio.gather(
                every(60.0, work_of("a"), stop, "check", turn_of(engine, "a")),
                every(60.0, work_of("b"), stop, "check", turn_of(other, "b")),
            ),
            WAIT_S,
        )
    finally:
        other.dispose()
    assert len(runs) == 1
    assert refused.is_set()


async def test_a_process_runs_its_jobs_at_start_then_once_per_period(engine: Engine):
    def instance() -> Any:
        service = SimpleNamespace(store=SimpleNamespace(engine=engine))
        return job_turns_for(service, "retention", 3600.0)  # type: ignore[arg-type]

    async def runs(turn: Any) -> bool:
        async with turn() as mine:
            return bool(mine)

    first = instance()
    assert await runs(first)  # at start
    assert not await runs(first)  # a tick later: it ran less than a period ago
    restarted = instance()  # a restart (new settings, e.g. a shorter retention): at once
    assert await runs(restarted)
    assert not await runs(restarted)
