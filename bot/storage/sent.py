"""Remembering the ids of messages in private chats, for /clear.

The same id can be recorded from two threads at once (the outbox sender that delivered a
message, and a handler that sees it again under a pressed button), so the insert ignores a
row that is already there instead of checking first: a check-then-insert would race.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.storage.models import SentMessage


def remember_sent(session: Session, chat_id: int, message_ids: list[int], at: dt.datetime) -> None:
    if not message_ids:
        return
    rows = [{"chat_id": chat_id, "message_id": m, "at": at} for m in message_ids]
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(SentMessage).values(rows).on_conflict_do_nothing())
