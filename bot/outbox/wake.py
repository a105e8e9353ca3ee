"""The outbox sender's idle wait: until it is told to stop, told of new rows, or the time is up."""

from __future__ import annotations

import asyncio

from bot.aio import first_set


async def wait_any(stop: asyncio.Event, wake: asyncio.Event | None, timeout: float) -> None:
    await first_set([stop] if wake is None else [stop, wake], timeout)
    if wake is not None:
        wake.clear()
