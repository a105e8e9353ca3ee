"""Whether a closed case may still be reopened (exploratory test 9, finding 7): a case closed
by mistake (the wrong case, the wrong outcome, "Could not reach them" the day before the
person writes) is brought back, rather than the person telling their story again to whoever
picks up a new one.

Only a case its organisation closed (never one the person withdrew, which ends their consent,
nor a declined one), within REOPEN_WINDOW, while the person is still known to the bot (their
profile is there: deleting their data, or the retention schedule, removes it and unlinks the
case) and has not asked for help again since (their newer case is where they are now).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage.models import Case, CaseEvent, User, utcnow
from bot.values import CaseStatus

REOPEN_WINDOW = dt.timedelta(days=7)


def reopenable(session: Session, case: Case, now: dt.datetime | None = None) -> bool:
    if not recently_closed(case.status, case.closed_at, now):
        return False
    if session.get(User, case.uid) is None:  # erased, or unlinked by the retention schedule
        return False
    newer = select(Case.id).where(Case.uid == case.uid, Case.id > case.id).limit(1)
    return session.scalar(newer) is None


def recently_closed(
    status: str, closed_at: dt.datetime | None, now: dt.datetime | None = None
) -> bool:
    """Closed by its organisation within REOPEN_WINDOW (the rest of `reopenable` aside)."""
    if status != CaseStatus.CLOSED or closed_at is None:
        return False
    closed_at = closed_at if closed_at.tzinfo else closed_at.replace(tzinfo=dt.UTC)
    return (now or utcnow()) - closed_at <= REOPEN_WINDOW


def closer(session: Session, case: Case) -> int | None:
    """The staff id of who closed the case last."""
    actor = session.scalar(
        select(CaseEvent.actor)
        .where(CaseEvent.case_id == case.id, CaseEvent.action == "closed")
        .order_by(CaseEvent.id.desc())
        .limit(1)
    )
    kind, _, staff_id = (actor or "").partition(":")
    return int(staff_id) if kind == "staff" and staff_id.isdigit() else None
