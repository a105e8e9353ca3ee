"""Building and running the PTB application: handler registration in one place.

Ordering matters: the de-duplication guard runs first (group -1); groups are handled before
anything private; in private chats commands come before buttons, text and everything else.
Background work (the outbox sender, the response-time checks, the retention schedule) starts
after the service.

Why not PTB's JobQueue for the periodic work: the outbox sender is not periodic at all. It
wakes the moment a transaction adds rows (an asyncio.Event) and otherwise sleeps until the
next row is due or Telegram's retry_after ends, which a time-based scheduler cannot express.
What is periodic (two jobs: response times every minute, retention daily) is one loop,
`every`, of a few lines; the JobQueue would add APScheduler (PTB's `job-queue` extra: a
dependency with its own executor and time-zone handling) to do the same. Stopping is the
same either way: post_stop sets `stop` and waits for the loops, before PTB closes the bot's
HTTP client. With several instances on PostgreSQL each job runs on one of them per period
(an advisory lock and a last-run row: bot/storage/jobs.py, through `runtime.job_turns_for`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, AsyncExitStack

from telegram import Bot, BotCommandScopeAllPrivateChats, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import Settings
from bot.desk import Desk
from bot.flood import GROUP_PER_MINUTE, FloodGuard
from bot.runtime import (
    alert_desk_for,
    desk_for,
    inbound_queue_for,
    job_turns_for,
    outbox_sender_for,
    running_service,
    settle_start_up,
    team_desk_for,
)
from bot.service import BotService
from bot.telegram import admission, chat_menu, handlers, org_admin
from bot.telegram.delivery import FLIGHTS, SEND_LOOP, Flights
from bot.telegram.inbound_workers import drain
from bot.telegram.polling import serve
from bot.telegram.request import AiohttpRequest
from bot.telegram.send_loop import SendLoop
from bot.telegram.sender import telegram_edit, telegram_send
from bot.telegram.stored_polling import serve_stored

log = logging.getLogger(__name__)
PRIVATE = filters.ChatType.PRIVATE
DEADLINE_CHECK_S = 60.0
RETENTION_EVERY_S = 24 * 3600.0
# Telegram allows about 30 messages/s for the whole bot; direct replies use the rest.
OUTBOX_PER_S = 15.0
REPLIES_STOP_S = 10.0  # at stop, how long replies on their way may take


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(TypeHandler(Update, admission.guard), group=-1)
    app.add_handler(CallbackQueryHandler(handlers.on_button))
    # Blocked or unblocked by a person (no message: the message handlers never see it).
    app.add_handler(ChatMemberHandler(handlers.on_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(MessageHandler(filters.ChatType.GROUPS, handlers.on_group))
    app.add_handler(MessageHandler(PRIVATE & filters.COMMAND, handlers.on_command))
    app.add_handler(MessageHandler(handlers.PRIVATE_TEXT, handlers.on_text))
    app.add_handler(MessageHandler(PRIVATE & ~filters.TEXT, handlers.on_other))
    app.add_error_handler(handlers.on_error)


Turn = Callable[[], AbstractAsyncContextManager[bool]]  # True: this instance's turn


async def every(
    seconds: float,
    work: Callable[[], Awaitable[None]],
    stop: asyncio.Event,
    what: str,
    turn: Turn | None = None,
) -> None:
    """Run `work` now, then every `seconds` until `stop`; a failed run is logged, not fatal.
    With `turn`, only when it is this instance's turn (one instance per period)."""
    while not stop.is_set():
        try:
            if turn is None:
                await work()
            else:
                async with turn() as mine:
                    if mine:
                        await work()
        except Exception:
            log.exception("%s failed; trying again later", what)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), seconds)


def check_deadlines(desk: Desk, wake: asyncio.Event) -> Callable[[], Awaitable[None]]:
    """Remind an inbox of cases not accepted in time, then route them on."""

    async def run() -> None:
        if await asyncio.to_thread(desk.check_deadlines):
            wake.set()

    return run


def retention(
    service: BotService, settings: Settings, holder: chat_menu.Holder
) -> Callable[[], Awaitable[None]]:
    """The retention schedule: once at start, then daily on one instance of all. Then the
    own command menus (in the language chosen in the bot) of the profiles it deleted: a
    menu at Telegram in Burmese or Khmer would otherwise outlive the profile for ever."""

    async def run() -> None:
        purged = await asyncio.to_thread(
            service.purge, settings.retention_case_days, settings.retention_profile_days
        )
        log.info("Retention: %s", purged)  # counts only: the chats' ids are not in it
        if purged.menus_to_forget:
            gone = await chat_menu.forget_each(holder, purged.menus_to_forget)
            log.info("Retention: %d of %d chat menus deleted", gone, len(purged.menus_to_forget))

    return run


