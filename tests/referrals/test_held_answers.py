"""An answer's replies are written to the outbox in the transaction that handles the update,
held for the direct path (bot/outbox/replies.py), on SQLite and PostgreSQL: a crash after the
commit can no longer lose them, and a redelivered update is never answered twice."""

from __future__ import annotations

import asyncio
import datetime as dt

from referral_helpers import Harness
from sqlalchemy import select

from bot.dialogue.events import Command
from bot.outbox.keys import reply_key
from bot.storage.models import Outbox, SentMessage
from bot.values import Reply

CHAT = 5_550_001
UID = f"tg:{CHAT}"
_SOON = dt.timedelta(seconds=5)  # released: due now, not when the hold ends


def outbox(harness: Harness) -> list[Outbox]:
    with harness.store.sessions() as session:
        return list(session.scalars(select(Outbox).order_by(Outbox.id)))


def test_the_replies_are_held_with_the_answer_then_settled_by_the_direct_path(
    harness: Harness,
):
    answer = asyncio.run(harness.service.answer(UID, Command("start"), 41, CHAT))
    held = answer.held
    assert held is not None and held.update_id == 41 and held.count == len(answer.replies) > 0
    rows = outbox(harness)
    assert [row.idem_key for row in rows] == [reply_key(41, n) for n in range(held.count)]
    assert {(row.status, row.claimed_by, row.chat_id) for row in rows} == {
        ("pending", harness.service.holder, CHAT)
    }
    assert all(row.next_attempt_at > row.created_at for row in rows)  # not due: held
    ids = list(range(100, 100 + held.count))
    harness.service.settle_replies(CHAT, held, ids)
    assert outbox(harness) == []  # sent directly: nothing left to send, no words kept
    with harness.store.sessions() as session:
        kept = session.scalars(select(SentMessage.message_id)).all()
    assert sorted(kept) == ids  # for /clear, in the same write


def test_replies_the_direct_path_did_not_send_become_due_at_once(harness: Harness):
    answer = asyncio.run(harness.service.answer(UID, Command("start"), 42, CHAT))
    assert answer.held is not None
    harness.service.settle_replies(CHAT, answer.held, [])  # Telegram refused the first
    rows = outbox(harness)
    assert len(rows) == answer.held.count
    assert all(
        row.claimed_by is None and row.next_attempt_at <= row.created_at + _SOON for row in rows
    )


def test_a_redelivered_update_is_not_answered_again(harness: Harness):
    first = asyncio.run(harness.service.answer(UID, Command("start"), 43, CHAT))
    again = asyncio.run(harness.service.answer(UID, Command("start"), 43, CHAT))
    assert first.replies and again.replies == () and again.held is None
    assert len(outbox(harness)) == len(first.replies)


def test_without_an_update_or_a_chat_nothing_is_held(harness: Harness):
    answer = asyncio.run(harness.service.answer(UID, Command("start")))
    assert answer.replies and answer.held is None
    assert outbox(harness) == []


def test_an_update_the_desk_answered_before_a_crash_is_not_held_again(harness: Harness):
    """The desk deferred its reply to update 44 (Telegram refused it), the bot died before
    recording the update, and the redelivery reached the dialogue: no second row, no error."""
    harness.service.defer_replies(CHAT, (Reply("from the desk"),), 44)
    answer = asyncio.run(harness.service.answer(UID, Command("start"), 44, CHAT))
    assert answer.replies and answer.held is None  # sent directly, as before the outbox held
    assert [row.idem_key for row in outbox(harness)] == [reply_key(44, 0)]
