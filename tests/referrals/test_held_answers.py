"""An answer's replies are written to the outbox in the transaction that handles the update,
held for the direct path (bot/outbox/replies.py), on SQLite and PostgreSQL: a crash after the
commit can no longer lose them, and a redelivered update is never answered twice."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

import pytest
from referral_helpers import Harness
from sqlalchemy import select, update

from bot.dialogue.events import Command
from bot.outbox.keys import reply_key
from bot.outbox.replies import hold
from bot.storage.models import Outbox, SentMessage, Staff
from bot.values import Held, Reply

CHAT = 5_550_001
UID = f"tg:{CHAT}"
_SOON = dt.timedelta(seconds=5)  # released: due now, not when the hold ends


def settle(harness: Harness, chat_id: int, held: Held, message_ids: list[int]) -> None:
    """As the direct path settles: one statement from the event loop on PostgreSQL, the
    transaction in a thread on SQLite."""

    async def run() -> None:
        service = harness.service
        try:
            if not await service.settle_replies_quickly(chat_id, held, message_ids):
                await asyncio.to_thread(service.settle_replies, chat_id, held, message_ids)
        finally:
            if harness.store.quick is not None:
                await harness.store.quick.close()

    asyncio.run(run())


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
    settle(harness, CHAT, held, ids)
    assert outbox(harness) == []  # sent directly: nothing left to send, no words kept
    with harness.store.sessions() as session:
        kept = session.scalars(select(SentMessage.message_id)).all()
    assert sorted(kept) == ids  # for /clear, in the same write


def test_replies_the_direct_path_did_not_send_become_due_at_once(harness: Harness):
    answer = asyncio.run(harness.service.answer(UID, Command("start"), 42, CHAT))
    assert answer.held is not None
    settle(harness, CHAT, answer.held, [])  # Telegram refused the first
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


def hold_three(harness: Harness, chat_id: int, update_id: int) -> Held:
    replies = tuple(Reply(f"part {n}") for n in range(3))
    with harness.store.sessions.begin() as session:
        held = hold(
            session, harness.store.box, harness.service.holder, update_id, chat_id, replies, False
        )
    assert held is not None and held.direct
    return held


def kept_ids(harness: Harness, chat_id: int) -> list[int]:
    with harness.store.sessions() as session:
        query = select(SentMessage.message_id).where(SentMessage.chat_id == chat_id)
        return sorted(session.scalars(query))


def test_a_partly_sent_answer_leaves_the_rest_to_the_outbox_and_keeps_the_ids_sent(
    harness: Harness,
):
    harness.command(UID, "start")  # a profile: the chat is known
    held = hold_three(harness, CHAT, 51)
    settle(harness, CHAT, held, [901])
    rows = outbox(harness)
    assert [row.idem_key for row in rows] == [reply_key(51, 1), reply_key(51, 2)]
    assert all(row.claimed_by is None and row.claimed_at is None for row in rows)
    assert all(row.next_attempt_at <= row.created_at + _SOON for row in rows)  # due now
    assert kept_ids(harness, CHAT) == [901]


def test_the_ids_of_a_chat_the_bot_does_not_know_are_not_kept(harness: Harness):
    """After /delete_my_data the farewell is sent to a chat with no profile: its id must not
    be left behind. The rows go all the same."""
    held = hold_three(harness, CHAT + 1, 52)
    settle(harness, CHAT + 1, held, [902, 903, 904])
    assert outbox(harness) == [] and kept_ids(harness, CHAT + 1) == []


def test_the_ids_of_active_staff_are_kept_and_of_former_staff_not(harness: Harness):
    with harness.store.sessions.begin() as session:
        session.add(Staff(tg_user_id=CHAT + 2, org_id="FAR", role="caseworker"))
        session.add(Staff(tg_user_id=CHAT + 3, org_id="FAR", role="caseworker", active=False))
    for chat_id, update_id in ((CHAT + 2, 53), (CHAT + 3, 54)):
        held = hold_three(harness, chat_id, update_id)
        settle(harness, chat_id, held, [update_id * 10])
    assert kept_ids(harness, CHAT + 2) == [530] and kept_ids(harness, CHAT + 3) == []


def test_a_reply_the_outbox_took_after_the_hold_is_left_to_it_and_logged(
    harness: Harness, caplog: pytest.LogCaptureFixture
):
    """The hold ended before the settle (a very late commit): the outbox claimed the row.
    The settle must not delete the outbox's row, and says the reply may go out twice."""
    held = hold_three(harness, CHAT, 55)
    with harness.store.sessions.begin() as session:
        session.execute(
            update(Outbox).where(Outbox.idem_key == reply_key(55, 0)).values(claimed_by="other")
        )
    with caplog.at_level(logging.ERROR):
        settle(harness, CHAT, held, [905])
    rows = outbox(harness)  # the outbox's row as it was; the two not sent released
    assert [(row.idem_key, row.claimed_by) for row in rows] == [
        (reply_key(55, 0), "other"),
        (reply_key(55, 1), None),
        (reply_key(55, 2), None),
    ]
    assert "also taken by the outbox" in caplog.text
