"""Held replies sent and settled on the send loop (bot/telegram/send_loop.py), against the
fake Bot API: on PostgreSQL each reply goes out from the loop's own thread and its row is
gone, with its id kept for /clear, by the time the send returns to the bot's loop; on SQLite
there is no such loop (the bot's loop sends, a thread settles)."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator

import pytest
from referral_helpers import Harness
from sqlalchemy import select, update
from telegram import Bot
from telegram.error import RetryAfter

from bot.metrics import SEND_UNRECORDED_SECONDS
from bot.outbox.keys import reply_key
from bot.outbox.queue import enqueue
from bot.outbox.replies import QuickSettle, hold
from bot.outbox.rows import Due, OutboxRows
from bot.outbox.sender import OutboxSender
from bot.storage.models import LiveMessage, Outbox, SentMessage
from bot.telegram.send_loop import SendLoop
from bot.telegram.sender import retry_after_seconds, telegram_edit, telegram_send
from bot.values import Held, Reply
from tests.fakes.telegram_server import FakeTelegram

CHAT = 5_560_001
UID = f"tg:{CHAT}"


def hold_two(harness: Harness, update_id: int) -> Held:
    replies = (Reply("first part"), Reply("second part"))
    with harness.store.sessions.begin() as session:
        held = hold(
            session, harness.store.box, harness.service.holder, update_id, CHAT, replies, False
        )
    assert held is not None
    return held


def keys_left(harness: Harness) -> list[str]:
    with harness.store.sessions() as session:
        return list(session.scalars(select(Outbox.idem_key).order_by(Outbox.id)))


def kept(harness: Harness) -> list[int]:
    with harness.store.sessions() as session:
        query = select(SentMessage.message_id).where(SentMessage.chat_id == CHAT)
        return sorted(session.scalars(query))


@contextlib.asynccontextmanager
async def running(harness: Harness, tg: FakeTelegram) -> AsyncIterator[tuple[Bot, SendLoop]]:
    """A bot on the fake and its send loop, started (PostgreSQL only), stopped at the end."""
    bot = Bot(tg.token, base_url=f"{tg.url}/bot")
    loop = SendLoop(bot, harness.service)
    assert await loop.start()
    try:
        yield bot, loop
    finally:
        await loop.stop()


def needs_send_loop(harness: Harness) -> None:
    if harness.store.quick is None:
        pytest.skip("SQLite has no send loop (the first test checks that none starts)")


def part(held: Held, n: int) -> Held:
    return Held(held.update_id, 1, held.send_by, held.first + n)


def test_each_reply_is_settled_on_the_send_loop_before_the_bot_hears_of_it(harness: Harness):
    harness.command(UID, "start")  # a profile: the chat is known, its ids are kept
    postgres = harness.store.quick is not None
    held = hold_two(harness, 61)
    timed = SEND_UNRECORDED_SECONDS.count

    async def run() -> None:
        with FakeTelegram() as tg:
            tg.user(CHAT)
            bot = Bot(tg.token, base_url=f"{tg.url}/bot")
            loop = SendLoop(bot, harness.service)
            started = await loop.start()
            assert started is postgres  # SQLite: nothing started, the bot's path as before
            if not started:
                assert not any(t.name == "send-loop" for t in threading.enumerate())
                return
            try:
                sent: list[int] = []
                for n, text in enumerate(("first part", "second part")):
                    settled: list[bool | None] = []
                    await loop.sender(part(held, n), settled)(CHAT, (Reply(text),), sent)
                    assert settled == [True]
                    # Gone by the time the bot's loop hears of the send: no window of its own.
                    assert keys_left(harness) == [reply_key(61, k) for k in range(n + 1, 2)]
                assert [m.text for m in tg.messages_to(CHAT)] == ["first part", "second part"]
                assert kept(harness) == sorted(sent) and len(sent) == 2
                assert SEND_UNRECORDED_SECONDS.count == timed + 2  # /metrics: both windows
            finally:
                await loop.stop()
            assert not any(t.name == "send-loop" for t in threading.enumerate())

    asyncio.run(run())
    if harness.store.quick is not None:
        asyncio.run(harness.store.quick.close())


def test_a_row_the_outbox_took_meanwhile_is_reported_not_deleted(harness: Harness):
    """The hold ended and another instance's outbox claimed the row: the send loop says so
    (False), and the bot's loop then checks and logs it (BotService.quickly_settled)."""
    needs_send_loop(harness)
    held = hold_two(harness, 62)
    with harness.store.sessions.begin() as session:
        session.execute(update(Outbox).values(claimed_by="another:1:x"))

    async def run() -> list[bool | None]:
        with FakeTelegram() as tg:
            tg.user(CHAT)
            settled: list[bool | None] = []
            async with running(harness, tg) as (_, loop):
                await loop.sender(part(held, 0), settled)(CHAT, (Reply("first part"),), [])
            return settled

    assert asyncio.run(run()) == [False]
    assert keys_left(harness) == [reply_key(62, 0), reply_key(62, 1)]  # the outbox's now


