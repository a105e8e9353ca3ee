"""Polling that stores first (POLL_STORE_FIRST): for a bot that cannot have a webhook but
must face a crowd.

Plain polling (bot/telegram/polling.py) acknowledges an update only once it was handled, so
getUpdates shows at most 100 updates from the oldest unhandled one: in a burst of 600, an
emergency written 550th is not even fetched before some 450 were handled (issue 11: its
reply p99 3.1 s). Here, as in webhook mode, an update is stored first and acknowledged
after: a fetch loop asks getUpdates for the next batch (the long poll), stores the whole
batch in the inbound queue (bot/inbound.py: encrypted, one transaction, each update's chat
and lane as the webhook places it) and only then moves the offset, so the next getUpdates
acknowledges what is stored. Webhook mode's workers (bot/telegram/inbound_workers.py)
handle the queue: emergencies first, one chat's updates in order, leases renewed.

No exception ends the loop: a failed getUpdates or a failed store is logged by its class
alone and tried again after a growing pause, the offset unmoved, so Telegram sends the same
batch again. Storing it twice queues nothing twice: an update already queued, or already
handled (a crash after handling, before the offset moved), is left out, and the handlers'
once-only check (bot/telegram/admission.py, on_text) stands behind that.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from typing import Any

from telegram import Update
from telegram.error import TimedOut
from telegram.ext import Application

from bot.config import Settings
from bot.inbound import InboundQueue
from bot.runtime import inbound_queue_for
from bot.service import BotService
from bot.telegram.handlers import SERVICE
from bot.telegram.inbound_workers import run_workers
from bot.telegram.intake import PARSED, Parsed, lanes, placement
from bot.telegram.polling import (
    Backoff,
    Pause,
    fetch_failed,
    get_raw,
    pause,
    running,
    unless_stopped,
)

log = logging.getLogger(__name__)
Entry = tuple[int, int, int, str]  # update id, chat key, priority, JSON: InboundQueue.put_many


async def serve_stored(app: Application, settings: Settings) -> None:  # type: ignore[type-arg]
    """Run `app` polling store-first until SIGINT or SIGTERM; at a stop, no batch more is
    fetched and the workers finish the updates in hand (the rest wait stored)."""
    async with running(app) as stop:
        await app.bot.delete_webhook(drop_pending_updates=False)
        service: BotService = app.bot_data[SERVICE]
        queue = inbound_queue_for(service, settings.webhook_lease_s)
        wake = asyncio.Event()
        fetcher = asyncio.create_task(fetch_and_store(app, queue, wake, stop))
        try:
            await run_workers(app, queue, wake, stop, settings.handle_concurrency)
        finally:
            stop.set()
            with contextlib.suppress(Exception):
                await fetcher


async def fetch_and_store(
    app: Application,  # type: ignore[type-arg]
    queue: InboundQueue,
    wake: asyncio.Event,
    stop: asyncio.Event,
    wait: Pause = pause,
) -> None:
    """Fetch, store, acknowledge (with the next fetch), until `stop`."""
    service: BotService = app.bot_data[SERVICE]
    classify = lanes(service)
    parsed: Parsed = app.bot_data.setdefault(PARSED, Parsed())

    def entry(data: dict[str, Any]) -> Entry:
        read = lambda raw: Update.de_json(raw, app.bot)  # noqa: E731
        key, priority = placement(read, classify, data, parsed)
        # Written again rather than kept as received, as the webhook does (bot/telegram/webhook.py).
        return data["update_id"], key, priority, json.dumps(data)

    offset: int | None = None  # None: from the oldest update Telegram holds for us
    backoff = Backoff()
    while not stop.is_set():
        try:
            batch = await unless_stopped(get_raw(app.bot, offset), stop)
        except TimedOut:  # a long poll that ended without news, or a slow network
            continue
        except Exception as error:  # whatever it is, polling goes on
            await fetch_failed(error, stop, backoff, wait)
            continue
        if batch is None:  # stopping
            return
        if not batch:
            backoff.reset()
            continue
        try:
            entries = [entry(data) for data in batch]
            new = await asyncio.to_thread(queue.put_many, entries)
        except Exception as error:  # the database is away or locked: the same batch again
            delay = backoff.take()
            log.error(
                "Storing %d updates failed (%s); again in %.0f s",
                len(batch),
                type(error).__name__,
                delay,
            )
            await wait(stop, delay)
            continue
        backoff.reset()
        offset = max(update_id for update_id, *_ in entries) + 1  # acknowledged by the next ask
        if new:
            wake.set()
