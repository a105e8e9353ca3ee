"""Forgetting: a user's own deletion request, and the retention schedule.

What stays of an erased case is what the organisation needs for its records and the
history of who did what (status, dates, topic): never the person's words or identity.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, literal, select, update
from sqlalchemy.orm import Session

from bot.outbox.keys import case_keys_like
from bot.outbox.queue import OutboxStatus
from bot.referrals import cases
from bot.referrals.kit import CaseKit
from bot.storage.models import (
    Case,
    CaseMessage,
    Outbox,
    ProcessedUpdate,
    SentMessage,
    User,
    utcnow,
)
from bot.values import ENDED_STATUSES, OPEN_STATUSES

SENT_OUTBOX_KEPT = dt.timedelta(days=7)  # delivered payloads are no longer needed
MESSAGE_IDS_KEPT = dt.timedelta(days=3)  # Telegram allows deleting for 48 hours only
UPDATE_IDS_KEPT = dt.timedelta(days=14)  # redeliveries come within hours


def _erase_case_content(session: Session, case: Case) -> None:
    case.description_enc = case.place_enc = case.contact_enc = None
    session.execute(delete(CaseMessage).where(CaseMessage.case_id == case.id))
    # Outbox rows about the case carried its words: sent ones go, pending ones too.
    session.execute(delete(Outbox).where(Outbox.idem_key.like(case_keys_like(case.ref))))


def erase_user(session: Session, kit: CaseKit, uid: str) -> None:
    """/delete_my_data: profile and words gone, open cases withdrawn, identity unlinked."""
    user_cases = session.scalars(select(Case).where(Case.uid == uid)).all()
    chat = cases.chat_of(uid)
    for case in user_cases:
        _erase_case_content(session, case)
    if chat is not None:
        session.execute(delete(Outbox).where(Outbox.chat_id == chat))
        session.execute(delete(SentMessage).where(SentMessage.chat_id == chat))
    for case in user_cases:
        if case.status in OPEN_STATUSES:
            cases.withdraw(session, kit, uid, case.ref)
        case.uid = f"erased:{case.ref}"
    session.execute(delete(User).where(User.uid == uid))


@dataclass
class Purged:
    case_contents: int = 0
    profiles: int = 0
    outbox_rows: int = 0


def purge(session: Session, now: dt.datetime, case_days: int, profile_days: int) -> Purged:
    """The retention schedule (run daily)."""
    done = Purged()
    closed_before = now - dt.timedelta(days=case_days)
    for case in session.scalars(
        select(Case).where(
            Case.status.in_(ENDED_STATUSES),
            Case.closed_at < closed_before,
            (Case.description_enc.is_not(None))
            | (Case.place_enc.is_not(None))
            | (Case.contact_enc.is_not(None)),
        )
    ).all():
        _erase_case_content(session, case)
        done.case_contents += 1
    idle_before = now - dt.timedelta(days=profile_days)
    for user in session.scalars(select(User).where(User.last_seen_at < idle_before)).all():
        unlinked = literal("erased:") + Case.ref
        session.execute(update(Case).where(Case.uid == user.uid).values(uid=unlinked))
        session.delete(user)
        done.profiles += 1
    old_sent = select(Outbox.id).where(
        Outbox.status == OutboxStatus.SENT, Outbox.sent_at < now - SENT_OUTBOX_KEPT
    )
    ids = list(session.scalars(old_sent).all())
    session.execute(delete(Outbox).where(Outbox.id.in_(ids)))
    done.outbox_rows = len(ids)
    session.execute(delete(SentMessage).where(SentMessage.at < now - MESSAGE_IDS_KEPT))
    session.execute(
        delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < now - UPDATE_IDS_KEPT)
    )
    return done


def record_sent(session: Session, chat_id: int, message_ids: list[int]) -> None:
    for message_id in message_ids:
        session.merge(SentMessage(chat_id=chat_id, message_id=message_id, at=utcnow()))


def clearable(session: Session, chat_id: int, now: dt.datetime) -> list[int]:
    since = now - dt.timedelta(hours=48)
    rows = session.scalars(
        select(SentMessage.message_id).where(SentMessage.chat_id == chat_id, SentMessage.at > since)
    ).all()
    session.execute(delete(SentMessage).where(SentMessage.chat_id == chat_id))
    return list(rows)
