"""An organisation's inbox group: connected (registered, or moved to another group), lost
(the bot removed from it, or refused there with 403) and back.

Exploratory test 9, finding 3: the bot removed from an inbox group, its cards and reminders
failed unseen, no one at the organisation was told, and each new case waited 1.5 times its
target for nobody. Now the inbox is marked (`Inbox.unreachable_at`): it counts as no inbox
(`cases.inbox_of`, `cases.inbox_orgs`), so new cases, and those waiting in it to be
accepted (`new_cases_elsewhere`), follow the rule for an organisation without one, and its
admins are told in private. The bot added back (or the group registered again) ends it:
the open cases' cards are posted again, and cases that waited go there.

Finding 4: another organisation's code sent in a group that is already an inbox silently
took the group over, and the first organisation was off the route without knowing it. Such
a code is now refused (bot/referrals/staff.py `register_inbox`). A real move, the
organisation's own code in a new group, tells the old group and the admins, and posts the
open cases' cards in the new one.

Each runs inside the caller's transaction, and writes to the outbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from bot.outbox.keys import inbox_state_key
from bot.outbox.queue import enqueue
from bot.referrals import cases
from bot.referrals.kit import CaseKit
from bot.storage.models import Case, Inbox, Staff, utcnow
from bot.values import WITH_ORGANISATION, CaseStatus

LOST, BACK, MOVED = "lost", "back", "moved"  # what a notice about an inbox says
CARD_POSTED = "card_posted"  # a case event: the card posted in an inbox anew


@dataclass(frozen=True)
class Registration:
    org_id: str | None = None  # the organisation whose inbox the group is now
    taken_by: str | None = None  # refused: the group is this other organisation's inbox


def admins(session: Session, org_id: str, *, reachable: bool = False) -> list[int]:
    """The Telegram ids of the organisation's active admins, in the order they joined;
    `reachable`: only those the bot can still write to (a reminder is not sent where it
    failed before)."""
    query = select(Staff.tg_user_id).where(
        Staff.org_id == org_id, Staff.role == "admin", Staff.active.is_(True)
    )
    if reachable:
        query = query.where(Staff.unreachable_at.is_(None))
    return list(dict.fromkeys(session.scalars(query.order_by(Staff.id)).all()))


def _admins_or_staff(session: Session, org_id: str) -> list[int]:
    """Who hears of the inbox itself: its admins; every active member when it has none."""
    found = admins(session, org_id)
    if found:
        return found
    query = select(Staff.tg_user_id).where(Staff.org_id == org_id, Staff.active.is_(True))
    return list(dict.fromkeys(session.scalars(query.order_by(Staff.id)).all()))


def connect(session: Session, kit: CaseKit, org_id: str, chat_id: int) -> None:
    """The group is now the organisation's inbox (its code was sent there). Moved from
    another group: that one and the admins are told; moved, or back after it was lost:
    the open cases' cards are posted there. The cases that waited for it go there too."""
    inbox = session.get(Inbox, org_id)
    if inbox is None:
        session.add(Inbox(org_id=org_id, chat_id=chat_id))
        session.flush()
        cases.deliver_waiting(session, kit, org_id)
        return
    old, was_lost = inbox.chat_id, inbox.unreachable_at is not None
    inbox.chat_id, inbox.unreachable_at = chat_id, None
    session.flush()
    if old != chat_id:
        _tell_moved(session, kit, org_id, old)
    if old != chat_id or was_lost:
        repost(session, kit, org_id)
    cases.deliver_waiting(session, kit, org_id)


def _tell_moved(session: Session, kit: CaseKit, org_id: str, old_chat: int) -> None:
    tr = kit.cards.staff_translator(org_id)
    _ = tr.gettext
    org = kit.routing.partner_name(org_id, tr.language)
    old = _(
        "This group is no longer the case inbox of {org}. Its cases now arrive in another group."
    ).format(org=org)
    told = _(
        "The case inbox of {org} moved to another group. Its open cases are posted there. The "
        "old group gets no more cases."
    ).format(org=org)
    _notice(
        session,
        kit,
        org_id,
        MOVED,
        [(old_chat, old)] + [(a, told) for a in admins(session, org_id)],
    )


def repost(session: Session, kit: CaseKit, org_id: str) -> int:
    """The organisation's open cases' cards, posted in its inbox (urgent ones first): a new
    group has none of them, and a group the bot was away from missed their changes."""
    open_cases = session.scalars(
        select(Case)
        .where(Case.org_id == org_id, Case.status.in_(WITH_ORGANISATION))
        .order_by(Case.urgent.desc(), Case.id)
    ).all()
    for case in open_cases:
        cases.show_card(session, kit, case, cases.record(session, case, "system", CARD_POSTED))
    return len(open_cases)


