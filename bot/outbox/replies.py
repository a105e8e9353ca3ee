"""A private reply is in the outbox from the moment its answer commits (issue 11).

The handling transaction writes each reply as a *held* row (`hold`): 'pending', claimed by the
process that handled the update (`claimed_by`, `claimed_at`), due only when the hold ends
(`next_attempt_at`, HOLD_S later). That process sends the replies at once, on its direct path
(bot/telegram/delivery.py), then deletes the rows it sent, in the write that records the
message ids for /clear (`settle`; on PostgreSQL `settle_quickly`, one statement): the happy
path costs no extra transaction and keeps no copy of the words. What it did not send (a 429,
a network error, a slow turn) it hands to the outbox at once (`settle` releases it). If the
process dies in between, the rows stay: the outbox sender of any instance sends them when the
hold ends, in order per chat, urgent ones first, like any other row; a polling process (the
only one) releases them at start (`OutboxRows.release_held`).

Why a time-based hold and not a claim taken before each direct send: a claim would be one
more transaction per message, and CPU per message is what issue 11 counts. So the direct path
keeps to a deadline instead (`Held.send_by`, DIRECT_MARGIN_S before the hold ends): it starts
no send after it. A send started before is not cut off (on the wire, it could overlap the
next send and meet a flood wait): python-telegram-bot's time-outs (5 s to connect, to write,
to read) end it well inside the margin, which also covers the commit that deletes a sent row
(normally milliseconds) and clock skew between instances (NTP). So the outbox never takes a
row the direct path may still send. A long backlog of turns (a burst) is no harm: what misses
the deadline simply goes through the outbox. What remains is the window every send to
Telegram has (it has no idempotency key): killed after Telegram took a reply and before the
row's deletion committed, the reply goes out once more, as an outbox row whose 'sent' commit
a crash lost.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import socket
import time
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    CursorResult,
    Select,
    String,
    Table,
    any_,
    bindparam,
    delete,
    func,
    select,
    update,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from bot.outbox.keys import OutboxKind, reply_key
from bot.outbox.queue import PRIORITY_NOW, PRIORITY_URGENT, OutboxStatus, enqueue, seal
from bot.outbox.quick_sent import mark_sent_quickly
from bot.outbox.rows import Due
from bot.storage.crypto import CryptoBox
from bot.storage.models import Outbox, SentMessage, utcnow
from bot.storage.quick import QuickWrites, counted
from bot.storage.sent import KNOWN_CHAT
from bot.values import Held, Reply

log = logging.getLogger(__name__)
HOLD_S = 45.0  # how long the outbox leaves a held reply to the direct path
DIRECT_MARGIN_S = 20.0  # the direct path starts no send this close to the hold's end
REPLY_KEYS = f"{OutboxKind.REPLY}:%"  # every reply row (bot/outbox/keys.py reply_key)


def process_name() -> str:
    """This process among all instances (fits `claimed_by`, 40 characters)."""
    return f"{socket.gethostname()[:20]}:{os.getpid()}:{secrets.token_hex(4)}"


def as_text(reply: Reply) -> str:
    """What the outbox sends for a reply: a venue as text (its name under the words)."""
    return reply.text if reply.venue is None else f"{reply.text}\n📍 {reply.venue.title}"


def hold(
    session: Session,
    box: CryptoBox,
    holder: str,
    update_id: int,
    chat_id: int,
    replies: Sequence[Reply],
    urgent: bool,
    behind: bool = False,
) -> Held | None:
    """Write the replies to one update as rows held for `holder`, in the caller's transaction.

    If earlier replies to the chat still wait in the outbox (Telegram refused them, or a dead
    instance held them), these are not held but queued behind them (`Held.direct` False): a
    chat's answers arrive in order. So with `behind`: the caller has just put other rows for
    the chat back in the queue (a caseworker's messages the person missed while they had
    blocked the bot), which the person should read first. None (nothing written) if rows of
    this update exist: the desk deferred its reply to it before a crash, and the redelivery
    came here."""
    if not replies:
        return None
    send_by = time.monotonic() + HOLD_S - DIRECT_MARGIN_S  # taken before the rows' stamp
    now = utcnow()
    priority = PRIORITY_URGENT if urgent else PRIORITY_NOW
    keys = [reply_key(update_id, position) for position in range(len(replies))]
    # Every key of this update (reply_key) sorts in [lo, hi): ";" comes right after ":".
    lo, hi = f"{OutboxKind.REPLY}:{update_id}:", f"{OutboxKind.REPLY}:{update_id};"
    params = {"chat": chat_id, "priority": priority, "lo": lo, "hi": hi}
    found = session.execute(_KNOWN, params).all()  # a few rows: replies wait only if refused
    if any(lo <= key < hi for key, _waiting in found):
        return None
    direct = not behind and not any(waiting for _key, waiting in found)
    hold_until = now + dt.timedelta(seconds=HOLD_S) if direct else now
    rows = [
        {
            "idem_key": key,
            "chat_id": chat_id,
            "payload_enc": seal(box, as_text(reply), reply.buttons),
            "status": OutboxStatus.PENDING,
            "attempts": 0,
            "permanent_failures": 0,
            "priority": priority,
            "claimed_by": holder if direct else None,
            "claimed_at": now if direct else None,
            "next_attempt_at": hold_until,
            "created_at": now,
        }
        for key, reply in zip(keys, replies, strict=True)
    ]
    session.execute(_TABLE.insert(), rows)
    return Held(update_id, len(replies), send_by, direct=direct)


# Built once (Core, on the table): these run for every message, so no statement is built,
# nor an ORM unit of work run, per message (issue 11 counts CPU per message).
_TABLE = cast(Table, Outbox.__table__)
_WAITING = (
    (_TABLE.c.chat_id == bindparam("chat"))
    & _TABLE.c.idem_key.like(REPLY_KEYS)
    & _TABLE.c.status.in_((OutboxStatus.PENDING, OutboxStatus.SENDING))
    & (_TABLE.c.priority <= bindparam("priority"))
)
# Replies to the chat that the outbox would send before this one (bot/outbox/rows.py
# `fetch_due`: an urgent one passes others), and rows of this update already (a key range).
_KNOWN = select(_TABLE.c.idem_key, _WAITING).where(
    _WAITING | ((_TABLE.c.idem_key >= bindparam("lo")) & (_TABLE.c.idem_key < bindparam("hi")))
)
_MINE = (_TABLE.c.status == OutboxStatus.PENDING) & (_TABLE.c.claimed_by == bindparam("holder"))
_DELETE = delete(_TABLE).where(_TABLE.c.idem_key.in_(bindparam("keys", expanding=True)), _MINE)
_RELEASE = (
    update(_TABLE)
    .where(_TABLE.c.idem_key.in_(bindparam("keys", expanding=True)), _MINE)
    .values(claimed_by=None, claimed_at=None, next_attempt_at=bindparam("now"))
)


def settle(session: Session, holder: str, held: Held, sent: int) -> None:
    """After the direct path: the first `sent` held rows went out (deleted: the outbox has
    nothing left to do, and their words are not kept); the rest go to the outbox now."""
    done, rest = _keys(held, sent)
    if done:
        result = session.execute(_DELETE, {"keys": done, "holder": holder})
        if cast(CursorResult[Any], result).rowcount < len(done):
            _check_taken(session, done, held.update_id)
    if rest:
        session.execute(_RELEASE, {"keys": rest, "holder": holder, "now": utcnow()})


async def settle_quickly(
    quick: QuickWrites, holder: str, held: Held, chat_id: int, message_ids: list[int]
) -> bool:
    """`settle`, and the ids of the replies sent kept for /clear (a private chat the bot
    knows), in one PostgreSQL statement sent from the event loop (bot/storage/quick.py): where
    `settle` in a thread's transaction is five or six round trips, each waiting for the GIL
    under load. Returns False if a sent row was not ours to delete (`check_taken`)."""
    done, rest = _keys(held, len(message_ids))
    params = {
        "done": done,
        "rest": rest,
        "holder": holder,
        "now": utcnow(),
        "chat": chat_id,
        "uid": f"tg:{chat_id}",
        "ids": message_ids if chat_id > 0 else [],  # private chats only: groups are never cleared
    }
    deleted = (await quick.one(_SETTLE_PG, params))[0]
    return bool(deleted == len(done))


class QuickSettle:
    """`settle_quickly`, and an outbox row's 'sent' (quick_sent.py), on connections of their
    own, for an event loop other than the bot's (bot/telegram/send_loop.py): psycopg's async
    connections belong to the loop that made them. Made, used and closed on that loop."""

    def __init__(self, quick: QuickWrites, holder: str) -> None:
        self._quick = quick
        self._holder = holder

    async def __call__(self, held: Held, chat_id: int, message_ids: list[int]) -> bool:
        return await settle_quickly(self._quick, self._holder, held, chat_id, message_ids)

    async def mark_sent(self, row: Due, message_id: int) -> bool:
        return await mark_sent_quickly(self._quick, row, message_id, utcnow())

    async def close(self) -> None:
        await self._quick.close()


def _settle_pg() -> Select[Any]:
    keys = postgresql.ARRAY(String)
    gone = (
        delete(_TABLE)
        .where(_TABLE.c.idem_key == any_(bindparam("done", type_=keys)), _MINE)
        .returning(_TABLE.c.id)
        .cte("gone")
    )
    freed = (
        update(_TABLE)
        .where(_TABLE.c.idem_key == any_(bindparam("rest", type_=keys)), _MINE)
        .values(claimed_by=None, claimed_at=None, next_attempt_at=bindparam("now"))
        .returning(_TABLE.c.id)
        .cte("freed")
    )
    sent = cast(Table, SentMessage.__table__)
    ids = func.unnest(bindparam("ids", type_=postgresql.ARRAY(BigInteger)))
    rows = select(bindparam("chat", type_=BigInteger), ids, bindparam("now")).where(KNOWN_CHAT)
    kept = (
        postgresql.insert(sent)
        .from_select(["chat_id", "message_id", "at"], rows)
        .on_conflict_do_nothing()
        .returning(sent.c.message_id)
        .cte("kept")
    )
    return counted(gone, freed, kept)


_SETTLE_PG = _settle_pg()


def check_taken(session: Session, held: Held, sent: int) -> None:
    """After `settle_quickly` returned False."""
    _check_taken(session, _keys(held, sent)[0], held.update_id)


def _keys(held: Held, sent: int) -> tuple[list[str], list[str]]:
    """The held rows' keys: the first `sent` (they went out), and the rest."""
    keys = [reply_key(held.update_id, p) for p in range(held.first, held.first + held.count)]
    return keys[:sent], keys[sent:]


def _check_taken(session: Session, keys: list[str], update_id: int) -> None:
    """A sent reply's row was not ours to delete: erased (/delete_my_data, nothing to say),
    or the outbox took it after the hold ended (it may go out twice: the margin was short)."""
    taken = session.scalar(select(Outbox.id).where(Outbox.idem_key.in_(keys)).limit(1))
    if taken is not None:
        log.error("Update %s: a reply sent directly was also taken by the outbox", update_id)


def defer(
    session: Session,
    box: CryptoBox,
    chat_id: int,
    replies: Sequence[Reply],
    update_id: int,
    first: int = 0,
    urgent: bool = False,
) -> None:
    """Replies that were not held (a desk's, a group's) and Telegram did not take now: the
    outbox sends them, urgent ones before any other row. `first`: the first one's place."""
    for position, reply in enumerate(replies, start=first):
        enqueue(
            session,
            box,
            idem_key=reply_key(update_id, position),
            chat_id=chat_id,
            text=as_text(reply),
            buttons=reply.buttons,
            priority=PRIORITY_URGENT if urgent else PRIORITY_NOW,
        )
