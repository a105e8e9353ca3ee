"""Broadcast rows (issue 15): replies and case messages first, a pace of their own, and a 403
that ends the person's alerts. On SQLite and PostgreSQL, on the fake clock."""

from __future__ import annotations

import asyncio
import itertools

from outbox_helpers import FakeClock, FakeSend, fake_sender, rows
from sqlalchemy import Engine

from bot.broadcast import end_for_blocked_chat
from bot.outbox.errors import Blocked
from bot.outbox.keys import alert_key, reply_key
from bot.outbox.queue import (
    PRIORITY_BROADCAST,
    PRIORITY_NOW,
    PRIORITY_URGENT,
    UNSUBSCRIBED,
    enqueue,
    lane_of_row,
)
from bot.storage import subscriptions
from bot.storage.crypto import CryptoBox
from bot.storage.db import session_factory
from bot.values import Keyboard, Lane, Subscription


def put(engine: Engine, box: CryptoBox, key: str, chat: int, text: str, priority: int) -> None:
    with session_factory(engine).begin() as session:
        enqueue(session, box, idem_key=key, chat_id=chat, text=text, priority=priority)


def test_a_reply_queued_after_a_broadcast_goes_first(
    engine: Engine, box: CryptoBox, clock: FakeClock, send: FakeSend
) -> None:
    for chat in range(1, 6):
        put(engine, box, alert_key("a", chat), chat, f"alert {chat}", PRIORITY_BROADCAST)
    # The same chat as the first alert: a waiting broadcast does not hold its reply back.
    put(engine, box, reply_key(99, 0), 1, "reply", 0)
    sender = fake_sender(engine, box, send, clock, per_chat_interval_s=0.0)
    asyncio.run(sender.drain_once())
    assert next(call.text for call in send.calls) == "reply"
    assert len(send.delivered) == 6


def test_broadcasts_keep_their_own_pace_under_a_faster_global_one(
    engine: Engine, box: CryptoBox, clock: FakeClock, send: FakeSend
) -> None:
    for chat in range(1, 41):
        put(engine, box, alert_key("a", chat), chat, f"alert {chat}", PRIORITY_BROADCAST)
    sender = fake_sender(engine, box, send, clock, global_per_s=100.0, broadcast_per_s=20.0)
    asyncio.run(sender.drain_once())
    times = [call.at for call in send.calls]
    assert len(times) == 40
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= 1 / 20 - 1e-9  # never faster than 20 a second
    # Any one-second window holds at most 20 broadcast sends.
    assert (
        max(sum(t <= start + 1.0 - 1e-9 for t in times[i:]) for i, start in enumerate(times)) <= 20
    )


def test_a_403_ends_the_subscription_and_the_waiting_alerts(
    engine: Engine, box: CryptoBox, clock: FakeClock, send: FakeSend
) -> None:
    sessions = session_factory(engine)
    with sessions.begin() as session:
        subscriptions.save(session, "tg:7", Subscription("MM", "TH", ("safety",)))
        subscriptions.save(session, "tg:8", Subscription("MM", "TH", ("safety",)))
    put(engine, box, alert_key("a", 7), 7, "alert a to 7", PRIORITY_BROADCAST)
    put(engine, box, alert_key("b", 7), 7, "alert b to 7", PRIORITY_BROADCAST)
    put(engine, box, alert_key("a", 8), 8, "alert a to 8", PRIORITY_BROADCAST)
    send.script["alert a to 7"] = [Blocked("Forbidden")]
    sender = fake_sender(engine, box, send, clock, blocked=end_for_blocked_chat)
    for _ in range(3):
        asyncio.run(sender.drain_once())
        clock.advance(5.0)
    assert send.texts_to(8) == ["alert a to 8"]
    assert send.texts_to(7) == []  # the 403, then nothing more to that chat
    assert sender.stats.blocked == 1
    to_seven = [row for row in rows(sessions) if row.chat_id == 7]
    assert {(row.status, row.last_error) for row in to_seven} == {("failed", UNSUBSCRIBED)}
    with sessions() as session:
        assert subscriptions.get(session, "tg:7") is None
        assert subscriptions.get(session, "tg:8") is not None


def test_an_urgent_reply_goes_before_every_row_queued_even_in_its_own_chat(
    engine: Engine, box: CryptoBox, clock: FakeClock, send: FakeSend
) -> None:
    """Issue 11: the emergency numbers Telegram did not take at once (a 429) go out first
    when the outbox drains: before the replies and case messages queued earlier, their own
    chat's included, and before any broadcast."""
    for chat in range(1, 6):
        put(engine, box, reply_key(chat, 0), chat, f"reply {chat}", PRIORITY_NOW)
        put(engine, box, alert_key("a", chat), chat, f"alert {chat}", PRIORITY_BROADCAST)
    put(engine, box, reply_key(99, 0), 3, "numbers", PRIORITY_URGENT)
    sender = fake_sender(engine, box, send, clock, per_chat_interval_s=0.0)
    asyncio.run(sender.drain_once())  # the alerts wait behind their chats' replies: a second
    asyncio.run(sender.drain_once())  # pass sends them
    texts = [call.text for call in send.calls]
    assert texts[0] == "numbers"
    assert texts.index("reply 5") < texts.index("alert 1")
    assert len(send.delivered) == 11


def test_each_row_takes_the_send_lane_of_its_priority_and_chat() -> None:
    assert lane_of_row(5, PRIORITY_URGENT) == Lane.URGENT
    assert lane_of_row(-100_5, PRIORITY_URGENT) == Lane.URGENT
    assert lane_of_row(5, PRIORITY_NOW) == Lane.PRIVATE
    assert lane_of_row(-100_5, PRIORITY_NOW) == Lane.GROUP  # an inbox: after people
    assert lane_of_row(5, PRIORITY_BROADCAST) == Lane.BULK


def test_an_urgent_row_queued_while_a_batch_drains_goes_next(
    engine: Engine, box: CryptoBox, clock: FakeClock, send: FakeSend
) -> None:
    """The sender fetches again when told of new rows, so emergency numbers queued in the
    middle of a long batch do not wait for the batch to end."""
    for chat in range(1, 21):
        put(engine, box, reply_key(chat, 0), chat, f"reply {chat}", PRIORITY_NOW)
    wake, stop = asyncio.Event(), asyncio.Event()

    async def sending(chat_id: int, text: str, buttons: Keyboard) -> int:
        message_id = await send(chat_id, text, buttons)
        if len(send.delivered) == 3:  # a reply met a 429 meanwhile: its numbers are queued
            put(engine, box, reply_key(99, 0), 99, "numbers", PRIORITY_URGENT)
            wake.set()
        if len(send.delivered) == 21:
            stop.set()
        return message_id

    sender = fake_sender(engine, box, sending, clock, per_chat_interval_s=0.0)
    asyncio.run(sender.run(stop, wake, idle_s=0.0))
    texts = [text for _chat, text, _buttons in send.delivered]
    assert texts.index("numbers") == 3  # right after the send that was on the wire
