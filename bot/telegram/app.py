"""Building and running the PTB application: handler registration in one place.

Ordering matters: the de-duplication guard runs first (group -1); groups are handled before
anything private; in private chats commands come before buttons, text and everything else.
Background work (the outbox sender and the response-time checks) starts after the service.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from contextlib import AsyncExitStack

from telegram import Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import Settings
from bot.desk import Desk
from bot.flood import FloodGuard
from bot.outbox.sender import OutboxSender
from bot.runtime import running_service
from bot.service import BotService
from bot.telegram import handlers
from bot.telegram.polling import serve
from bot.telegram.sender import telegram_send

log = logging.getLogger(__name__)
PRIVATE = filters.ChatType.PRIVATE
DEADLINE_CHECK_S = 60.0
RETENTION_EVERY_S = 24 * 3600.0
# Telegram allows about 30 messages/s for the whole bot; direct replies use the rest.
OUTBOX_PER_S = 15.0


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(TypeHandler(Update, handlers.guard), group=-1)
    app.add_handler(CallbackQueryHandler(handlers.on_button))
    app.add_handler(MessageHandler(filters.ChatType.GROUPS, handlers.on_group))
    app.add_handler(MessageHandler(PRIVATE & filters.COMMAND, handlers.on_command))
    app.add_handler(MessageHandler(PRIVATE & filters.TEXT & ~filters.COMMAND, handlers.on_text))
    app.add_handler(MessageHandler(PRIVATE & ~filters.TEXT, handlers.on_other))
    app.add_error_handler(handlers.on_error)


async def check_deadlines(desk: Desk, wake: asyncio.Event, stop: asyncio.Event) -> None:
    """Remind an inbox of cases not accepted in time, then route them on."""
    while not stop.is_set():
        try:
            if await asyncio.to_thread(desk.check_deadlines):
                wake.set()
        except Exception:
            log.exception("Response-time check failed; trying again later")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), DEADLINE_CHECK_S)


async def retention(service: BotService, settings: Settings, stop: asyncio.Event) -> None:
    """The retention schedule: once at start, then daily."""
    while not stop.is_set():
        try:
            purged = await asyncio.to_thread(
                service.purge, settings.retention_case_days, settings.retention_profile_days
            )
            log.info("Retention: %s", purged)
        except Exception:
            log.exception("Retention run failed; trying again later")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), RETENTION_EVERY_S)


def build_application(settings: Settings) -> Application:  # type: ignore[type-arg]
    stack = AsyncExitStack()
    stop = asyncio.Event()
    tasks: list[asyncio.Task[None]] = []

    async def post_init(app: Application) -> None:  # type: ignore[type-arg]
        service = await stack.enter_async_context(running_service(settings))
        desk = Desk(service.store, service.kit)
        wake = asyncio.Event()
        service.on_outbox = wake.set
        app.bot_data[handlers.SERVICE] = service
        app.bot_data[handlers.DESK] = desk
        app.bot_data[handlers.FLOOD] = FloodGuard(settings.flood_per_minute)
        sender = OutboxSender(
            service.store.sessions,
            service.store.box,
            telegram_send(app.bot),
            global_per_s=OUTBOX_PER_S,
        )
        # One sender per bot (polling allows one process): a row left 'sending' by a crash
        # is ours, and goes out again at once rather than after the claim lease.
        await sender.recover(older_than_s=0)
        app.bot_data[handlers.SENDER] = sender
        tasks.append(asyncio.create_task(sender.run(stop, wake)))
        tasks.append(asyncio.create_task(check_deadlines(desk, wake, stop)))
        tasks.append(asyncio.create_task(retention(service, settings, stop)))

    async def post_stop(app: Application) -> None:  # type: ignore[type-arg]
        # Before PTB closes the bot's HTTP client, or due rows would fail an attempt.
        stop.set()
        for task in tasks:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(task, 10)

    async def post_shutdown(app: Application) -> None:  # type: ignore[type-arg]
        await stack.aclose()

    assert settings.telegram_token is not None
    base = settings.telegram_api_url.rstrip("/")
    app = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .base_url(f"{base}/bot")
        .base_file_url(f"{base}/file/bot")
        # No retries inside the limiter: a 429 on a direct reply pauses the outbox sender too
        # (one shared flood wait) and the reply is sent by the outbox after it.
        .rate_limiter(AIORateLimiter(max_retries=0))
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
        .build()
    )
    register(app)
    return app


def run_telegram(settings: Settings) -> int:
    app = build_application(settings)
    log.info("Starting the Telegram bot (polling)")
    asyncio.run(serve(app))
    return 0
