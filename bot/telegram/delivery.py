"""The direct path: a reply sent the moment its answer is ready, in its lane's turn.

Replies the handling transaction held in the outbox (bot/outbox/replies.py) are sent here
before their deadline, and then settled: the rows sent go, the rest are the outbox's at once.
Replies not held (a desk's, a group's) go to the outbox only if Telegram does not take them.
Either way an answer is never lost, and nothing is sent into a known flood wait (the outbox
sender keeps the one shared wait).
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from telegram.error import NetworkError, RetryAfter
from telegram.ext import ContextTypes

from bot.aio import finish
from bot.outbox.sender import OutboxSender
from bot.service import BotService
from bot.telegram.convert import send_replies
from bot.telegram.send_loop import SendLoop
from bot.telegram.sender import retry_after_seconds
from bot.values import Answer, Held, Lane, Reply

log = logging.getLogger(__name__)
SERVICE = "service"
SENDER = "sender"
SETTLE_RETRIES_S = (0.1, 0.5, 1.0, 2.0, 4.0)  # 7.6 s in all, far inside HOLD_S
SETTLE_THREADS = 2  # the settling commits' own threads (each is a few milliseconds)
FLIGHTS = "flights"  # bot_data: the replies on their way (Flights)
LANDED_WAIT_S = 10.0  # /clear waits at most this for the chat's replies on their way
SEND_LOOP = "send_loop"  # bot_data: PostgreSQL's SendLoop (send_loop.py)
Send = Callable[[int, Sequence[Reply], list[int]], Awaitable[object]]
T = TypeVar("T")


def service_of(context: ContextTypes.DEFAULT_TYPE) -> BotService:
    service: BotService = context.bot_data[SERVICE]
    return service


def flood_gate_of(context: ContextTypes.DEFAULT_TYPE) -> OutboxSender | None:
    sender: OutboxSender | None = context.bot_data.get(SENDER)
    return sender


async def answer_now(context: ContextTypes.DEFAULT_TYPE, chat_id: int, answer: Answer) -> None:
    """Send a dialogue's answer. Replies held in the outbox (`answer.held`, committed with
    the answer) go out in a task of their own: the update counts as handled now, so a burst
    is read, triaged and answered at the pace of handling, not of Telegram's send limits,
    and an emergency late in it is not stuck behind hundreds of paced sends."""
    held = answer.held
    if held is None:  # nothing held (no update id): sent here, or left to the outbox
        await deliver(context, chat_id, answer.replies, 0, urgent=answer.urgent)
        return
    flights = flights_of(context)
    if not held.direct:  # queued behind earlier replies: the outbox sends them in order
        if flights.busy(chat_id):  # ... once this process's replies to the chat settled
            flights.followed.add(chat_id)
        return
    flights.start(chat_id, _send_held(context, chat_id, answer, held))


async def _send_held(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, answer: Answer, held: Held
) -> None:
    await deliver(context, chat_id, answer.replies, held.update_id, urgent=answer.urgent, held=held)
    if answer.queued:  # rows the same transaction queued for this chat waited behind these
        service_of(context).on_outbox()


class Flights:
    """Replies on their way, a task each (`start`), per chat: a later answer to a chat that
    had to queue in the outbox behind them (`followed`) wakes the outbox once they settled."""

    def __init__(self, wake: Callable[[], None]) -> None:
        self.wake = wake
        self.followed: set[int] = set()
        self._of_chat: dict[int, set[asyncio.Task[None]]] = {}  # holds the tasks, per chat

    @property
    def tasks(self) -> set[asyncio.Task[None]]:
        """Every reply on its way, of any chat."""
        return set().union(*self._of_chat.values())

    def busy(self, chat_id: int) -> bool:
        return chat_id in self._of_chat

    def start(self, chat_id: int, sending: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(sending)
        self._of_chat.setdefault(chat_id, set()).add(task)
        task.add_done_callback(lambda done: self._landed(chat_id, done))

    def _landed(self, chat_id: int, task: asyncio.Task[None]) -> None:
        mine = self._of_chat[chat_id]
        mine.discard(task)
        if not mine:
            del self._of_chat[chat_id]
            if chat_id in self.followed:
                self.followed.discard(chat_id)
                self.wake()
        if not task.cancelled() and task.exception() is not None:
            # A refusal (a 403: the person blocked the bot) or a settle that failed: deliver()
            # settled in its finally what it could; rows not deleted are the outbox's, which
            # sends them (or, for a 403, ends what the chat subscribed to) when due.
            name = type(task.exception()).__name__
            log.error(
                "Sending the replies to an update failed (%s); the rest is the outbox's", name
            )

    async def landed(self, chat_id: int, timeout_s: float) -> None:
        """Until this chat's replies on their way have gone and been recorded (or the time is
        up): /clear must find the ids of the answers the person has just seen."""
        mine = list(self._of_chat.get(chat_id, ()))
        if mine:
            await asyncio.wait(mine, timeout=timeout_s)

    async def close(self, timeout_s: float) -> None:
        """At stop: let the replies on their way go (or settle), then cancel the rest; their
        rows stay held and are sent by the outbox (released at a polling start)."""
        await finish(self.tasks, timeout_s)


async def replies_landed(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> None:
    """Before /clear plans: the chat's replies on their way recorded (see Flights.landed)."""
    flights: Flights | None = context.bot_data.get(FLIGHTS)
    if flights is not None:
        await flights.landed(chat_id, LANDED_WAIT_S)


