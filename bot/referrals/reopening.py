"""Reopening a recently closed case (bot/referrals/closed.py says which): by who closed it
or an admin of its organisation. It is theirs again, held by who reopened it, with its card's
buttons back; the person is told plainly, with Answer to write to their caseworker.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.referrals import cases
from bot.referrals.closed import closer, reopenable
from bot.referrals.kit import CaseKit
from bot.referrals.staff import Authorised, StaffResult
from bot.storage.models import utcnow
from bot.values import CaseStatus


def may_reopen(session: Session, who: Authorised) -> bool:
    return who.staff.role == "admin" or closer(session, who.case) == who.staff.id


def reopen(session: Session, kit: CaseKit, who: Authorised) -> StaffResult:
    """NOT_OPEN: the case cannot be reopened (not closed, too long ago, the person asked
    again or deleted their data); NOT_HELD: this member may not (neither closer nor admin)."""
    case = who.case
    if not reopenable(session, case):
        return StaffResult.NOT_OPEN
    if not may_reopen(session, who):
        return StaffResult.NOT_HELD
    case.status = CaseStatus.ACCEPTED
    case.assigned_staff_id = who.staff.id
    case.outcome = None
    case.closed_at = None
    case.routed_at = utcnow()
    case.reminded_at = None
    event = cases.record(session, case, f"staff:{who.staff.id}", "reopened")
    cases.notify_migrant(session, kit, case, "reopened", event)
    cases.show_card(session, kit, case, event)
    return StaffResult.OK
