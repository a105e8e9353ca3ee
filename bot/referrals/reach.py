"""Staff the bot can no longer write to: a caseworker who blocked the bot or deleted the
chat with it, and an inbox group the bot was removed from or may not post in.

Exploratory test 9, finding 2: a holder had blocked the bot, the person's urgent message to
them failed for good after three 403s, and nobody knew for three days (the reminders then
still said only "held by Sokha"). Now the member is marked (`Staff.unreachable_at`), the
inbox and the organisation's admins are told that a message waits for them (never its words:
the group sees no story), and a colleague may Open the case, release it or hand it over
(bot/referrals/staff.py `may_hold`); the reminders say the holder cannot be reached. The mark
ends when they start the bot again (Telegram's my_chat_member, as for a person).

Finding 3 (an inbox lost) is bot/referrals/inboxes.py; this module only routes the outbox's
final 403 there (or a group's 400 "not enough rights", counted as one: errors.py NoRights).
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from bot.outbox.keys import case_of_staff_key, inbox_key, staff_copy_key
from bot.outbox.queue import enqueue
from bot.referrals import cases, inboxes
from bot.referrals.kit import CaseKit
from bot.storage.models import Case, CaseEvent, Inbox, Outbox, Staff, utcnow
from bot.values import CaseStatus

HOLDER_UNREACHABLE = "holder_unreachable"  # a case event: its id names the notices' rows


def undelivered(session: Session, kit: CaseKit, row_id: int) -> bool:
    """A row to staff (a member in private, or an inbox group) failed for good with 403:
    True when it was, and who should know was told."""
    row = session.get(Outbox, row_id)
    if row is None:
        return False
    inbox = session.scalars(select(Inbox).where(Inbox.chat_id == row.chat_id)).first()
    if inbox is not None:
        inboxes.lost(session, kit, row.chat_id)
        return True
    if row.chat_id <= 0:
        return False
    return staff_undelivered(session, kit, row)


def staff_undelivered(session: Session, kit: CaseKit, row: Outbox) -> bool:
    """A message to a member of staff in private failed for good: every membership of
    theirs is marked unreachable (one Telegram chat), and when it was the person's message
    to the case they hold, the inbox and the admins hear that it waits for someone."""
    members = session.scalars(
        select(Staff).where(Staff.tg_user_id == row.chat_id, Staff.active.is_(True))
    ).all()
    if not members:
        return False
    now = utcnow()
    for member in members:
        member.unreachable_at = member.unreachable_at or now
    about = case_of_staff_key(row.idem_key)
    case = cases.find_case(session, about[0]) if about is not None else None
    if about is None or case is None or case.status != CaseStatus.ACCEPTED:
        return True
    holder = next((m for m in members if m.id == case.assigned_staff_id), None)
    sent = session.get(CaseEvent, about[1])
    if holder is None or holder.org_id != case.org_id or sent is None:
        return True
    if sent.case_id == case.id and sent.action == "message":  # the person's words to them
        message_waits(session, kit, case, holder)
    return True


def message_waits(session: Session, kit: CaseKit, case: Case, holder: Staff) -> None:
    """To the case's inbox and its organisation's admins (not the holder): the holder
    cannot be reached and a message from the person waits; Open shows it."""
    noted = cases.record(session, case, "system", HOLDER_UNREACHABLE)
    _ = kit.cards.staff_translator(case.org_id).gettext
    name = kit.cards.staff_name(session, holder.id, _)
    text = kit.cards.flag(case, _) + _(
        "{name} cannot be reached by the bot: they blocked it or deleted the chat. A new "
        "message from the person in case {ref} is waiting for them. Open the case to read "
        "it, then answer, release the case or hand it over."
    ).format(name=name, ref=case.ref)
    buttons = ((kit.buttons.button(_("Open"), "open", case.id),),)
    chat = cases.inbox_of(session, case.org_id)
    if chat is not None:
        key = inbox_key(case.ref, noted.id)
        enqueue(session, kit.box, idem_key=key, chat_id=chat, text=text, buttons=buttons)
    for admin in inboxes.admins(session, case.org_id or ""):
        if admin == holder.tg_user_id:
            continue
        key = staff_copy_key(case.ref, noted.id, admin)
        enqueue(session, kit.box, idem_key=key, chat_id=admin, text=text, buttons=buttons)


def staff_back(session: Session, tg_user_id: int) -> int:
    """They started the bot again: reachable; how many memberships were marked."""
    result = session.execute(
        update(Staff)
        .where(Staff.tg_user_id == tg_user_id, Staff.unreachable_at.is_not(None))
        .values(unreachable_at=None),
        execution_options={"synchronize_session": False},
    )
    return cast(CursorResult[Any], result).rowcount


def unreachable(staff: Staff | None) -> bool:
    return staff is not None and staff.unreachable_at is not None
