"""Reopening a recently closed case (bot/referrals/closed.py says which): by who closed it
or an admin of its organisation. It is theirs again, held by who reopened it, with its card's
buttons back; the person is told plainly, with Answer to write to their caseworker. The
person's Answer under an earlier message, pressed while the case may still be reopened,
reaches the organisation that closed it (`wrote_again`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.outbox.keys import inbox_key, to_staff_key
from bot.outbox.queue import enqueue
from bot.referrals import cases
from bot.referrals.closed import REOPEN_WINDOW, closer, reopenable
from bot.referrals.kit import CaseKit
from bot.referrals.staff import Authorised, StaffResult
from bot.storage import relayed
from bot.storage.models import Case, CaseEvent, CaseMessage, Staff, utcnow
from bot.values import CaseStatus

REOPEN = "reo"  # the staff button's action (bot/referrals/staff_buttons.py)
WROTE_AFTER_CLOSE = "wrote_after_close"  # a case event: its id names the notices' rows
ENDED = "reopen_ended"  # a case event: the window closed, the card redrawn without Reopen
# A window that ended longer ago than this (the bot was stopped meanwhile) is left: its
# card keeps Reopen, which says it is too late when pressed. Redrawing every card closed
# since the start would take the inboxes' sending room from new cases for hours.
CATCH_UP = dt.timedelta(days=2)


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


def end_windows(session: Session, kit: CaseKit, now: dt.datetime) -> int:
    """Redraw the inbox card of each case whose reopening window has just ended, without
    Reopen (exploratory test 9: the button stayed, and refused when pressed); how many. Once
    per closing: the ENDED event after the case's last close says it is done. Run by the
    response-time job, every minute."""
    end = now - REOPEN_WINDOW
    done = (
        select(CaseEvent.id)
        .where(
            CaseEvent.case_id == Case.id,
            CaseEvent.action == ENDED,
            CaseEvent.at >= Case.closed_at,
        )
        .exists()
    )
    ended = session.scalars(
        select(Case).where(
            Case.status == CaseStatus.CLOSED,
            Case.closed_at <= end,
            Case.closed_at > end - CATCH_UP,
            ~done,
        )
    ).all()
    for case in ended:
        cases.show_card(session, kit, case, cases.record(session, case, "system", ENDED))
    return len(ended)


def wrote_again(
    session: Session,
    kit: CaseKit,
    uid: str,
    ref: str,
    words: str,
    message_ids: Sequence[int],
    danger: bool = False,
) -> bool:
    """The person's words on their case closed within the window (Answer under an earlier
    message): kept with the case, as any message to it, and to the same organisation only,
    which they agreed to for it. Who closed it reads them in private, with Reopen; the inbox
    only that they wrote (it never sees the story), with Reopen for who may. `danger`: the
    words sound like danger (the caller's triage check): the case becomes urgent and both
    notices carry the urgent mark, as for an open case's message. False when the case may
    not be reopened (nothing is kept or sent)."""
    case = cases.find_case(session, ref, uid)
    if case is None or not reopenable(session, case):
        return False
    session.add(CaseMessage(case_id=case.id, kind="to_staff", body_enc=kit.box.encrypt(words)))
    relayed.remember(session, cases.chat_of(uid), message_ids, case.id, staff=False)
    if danger:
        cases.mark_urgent(session, case)
    event = cases.record(session, case, "migrant", WROTE_AFTER_CLOSE)
    _ = kit.cards.staff_translator(case.org_id).gettext
    flag = kit.cards.flag(case, _)
    reopen_row = ((kit.buttons.button(_("Reopen"), REOPEN, case.id),),)
    staff_id = closer(session, case)
    staff = session.get(Staff, staff_id) if staff_id is not None else None
    if staff and staff.active and staff.org_id == case.org_id and staff.unreachable_at is None:
        text = flag + _("The person of closed case {ref} wrote again:").format(ref=case.ref)
        key = to_staff_key(case.ref, event.id)
        enqueue(session, kit.box, idem_key=key, chat_id=staff.tg_user_id,
                text=f"{text}\n\n{words}", buttons=reopen_row)  # fmt: skip
    inbox = cases.inbox_of(session, case.org_id)
    if inbox is not None:
        text = flag + _("The person of closed case {ref} wrote again.").format(ref=case.ref)
        text += "\n" + _("Who closed it, or an admin, can reopen it and read their message.")
        key = inbox_key(case.ref, event.id)
        enqueue(session, kit.box, idem_key=key, chat_id=inbox, text=text, buttons=reopen_row)
    return True
