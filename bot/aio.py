"""Asyncio shapes several layers share: finishing tasks at stop."""

from __future__ import annotations

import asyncio
from collections.abc import Set
from typing import Any


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
