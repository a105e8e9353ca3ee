"""Organisation admins (a staff role beside caseworker): who may see the team and send alerts,
and what the team looks like (issue 14 item 2, issue 15 item 3).

An admin acts for one organisation: in its inbox group, that one; in private, the one they
choose on the alert's Send buttons (bot/alert_desk.py), or each of them (/team). Anyone else
gets `None` and is answered as any stranger is (the dialogue's reply to a command it does not
know): a refusal would tell a caseworker or a migrant that the command exists.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.storage.models import Case, CaseEvent, Inbox, Staff
from bot.storage.staff_events import StaffEvent
from bot.values import WITH_ORGANISATION

ADMIN = "admin"


def role_names(_: Callable[[str], str]) -> dict[str, str]:
    return {ADMIN: _("organisation admin"), "caseworker": _("caseworker")}


def admin_for(session: Session, tg_user_id: int, chat_id: int) -> Staff | None:
    """The active admin membership this person acts under in this chat, or None."""
    query = select(Staff).where(
        Staff.tg_user_id == tg_user_id, Staff.role == ADMIN, Staff.active.is_(True)
    )
    if chat_id != tg_user_id:  # a group: only the organisation whose inbox it is
        inbox = session.scalars(select(Inbox).where(Inbox.chat_id == chat_id)).first()
        if inbox is None:
            return None
        query = query.where(Staff.org_id == inbox.org_id)
    return session.scalars(query.order_by(Staff.id)).first()


def admin_memberships(session: Session, tg_user_id: int) -> list[Staff]:
    """Every organisation where this person is an active admin, in the order they joined."""
    query = select(Staff).where(
        Staff.tg_user_id == tg_user_id, Staff.role == ADMIN, Staff.active.is_(True)
    )
    return list(session.scalars(query.order_by(Staff.id)).all())


@dataclass(frozen=True)
class Member:
    staff_id: int
    tg_user_id: int
    role: str
    last_active: dt.datetime | None  # their latest action on a case or as admin
    holding: int  # open cases they hold now
    name: str | None = None  # their Telegram first name, as last seen on a staff action


def team(session: Session, org_id: str) -> list[Member]:
    """The organisation's active staff, admins first, with last activity and open cases."""
    members = session.scalars(
        select(Staff)
        .where(Staff.org_id == org_id, Staff.active.is_(True))
        .order_by(Staff.role, Staff.id)
    ).all()
    actors = [f"staff:{m.id}" for m in members]
    on_cases = dict(
        session.execute(
            select(CaseEvent.actor, func.max(CaseEvent.at))
            .where(CaseEvent.actor.in_(actors))
            .group_by(CaseEvent.actor)
        ).all()
    )
    as_admin = dict(
        session.execute(
            select(StaffEvent.staff_id, func.max(StaffEvent.at))
            .where(StaffEvent.org_id == org_id)
            .group_by(StaffEvent.staff_id)
        ).all()
    )
    held = dict(
        session.execute(
            select(Case.assigned_staff_id, func.count())
            .where(Case.org_id == org_id, Case.status.in_(WITH_ORGANISATION))
            .group_by(Case.assigned_staff_id)
        ).all()
    )
    return [
        Member(
            m.id,
            m.tg_user_id,
            m.role,
            _latest(on_cases.get(f"staff:{m.id}"), as_admin.get(m.id)),
            int(held.get(m.id, 0)),
            m.display_name,
        )
        for m in members
    ]


def _latest(*times: dt.datetime | None) -> dt.datetime | None:
    known = [aware(t) for t in times if t is not None]
    return max(known) if known else None


def aware(value: dt.datetime) -> dt.datetime:
    # SQLite returns naive datetimes for timezone-aware columns: they were written in UTC.
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def record(session: Session, admin: Staff, action: str, detail: str) -> None:
    session.add(StaffEvent(org_id=admin.org_id, staff_id=admin.id, action=action, detail=detail))
