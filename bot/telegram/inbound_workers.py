"""Webhook mode's workers: handle the stored updates, each once, each chat in order.

One loop per process claims as many updates as it has free slots (`workers`), each the
first of its chat still queued (bot/storage/inbound.py), and handles them concurrently: two
chats never wait for each other, and one chat's next update is claimable only once the one
before it left the queue. The loop wakes when this process stores an update, and when it
finishes one whose chat has another queued or while its slots were all taken (an update may
wait for one); otherwise it looks again every `idle_s` (another process may have stored one,
or a dead process's lease ran out). A claim after every finished update found nothing most
of the time and cost as much as the claim that found one (bench.bot_cpu --webhook).
While an update is being handled its lease is renewed, so only a process that stopped
handling (killed, frozen) loses its claims.

A handled update leaves the queue and is recorded as handled in one transaction; an update
whose handling raised counts as handled (as in polling: running it again would repeat what
part of it did run).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import Application

from bot.aio import first_set
from bot.inbound import InboundQueue, Taken
from bot.metrics import HANDLING_SECONDS, UPDATES_HANDLED
from bot.telegram.admission import UNMARKED
from bot.telegram.handlers import RECORDED
from bot.telegram.intake import PARSED, Parsed
from bot.telegram.polling import Backoff, pause

log = logging.getLogger(__name__)
IDLE_S = 0.5
# An update whose handling killed every process that took it (memory, a native crash) is
# dropped after this many claims, so it cannot take down the next process forever.
MAX_ATTEMPTS = 5
STOP_WAIT_S = 20.0
Handle = Callable[[Update], Awaitable[None]]


async def run_workers(
    app: Application,  # type: ignore[type-arg]
    queue: InboundQueue,
    wake: asyncio.Event,
    stop: asyncio.Event,
    workers: int,
    idle_s: float = IDLE_S,
) -> None:
    """Claim and handle until `stop`; then let the updates in hand finish (their leases
    would otherwise have to run out before another process takes them)."""
    busy: dict[int, asyncio.Task[bool]] = {}
    full = Full()
    renewer = asyncio.create_task(renew_leases(queue, busy, stop))
    backoff = Backoff()
    try:
        while not stop.is_set():
            wake.clear()
            free = workers - len(busy)
            got = 0
            if free > 0:
                try:
                    taken = await asyncio.to_thread(queue.take, free)
                except Exception as error:  # the database is away: try again later
                    delay = backoff.take()
                    log.warning("Claiming updates failed (%s); again in %.0f s", name(error), delay)
                    await pause(stop, delay)
                    continue
                backoff.reset()
                got = len(taken)
                for item in taken:
                    start(app, queue, item, busy, wake, stop, full)
            # Every slot taken: more may wait, so each finish must look; else every claimable
            # update was claimed, and only its chat's next one can become claimable here.
            full.value = free <= 0 or got == free
            if got == free and free > 0:
                continue  # the slots filled up: there may be more waiting
            await first_set((wake, stop), idle_s)  # until woken, stopped or idle_s passed
    finally:
        pending = list(busy.values())
        if pending:
            await asyncio.wait(pending, timeout=STOP_WAIT_S)
        renewer.cancel()
        with contextlib.suppress(BaseException):
            await renewer


async def drain(
    app: Application,  # type: ignore[type-arg]
    queue: InboundQueue,
    stop: asyncio.Event,
    workers: int,
    idle_s: float = IDLE_S,
) -> None:
    """Handle what webhook mode stored and left (the bot now polls), then return: those
    updates were acknowledged to Telegram, and nobody else would handle them."""
    left = await asyncio.to_thread(queue.backlog)
    if not left:
        return
    log.warning("%d updates stored in webhook mode wait: handling them", left)
    finished = asyncio.Event()

    async def watch() -> None:
        while not stop.is_set() and await asyncio.to_thread(queue.backlog) > 0:
            await pause(stop, idle_s)
        finished.set()

    watcher = asyncio.create_task(watch())
    await run_workers(app, queue, asyncio.Event(), finished, workers, idle_s)
    await watcher


class Full:
    """Whether the loop's last claim took every free slot (so more may be waiting)."""

    value: bool = False


