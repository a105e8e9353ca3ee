"""Polling that acknowledges an update only after it was handled, and that nothing stops.

PTB's own Updater fetches a batch and acknowledges it with the next fetch, before the handlers
ran: a crash then loses every update fetched but not yet answered. Here each batch goes to the
dispatcher (bot/telegram/dispatch.py), which handles different chats' updates side by side
(one chat's in order, danger first) and records each once handled; the offset moves only past
the contiguous prefix handled and recorded, so after a crash Telegram delivers the rest again,
and the recorded ids keep one that was already handled from being answered twice.

While an update is still running, the offset cannot pass it, so getUpdates would return it
(and those after it that are done) again at once instead of waiting for news: polling asks
again as soon as an update finishes, or after a short pause (20 to 50 ms), so new updates are
not held up by a slow one. The window is Telegram's: at most 100 updates from the oldest
unfinished one. Every answer carries the whole window again, so the next ask waits at least
1 ms per update it re-sent (at most 100 ms): with a backlog, asking at every finish had the bot
read each update ~100 times (a 25/s stream on a busy machine: 660 getUpdates and 34,000
updates read for 300 messages), and a full window with nothing new was asked for again at
once, in a loop, for as long as the backlog lasted (a burst of 300: 113,000 updates read, 53 ms
of the bot's CPU per message). The pause bounds that re-reading to a small share of the CPU;
a new update is still seen within 100 ms, the emergency lane's too.

No exception ends the loop (issue 10): a failed getUpdates (a 429, a revoked token, a body
that is not JSON, a network error, anything) and a failed record of a handled update (the
database locked) are logged by their class alone, never their text, and tried again after a
growing pause; a failing record holds up only its own chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from functools import partial
from typing import Any, TypeVar

from telegram import Update
from telegram.error import RetryAfter, TimedOut
from telegram.ext import Application

from bot.aio import first_set
from bot.metrics import HANDLING_SECONDS, UPDATES_HANDLED
from bot.service import BotService
from bot.telegram.admission import UNMARKED
from bot.telegram.dispatch import DEFAULT_LIMIT, Dispatcher, lane_of_update
from bot.telegram.handlers import RECORDED, SERVICE
from bot.telegram.sender import retry_after_seconds

log = logging.getLogger(__name__)
LONG_POLL_S = 25
FIRST_BACKOFF_S = 1.0
MAX_BACKOFF_S = 30.0
# Asking again while updates are unfinished: at once when one finishes, else after a short
# pause: what is new waits at most this long for a slow one (issue 11: 50 ms at most).
FIRST_AGAIN_S = 0.02
MAX_AGAIN_S = 0.02
# The least pause before asking again, per update the last answer re-sent, and its ceiling:
# a known update is re-read as its id only, so a stall's 40 re-sent ones hold news back
# 20 ms, and a full window of 100 (a burst) is read at most 20 times a second.
RESENT_S = 0.0005
MAX_RESENT_PAUSE_S = 0.05
BATCH = 100  # getUpdates returns at most this many
SHUTDOWN_WAIT_S = 30.0  # for the updates being handled when a stop comes
T = TypeVar("T")
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


@contextlib.asynccontextmanager
async def running(app: Application) -> AsyncIterator[asyncio.Event]:  # type: ignore[type-arg]
    """PTB's start-up hooks, then (on leaving) an orderly stop, for polling and webhook alike;
    yields the event SIGINT or SIGTERM sets."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.start()
    try:
        yield stop
    finally:
        await app.stop()
        if app.post_stop:
            await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


async def serve(app: Application, limit: int = DEFAULT_LIMIT) -> None:  # type: ignore[type-arg]
    """Run `app` until SIGINT or SIGTERM: start-up hooks, polling, then an orderly stop."""
    async with running(app) as stop:
        await app.bot.delete_webhook(drop_pending_updates=False)
        await poll(app, stop, limit=limit)


async def poll(
    app: Application,  # type: ignore[type-arg]
    stop: asyncio.Event,
    wait: Pause = pause,
    limit: int = DEFAULT_LIMIT,
) -> None:
    service: BotService = app.bot_data[SERVICE]
    dispatcher = Dispatcher(
        partial(handle, app),
        partial(record_handled, app, service, stop, wait),
        limit=limit,
        lane_of=partial(lane_of_update, service),
    )
    backoff = Backoff()
    again = Backoff(FIRST_AGAIN_S, MAX_AGAIN_S)
    try:
        while not stop.is_set():
            dispatcher.progress.clear()  # from here on, a finished update means: ask again
            try:
                updates = await fetch(app, dispatcher.offset(), stop, dispatcher.known)
            except TimedOut:  # a long poll that ended without news, or a slow network
                continue
            except Exception as error:  # whatever it is, polling goes on
                await fetch_failed(error, stop, backoff, wait)
                continue
            if updates is None:  # stopping
                return
            backoff.reset()
            new = dispatcher.offer(updates)
            if new:
                again.reset()
            if (len(updates) >= BATCH and new) or not dispatcher.unfinished():
                continue  # more may wait; or all done: acknowledge, then wait for news
            # Asking at once would only return the unfinished ones again: wait until one
            # finishes (the offset may move) or a short pause passes (news may have come),
            # and long enough that re-reading the window stays cheap.
            resent = min(MAX_RESENT_PAUSE_S, (len(updates) - new) * RESENT_S)
            await until_progress(dispatcher, stop, again.take(), at_least=resent)
    finally:
        await dispatcher.close(SHUTDOWN_WAIT_S)


