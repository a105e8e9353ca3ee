"""The inbound queue of webhook mode: updates stored before Telegram gets its 200.

One row per update (the update id is the key, so Telegram's redelivery of an update we
already hold stores nothing new), its body encrypted (it holds people's words), deleted once
handled. Several bot processes share the table on PostgreSQL:

- a worker claims the oldest update of a chat that has no earlier update still in the table
  (`FOR UPDATE SKIP LOCKED`: two claimers never wait on or take the same row), so one chat's
  updates are handled one after the other, in update-id order, whichever process takes them;
- a claim is a lease (`lease_until`), renewed while the update is being handled: a process
  killed mid-way leaves rows whose lease runs out, and another process takes them over.

On SQLite (one local process) the same statements run; SQLite ignores FOR UPDATE, and its
single writer serialises the claims.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple, cast

from sqlalchemy import (
    BigInteger,
    DateTime,
    Index,
    Integer,
    String,
    Table,
    Text,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, aliased, mapped_column, sessionmaker

from bot.storage.models import Base, ProcessedUpdate

PRIORITY_EMERGENCY = 0
PRIORITY_NORMAL = 1


class InboundUpdate(Base):
    """A Telegram update received by the webhook and not yet handled."""

    __tablename__ = "inbound_updates"
    __table_args__ = (Index("ix_inbound_updates_chat_key_update_id", "chat_key", "update_id"),)

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    # The chat whose order it keeps (the user's id when an update has no chat; 0 when neither).
    chat_key: Mapped[int] = mapped_column(BigInteger, nullable=False)
    # Claimed lowest first (bot.values.Lane): 0 danger, 1 a person, 2 groups and inboxes.
    priority: Mapped[int] = mapped_column(Integer, nullable=False, default=PRIORITY_NORMAL)
    body_enc: Mapped[str] = mapped_column(Text, nullable=False)  # the update's JSON, encrypted
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    claimed_by: Mapped[str | None] = mapped_column(String(40))
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


_TABLE = cast(Table, InboundUpdate.__table__)  # plain statements for the per-update path


class NewUpdate(NamedTuple):
    """An update to store: its id, chat key, priority and encrypted JSON."""

    update_id: int
    chat_key: int
    priority: int
    body_enc: str


class Claimed(NamedTuple):
    update_id: int
    body_enc: str
    received_at: dt.datetime
    attempts: int
    chat_key: int


def store_update(
    sessions: sessionmaker[Session],
    update_id: int,
    chat_key: int,
    priority: int,
    body_enc: str,
    now: dt.datetime,
) -> bool:
    """Store an update; False when it is already queued (Telegram sent it again)."""
    row = {
        "update_id": update_id,
        "chat_key": chat_key,
        "priority": priority,
        "body_enc": body_enc,
        "received_at": now,
        "attempts": 0,
    }
    try:
        with sessions.begin() as session:  # a plain INSERT: the ORM's flush cost more than it
            session.execute(insert(_TABLE).values(row))
    except IntegrityError:
        return False
    return True


def store_updates(sessions: sessionmaker[Session], batch: list[NewUpdate], now: dt.datetime) -> int:
    """Store a batch in one transaction (polling's store-first mode); how many were new.

    An update already queued, or already handled (recorded in processed_updates: Telegram
    delivers a batch again when the process died before its offset moved), is left out, so
    storing a batch twice queues nothing twice. One poller stores at a time; should another
    writer race it, the unique key refuses the batch and the poller stores it again."""
    ids = [new.update_id for new in batch]
    if not ids:
        return 0
    with sessions.begin() as session:
        queued = select(InboundUpdate.update_id).where(InboundUpdate.update_id.in_(ids))
        handled = select(ProcessedUpdate.update_id).where(ProcessedUpdate.update_id.in_(ids))
        known = set(session.scalars(queued)) | set(session.scalars(handled))
        fresh = {new.update_id: new for new in batch if new.update_id not in known}
        session.add_all(
            InboundUpdate(
                update_id=new.update_id,
                chat_key=new.chat_key,
                priority=new.priority,
                body_enc=new.body_enc,
                received_at=now,
                attempts=0,
            )
            for new in fresh.values()
        )
        return len(fresh)


def claim(
    sessions: sessionmaker[Session], worker: str, now: dt.datetime, lease_s: float, limit: int
) -> list[Claimed]:
    """Claim up to `limit` updates, each the first of its chat still in the queue, emergencies
    first, then oldest first. Rows another process is claiming right now are skipped."""
    earlier = aliased(InboundUpdate)
    behind = exists().where(
        earlier.chat_key == InboundUpdate.chat_key, earlier.update_id < InboundUpdate.update_id
    )
    free = or_(InboundUpdate.lease_until.is_(None), InboundUpdate.lease_until < now)
    query = (
        select(
            InboundUpdate.update_id,
            InboundUpdate.body_enc,
            InboundUpdate.received_at,
            InboundUpdate.attempts,
            InboundUpdate.chat_key,
        )
        .where(free, ~behind)
        .order_by(InboundUpdate.priority, InboundUpdate.update_id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    until = now + dt.timedelta(seconds=lease_s)
    with sessions.begin() as session:  # rows, not ORM objects: a claim runs per update
        if session.get_bind().dialect.name == "sqlite":
            # No FOR UPDATE there: the write lock first, so two claimers read in turn.
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
        rows = session.execute(query).all()
        if not rows:
            return []
        session.execute(
            update(_TABLE)
            .where(InboundUpdate.update_id.in_([r.update_id for r in rows]))
            .values(claimed_by=worker, lease_until=until, attempts=InboundUpdate.attempts + 1)
        )
        return [
            Claimed(r.update_id, r.body_enc, r.received_at, r.attempts + 1, r.chat_key)
            for r in rows
        ]


def renew(
    sessions: sessionmaker[Session],
    worker: str,
    update_ids: list[int],
    now: dt.datetime,
    lease_s: float,
) -> int:
    """Extend this worker's leases on updates it is still handling; how many it still holds."""
    if not update_ids:
        return 0
    with sessions.begin() as session:
        result = session.execute(
            update(InboundUpdate)
            .where(InboundUpdate.update_id.in_(update_ids), InboundUpdate.claimed_by == worker)
            .values(lease_until=now + dt.timedelta(seconds=lease_s))
        )
        return int(getattr(result, "rowcount", 0) or 0)


def finish(
    sessions: sessionmaker[Session], update_id: int, record: bool, chat_key: int | None = None
) -> bool:
    """The update was handled: out of the queue, and (unless a flood drop) recorded as handled
    in the same transaction, so a later redelivery by Telegram is not answered again.

    Whether `chat_key`'s chat still has an update queued (True when no key is given): the
    one update its end can make claimable, so the worker looks again only then. Asked after
    the commit: an update another process stores meanwhile is then either seen here or,
    stored after, claimable by that process's own claim (which its store starts)."""
    with sessions.begin() as session:
        session.execute(delete(InboundUpdate).where(InboundUpdate.update_id == update_id))
        if record and session.get(ProcessedUpdate, update_id) is None:
            session.add(ProcessedUpdate(update_id=update_id))
    if chat_key is None:
        return True
    with sessions() as session:
        return bool(session.scalar(select(exists().where(InboundUpdate.chat_key == chat_key))))


def pending(sessions: sessionmaker[Session]) -> int:
    """Updates stored and not yet handled (claimed ones included)."""
    with sessions() as session:
        return int(session.scalar(select(func.count()).select_from(InboundUpdate)) or 0)
