"""Two asyncio shapes the channels and the outbox share: waiting for the first of some events
(an idle wait that a stop or a wake cuts short), and finishing tasks at stop; and what the
bot's two aiohttp clients (the NLU's, Telegram's) share: keep-alive and proxies."""

from __future__ import annotations

import asyncio
import urllib.request
from collections.abc import Iterable, Set
from typing import Any

KEEP_ALIVE_S = 5.0  # an idle HTTP connection is closed after this, as httpx did (Sanic: 5 s)


def proxies_set() -> bool:
    """Whether the environment names a proxy (HTTPS_PROXY, ALL_PROXY, ...), as httpx took
    them: only then is aiohttp asked to (`trust_env`). Asked without one (NO_PROXY alone
    names none), it looks them up in a thread at every request."""
    return any(kind != "no" for kind in urllib.request.getproxies())


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
