"""Running webhook mode: the HTTP server, setWebhook, the workers, and an orderly stop.

The same start-up and stop hooks as polling (bot/telegram/polling.py `serve`), with the
webhook's HTTP server (bot/telegram/webhook.py) and its workers
(bot/telegram/inbound_workers.py) in place of the polling loop. setWebhook is called at start
with the secret token and every update type, and never drops pending updates: what Telegram
holds while no process was up is delivered once one is. It is tried until it succeeds (a
network failure at start must not end the process: the updates stored so far still need
handling); several processes behind one URL all set the same webhook, which is harmless.
"""

from __future__ import annotations

import asyncio
import functools
import logging

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.config import Settings
from bot.inbound import InboundQueue
from bot.runtime import inbound_queue_for, nlu_health
from bot.service import BotService
from bot.telegram.handlers import SERVICE
from bot.telegram.inbound_workers import run_workers
from bot.telegram.intake import PARSED, Classify, Parsed, lanes
from bot.telegram.polling import Backoff, pause, running
from bot.telegram.webhook import Receiver, build_web_app, start_http

log = logging.getLogger(__name__)


def receiver_for(
    app: Application,  # type: ignore[type-arg]
    queue: InboundQueue,
    wake: asyncio.Event,
    secret: str,
    classify: Classify | None = None,
) -> Receiver:
    """`classify` defaults to polling's lanes (bot/telegram/intake.py `lanes`)."""
    service: BotService = app.bot_data[SERVICE]
    return Receiver(
        queue=queue,
        secret=secret,
        to_update=lambda data: Update.de_json(data, app.bot),
        classify=classify or lanes(service),
        wake=wake,
        nlu_health=functools.partial(nlu_health, service),
        parsed=app.bot_data.setdefault(PARSED, Parsed()),
    )


async def serve_webhook(app: Application, settings: Settings) -> None:  # type: ignore[type-arg]
    """Run `app` behind the webhook until SIGINT or SIGTERM."""
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    async with running(app) as stop:
        service: BotService = app.bot_data[SERVICE]
        queue = inbound_queue_for(service, settings.webhook_lease_s)
        wake = asyncio.Event()
        receiver = receiver_for(app, queue, wake, settings.webhook_secret)
        web_app = build_web_app(receiver, settings.webhook_path)
        runner = await start_http(web_app, *settings.listen_address())
        log.info("Webhook server listening on %s", settings.webhook_listen)
        setter = asyncio.create_task(set_webhook(app, settings, stop))
        try:
            await run_workers(app, queue, wake, stop, settings.handle_concurrency)
        finally:
            setter.cancel()
            await runner.cleanup()


async def serve_health(app: Application, settings: Settings) -> web.AppRunner:  # type: ignore[type-arg]
    """Polling mode's /healthz and /metrics on METRICS_LISTEN (no webhook route)."""
    service: BotService = app.bot_data[SERVICE]
    queue = inbound_queue_for(service, settings.webhook_lease_s)
    receiver = receiver_for(app, queue, asyncio.Event(), secret="")
    runner = await start_http(build_web_app(receiver, None), *settings.listen_address(False))
    log.info("Health and metrics on %s", settings.metrics_listen)
    return runner


async def set_webhook(app: Application, settings: Settings, stop: asyncio.Event) -> None:  # type: ignore[type-arg]
    backoff = Backoff()
    while not stop.is_set():
        try:
            await app.bot.set_webhook(
                url=str(settings.webhook_url),
                secret_token=settings.webhook_secret,
                allowed_updates=Update.ALL_TYPES,
                drop_pending_updates=False,
                max_connections=max(1, min(100, settings.handle_concurrency * 2)),
            )
        except Exception as error:  # the URL and token are logged nowhere: the class only
            delay = backoff.take()
            log.warning("setWebhook failed (%s); again in %.0f s", type(error).__name__, delay)
            await pause(stop, delay)
            continue
        log.info("Webhook set")
        return