def lost(session: Session, kit: CaseKit, chat_id: int) -> str | None:
    """The bot cannot post in this inbox group (removed, or refused with 403): the inbox is
    marked, once, and its organisation's admins told. Its organisation, the first time."""
    org_id = _mark(session, chat_id, lost=True)
    if org_id is None:
        return None
    new_cases_elsewhere(session, kit, org_id)
    tr = kit.cards.staff_translator(org_id)
    _ = tr.gettext
    org = kit.routing.partner_name(org_id, tr.language)
    text = _(
        "I cannot post in the case inbox group of {org}: I was removed from it, or I may not "
        "write there. Until I can, new cases do not go to {org}: they wait, or go to another "
        "organisation the person chose. Add me to the group again and let me write there, or "
        "register another group with a new inbox code."
    ).format(org=org)
    # Letting everyone post again sends the bot no update: a reply in the group tells it.
    text += " " + _("When I may write there again, send /cases in the group.")
    _notice(
        session, kit, org_id, LOST, [(chat, text) for chat in _admins_or_staff(session, org_id)]
    )
    return org_id


def new_cases_elsewhere(session: Session, kit: CaseKit, org_id: str) -> None:
    """The cases waiting in the lost inbox to be accepted follow at once the rule for an
    organisation with no inbox (`cases.open_case`): to the next one the person agreed to
    that has an inbox (they are told, as for any move), else they wait for this one, and go
    there when it is back (`cases.deliver_waiting`). Before, each waited 1.5 times its
    target for no one (round 9). `routed_at` is kept: the person has waited since then, and
    the response-time job moves a waiting case on when its target is past and another
    organisation it may go to connects. Accepted cases stay with their caseworkers."""
    waiting = session.scalars(
        select(Case)
        .where(Case.org_id == org_id, Case.status == CaseStatus.NEW)
        .order_by(Case.urgent.desc(), Case.id)
    ).all()
    for case in waiting:
        cases.no_inbox_rule(session, kit, case, "system")


def back(session: Session, kit: CaseKit, chat_id: int) -> str | None:
    """The bot is in the inbox group again and may post: the inbox counts again, its open
    cases' cards are posted, the cases that waited for it go there, and the admins hear it.
    Its organisation, when it had been lost."""
    org_id = _mark(session, chat_id, lost=False)
    if org_id is None:
        return None
    repost(session, kit, org_id)
    cases.deliver_waiting(session, kit, org_id)
    tr = kit.cards.staff_translator(org_id)
    _ = tr.gettext
    org = kit.routing.partner_name(org_id, tr.language)
    text = _(
        "I can post in the case inbox group of {org} again. New cases arrive there again, and "
        "its open cases are posted there."
    ).format(org=org)
    _notice(
        session, kit, org_id, BACK, [(chat, text) for chat in _admins_or_staff(session, org_id)]
    )
    return org_id


def lost_here(session: Session, chat_id: int) -> bool:
    """Whether this group is an inbox marked lost."""
    query = select(Inbox.org_id).where(Inbox.chat_id == chat_id, Inbox.unreachable_at.is_not(None))
    return session.scalar(query.limit(1)) is not None


def _mark(session: Session, chat_id: int, lost: bool) -> str | None:
    """The inbox of this group marked lost (or back), in one statement only a change passes:
    two signals at once (a 403 and Telegram's my_chat_member) tell the admins once."""
    inbox = session.scalars(select(Inbox).where(Inbox.chat_id == chat_id)).first()
    if inbox is None:
        return None
    org_id = inbox.org_id
    was = Inbox.unreachable_at.is_(None) if lost else Inbox.unreachable_at.is_not(None)
    result = session.execute(
        update(Inbox)
        .where(Inbox.org_id == org_id, Inbox.chat_id == chat_id, was)
        .values(unreachable_at=utcnow() if lost else None),
        execution_options={"synchronize_session": False},
    )
    if cast(CursorResult[Any], result).rowcount != 1:
        return None
    session.expire(inbox)  # the statement changed it behind the session's back
    return org_id


def _notice(
    session: Session, kit: CaseKit, org_id: str, what: str, notes: list[tuple[int, str]]
) -> None:
    when = utcnow().strftime("%Y%m%d%H%M%S%f")
    for chat, text in notes:
        key = inbox_state_key(org_id, what, when, chat)
        enqueue(session, kit.box, idem_key=key, chat_id=chat, text=text)