def test_telegram_refusing_reaches_the_bot_loop_and_nothing_is_settled(harness: Harness):
    """A 429 on the send loop is PTB's RetryAfter on the bot's loop (delivery.py pauses the
    outbox on it and leaves the rows to the outbox); the row is neither deleted nor released
    there."""
    needs_send_loop(harness)
    held = hold_two(harness, 63)

    async def run() -> tuple[list[int], list[bool | None]]:
        with FakeTelegram() as tg:
            tg.user(CHAT)
            tg.fail_sends(1.0, codes=(429,), retry_after=7)
            sent: list[int] = []
            settled: list[bool | None] = []
            async with running(harness, tg) as (_, loop):
                with pytest.raises(RetryAfter) as refused:
                    await loop.sender(part(held, 0), settled)(CHAT, (Reply("first part"),), sent)
                assert retry_after_seconds(refused.value) == 7
            return sent, settled

    assert asyncio.run(run()) == ([], [])
    assert keys_left(harness) == [reply_key(63, 0), reply_key(63, 1)]
    with harness.store.sessions() as session:  # still held: the bot's loop releases them
        holders = set(session.scalars(select(Outbox.claimed_by)))
    assert holders == {harness.service.holder}


# --- the outbox sender's sends (bot/outbox/quick_sent.py) -------------------------------------
GROUP = -1_005_560_002
SLOT = "case:QUICK1:card"


def put_row(harness: Harness, key: str, chat: int, slot: str | None = None) -> None:
    with harness.store.sessions.begin() as session:
        enqueue(session, harness.store.box, idem_key=key, chat_id=chat, text=key, slot=slot)


def rows_now(harness: Harness) -> dict[str, tuple[str, int | None, str | None, bool]]:
    """Per key: status, message id, claimed_by, whether sent_at is set."""
    with harness.store.sessions() as session:
        found = session.scalars(select(Outbox).where(Outbox.idem_key.like("q:%")))
        return {
            r.idem_key: (r.status, r.message_id, r.claimed_by, r.sent_at is not None) for r in found
        }


def live_now(harness: Harness) -> list[tuple[str, int, int]]:
    with harness.store.sessions() as session:
        found = session.scalars(select(LiveMessage).where(LiveMessage.slot == SLOT))
        return [(m.slot, m.chat_id, m.message_id) for m in found]


def quick_sender(harness: Harness, bot: Bot, loop: SendLoop) -> OutboxSender:
    sender = OutboxSender(
        harness.store.sessions,
        harness.store.box,
        telegram_send(bot),
        edit=telegram_edit(bot),
        per_chat_interval_s=0.0,
        max_attempts=3,
    )
    sender.send_on(loop.outbox_sender())
    return sender


async def drain(sender: OutboxSender) -> int:
    total = 0
    while sent := await sender.drain_once():
        total += sent
    sender.close()
    return total


