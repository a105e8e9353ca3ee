"""What webhook mode asks of the database: store an update, claim, renew, finish, and counts.

The channel (bot/telegram/webhook.py, bot/telegram/inbound_workers.py) never touches the
store itself (the import contract); this is its one door to the inbound queue
(bot/storage/inbound.py). Bodies are encrypted here with the store's CryptoBox: an update
holds a person's words, and it may wait in the table while a backlog drains.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from bot.outbox.queue import OutboxStatus
from bot.storage import Store
from bot.storage import inbound as rows
from bot.storage.models import Outbox, utcnow


def worker_name() -> str:
    """Unique per process, readable in the table (host and pid), under the column's 40."""
    return f"{socket.gethostname()[:16]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class Taken:
    """A claimed update: its JSON (decrypted) and when it was stored."""

    update_id: int
    body: str | None  # None: the stored body can no longer be decrypted (a removed key)
    received_at: dt.datetime
    attempts: int
    chat_key: int | None = None  # None: not known (the queue's own callers in tests)


@dataclass
class InboundQueue:
    store: Store
    lease_s: float = 60.0
    worker: str = field(default_factory=worker_name)
    wall: Callable[[], dt.datetime] = utcnow

    def put(self, update_id: int, chat_key: int, priority: int, body: str) -> bool:
        """Store an update before Telegram gets its 200; False if it was already stored."""
        return rows.store_update(
            self.store.sessions, update_id, chat_key, priority, self.seal(body), self.wall()
        )

    def put_many(self, batch: list[tuple[int, int, int, str]]) -> int:
        """Store (update id, chat key, priority, JSON) tuples in one transaction, each body
        encrypted; how many were new (queued or handled ones are left out)."""
        sealed = [
            rows.NewUpdate(update_id, key, priority, self.seal(body))
            for update_id, key, priority, body in batch
        ]
        return rows.store_updates(self.store.sessions, sealed, self.wall())

    def seal(self, body: str) -> str:
        sealed = self.store.box.encrypt(body)
        assert sealed is not None
        return sealed

    def take(self, limit: int) -> list[Taken]:
        claimed = rows.claim(self.store.sessions, self.worker, self.wall(), self.lease_s, limit)
        return [
            Taken(
                c.update_id,
                self.store.box.decrypt(c.body_enc),
                c.received_at,
                c.attempts,
                c.chat_key,
            )
            for c in claimed
        ]

    def renew(self, update_ids: list[int]) -> int:
        return rows.renew(self.store.sessions, self.worker, update_ids, self.wall(), self.lease_s)

    def done(self, update_id: int, record: bool = True, chat_key: int | None = None) -> bool:
        """Out of the queue; whether `chat_key`'s chat has another update queued (True when
        the chat is not given)."""
        return rows.finish(self.store.sessions, update_id, record, chat_key)

    def backlog(self) -> int:
        return rows.pending(self.store.sessions)

    def outbox_backlog(self) -> int:
        """Outbox rows waiting to be sent (pending or being sent)."""
        waiting = (OutboxStatus.PENDING, OutboxStatus.SENDING)
        query = select(func.count()).select_from(Outbox).where(Outbox.status.in_(waiting))
        with self.store.sessions() as session:
            return int(session.scalar(query) or 0)

    def database_ok(self) -> bool:
        try:
            with self.store.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception:
            return False
        return True

    def age_s(self, received_at: dt.datetime) -> float:
        """Seconds since an update was stored (SQLite gives back naive UTC datetimes)."""
        if received_at.tzinfo is None:
            received_at = received_at.replace(tzinfo=dt.UTC)
        return max(0.0, (self.wall() - received_at).total_seconds())
