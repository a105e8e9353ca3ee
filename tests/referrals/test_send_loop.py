"""Held replies sent and settled on the send loop (bot/telegram/send_loop.py), against the
fake Bot API: on PostgreSQL each reply goes out from the loop's own thread and its row is
gone, with its id kept for /clear, by the time the send returns to the bot's loop; on SQLite
there is no such loop (the bot's loop sends, a thread settles)."""

from __future__ import annotations

import asyncio
import threading

import pytest
from referral_helpers import Harness
from sqlalchemy import select, update
from telegram import Bot
from telegram.error import RetryAfter

from bot.outbox.keys import reply_key
from bot.outbox.replies import hold
from bot.storage.models import Outbox, SentMessage
from bot.telegram.send_loop import SendLoop
from bot.telegram.sender import retry_after_seconds
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


def part(held: Held, n: int) -> Held:
    return Held(held.update_id, 1, held.send_by, held.first + n)


def test_each_reply_is_settled_on_the_send_loop_before_the_bot_hears_of_it(harness: Harness):
    harness.command(UID, "start")  # a profile: the chat is known, its ids are kept
    postgres = harness.store.quick is not None
    held = hold_two(harness, 61)

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
            finally:
                await loop.stop()
            assert not any(t.name == "send-loop" for t in threading.enumerate())

    asyncio.run(run())
    if harness.store.quick is not None:
        asyncio.run(harness.store.quick.close())


def test_a_row_the_outbox_took_meanwhile_is_reported_not_deleted(harness: Harness):
    """The hold ended and another instance's outbox claimed the row: the send loop says so
    (False), and the bot's loop then checks and logs it (BotService.quickly_settled)."""
    if harness.store.quick is None:
        return  # SQLite has no send loop (the test above checks that)
    held = hold_two(harness, 62)
    with harness.store.sessions.begin() as session:
        session.execute(update(Outbox).values(claimed_by="another:1:x"))

    async def run() -> list[bool | None]:
        with FakeTelegram() as tg:
            tg.user(CHAT)
            loop = SendLoop(Bot(tg.token, base_url=f"{tg.url}/bot"), harness.service)
            assert await loop.start()
            settled: list[bool | None] = []
            try:
                await loop.sender(part(held, 0), settled)(CHAT, (Reply("first part"),), [])
            finally:
                await loop.stop()
            return settled

    assert asyncio.run(run()) == [False]
    assert keys_left(harness) == [reply_key(62, 0), reply_key(62, 1)]  # the outbox's now


def test_telegram_refusing_reaches_the_bot_loop_and_nothing_is_settled(harness: Harness):
    """A 429 on the send loop is PTB's RetryAfter on the bot's loop (delivery.py pauses the
    outbox on it and leaves the rows to the outbox); the row is neither deleted nor released
    there."""
    if harness.store.quick is None:
        return  # SQLite has no send loop
    held = hold_two(harness, 63)

    async def run() -> tuple[list[int], list[bool | None]]:
        with FakeTelegram() as tg:
            tg.user(CHAT)
            tg.fail_sends(1.0, codes=(429,), retry_after=7)
            loop = SendLoop(Bot(tg.token, base_url=f"{tg.url}/bot"), harness.service)
            assert await loop.start()
            sent: list[int] = []
            settled: list[bool | None] = []
            try:
                with pytest.raises(RetryAfter) as refused:
                    await loop.sender(part(held, 0), settled)(CHAT, (Reply("first part"),), sent)
                assert retry_after_seconds(refused.value) == 7
            finally:
                await loop.stop()
            return sent, settled

    assert asyncio.run(run()) == ([], [])
    assert keys_left(harness) == [reply_key(63, 0), reply_key(63, 1)]
    with harness.store.sessions() as session:  # still held: the bot's loop releases them
        holders = set(session.scalars(select(Outbox.claimed_by)))
    assert holders == {harness.service.holder}