def start(
    app: Application,  # type: ignore[type-arg]
    queue: InboundQueue,
    item: Taken,
    busy: dict[int, asyncio.Task[bool]],
    wake: asyncio.Event,
    stop: asyncio.Event,
    full: Full | None = None,
) -> None:
    log.debug("Update %s started", item.update_id)
    task = asyncio.create_task(handle_one(app, queue, item, stop))
    busy[item.update_id] = task

    def finished(done: asyncio.Task[bool]) -> None:
        busy.pop(item.update_id, None)
        # A slot is free: worth a claim if an update may be waiting for one, or if the
        # chat's next update became claimable (or we cannot tell).
        if full is None or full.value or done.cancelled() or done.exception() or done.result():
            wake.set()

    task.add_done_callback(finished)


async def handle_one(
    app: Application,  # type: ignore[type-arg]
    queue: InboundQueue,
    item: Taken,
    stop: asyncio.Event,
) -> bool:
    """Handle and finish one update; whether its chat has another update queued."""
    if item.attempts > MAX_ATTEMPTS:
        log.error("Update %s dropped after %d claims", item.update_id, item.attempts - 1)
        update = None
    elif item.body is None:
        # Stored by a process with another key: left to the lease, so one that has the key
        # takes it over (and after MAX_ATTEMPTS claims it is dropped).
        log.error(
            "Update %s cannot be decrypted here: do all processes share BOT_ENCRYPTION_KEYS?",
            item.update_id,
        )
        return False
    else:
        parsed: Parsed | None = app.bot_data.get(PARSED)
        kept = parsed.take(item.update_id) if parsed is not None else None
        update = kept if kept is not None else to_update(app, item)
    if update is not None:
        try:
            await app.process_update(update)
        except Exception as error:  # PTB's error handler apologised already, if it could
            log.error("Update %s could not be handled (%s)", item.update_id, name(error))
    unmarked: set[int] = app.bot_data.setdefault(UNMARKED, set())
    recorded: set[int] = app.bot_data.setdefault(RECORDED, set())
    # Flood-dropped: costs no record (bot/flood.py); recorded by the handling transaction:
    # needs none (bot/telegram/handlers.py RECORDED).
    record = item.update_id not in unmarked and item.update_id not in recorded
    unmarked.discard(item.update_id)
    recorded.discard(item.update_id)
    more = await finish(queue, item, record, stop)
    if more is None:
        return False
    UPDATES_HANDLED.inc()
    HANDLING_SECONDS.observe(queue.age_s(item.received_at))
    return more


def to_update(app: Application, item: Taken) -> Update | None:  # type: ignore[type-arg]
    if item.body is None:
        return None
    try:
        return Update.de_json(json.loads(item.body), app.bot)
    except Exception as error:
        log.error("Update %s could not be read (%s); dropped", item.update_id, name(error))
        return None


async def finish(
    queue: InboundQueue, item: Taken, record: bool, stop: asyncio.Event
) -> bool | None:
    """Out of the queue, trying until the database takes it; whether the chat has another
    update queued, or None if stopped first (the lease then runs out and the update's guard
    sees it was handled)."""
    backoff = Backoff()
    while True:
        try:
            return await asyncio.to_thread(queue.done, item.update_id, record, item.chat_key)
        except Exception as error:
            if stop.is_set():
                return None
            delay = backoff.take()
            log.warning("Finishing update %s failed (%s); again", item.update_id, name(error))
            await pause(stop, delay)


async def renew_leases(
    queue: InboundQueue, busy: dict[int, asyncio.Task[bool]], stop: asyncio.Event
) -> None:
    """Every third of a lease, extend the leases of the updates still being handled."""
    while not stop.is_set():
        await pause(stop, queue.lease_s / 3)
        ids = list(busy)
        if not ids:
            continue
        try:
            await asyncio.to_thread(queue.renew, ids)
        except Exception as error:
            log.warning("Renewing leases failed (%s)", name(error))


def name(error: BaseException) -> str:
    return type(error).__name__
