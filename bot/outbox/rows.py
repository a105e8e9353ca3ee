"""The sender's SQL: which rows are due, claiming one, and recording how its attempt went.

Each attempt claims its row first ('pending' -> 'sending', one UPDATE checked by rowcount),
so senders running side by side never send a row twice. On PostgreSQL, where several
instances share the outbox, the row is taken with `FOR UPDATE SKIP LOCKED`: a row another
sender is claiming right now is passed over at once instead of waited for. Every call is its
own short transaction; the sender runs them in its own thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple, cast

from sqlalchemy import CursorResult, Select, Update, bindparam, or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, aliased, sessionmaker

from bot.outbox.queue import OutboxStatus
from bot.storage.models import LiveMessage, Outbox
from bot.storage.sent import remember_sent
from bot.values import Keyboard

# Told in the sender's transaction when a chat moved (old id, new id): e.g. an inbox.
MovedFn = Callable[[Session, int, int], object]
# Told in its own transaction, after the failure is recorded, when a chat refused with 403.
BlockedFn = Callable[[Session, int], object]
# Told in the failure's transaction, with the row's id, when a row Telegram refused with 403
# (the person blocked the bot, or deleted the chat) is failed for good.
UndeliveredFn = Callable[[Session, int], object]
# chat_id, message_id, text, buttons -> the id of the message now showing it: the same, or a
# new message's when the old one can no longer be edited (deleted, too old).
EditFn = Callable[[int, int, str, Keyboard], Awaitable[int]]


def send_anew(send: Callable[[int, str, Keyboard], Awaitable[int]]) -> EditFn:
    """An edit that sends a new message each time: for senders given no edit function."""

    async def edit(chat_id: int, _message_id: int, text: str, buttons: Keyboard) -> int:
        return await send(chat_id, text, buttons)

    return edit


log = logging.getLogger(__name__)


class Due(NamedTuple):
    id: int
    chat_id: int
    payload_enc: str
    attempts: int
    permanent_failures: int
    priority: int = 0  # PRIORITY_NOW or PRIORITY_BROADCAST (queue.py)
    slot: str | None = None  # a live message's version: edits the slot's message (queue.py)


def due_rows_select() -> Select[int, int, str, int, int, int, str | None]:
    """The select behind fetch_due, built once: the time is its one parameter (`now`) and the
    batch size a bound limit (`batch`), so a call only binds them."""
    earlier = aliased(Outbox)
    blocked = (
        select(earlier.id)
        .where(earlier.chat_id == Outbox.chat_id, earlier.id < Outbox.id)
        .where(earlier.status.in_((OutboxStatus.PENDING, OutboxStatus.SENDING)))
        .where(earlier.priority <= Outbox.priority)
        .exists()
    )
    return (
        select(
            Outbox.id,
            Outbox.chat_id,
            Outbox.payload_enc,
            Outbox.attempts,
            Outbox.permanent_failures,
            Outbox.priority,
            Outbox.slot,
        )
        .where(
            Outbox.status == OutboxStatus.PENDING,
            Outbox.next_attempt_at <= bindparam("now"),
            ~blocked,
        )
        .order_by(Outbox.priority, Outbox.id)
        .limit(bindparam("batch"))
    )


_DUE = due_rows_select()


class OutboxRows:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        wall: Callable[[], dt.datetime],
        claimer: str,
        batch: int,
    ) -> None:
        """`wall` stamps rows (shared by all senders); `claimer` names this sender."""
        self._sessions, self._wall, self._claimer, self._batch = sessions, wall, claimer, batch
        bind = sessions.kw.get("bind")
        self._skip_locked = bind is not None and bind.dialect.name == "postgresql"

    def fetch_due(self) -> list[Due]:
        """Rows due now, the most urgent priority first, then oldest first, but none behind
        an earlier unsent row of its chat (a broadcast waiting does not hold up a reply)."""
        with self._sessions() as session:
            return [
                Due(*values)
                for values in session.execute(_DUE, {"now": self._wall(), "batch": self._batch})
            ]

    def _update(self, statement: Update) -> int:
        with self._sessions.begin() as session:
            options = {"synchronize_session": False}
            result = session.execute(statement, execution_options=options)
            return cast(CursorResult[Any], result).rowcount

    def claim(self, row_id: int) -> bool:
        """True when this sender now owns the row (False: another sender took it, or is
        taking it now)."""
        mine = (Outbox.id == row_id, Outbox.status == OutboxStatus.PENDING)
        if self._skip_locked:
            free = select(Outbox.id).where(*mine).with_for_update(skip_locked=True)
            mine = (Outbox.id == free.scalar_subquery(), Outbox.status == OutboxStatus.PENDING)
        return (
            self._update(
                update(Outbox)
                .where(*mine)
                .values(
                    status=OutboxStatus.SENDING,
                    claimed_by=self._claimer,
                    claimed_at=self._wall(),
                    attempts=Outbox.attempts + 1,
                )
            )
            == 1
        )

    def mark_sent(self, row: Due, message_id: int) -> tuple[bool, float]:
        """Record the send, retrying a failed commit (a lost commit would mean a resend).
        Returns whether the row was still ours, and when the commit happened (monotonic)."""
        statement = (
            update(Outbox)
            .where(
                Outbox.id == row.id, Outbox.status.in_((OutboxStatus.SENDING, OutboxStatus.PENDING))
            )
            .values(
                status=OutboxStatus.SENT,
                sent_at=self._wall(),
                message_id=message_id,
                claimed_by=None,
                claimed_at=None,
            )
        )
        for pause in (0.1, 0.3, 1.0, 3.0, None):
            try:
                changed = self._commit_sent(statement, row, message_id)
                break
            except SQLAlchemyError as error:
                if pause is None:
                    raise
                log.warning(
                    "Outbox row %s: 'sent' not saved yet (%s)", row.id, type(error).__name__
                )
                time.sleep(pause)
        return bool(changed), time.monotonic()

    def _commit_sent(self, statement: Update, row: Due, message_id: int) -> int:
        """'sent', and in a private chat the message id for /clear, in one commit: what the
        outbox delivers ("accepted your case", a caseworker's reply) is deleted like the rest.
        A live message's row also records where the message now is, for the next edit."""
        with self._sessions.begin() as session:
            options = {"synchronize_session": False}
            result = session.execute(statement, execution_options=options)
            if row.chat_id > 0:
                remember_sent(session, row.chat_id, [message_id], self._wall())
            if row.slot is not None:
                live = session.get(LiveMessage, (row.slot, row.chat_id))
                if live is None:
                    live = LiveMessage(slot=row.slot, chat_id=row.chat_id, message_id=message_id)
                    session.add(live)
                live.message_id, live.updated_at = message_id, self._wall()
            return cast(CursorResult[Any], result).rowcount

    def live_target(self, row: Due) -> int | None:
        """The message a live row edits: its slot's message in the row's chat, if any."""
        if row.slot is None:
            return None
        with self._sessions() as session:
            live = session.get(LiveMessage, (row.slot, row.chat_id))
            return live.message_id if live else None

    def move_chat(self, row: Due, new_chat_id: int, moved: MovedFn | None) -> None:
        """Every unsent row for the old id goes to the new one, this one without using up an
        attempt; the owner of the chat id (an inbox) is told in the same transaction."""
        options = {"synchronize_session": False}
        with self._sessions.begin() as session:
            session.execute(
                update(Outbox)
                .where(Outbox.id == row.id, Outbox.claimed_by == self._claimer)
                .values(status=OutboxStatus.PENDING, attempts=Outbox.attempts - 1)
                .values(claimed_by=None, claimed_at=None, next_attempt_at=self._wall()),
                execution_options=options,
            )
            session.execute(
                update(Outbox)
                .where(Outbox.chat_id == row.chat_id, Outbox.status == OutboxStatus.PENDING)
                .values(chat_id=new_chat_id),
                execution_options=options,
            )
            if moved is not None:
                moved(session, row.chat_id, new_chat_id)

    def record_failure(
        self,
        row: Due,
        status: str,
        delay: float,
        error: str,
        refund: bool = False,
        then: UndeliveredFn | None = None,
    ) -> None:
        """Back to 'pending' after `delay` (or 'failed'); `refund` gives the attempt back.
        `then` is told in the same commit (only if the row was still this sender's): a note
        about the failure is written exactly when the failure is."""
        statement = (
            update(Outbox)
            .where(
                Outbox.id == row.id,
                Outbox.status == OutboxStatus.SENDING,
                Outbox.claimed_by == self._claimer,
            )
            .values(
                status=status,
                attempts=Outbox.attempts - 1 if refund else Outbox.attempts,
                next_attempt_at=self._wall() + dt.timedelta(seconds=delay),
                permanent_failures=row.permanent_failures,
                last_error=error,
                claimed_by=None,
                claimed_at=None,
            )
        )
        with self._sessions.begin() as session:
            options = {"synchronize_session": False}
            result = session.execute(statement, execution_options=options)
            if then is not None and cast(CursorResult[Any], result).rowcount == 1:
                try:  # the failure is recorded even if telling of it fails (a savepoint)
                    with session.begin_nested():
                        then(session, row.id)
                except Exception as error:  # else the row would be refused again and again
                    log.error("Outbox row %s: not told of (%s)", row.id, type(error).__name__)

    def after_blocked(self, chat_id: int, blocked: BlockedFn) -> None:
        """The person blocked the bot: `blocked` ends what they subscribed to, in one commit."""
        with self._sessions.begin() as session:
            blocked(session, chat_id)

    def release_stale(self, older_than_s: float) -> int:
        """Claims older than `older_than_s` go back to 'pending'; returns how many."""
        cutoff = self._wall() - dt.timedelta(seconds=older_than_s)
        return self._update(
            update(Outbox)
            .where(Outbox.status == OutboxStatus.SENDING)
            .where(or_(Outbox.claimed_at.is_(None), Outbox.claimed_at <= cutoff))
            .values(status=OutboxStatus.PENDING, claimed_by=None, claimed_at=None)
        )

    def release_held(self, older_than_s: float) -> int:
        """Replies held for a direct path (bot/outbox/replies.py: 'pending' and claimed)
        since `older_than_s` become due now; returns how many. Polling runs one process, so
        at its start every held row is a dead process's: its replies need not wait."""
        cutoff = self._wall() - dt.timedelta(seconds=older_than_s)
        return self._update(
            update(Outbox)
            .where(Outbox.status == OutboxStatus.PENDING, Outbox.claimed_by.is_not(None))
            .where(Outbox.claimed_at <= cutoff)
            .values(claimed_by=None, claimed_at=None, next_attempt_at=self._wall())
        )
