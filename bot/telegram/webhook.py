"""Webhook mode's HTTP side: Telegram posts updates here; /healthz and /metrics for operators.

An update is answered 200 only once it is stored (bot/inbound.py): a process killed right
after the 200 loses nothing, as the stored update is handled by whichever process is up
(bot/telegram/inbound_workers.py). Until then Telegram holds it and tries again.

- The secret token Telegram sends in X-Telegram-Bot-Api-Secret-Token (the one setWebhook
  was given) is compared in constant time; missing is 401, wrong is 403, and nothing is read
  further or stored.
- A body that is not a JSON object with an integer update_id is 400 and stored nowhere; the
  body is never logged (it holds someone's words), only that a request was refused.
- A database that cannot take the update is 503: Telegram retries, nothing is acknowledged.

aiohttp rather than PTB's webhook server: PTB's answers 200 before the handlers run and needs
tornado; aiohttp runs inside the bot's own event loop beside PTB, with no thread between.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from bot.inbound import InboundQueue
from bot.metrics import REGISTRY, WEBHOOK_REFUSED, Gauge
from bot.telegram.intake import Classify, Parsed, ToUpdate, placement

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"
METRICS_PATH = "/metrics"
MAX_BODY_BYTES = 1 << 20  # Telegram's updates are a few kB; anything bigger is not one
NluHealth = Callable[[], Awaitable[bool | None]]  # None: the bot runs without NLU


@dataclass
class Receiver:
    """Everything the HTTP handlers need; built once per process."""

    queue: InboundQueue
    secret: str
    to_update: ToUpdate  # Update.de_json with the app's bot
    classify: Classify
    wake: asyncio.Event  # tells this process's workers a new update is stored
    nlu_health: NluHealth
    parsed: Parsed | None = None  # updates read here, for this process's workers


def parse_body(raw: bytes) -> dict[str, Any] | None:
    """The update as a dict, or None when the body is no update at all."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None
    if not isinstance(data, dict):
        return None
    update_id = data.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool) or update_id < 0:
        return None
    return data


def secret_ok(given: str | None, secret: str) -> bool:
    if given is None:
        return False
    return hmac.compare_digest(given.encode("utf-8", "replace"), secret.encode())


async def receive(request: web.Request) -> web.Response:
    receiver: Receiver = request.app[RECEIVER]
    given = request.headers.get(SECRET_HEADER)
    if not secret_ok(given, receiver.secret):
        WEBHOOK_REFUSED.inc()
        log.warning("Webhook request refused: %s secret token", "no" if given is None else "wrong")
        return web.Response(status=401 if given is None else 403)
    try:
        raw = await request.read()
    except web.HTTPRequestEntityTooLarge:
        WEBHOOK_REFUSED.inc()
        log.warning("Webhook request refused: body over %d bytes", MAX_BODY_BYTES)
        return web.Response(status=413)
    data = parse_body(raw)
    if data is None:
        WEBHOOK_REFUSED.inc()
        log.warning("Webhook request refused: the body is not an update")
        return web.Response(status=400)
    key, priority = placement(receiver.to_update, receiver.classify, data, receiver.parsed)
    try:
        # Written again rather than stored as received: json.loads also reads UTF-16 and
        # UTF-32, and ASCII escapes keep a lone surrogate from failing the encryption.
        body = json.dumps(data)
        await asyncio.to_thread(receiver.queue.put, data["update_id"], key, priority, body)
    except Exception as error:  # the database is down or locked: Telegram tries again
        log.error("Could not store update %s (%s)", data["update_id"], type(error).__name__)
        return web.Response(status=503)
    receiver.wake.set()
    return web.Response(status=200)


async def health(request: web.Request) -> web.Response:
    """200 when the database answers (NLU down only means menus), else 503."""
    receiver: Receiver = request.app[RECEIVER]
    database = await asyncio.to_thread(receiver.queue.database_ok)
    nlu_up = await receiver.nlu_health()
    nlu = "off" if nlu_up is None else ("ok" if nlu_up else "down")
    body = {"database": "ok" if database else "down", "nlu": nlu}
    return web.json_response(body, status=200 if database else 503)


async def metrics(request: web.Request) -> web.Response:
    page = await asyncio.to_thread(REGISTRY.render)  # gauges query the database
    return web.Response(text=page, content_type="text/plain", charset="utf-8")


RECEIVER = web.AppKey("receiver", Receiver)


def build_web_app(receiver: Receiver, webhook_path: str | None) -> web.Application:
    """The routes; `webhook_path` None serves only /healthz and /metrics (polling mode)."""
    app = web.Application(client_max_size=MAX_BODY_BYTES)
    app[RECEIVER] = receiver
    queue = receiver.queue
    REGISTRY.add(
        Gauge("bot_outbox_backlog", "Outbox messages waiting to be sent.", queue.outbox_backlog)
    )
    REGISTRY.add(
        Gauge("bot_inbound_backlog", "Webhook updates stored, not yet handled.", queue.backlog)
    )
    if webhook_path is not None:
        app.router.add_post(webhook_path, receive)
    app.router.add_get(HEALTH_PATH, health)
    app.router.add_get(METRICS_PATH, metrics)
    return app


async def start_http(app: web.Application, host: str, port: int) -> web.AppRunner:
    # No access log: paths and client addresses of people's updates are not worth keeping.
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner
