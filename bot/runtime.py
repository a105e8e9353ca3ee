"""Building the running service from the settings: database, content, NLU (embedded or remote).

Only the entry point chooses concrete implementations; this module is where it does.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import math
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from bot.alert_desk import AlertDesk
from bot.broadcast import end_for_blocked_chat
from bot.config import Settings
from bot.content import CatalogHolder, load_catalog
from bot.desk import Desk
from bot.i18n import catalogs_missing
from bot.inbound import InboundQueue
from bot.metrics import time_full_collections
from bot.nlu import DEFAULT_THRESHOLD, RasaHttpClient, RasaSupervisor
from bot.nlu.counted import CountedNlu
from bot.nlu.models import newest_model
from bot.outbox.budget import SENDS_PER_S, send_budget_for
from bot.outbox.lanes import TELEGRAM_PER_S, SendLanes
from bot.outbox.rows import EditFn
from bot.outbox.sender import OutboxSender, SendFn
from bot.referrals.staff import move_inbox
from bot.referrals.unreachable import on_undelivered
from bot.service import BotService
from bot.storage import Store, make_engine, upgrade
from bot.storage.crypto import load_box
from bot.storage.jobs import JobTurn
from bot.team import TeamDesk

log = logging.getLogger(__name__)


@asynccontextmanager
async def nlu_client(
    settings: Settings, wait_s: float = 0.0
) -> AsyncIterator[RasaHttpClient | None]:
    """A client for the configured NLU; in embedded mode, start and supervise a local Rasa."""
    threshold = settings.nlu_threshold if settings.nlu_threshold is not None else DEFAULT_THRESHOLD
    url = settings.nlu_url or f"http://127.0.0.1:{settings.nlu_port}"
    client = RasaHttpClient(url, timeout_s=settings.nlu_timeout_s, threshold=threshold)
    supervisor: RasaSupervisor | None = None
    try:
        if settings.embedded_nlu and not await client.health():
            supervisor = _supervisor(settings)
            if supervisor is None:
                await client.aclose()
                yield None
                return
            await supervisor.start()
            if wait_s > 0 and not await supervisor.wait_ready(wait_s):
                log.warning("NLU not ready after %.0f s; free text falls back to menus", wait_s)
        yield client
    finally:
        await client.aclose()
        if supervisor is not None:
            await supervisor.stop()


def _supervisor(settings: Settings) -> RasaSupervisor | None:
    model = newest_model(settings.models_dir)
    if model is None or not settings.rasa_bin.exists():
        log.warning("No NLU model or Rasa environment (run `make nlu-model`): menus only")
        return None
    log_path = settings.var_dir / "rasa.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    return RasaSupervisor(settings.rasa_bin, model, settings.nlu_port, log_path)


def open_store(settings: Settings) -> Store:
    settings.check()  # again here: Settings built in code never went through load_settings
    box = load_box(settings.encryption_keys, settings.mode, settings.var_dir)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    return Store(engine, box)


def settle_start_up() -> None:
    """Start-up's objects (the catalog, the translations, compiled patterns, the libraries:
    about 160,000 the garbage collector tracks, once the service is built) moved out of its
    reach. Each full collection walked them all, 85 ms measured on a busy machine, in which
    the event loop answers no one. Frozen, a full collection walks only what came after.
    (The stall benchmark's late message was the bench process's own pass, not the bot's: in
    the bench this changed nothing measurable, docs/benchmarks.md, session 17; it is for long
    uptimes, and /metrics shows the passes.) Called once, when the service and jobs are up."""
    gc.collect()
    gc.freeze()
    time_full_collections()  # /metrics: bot_gc_full_passes, the longest


@asynccontextmanager
async def running_service(settings: Settings, nlu_wait_s: float = 0.0) -> AsyncIterator[BotService]:
    load_catalog(settings.content_dir)  # refuse to start on invalid content (ContentError)
    missing = catalogs_missing(settings.locales_dir)
    if missing:
        log.warning("Compiled translations missing for %s (run `make translations`)", missing)
    store = open_store(settings)
    try:
        async with nlu_client(settings, nlu_wait_s) as client:
            yield BotService(
                store,
                CatalogHolder(settings.content_dir),
                None if client is None else CountedNlu(client),  # failures in /metrics
                settings.locales_dir,
                # What /privacy states is what the retention schedule does.
                retention_days=settings.retention_case_days,
                keep_unanswered_days=settings.keep_unanswered_days,
                profile_days=settings.retention_profile_days,
                join_seconds=settings.form_join_seconds,
            )
    finally:
        if store.quick is not None:
            await store.quick.close()
        store.engine.dispose()


def desk_for(service: BotService) -> Desk:
    """The caseworkers' desk, on the service's database and case kit."""
    return Desk(service.store, service.kit)


def team_desk_for(service: BotService) -> TeamDesk:
    """/team for organisation admins."""
    return TeamDesk(service.store, service.kit)


def alert_desk_for(service: BotService) -> AlertDesk:
    """/alert and /alert_status for organisation admins: the alerts of the live content."""
    return AlertDesk(service.store, service.kit, service.catalogs.get)


def outbox_sender_for(
    service: BotService,
    send: SendFn,
    per_s: float,
    edit: EditFn | None = None,
    private_interval_s: float = 0.0,
    sends_per_s: float = SENDS_PER_S,
) -> OutboxSender:
    """The sender for the rows the service's transactions write to the outbox; `edit`
    keeps live messages (case cards) in place. Its send lanes (bot/outbox/lanes.py) are the
    direct replies' too, and so is its budget: at most `sends_per_s` sends in any one second
    for the whole bot (TELEGRAM_SENDS_PER_S).

    Several instances (PostgreSQL) share the budget's cells (`sender.budget`), one send a
    cell; cells of `sends_per_s` - 1 a second hold at most `sends_per_s` sends in any second.
    One process alone (SQLite) needs no cells: its lanes allow `sends_per_s` in any second,
    bursts included. The cells' even spacing queued a person's reply behind the one before it
    (`make bench`, steady 25 messages/s, about 27 sends/s: p99 91-102 ms at 28 a second)."""
    shared = service.store.engine.dialect.name == "postgresql"
    per_window = TELEGRAM_PER_S if shared else max(1, math.floor(sends_per_s))
    cells_per_s = max(1.0, sends_per_s - 1)
    return OutboxSender(
        service.store.sessions,
        service.store.box,
        send,
        global_per_s=per_s,
        lanes=SendLanes(per_s=per_window, private_interval_s=private_interval_s),
        moved=move_inbox,  # a group upgraded to a supergroup: its inbox follows the new id
        blocked=end_for_blocked_chat,  # a 403: that person's alerts end (issue 15)
        undelivered=on_undelivered(service.kit),  # a case message lost to a 403: told once
        edit=edit,
        budget=send_budget_for(service.store.engine, cells_per_s) if shared else None,
    )


def job_turns_for(
    service: BotService, name: str, period_s: float
) -> Callable[[], AbstractAsyncContextManager[bool]]:
    """`async with turn() as mine:` mine is True when this instance runs the job now: one
    instance at a time, once per period across instances (bot/storage/jobs.py). The first
    turn of a process ignores the last run (only the lock counts): a restart with new
    settings, e.g. a shorter retention, applies them at once."""
    started = False

    @asynccontextmanager
    async def turn() -> AsyncIterator[bool]:
        nonlocal started
        job = JobTurn(service.store.engine, name, period_s if started else 0.0)
        started = True
        mine = await asyncio.to_thread(job.begin)
        try:
            yield mine
        finally:
            if mine:
                await asyncio.to_thread(job.end)

    return turn


def inbound_queue_for(service: BotService, lease_s: float) -> InboundQueue:
    """Webhook mode's queue of stored updates, on the service's database and key."""
    return InboundQueue(service.store, lease_s=lease_s)


async def nlu_health(service: BotService) -> bool | None:
    """Whether the NLU answers; None when the bot runs without one (menus only)."""
    client = service.nlu
    check = getattr(client, "health", None)
    if client is None or check is None:
        return None
    return bool(await check())
