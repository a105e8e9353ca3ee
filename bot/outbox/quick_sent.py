"""An outbox row's 'sent' as one PostgreSQL statement, on the send loop (issue 11).

Telegram has no idempotency key: a process killed after Telegram took an outbox row's
message and before its 'sent' committed leaves the row 'sending', and another instance sends
it again when the claim's lease ends (sender.py). `OutboxRows.mark_sent` is a thread's
transaction of three to five round trips on the bot's event loop, each waiting for the loop
and the GIL under load. On PostgreSQL the send loop (bot/telegram/send_loop.py) sends the row
and then runs this one statement on connections of its own, in autocommit, as it does for a
held reply's settle (replies.py `settle_quickly`): 'sent' with the message id, the id kept
for /clear (private chats), and a live message's new place, together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple, cast

from sqlalchemy import BigInteger, Select, String, Table, bindparam, func, or_, select, update
from sqlalchemy.dialects import postgresql

from bot.outbox.queue import OutboxStatus
from bot.outbox.rows import Due
from bot.storage.models import LiveMessage, Outbox, SentMessage
from bot.storage.quick import QuickWrites, counted
from bot.values import Keyboard


class Sent(NamedTuple):
    """A send: the message id, whether the row was still this sender's (None: not recorded
    yet; on the send loop, the statement failed), and when the send started and its record
    committed (time.monotonic())."""

    message_id: int
    marked: bool | None
    started: float
    committed: float


# row, the live message to edit (None: send), text, buttons, the send's time-out
QuickSendFn = Callable[[Due, int | None, str, Keyboard, float], Awaitable[Sent]]


async def mark_sent_quickly(
    quick: QuickWrites, row: Due, message_id: int, now: dt.datetime
) -> bool:
    """`OutboxRows.mark_sent`'s writes in one statement; True when the row was still
    unsent (as there: 'sending', or 'pending' again after its claim's lease ran out)."""
    params = {
        "row": row.id,
        "message": message_id,
        "now": now,
        "chat": row.chat_id,
        "private": [message_id] if row.chat_id > 0 else [],  # groups are never cleared
        "slots": [] if row.slot is None else [row.slot],
    }
    return bool((await quick.one(_MARK_PG, params))[0])


def _mark_pg() -> Select[Any]:
    outbox = cast(Table, Outbox.__table__)
    unsent = or_(  # not IN (...): its expanding parameter is not plain SQL for psycopg
        outbox.c.status == OutboxStatus.SENDING.value,
        outbox.c.status == OutboxStatus.PENDING.value,
    )
    chat, message = bindparam("chat", type_=BigInteger), bindparam("message", type_=BigInteger)
    done = (
        update(outbox)
        .where(outbox.c.id == bindparam("row"), unsent)
        .values(
            status=OutboxStatus.SENT.value,
            sent_at=bindparam("now"),
            message_id=message,
            claimed_by=None,
            claimed_at=None,
        )
        .returning(outbox.c.id)
        .cte("done")
    )
    sent = cast(Table, SentMessage.__table__)
    ids = func.unnest(bindparam("private", type_=postgresql.ARRAY(BigInteger)))
    kept = (
        postgresql.insert(sent)
        .from_select(["chat_id", "message_id", "at"], select(chat, ids, bindparam("now")))
        .on_conflict_do_nothing()
        .returning(sent.c.message_id)
        .cte("kept")
    )
    live = cast(Table, LiveMessage.__table__)
    slots = func.unnest(bindparam("slots", type_=postgresql.ARRAY(String)))
    here = postgresql.insert(live).from_select(
        ["slot", "chat_id", "message_id", "updated_at"],
        select(slots, chat, message, bindparam("now")),
    )
    moved = (
        here.on_conflict_do_update(
            index_elements=[live.c.slot, live.c.chat_id],
            set_={"message_id": here.excluded.message_id, "updated_at": here.excluded.updated_at},
        )
        .returning(live.c.slot)
        .cte("moved")
    )
    return counted(done, kept, moved)


_MARK_PG = _mark_pg()