def flights_of(context: ContextTypes.DEFAULT_TYPE) -> Flights:
    flights: Flights | None = context.bot_data.get(FLIGHTS)
    if flights is None:
        service = service_of(context)
        flights = context.bot_data[FLIGHTS] = Flights(lambda: service.on_outbox())
    return flights


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
        elif sent:  # a group took it: an inbox lost there is back (service.group_took)
            await asyncio.to_thread(service.group_took, chat_id)
        return
    # Each reply settled as soon as Telegram took it: a process killed between Telegram's
    # answer and that commit sends the reply once more (Telegram has no idempotency key), so
    # the window is one commit, not the second a chat's pace puts between two messages.
    # On PostgreSQL the send and that commit run on a loop of their own (send_loop.py).
    loop: SendLoop | None = context.bot_data.get(SEND_LOOP)
    done = 0
    try:
        for reply in replies:
            part, settled = _part(held, done, 1), list[bool | None]()
            send = None if loop is None else loop.sender(part, settled)
            await _send_catching(context, chat_id, (reply,), urgent, sent, held.send_by, send)
            if len(sent) == done:
                break  # not taken (a 429, a failure, the deadline): the rest is the outbox's
            if settled and settled[0] is not None:
                await service.quickly_settled(part, 1, settled[0])
            else:
                await _settle(service, chat_id, part, sent[done:])
            done += 1
    finally:  # whatever else happens (a 403, a cancel): the rest goes to the outbox now
        if done < held.count:
            await _settle(service, chat_id, _part(held, done, held.count - done), sent[done:])


def _part(held: Held, start: int, count: int) -> Held:
    return dataclasses.replace(held, first=held.first + start, count=count)


async def _settle(service: BotService, chat_id: int, held: Held, sent: list[int]) -> None:
    """Settle, trying again while the database is busy (a locked SQLite, a failover): a
    sent row left held would go out again when its hold ends. Well before that, give up.
    On PostgreSQL one statement sent from the event loop at once; on SQLite in a thread of
    its own: the commit must not queue behind the handlers' database work."""
    loop = asyncio.get_running_loop()
    settle = functools.partial(service.settle_replies, chat_id, held, sent)

    async def attempt() -> None:
        if not await service.settle_replies_quickly(chat_id, held, sent):
            await loop.run_in_executor(_settler(), settle)

    for delay in SETTLE_RETRIES_S:
        try:
            await attempt()
            return
        except Exception as error:
            log.warning("Settling replies failed (%s); again", type(error).__name__)
            await asyncio.sleep(delay)
    await attempt()


@functools.cache
def _settler() -> ThreadPoolExecutor:
    """The settling commits' threads, made at the first settle."""
    return ThreadPoolExecutor(SETTLE_THREADS, thread_name_prefix="settle")


async def send_now(context: ContextTypes.DEFAULT_TYPE, chat_id: int, text: str) -> list[int]:
    """A note worth sending only now (an apology, a flood warning, /clear's note): in its
    lane's turn, within the shared budget and never into a flood wait, but not kept for later
    (a late apology helps nobody); the ids sent, none if Telegram refused it."""
    sent: list[int] = []
    await _send_catching(context, chat_id, (Reply(text),), False, sent)
    return sent


async def _send_catching(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    replies: Sequence[Reply],
    urgent: bool,
    sent: list[int],
    send_by: float | None = None,
    send: Send | None = None,
) -> None:
    """Send in order until done, a flood wait, a failure Telegram may recover from, or
    `send_by` (time.monotonic()) with no send started; the ids sent are added to `sent`.
    `send`: how one turn's replies go (the bot's `send_replies` by default)."""
    gate = flood_gate_of(context)
    lane = Lane.URGENT if urgent else Lane.PRIVATE if chat_id > 0 else Lane.GROUP
    send = send or functools.partial(send_replies, context.bot)

    def send_one(reply: Reply) -> Awaitable[object]:
        return send(chat_id, (reply,), sent)

    try:
        await in_turns(gate, lane, chat_id, send_one, replies, send_by)
    except RetryAfter as error:
        if gate is not None:
            gate.pause(retry_after_seconds(error))
    except NetworkError:
        log.warning("Telegram failed a reply; the rest goes to the outbox")
    except TimeoutError:
        log.warning("Direct replies past their deadline: the outbox sends the rest")


async def in_turns(
    gate: OutboxSender | None,
    lane: Lane,
    chat_id: int | None,
    send_one: Callable[[T], Awaitable[object]],
    items: Iterable[T],
    send_by: float | None = None,
) -> bool:
    """The one way a message from a handler goes out: each item in its lane's turn (and,
    given `chat_id`, when that chat has room), within the shared send budget, never into
    the outbox's flood wait, and none started after `send_by` (time.monotonic()); one
    started before it is never cut off (PTB's own time-outs end it well inside
    bot/outbox/replies.py's margin). False when one was not sent for a flood wait or
    `send_by`. The loop is here, not at the callers, so a send costs no more than before.
    (A chat's menu is no message: bot/telegram/chat_menu.py takes no turn.)"""
    for item in items:
        if gate is None:
            if _late(send_by):
                return False
            await send_one(item)
            continue
        until = None
        if send_by is not None:
            until = asyncio.get_running_loop().time() + send_by - time.monotonic()
        async with gate.lanes.turn(lane, chat_id, until):
            if gate.paused_for() > 0:
                return False
            if gate.budget is not None:  # Telegram's limit, shared by all instances
                await gate.budget.take()
            if _late(send_by):
                return False
            await send_one(item)
    return True


def _late(send_by: float | None) -> bool:
    return send_by is not None and time.monotonic() >= send_by
