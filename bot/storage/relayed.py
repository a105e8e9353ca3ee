"""The ids (never the texts) of the messages in a private chat that went to a case.

Telegram tells the bot which message was edited, by its id, and nothing else about it: only
these ids say whether an edit is of a message a caseworker has (the person is told it stays
as it went) or of a caseworker's own text (their note), or of a question to the bot (answered
again). Kept as long as the case's words: erased with them (bot/referrals/retention.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.storage.models import RelayedMessage, utcnow


def remember(
    session: Session, chat_id: int | None, message_ids: Iterable[int], case_id: int, staff: bool
) -> None:
    """These messages of the private chat `chat_id` went to the case (`staff`: written by a
    caseworker for it). Nothing for a chat that is not a private one (the console's)."""
    if chat_id is None or chat_id <= 0:
        return
    for message_id in dict.fromkeys(message_ids):
        session.merge(
            RelayedMessage(
                chat_id=chat_id, message_id=message_id, case_id=case_id, staff=staff, at=utcnow()
            )
        )


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
