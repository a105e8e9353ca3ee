"""The outbox sender's idle wait: until it is told to stop, told of new rows, or the time is up."""

from __future__ import annotations

import asyncio


async def wait_any(stop: asyncio.Event, wake: asyncio.Event | None, timeout: float) -> None:
    events = [stop] if wake is None else [stop, wake]
    waiters = [asyncio.ensure_future(event.wait()) for event in events]
    try:
        await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
    if wake is not None:
        wake.clear()