async def until_progress(
    dispatcher: Dispatcher, stop: asyncio.Event, seconds: float, at_least: float = 0.0
) -> None:
    """Wait `seconds`, or less if an update finished (the offset may move) or `stop` is set;
    but `at_least` in any case, unless `stop` is set."""
    if at_least > 0:
        await pause(stop, at_least)
        seconds = max(0.0, seconds - at_least)
    await first_set((dispatcher.progress, stop), seconds)


async def fetch(
    app: Application,  # type: ignore[type-arg]
    offset: int | None,
    stop: asyncio.Event,
    known: Callable[[int], bool] = lambda _uid: False,
) -> Sequence[Update] | None:
    """The next batch of updates, or None once `stop` is set."""
    return await unless_stopped(get_updates(app.bot, offset, known), stop)


async def unless_stopped(work: Awaitable[T], stop: asyncio.Event) -> T | None:
    """What `work` returns, or None (and `work` cancelled) once `stop` is set first."""
    request = asyncio.ensure_future(work)
    stopping = asyncio.ensure_future(stop.wait())
    await asyncio.wait({request, stopping}, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if stop.is_set():
        request.cancel()
        with contextlib.suppress(BaseException):
            await request
        return None
    return request.result()


async def get_raw(bot: Any, offset: int | None) -> list[dict[str, Any]]:
    """getUpdates as Telegram answers it (JSON objects), the long poll's time added to the
    read time-out as PTB does."""
    data = {"timeout": LONG_POLL_S, "offset": offset, "allowed_updates": list(Update.ALL_TYPES)}
    read_timeout = (bot._request[0].read_timeout or 0) + LONG_POLL_S
    result: list[dict[str, Any]] = await bot._post("getUpdates", data, read_timeout=read_timeout)
    return result


async def get_updates(bot: Any, offset: int | None, known: Callable[[int], bool]) -> list[Update]:
    """PTB's Bot.get_updates, except that an update `known` (held by the dispatcher) is not
    read into an Update again: it comes back bare, its id only, which is all the dispatcher
    looks at. Every answer re-sends the whole window, and with a backlog PTB's reading of
    the same updates over and over (de_json) was 75% of polling's CPU. What PTB does besides
    is done here too: the callback data of a new update resolved."""
    updates = []
    for raw in await get_raw(bot, offset):
        if known(raw["update_id"]):
            updates.append(Update(update_id=raw["update_id"]))
            continue
        update = Update.de_json(raw, bot)
        bot.insert_callback_data(update)
        updates.append(update)
    return updates


async def fetch_failed(
    error: Exception, stop: asyncio.Event, backoff: Backoff, wait: Pause
) -> None:
    """A getUpdates that failed: logged by its class alone, and asked again after a growing
    pause (at least Telegram's own for a 429), unless `stop` comes first."""
    delay = backoff.take(retry_after(error))
    log.warning("getUpdates failed (%s); again in %.0f s", type(error).__name__, delay)
    await wait(stop, delay)


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


async def record_handled(
    app: Application,  # type: ignore[type-arg]
    service: BotService,
    stop: asyncio.Event,
    wait: Pause,
    update: Update,
) -> bool:
    """Record a handled update; a flood-dropped one costs no write (bot/flood.py), nor one
    whose handling transaction recorded it already (bot/telegram/handlers.py RECORDED)."""
    unmarked: set[int] = app.bot_data.setdefault(UNMARKED, set())
    recorded: set[int] = app.bot_data.setdefault(RECORDED, set())
    if update.update_id in unmarked or update.update_id in recorded:
        unmarked.discard(update.update_id)
        recorded.discard(update.update_id)
        return True
    return await record(service, update.update_id, stop, wait)


async def record(service: BotService, update_id: int, stop: asyncio.Event, wait: Pause) -> bool:
    """Record a handled update, trying until the database takes it; False if stopped first
    (tried once even then: a handled update recorded is one not answered twice)."""
    backoff = Backoff()
    while True:
        try:
            await asyncio.to_thread(service.mark_update, update_id)
            return True
        except Exception as error:  # e.g. sqlite3.OperationalError: locked
            if stop.is_set():
                return False
            delay = backoff.take()
            log.warning(
                "Recording update %s failed (%s); again in %.0f s",
                update_id,
                type(error).__name__,
                delay,
            )
            await wait(stop, delay)
