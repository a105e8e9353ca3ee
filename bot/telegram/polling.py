"""Polling that acknowledges an update only after it was handled.

PTB's own Updater fetches a batch and acknowledges it with the next fetch, before the handlers
ran: a crash then loses every update fetched but not yet answered. Here the offset moves past
an update only once it was processed and recorded, so after a crash Telegram delivers it
again, and the recorded ids keep one that was already handled from being answered twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from telegram import Update
from telegram.error import Conflict, NetworkError, TimedOut
from telegram.ext import Application

from bot.service import BotService
from bot.telegram.handlers import SERVICE

log = logging.getLogger(__name__)
LONG_POLL_S = 25
MAX_BACKOFF_S = 30.0


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


async def poll(app: Application, stop: asyncio.Event) -> None:  # type: ignore[type-arg]
    service: BotService = app.bot_data[SERVICE]
    offset: int | None = None
    backoff = 1.0
    while not stop.is_set():
        fetch = asyncio.ensure_future(
            app.bot.get_updates(
                offset=offset, timeout=LONG_POLL_S, allowed_updates=Update.ALL_TYPES
            )
        )
        stopping = asyncio.ensure_future(stop.wait())
        await asyncio.wait({fetch, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if stop.is_set():
            fetch.cancel()
            with contextlib.suppress(BaseException):
                await fetch
            return
        try:
            updates = fetch.result()
        except TimedOut:
            continue
        except (NetworkError, Conflict) as error:
            log.warning("getUpdates failed (%s); again in %.0f s", type(error).__name__, backoff)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), backoff)
            backoff = min(backoff * 2, MAX_BACKOFF_S)
            continue
        backoff = 1.0
        for update in updates:
            await app.process_update(update)
            await asyncio.to_thread(service.mark_update, update.update_id)
            offset = update.update_id + 1
