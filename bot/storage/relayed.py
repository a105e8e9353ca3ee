"""The ids (never the texts) of the messages in a private chat that went to a case.

Telegram tells the bot which message was edited, by its id, and nothing else about it: only
these ids say whether an edit is of a message a caseworker has (the person is told it stays
as it went) or of a caseworker's own text (their note), or of a question to the bot (answered
again). Kept as long as the case's words: erased with them (bot/referrals/retention.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from sqlalchemy import Table, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.storage.models import RelayedMessage, utcnow


def remember(
    session: Session, chat_id: int | None, message_ids: Iterable[int], case_id: int, staff: bool
) -> None:
    """These messages of the private chat `chat_id` went to the case (`staff`: written by a
    caseworker for it). Nothing for a chat that is not a private one (the console's)."""
    if chat_id is None or chat_id <= 0:
        return
    at = utcnow()
    rows = [
        {"chat_id": chat_id, "message_id": message_id, "case_id": case_id, "staff": staff, "at": at}
        for message_id in dict.fromkeys(message_ids)
    ]
    if rows:  # one statement (an id kept already is skipped), not a read and a write per id
        postgres = session.get_bind().dialect.name == "postgresql"
        session.execute(_REMEMBER_PG if postgres else _REMEMBER_SQLITE, rows)


def went(session: Session, chat_id: int, message_id: int, staff: bool) -> bool:
    """Whether this message went to a case (as a caseworker's text, with `staff`)."""
    found = session.scalar(
        select(RelayedMessage.case_id).where(
            RelayedMessage.chat_id == chat_id,
            RelayedMessage.message_id == message_id,
            RelayedMessage.staff.is_(staff),
        )
    )
    return found is not None


def forget_case(session: Session, case_id: int) -> None:
    session.execute(delete(RelayedMessage).where(RelayedMessage.case_id == case_id))


def forget_chat(session: Session, chat_id: int) -> None:
    session.execute(delete(RelayedMessage).where(RelayedMessage.chat_id == chat_id))


# Built once, on the table (as storage/store.py's `first_time`): a text relayed to a case runs it.
_RELAYED = cast(Table, RelayedMessage.__table__)
_REMEMBER_PG = postgresql.insert(_RELAYED).on_conflict_do_nothing()
_REMEMBER_SQLITE = sqlite.insert(_RELAYED).on_conflict_do_nothing()
