"""Sends and the writes that record them on an event loop of their own (PostgreSQL).

Telegram has no idempotency key: an instance killed after Telegram took a held reply and
before the statement that settles it committed sends the reply again when its hold ends
(bot/outbox/replies.py). On the bot's event loop that window was mostly the loop's lag: in a
two-instance burst, the answer to a send waited behind up to 16 handlers' steps before the
settle could even start (the first copies of doubled replies reached Telegram 43-71 ms before
the kill: docs/benchmarks.md, issue 11). Here a thread runs a loop that does nothing else, so
the send's answer is read when it arrives (the GIL permitting) and the statement goes at
once, on connections of the loop's own. The lanes, the send budget and the flood wait stay
on the bot's loop: only the one HTTP call and the one statement move. The outbox sender's
sends go the same way (`outbox_sender`): the call, then the row's 'sent' as one statement
(bot/outbox/quick_sent.py) instead of a thread's transaction on the bot's loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from typing import Any, TypeVar

from telegram import Bot

from bot.metrics import SEND_UNRECORDED_SECONDS
from bot.outbox.quick_sent import QuickSendFn, Sent
from bot.outbox.replies import QuickSettle
from bot.outbox.rows import Due, EditFn
from bot.outbox.sender import SendFn
from bot.service import BotService
from bot.telegram.convert import send_replies
from bot.telegram.request import AiohttpRequest
from bot.telegram.sender import telegram_edit, telegram_send, twin
from bot.values import Held, Keyboard, Reply

log = logging.getLogger(__name__)
T = TypeVar("T")
CONNECTIONS = 32  # concurrent sends: at most a second's worth of Telegram's 30
JOIN_S = 5.0


class SendLoop:
    """The thread and its loop. `start` on the bot's loop, a `sender` for each held reply,
    `outbox_sender` for the outbox sender, `stop` at the end (after the replies on their way
    landed)."""

    def __init__(self, bot: Bot, service: BotService) -> None:
        self._like = bot
        self._service = service
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="send-loop", daemon=True
        )
        self._twin: Bot | None = None
        self._settle: QuickSettle | None = None
        self._request: AiohttpRequest | None = None  # the twin's: Bot.shutdown() would skip it
        self._outbox_send: tuple[SendFn, EditFn] | None = None

    async def start(self) -> bool:
        """False (and nothing started) where there is no quick settle: SQLite."""
        settle = self._service.quick_settle()
        if settle is None:
            self._loop.close()
            return False
        self._thread.start()
        self._settle = settle
        self._twin = await self._there(self._make_twin())
        return True

    async def _make_twin(self) -> Bot:
        """The bot's twin, made on this loop (its HTTP client's connections belong here),
        without PTB's rate limiter: the bot's lanes and budget pace the sends."""
        request = self._request = AiohttpRequest(connection_pool_size=CONNECTIONS)
        await request.initialize()
        bot = twin(self._like, request)
        self._outbox_send = telegram_send(bot), telegram_edit(bot)
        return bot

    async def _there(self, job: Coroutine[Any, Any, T]) -> T:
        """Run `job` on the send loop and wait for it here; cancelled here, it is cancelled
        there."""
        future = asyncio.run_coroutine_threadsafe(job, self._loop)
        return await asyncio.wrap_future(future)

    def sender(
        self, held: Held, settled: list[bool | None]
    ) -> Callable[[int, Sequence[Reply], list[int]], Awaitable[object]]:
        """A send for the direct path (bot/telegram/delivery.py `_send_each`): the replies go
        out and their rows, `held`, are settled right after, both on the send loop. The ids
        sent are added to the list given; `settled` gets the statement's answer (None if it
        failed: the bot's loop settles them then, with its retries)."""

        async def send(chat_id: int, replies: Sequence[Reply], sent: list[int]) -> None:
            ids, ok = await self._there(self._send_settle(chat_id, replies, held))
            sent.extend(ids)
            settled.append(ok)

        return send

    async def _send_settle(
        self, chat_id: int, replies: Sequence[Reply], held: Held
    ) -> tuple[list[int], bool | None]:
        assert self._twin is not None and self._settle is not None
        started = time.monotonic()
        ids = await send_replies(self._twin, chat_id, replies)
        try:
            # Shielded: a send cancelled now (a stop) must still leave its record.
            settled = await asyncio.shield(self._settle(held, chat_id, ids))
        except Exception as error:
            log.warning("Settling on the send loop failed (%s)", type(error).__name__)
            return ids, None
        SEND_UNRECORDED_SECONDS.observe(time.monotonic() - started)
        return ids, settled

    def outbox_sender(self) -> QuickSendFn:
        """The outbox sender's send (bot/outbox/sender.py `send_on`): a row's message goes
        out (or a live message is edited) and its 'sent' is recorded right after, on the
        send loop (bot/outbox/quick_sent.py). Telegram's refusals arrive as the outbox's
        errors; a failed statement as `Sent.marked` None (the sender records it then)."""

        async def send(
            row: Due, target: int | None, text: str, buttons: Keyboard, timeout_s: float
        ) -> Sent:
            return await self._there(self._send_mark(row, target, text, buttons, timeout_s))

        return send

    async def _send_mark(
        self, row: Due, target: int | None, text: str, buttons: Keyboard, timeout_s: float
    ) -> Sent:
        assert self._outbox_send is not None and self._settle is not None
        started = time.monotonic()
        async with asyncio.timeout(timeout_s):  # the send only: never the 'sent' after it
            if target is None:
                message_id = await self._outbox_send[0](row.chat_id, text, buttons)
            else:
                message_id = await self._outbox_send[1](row.chat_id, target, text, buttons)
        try:
            marked: bool | None = await asyncio.shield(self._settle.mark_sent(row, message_id))
        except Exception as error:
            log.warning("Recording 'sent' on the send loop failed (%s)", type(error).__name__)
            marked = None
        return Sent(message_id, marked, started, time.monotonic())

    async def stop(self) -> None:
        if not self._thread.is_alive():
            return
        with contextlib.suppress(Exception):  # closing: a failure leaves nothing to do
            await self._there(self._close())
        self._loop.call_soon_threadsafe(self._loop.stop)
        await asyncio.to_thread(self._thread.join, JOIN_S)
        if not self._thread.is_alive():
            self._loop.close()

    async def _close(self) -> None:
        if self._settle is not None:
            await self._settle.close()
        if self._request is not None:  # never initialize()d through the twin (a getMe)
            await self._request.shutdown()
