"""Remembering the ids of messages in private chats, for /clear.

The same id can be recorded from two threads at once (the outbox sender that delivered a
message, and a handler that sees it again under a pressed button), so the insert ignores a
row that is already there instead of checking first: a check-then-insert would race.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from sqlalchemy import ColumnElement, Table, bindparam, exists, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.storage.models import SentMessage, Staff, User

# Built once, on the table, and run with one parameter set per id (executemany): a VALUES
# list built per call was a new statement to compile every time, twice a message (the
# person's message in the handling transaction, the replies when settled).
_TABLE = cast(Table, SentMessage.__table__)
_INSERT_PG = postgresql.insert(_TABLE).on_conflict_do_nothing()
_INSERT_SQLITE = sqlite.insert(_TABLE).on_conflict_do_nothing()

# A private chat with someone the bot keeps data about (a profile, or active staff): only
# such a chat's message ids are kept, so the farewell after /delete_my_data leaves no chat id
# behind. Parameters `uid` ("tg:<chat id>") and `chat`; one query, or part of a statement.
KNOWN_CHAT: ColumnElement[bool] = or_(
    exists().where(User.uid == bindparam("uid")),
    exists().where(Staff.tg_user_id == bindparam("chat"), Staff.active.is_(True)),
)


_IS_KNOWN = select(KNOWN_CHAT)


def known_chat(session: Session, chat_id: int) -> bool:
    return bool(session.scalar(_IS_KNOWN, {"uid": f"tg:{chat_id}", "chat": chat_id}))


def remember_sent(session: Session, chat_id: int, message_ids: list[int], at: dt.datetime) -> None:
    if not message_ids:
        return
    rows = [{"chat_id": chat_id, "message_id": m, "at": at} for m in message_ids]
    postgres = session.get_bind().dialect.name == "postgresql"
    session.execute(_INSERT_PG if postgres else _INSERT_SQLITE, rows)