async def set_command_menus(bot: Bot, service: BotService) -> None:
    """Telegram's command menu (the "/" button) in private chats, per language: a person
    who only taps finds /mycases, /privacy and /delete_my_data there (exploratory test 9).
    Only private chats: a partner's inbox group keeps its own commands. Never fatal: the
    bot answers without it (network down, Telegram refusing), and tries again at the next
    start."""
    scope = BotCommandScopeAllPrivateChats()
    for language, commands in service.command_menus().items():
        try:
            await bot.set_my_commands(commands, scope=scope, language_code=language)
        except Exception as error:  # TelegramError, a time-out: the bot runs on
            log.warning(
                "Could not set the command menu (%s): %s",
                language or "default",
                type(error).__name__,
            )
            return  # the next language would fail as well: not one time-out each


def build_application(settings: Settings, webhook: bool = False) -> Application:  # type: ignore[type-arg]
    stack = AsyncExitStack()
    stop = asyncio.Event()
    tasks: list[asyncio.Task[None]] = []

    async def post_init(app: Application) -> None:  # type: ignore[type-arg]
        service = await stack.enter_async_context(running_service(settings))
        desk = desk_for(service)
        wake = asyncio.Event()
        service.on_outbox = wake.set
        app.bot_data[handlers.SERVICE] = service
        app.bot_data[handlers.DESK] = desk
        app.bot_data[org_admin.TEAM] = team_desk_for(service)
        app.bot_data[org_admin.ALERTS] = alert_desk_for(service)
        app.bot_data[admission.FLOOD] = FloodGuard(settings.flood_per_minute)
        app.bot_data[admission.GROUP_FLOOD] = FloodGuard(GROUP_PER_MINUTE)
        sender = outbox_sender_for(
            service,
            telegram_send(app.bot),
            OUTBOX_PER_S,
            telegram_edit(app.bot),
            settings.send_private_interval_s,
            settings.telegram_sends_per_s,
        )
        # Polling allows one process: a row left 'sending' by a crash is ours, and goes out
        # again at once. Behind a webhook another process may be sending it right now: only
        # claims older than the lease are taken over.
        await sender.recover(older_than_s=None if webhook else 0)
        app.bot_data[handlers.SENDER] = sender
        send_loop = SendLoop(app.bot, service)
        if await send_loop.start():  # PostgreSQL: replies sent, and recorded, there
            app.bot_data[SEND_LOOP] = send_loop
            sender.send_on(send_loop.outbox_sender())
            stack.push_async_callback(send_loop.stop)  # after the replies on their way
        tasks.append(asyncio.create_task(sender.run(stop, wake)))
        # In the background: a slow or failing Telegram delays no answer.
        tasks.append(asyncio.create_task(set_command_menus(app.bot, service)))
        checks = check_deadlines(desk, wake)
        turn = job_turns_for(service, "response-times", DEADLINE_CHECK_S)
        deadlines = every(DEADLINE_CHECK_S, checks, stop, "Response-time check", turn)
        tasks.append(asyncio.create_task(deadlines))
        turn = job_turns_for(service, "retention", RETENTION_EVERY_S)
        purge = every(RETENTION_EVERY_S, retention(service, settings, app), stop, "Retention", turn)
        tasks.append(asyncio.create_task(purge))
        if not webhook and not settings.poll_store_first:
            # Updates a webhook process stored and left are handled too (store-first polling
            # handles the queue anyway).
            queue = inbound_queue_for(service, settings.webhook_lease_s)
            tasks.append(asyncio.create_task(drain(app, queue, stop, settings.handle_concurrency)))
        if not webhook and settings.metrics_listen:  # webhook mode serves them itself
            from bot.telegram.webhook_mode import serve_health  # aiohttp.web: see run_telegram

            runner = await serve_health(app, settings)
            stack.push_async_callback(runner.cleanup)
        settle_start_up()  # the collector's full passes skip all of the above

    async def post_stop(app: Application) -> None:  # type: ignore[type-arg]
        # Before PTB closes the bot's HTTP client, or due rows would fail an attempt. The
        # replies on their way first: the outbox sender still keeps the flood wait for them.
        flights: Flights | None = app.bot_data.get(FLIGHTS)
        if flights is not None:
            await flights.close(REPLIES_STOP_S)
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
        # PTB's requests over aiohttp, not httpx: about 2 ms less CPU a message (request.py).
        .request(AiohttpRequest())
        .get_updates_request(AiohttpRequest(connection_pool_size=1))
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
        .build()
    )
    register(app)
    return app


def run_telegram(settings: Settings) -> int:
    webhook = settings.webhook_url is not None
    app = build_application(settings, webhook)
    stored = not webhook and settings.poll_store_first
    mode = "webhook" if webhook else ("polling, store first" if stored else "polling")
    log.info("Starting the Telegram bot (%s)", mode)
    if webhook:
        # Imported here: its HTTP server (aiohttp.web) is a polling bot's memory for nothing.
        from bot.telegram.webhook_mode import serve_webhook

        running = serve_webhook(app, settings)
    elif stored:
        running = serve_stored(app, settings)
    else:
        running = serve(app, settings.handle_concurrency)
    asyncio.run(running)
    return 0