def test_outbox_rows_are_sent_and_recorded_on_the_send_loop(harness: Harness, monkeypatch):
    """Each row's 'sent', its message id, the id kept for /clear (private chats only) and a
    live message's place, in the one statement on the send loop; the thread's transaction
    on the bot's loop is not used (it would fail here)."""
    needs_send_loop(harness)
    harness.command(UID, "start")
    put_row(harness, "q:plain", CHAT)
    put_row(harness, "q:card", CHAT, SLOT)
    put_row(harness, "q:group", GROUP)

    def not_here(*args: object) -> None:
        raise AssertionError("'sent' recorded on the bot's loop")

    monkeypatch.setattr(OutboxRows, "mark_sent", not_here)

    async def run() -> OutboxSender:
        with FakeTelegram() as tg:
            tg.user(CHAT)
            tg.bot_added_to_group(GROUP, CHAT)
            async with running(harness, tg) as (bot, loop):
                sender = quick_sender(harness, bot, loop)
                assert await drain(sender) == 3
                put_row(harness, "q:card2", CHAT, SLOT)  # the card's next version: an edit
                assert await drain(sender) == 1
            ids = {m.text: m.message_id for m in tg.messages_to(CHAT) + tg.messages_to(GROUP)}
            assert ids.keys() == {"q:plain", "q:card2", "q:group"}  # q:card edited in place
            card = ids["q:card2"]
            assert rows_now(harness) == {
                "q:plain": ("sent", ids["q:plain"], None, True),
                "q:card": ("sent", card, None, True),
                "q:card2": ("sent", card, None, True),
                "q:group": ("sent", ids["q:group"], None, True),
            }
            assert live_now(harness) == [(SLOT, CHAT, card)]
            assert kept(harness) == sorted({ids["q:plain"], card})  # not the group's
            return sender

    timed = SEND_UNRECORDED_SECONDS.count
    sender = asyncio.run(run())
    assert SEND_UNRECORDED_SECONDS.count == timed + 4  # /metrics: each send's window
    assert sender.stats.sent == 4 and len(sender.stats.windows) == 4
    assert all(started <= committed for _, _, started, committed in sender.stats.windows)


def test_a_failed_statement_leaves_sent_to_the_bot_loop(harness: Harness, monkeypatch):
    """The send went out but the statement on the send loop failed: the sender records
    'sent' the old way, so the row is never sent again."""
    needs_send_loop(harness)
    put_row(harness, "q:one", CHAT)

    async def broken(*args: object) -> bool:
        raise OSError("connection lost")

    monkeypatch.setattr(QuickSettle, "mark_sent", broken)

    async def run() -> int:
        with FakeTelegram() as tg:
            tg.user(CHAT)
            async with running(harness, tg) as (bot, loop):
                assert await drain(quick_sender(harness, bot, loop)) == 1
            (message,) = tg.messages_to(CHAT)
            return message.message_id

    message_id = asyncio.run(run())
    assert rows_now(harness) == {"q:one": ("sent", message_id, None, True)}


def test_a_refusal_on_the_send_loop_is_the_outbox_error(harness: Harness):
    """A 403 (the person blocked the bot) raised on the send loop is the outbox's Blocked
    on the bot's loop: the row is not 'sent', and it counts as a refusal."""
    needs_send_loop(harness)
    put_row(harness, "q:blocked", CHAT)

    async def run() -> OutboxSender:
        with FakeTelegram() as tg:
            tg.user(CHAT)
            tg.block_bot(CHAT)
            async with running(harness, tg) as (bot, loop):
                sender = quick_sender(harness, bot, loop)
                assert await sender.drain_once() == 0
                sender.close()
            assert tg.messages_to(CHAT) == []
            return sender

    sender = asyncio.run(run())
    assert sender.stats.permanent == 1 and sender.stats.sent == 0
    ((status, message_id, claimed_by, sent_at),) = rows_now(harness).values()
    assert (status, message_id, claimed_by, sent_at) == ("pending", None, None, False)


def test_a_send_cancelled_after_telegram_took_it_is_still_recorded(harness: Harness, monkeypatch):
    """A stop that cancels the outbox sender while 'sent' is on its way: the statement runs
    to its end on the send loop (else the row stays 'sending' and goes out again)."""
    needs_send_loop(harness)
    put_row(harness, "q:cancelled", CHAT)
    with harness.store.sessions() as session:
        row_id = session.scalar(select(Outbox.id).where(Outbox.idem_key == "q:cancelled"))
    mark = QuickSettle.mark_sent
    recording = threading.Event()

    async def slow(self: QuickSettle, row: Due, message_id: int) -> bool:
        recording.set()
        await asyncio.sleep(0.3)  # the statement, slow: the cancel arrives meanwhile
        return await mark(self, row, message_id)

    monkeypatch.setattr(QuickSettle, "mark_sent", slow)

    async def run() -> int:
        with FakeTelegram() as tg:
            tg.user(CHAT)
            async with running(harness, tg) as (_, loop):
                row = Due(row_id, CHAT, "", 1, 0)
                send = asyncio.create_task(loop.outbox_sender()(row, None, "q:cancelled", (), 5.0))
                while not recording.is_set():
                    await asyncio.sleep(0.01)
                send.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await send
                await asyncio.sleep(0.6)  # the shielded statement ends on the send loop
            (message,) = tg.messages_to(CHAT)
            return message.message_id

    message_id = asyncio.run(run())
    assert rows_now(harness) == {"q:cancelled": ("sent", message_id, None, True)}
