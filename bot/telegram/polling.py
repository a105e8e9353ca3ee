"""Polling that acknowledges an update only after it was handled, and that nothing stops.

PTB's own Updater fetches a batch and acknowledges it with the next fetch, before the handlers
ran: a crash then loses every update fetched but not yet answered. Here the offset moves past
an update only once it was processed and recorded, so after a crash Telegram delivers it
again, and the recorded ids keep one that was already handled from being answered twice.

No exception ends the loop (issue 10): a failed getUpdates (a 429, a revoked token, a body
that is not JSON, a network error, anything) and a failed record of a handled update (the
database locked) are logged by their class alone, never their text, and tried again after a
growing pause. The offset does not move meanwhile, so Telegram keeps the updates for us.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from collections.abc import Awaitable, Callable, Sequence

from telegram import Update
from telegram.error import RetryAfter, TimedOut
from telegram.ext import Application

from bot.metrics import HANDLING_SECONDS, UPDATES_HANDLED
from bot.service import BotService
from bot.telegram.admission import UNMARKED
from bot.telegram.handlers import SERVICE
from bot.telegram.sender import retry_after_seconds

log = logging.getLogger(__name__)
LONG_POLL_S = 25
FIRST_BACKOFF_S = 1.0
MAX_BACKOFF_S = 30.0
# Waits `seconds` unless `stop` is set first; tests pass one that does not sleep.
Pause = Callable[[asyncio.Event, float], Awaitable[None]]


async def pause(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


class Backoff:
    """1, 2, 4 ... 30 s between tries of one failing step; back to 1 s after a success."""

    def __init__(self, first_s: float = FIRST_BACKOFF_S, max_s: float = MAX_BACKOFF_S) -> None:
        self.first_s, self.max_s = first_s, max_s
        self.next_s = first_s

    def take(self, at_least_s: float = 0.0) -> float:
        delay = max(self.next_s, at_least_s)
        self.next_s = min(self.next_s * 2, self.max_s)
        return delay

    def reset(self) -> None:
        self.next_s = self.first_s


async def serve(app: Application) -> None:  # type: ignore[type-arg]
    """Run `app` until SIGINT or SIGTERM: start-up hooks, polling, then an orderly stop."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.start()
    try:
        await app.bot.delete_webhook(drop_pending_updates=False)
        await poll(app, stop)
    finally:
        await app.stop()
        if app.post_stop:
            await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


async def poll(
    app: Application,  # type: ignore[type-arg]
    stop: asyncio.Event,
    wait: Pause = pause,
) -> None:
    service: BotService = app.bot_data[SERVICE]
    offset: int | None = None
    backoff = Backoff()
    while not stop.is_set():
        try:
            updates = await fetch(app, offset, stop)
        except TimedOut:  # a long poll that ended without news, or a slow network
            continue
        except Exception as error:  # whatever it is, polling goes on
            delay = backoff.take(retry_after(error))
            log.warning("getUpdates failed (%s); again in %.0f s", type(error).__name__, delay)
            await wait(stop, delay)
            continue
        if updates is None:  # stopping
            return
        backoff.reset()
        unmarked: set[int] = app.bot_data.setdefault(UNMARKED, set())
        for update in updates:
            await handle(app, update)
            if update.update_id in unmarked:  # flood-dropped: costs no write (bot/flood.py)
                unmarked.discard(update.update_id)
            elif not await record(service, update.update_id, stop, wait):
                return  # stopping: not acknowledged, so Telegram delivers it again
            offset = update.update_id + 1


async def fetch(
    app: Application,  # type: ignore[type-arg]
    offset: int | None,
    stop: asyncio.Event,
) -> Sequence[Update] | None:
    """The next batch of updates, or None once `stop` is set."""
    request = asyncio.ensure_future(
        app.bot.get_updates(offset=offset, timeout=LONG_POLL_S, allowed_updates=Update.ALL_TYPES)
    )
    stopping = asyncio.ensure_future(stop.wait())
    await asyncio.wait({request, stopping}, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if stop.is_set():
        request.cancel()
        with contextlib.suppress(BaseException):
            await request
        return None
    updates: Sequence[Update] = request.result()
    return updates


def retry_after(error: Exception) -> float:
    """Telegram's own wait for a 429, to be honoured; 0 for other errors."""
    return retry_after_seconds(error) if isinstance(error, RetryAfter) else 0.0


async def handle(app: Application, update: Update) -> None:  # type: ignore[type-arg]
    """PTB hands handler errors to our error handler (an apology); anything that escapes even
    that is logged by class, and the update counts as handled: trying it again would repeat
    whatever part of it did run."""
    started = time.perf_counter()
    try:
        await app.process_update(update)
    except Exception as error:
        log.error("Update %s could not be handled (%s)", update.update_id, type(error).__name__)
    UPDATES_HANDLED.inc()  # /metrics (bot/metrics.py): from fetched to handled
    HANDLING_SECONDS.observe(time.perf_counter() - started)


async def record(service: BotService, update_id: int, stop: asyncio.Event, wait: Pause) -> bool:
    """Record a handled update, trying until the database takes it; False if stopped first."""
    backoff = Backoff()
    while not stop.is_set():
        try:
            await asyncio.to_thread(service.mark_update, update_id)
            return True
        except Exception as error:  # e.g. sqlite3.OperationalError: locked
            delay = backoff.take()
            log.warning(
                "Recording update %s failed (%s); again in %.0f s",
                update_id,
                type(error).__name__,
                delay,
            )
            await wait(stop, delay)
    return False
