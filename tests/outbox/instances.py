"""Bot instances as separate processes on one PostgreSQL database (issue 11).

Each function here runs in a process of its own (multiprocessing "spawn": a fresh
interpreter, its own engine and connections, as a second bot process would have). A barrier
starts them together; results come back through a queue.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from collections.abc import Callable
from multiprocessing.synchronize import Barrier
from typing import Any

from bot.outbox.budget import LocalCells, PostgresCells, SendBudget
from bot.outbox.sender import OutboxSender
from bot.storage import make_engine
from bot.storage.crypto import CryptoBox
from bot.storage.db import session_factory
from bot.values import Keyboard

WAIT_S = 120.0  # how long a process waits for the others before the test fails


def run_instances(target: Callable[..., Any], *args: Any, count: int = 2) -> list[Any]:
    """Start `count` processes running `target(*args, barrier, queue)` together; their
    results, in the order they finished."""
    context = multiprocessing.get_context("spawn")
    barrier, queue = context.Barrier(count), context.Queue()
    processes = [context.Process(target=target, args=(*args, barrier, queue)) for _ in range(count)]
    for process in processes:
        process.start()
    try:
        results = [queue.get(timeout=WAIT_S) for _ in processes]
    finally:
        for process in processes:
            process.join(10)
            if process.is_alive():
                process.kill()
    failed = [r for r in results if isinstance(r, str)]
    assert not failed, failed  # a worker's exception, as text
    return results


def take_times(url: str, per_s: float, count: int, shared: bool, barrier: Barrier, queue: Any):
    """Take `count` sends from the budget, as fast as it allows; the wall time of each."""
    try:
        engine = make_engine(url)
        cells = PostgresCells(engine).reserve if shared else LocalCells().reserve
        budget = SendBudget(per_s, cells, threaded=shared)
        cells(0)  # connect now, so the first take is not slower than the others
        barrier.wait(WAIT_S)

        async def takes() -> list[float]:
            times = []
            for _ in range(count):
                await budget.take()
                times.append(time.time())  # "sent": right after the budget allowed it
            return times

        queue.put(asyncio.run(takes()))
        budget.close()
        engine.dispose()
    except Exception as error:  # the parent shows it
        queue.put(f"{type(error).__name__}: {error}")


def drain_outbox(url: str, key: str, barrier: Barrier, queue: Any) -> None:
    """Run an outbox sender until no row is left to send; what it delivered."""
    try:
        engine = make_engine(url)
        sessions = session_factory(engine)
        delivered: list[tuple[float, int, str]] = []  # (monotonic, same in every process)

        async def send(chat_id: int, text: str, buttons: Keyboard) -> int:
            if not delivered:  # both instances hold a claimed row before either goes on
                barrier.wait(WAIT_S)
            delivered.append((time.monotonic(), chat_id, text))
            await asyncio.sleep(0.002)  # a call on the wire
            return len(delivered)

        quick = {"per_chat_interval_s": 0.0, "global_per_s": 10_000.0}
        sender = OutboxSender(sessions, CryptoBox([key]), send, **quick)  # type: ignore[arg-type]
        asyncio.run(_drain(sender, sessions))
        queue.put(delivered)
        engine.dispose()
    except Exception as error:
        queue.put(f"{type(error).__name__}: {error}")


async def _drain(sender: OutboxSender, sessions: Any) -> None:
    from outbox_helpers import unfinished

    while unfinished(sessions):
        if not await sender.drain_once():
            await asyncio.sleep(0.005)  # the other instance's rows are in flight
    sender.close()
