"""Replies held in the outbox for the direct path (bot/outbox/replies.py): the outbox leaves
them alone while the hold lasts, sends them once when it ends (the direct path died), and what
the direct path settles is never sent again. SQLite and PostgreSQL; a controlled clock."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from outbox_helpers import FakeClock, FakeSend, fake_sender, rows
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.outbox.queue import enqueue
from bot.outbox.replies import HOLD_S, hold, settle
from bot.outbox.sender import OutboxSender
from bot.storage.crypto import CryptoBox
from bot.storage.models import utcnow
from bot.values import Held, Reply

ME = "handler-1"
CHAT = 4242


class Wall:
    """Real time moved on by the test: held rows are stamped with real time (utcnow)."""

    def __init__(self) -> None:
        self.ahead_s = 0.0

    def __call__(self) -> dt.datetime:
        return utcnow() + dt.timedelta(seconds=self.ahead_s)


def held(
    sessions: sessionmaker[Session],
    box: CryptoBox,
    update_id: int,
    *texts: str,
    chat: int = CHAT,
    urgent: bool = False,
) -> Held:
    with sessions.begin() as session:
        replies = tuple(Reply(text) for text in texts)
        written = hold(session, box, ME, update_id, chat, replies, urgent)
    assert written is not None
    return written


def sender_at(engine: Engine, box: CryptoBox, send: FakeSend, wall: Wall) -> OutboxSender:
    clock = FakeClock()
    sender = fake_sender(engine, box, send, clock, per_chat_interval_s=0.0, global_per_s=1e4)
    sender._rows._wall = wall  # the rows' clock: real time, moved on by the test
    return sender


def settled(sessions: sessionmaker[Session], reply: Held, sent: int, holder: str = ME) -> None:
    with sessions.begin() as session:
        settle(session, holder, reply, sent)


@pytest.fixture
def wall() -> Wall:
    return Wall()


async def test_a_held_reply_waits_for_its_hold_then_goes_once(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, send: FakeSend, wall: Wall
):
    """The direct path died after the commit: the outbox sends the replies, in order."""
    held(sessions, box, 7, "first", "second")
    sender = sender_at(engine, box, send, wall)
    assert await sender.drain_once() == 0  # the direct path may still be sending them
    wall.ahead_s = HOLD_S + 1
    while await sender.drain_once():
        pass
    assert send.texts_to(CHAT) == ["first", "second"]
    assert [row.status for row in rows(sessions)] == ["sent", "sent"]


async def test_what_the_direct_path_sent_is_gone_and_the_rest_goes_now(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, send: FakeSend, wall: Wall
):
    reply = held(sessions, box, 8, "sent directly", "refused by Telegram")
    settled(sessions, reply, sent=1)
    [left] = rows(sessions)
    assert (left.idem_key, left.claimed_by) == ("reply:8:1", None)
    sender = sender_at(engine, box, send, wall)
    assert await sender.drain_once() == 1  # due at once: no waiting for the hold
    assert send.texts_to(CHAT) == ["refused by Telegram"]
    wall.ahead_s = HOLD_S + 1
    assert await sender.drain_once() == 0  # nothing is sent twice


async def test_a_held_reply_keeps_a_later_row_of_its_chat_waiting(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, send: FakeSend, wall: Wall
):
    """Order per chat: a case message queued after the reply does not overtake it."""
    reply = held(sessions, box, 9, "your reference")
    with sessions.begin() as session:
        enqueue(session, box, idem_key="case:X:migrant:1", chat_id=CHAT, text="accepted")
    sender = sender_at(engine, box, send, wall)
    assert await sender.drain_once() == 0
    settled(sessions, reply, sent=1)
    assert await sender.drain_once() == 1
    assert send.texts_to(CHAT) == ["accepted"]


async def test_urgent_held_replies_go_first_when_the_hold_ends(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, send: FakeSend, wall: Wall
):
    held(sessions, box, 10, "about documents", chat=1)
    held(sessions, box, 11, "emergency numbers", chat=2, urgent=True)
    sender = sender_at(engine, box, send, wall)
    wall.ahead_s = HOLD_S + 1
    while await sender.drain_once():
        pass
    assert [text for _chat, text, _ in send.delivered] == ["emergency numbers", "about documents"]


async def test_a_polling_start_releases_held_replies_a_webhook_start_leaves_them(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, send: FakeSend, wall: Wall
):
    """Polling runs one process: whatever is held at its start belongs to a dead one. Behind
    a webhook another instance may be sending it now: only the hold's end frees it."""
    held(sessions, box, 12, "lost at the kill")
    sender = sender_at(engine, box, send, wall)
    assert await sender.recover() == 0
    assert await sender.drain_once() == 0
    assert await sender.recover(older_than_s=0) == 1
    assert await sender.drain_once() == 1
    assert send.texts_to(CHAT) == ["lost at the kill"]


async def test_a_row_the_outbox_took_is_not_deleted_by_a_late_direct_path(
    engine: Engine,
    sessions: sessionmaker[Session],
    box: CryptoBox,
    send: FakeSend,
    wall: Wall,
    caplog: pytest.LogCaptureFixture,
):
    reply = held(sessions, box, 13, "slow")
    sender = sender_at(engine, box, send, wall)
    wall.ahead_s = HOLD_S + 1
    assert await sender.drain_once() == 1
    with caplog.at_level(logging.ERROR):
        settled(sessions, reply, sent=1)
    assert [row.status for row in rows(sessions)] == ["sent"]
    assert "also taken by the outbox" in caplog.text
    assert "slow" not in caplog.text  # never the words


async def test_another_holder_cannot_settle_my_rows(
    sessions: sessionmaker[Session], box: CryptoBox
):
    reply = held(sessions, box, 14, "mine")
    settled(sessions, reply, sent=1, holder="someone-else")
    [row] = rows(sessions)
    assert (row.status, row.claimed_by) == ("pending", ME)


async def test_replies_behind_waiting_ones_queue_in_the_outbox_instead_of_overtaking(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, send: FakeSend, wall: Wall
):
    """A dead instance's held reply (or one Telegram refused) still waits: the chat's next
    answer is not sent directly ahead of it, but queued behind it; an urgent one passes."""
    held(sessions, box, 15, "answer to the first question")
    later = held(sessions, box, 16, "answer to the second question")
    urgent = held(sessions, box, 17, "emergency numbers", urgent=True)
    assert not later.direct and urgent.direct
    sender = sender_at(engine, box, send, wall)
    assert await sender.drain_once() == 0  # the second waits behind the first, still held
    wall.ahead_s = HOLD_S + 1
    while await sender.drain_once():
        pass
    assert send.texts_to(CHAT) == [
        "emergency numbers",  # held too: its direct path died with the first's
        "answer to the first question",
        "answer to the second question",
    ]
