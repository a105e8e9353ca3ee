"""Two asyncio shapes the channels and the outbox share: waiting for the first of some events
(an idle wait that a stop or a wake cuts short), and finishing tasks at stop."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Set
from typing import Any


async def first_set(events: Iterable[asyncio.Event], timeout_s: float) -> None:
    """Until one of `events` is set, or `timeout_s` passed."""
    waiters = [asyncio.ensure_future(event.wait()) for event in events]
    try:
        await asyncio.wait(waiters, timeout=timeout_s, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()


async def finish(tasks: Set[asyncio.Task[Any]], timeout_s: float) -> None:
    """Wait for `tasks` up to `timeout_s`; cancel the ones still running and wait for them to
    end (a cancelled task still runs its `finally`). `tasks` is the owner's live set, which
    done callbacks shrink: it is read again at each step."""
    if tasks:
        await asyncio.wait(set(tasks), timeout=timeout_s)
    for task in list(tasks):
        task.cancel()
    if tasks:
        await asyncio.wait(set(tasks))
