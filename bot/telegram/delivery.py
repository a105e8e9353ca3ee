"""The direct path: a reply sent the moment its answer is ready, in its lane's turn.

Replies the handling transaction held in the outbox (bot/outbox/replies.py) are sent here
before their deadline, and then settled: the rows sent go, the rest are the outbox's at once.
Replies not held (a desk's, a group's) go to the outbox only if Telegram does not take them.
Either way an answer is never lost, and nothing is sent into a known flood wait (the outbox
sender keeps the one shared wait).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence

from telegram import Bot
from telegram.error import NetworkError, RetryAfter
from telegram.ext import ContextTypes

from bot.outbox.sender import OutboxSender
from bot.service import BotService
from bot.telegram.convert import send_replies
from bot.telegram.sender import retry_after_seconds
from bot.values import Answer, Held, Lane, Reply

log = logging.getLogger(__name__)
SERVICE = "service"
SENDER = "sender"


def service_of(context: ContextTypes.DEFAULT_TYPE) -> BotService:
    service: BotService = context.bot_data[SERVICE]
    return service


def flood_gate_of(context: ContextTypes.DEFAULT_TYPE) -> OutboxSender | None:
    sender: OutboxSender | None = context.bot_data.get(SENDER)
    return sender


async def answer_now(context: ContextTypes.DEFAULT_TYPE, chat_id: int, answer: Answer) -> None:
    """Send a dialogue's answer (its replies held in the outbox when `answer.held`)."""
    held = answer.held
    if held is not None and not held.direct:
        return  # queued behind earlier replies to the chat: the outbox sends them in order
    update_id = held.update_id if held is not None else 0
    await deliver(context, chat_id, answer.replies, update_id, urgent=answer.urgent, held=held)
    if answer.queued and held is not None:
        # Rows the same transaction queued for this chat waited behind the held replies.
        service_of(context).on_outbox()


async def deliver(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    replies: Sequence[Reply],
    update_id: int,
    position: int = 0,
    urgent: bool = False,
    held: Held | None = None,
) -> None:
    """Send the replies now, each when its lane's turn comes (bot/outbox/lanes.py: urgent
    first, a private chat before a group or an inbox, a group only when it has room); when
    Telegram refuses (a 429, a 5xx, a time-out) or a flood wait is on, the ones not sent are
    left to the outbox, which waits and retries. `held`: the replies are in the outbox already
    and must have gone by `held.send_by`, or be left to it."""
    service = service_of(context)
    sent: list[int] = []
    if held is None:
        await _send_catching(context, chat_id, replies, urgent, sent)
        if len(sent) < len(replies):
            rest, first = replies[len(sent) :], position + len(sent)
            await asyncio.to_thread(service.defer_replies, chat_id, rest, update_id, first, urgent)
        if chat_id > 0 and sent:  # private chats only: groups are never cleared
            # Not after /delete_my_data: its "Done" would otherwise leave the chat id behind.
            await asyncio.to_thread(service.record_sent, chat_id, sent, True)
        return
    try:
        await _send_catching(context, chat_id, replies, urgent, sent, held.send_by)
    finally:  # whatever else happens (a 403, a cancel): what went is never sent again
        await asyncio.to_thread(service.settle_replies, chat_id, held, sent)


async def _send_catching(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    replies: Sequence[Reply],
    urgent: bool,
    sent: list[int],
    send_by: float | None = None,
) -> None:
    """Send in order until done, a flood wait, a failure Telegram may recover from, or
    `send_by` (time.monotonic()) with no send started; the ids sent are added to `sent`."""
    gate = flood_gate_of(context)
    lane = Lane.URGENT if urgent else Lane.PRIVATE if chat_id > 0 else Lane.GROUP
    try:
        await _send_each(context.bot, gate, lane, chat_id, replies, sent, send_by)
    except RetryAfter as error:
        if gate is not None:
            gate.pause(retry_after_seconds(error))
    except NetworkError:
        log.warning("Telegram failed a reply; the rest goes to the outbox")
    except TimeoutError:
        log.warning("Direct replies past their deadline: the outbox sends the rest")


async def _send_each(
    bot: Bot,
    gate: OutboxSender | None,
    lane: Lane,
    chat_id: int,
    replies: Sequence[Reply],
    sent: list[int],
    send_by: float | None,
) -> None:
    """No send starts after `send_by`; one started before it is never cut off (PTB's own
    time-outs end it well inside bot/outbox/replies.py's margin)."""
    for reply in replies:
        if gate is None:
            if _late(send_by):
                return
            await send_replies(bot, chat_id, (reply,), sent)
            continue
        loop_now, now = asyncio.get_running_loop().time(), time.monotonic()
        until = None if send_by is None else loop_now + send_by - now
        async with gate.lanes.turn(lane, chat_id, until):
            if gate.paused_for() > 0:
                return
            if gate.budget is not None:  # Telegram's limit, shared by all instances
                await gate.budget.take()
            if _late(send_by):
                return
            await send_replies(bot, chat_id, (reply,), sent)


def _late(send_by: float | None) -> bool:
    return send_by is not None and time.monotonic() >= send_by
