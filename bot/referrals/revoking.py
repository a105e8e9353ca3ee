"""Taking access away: a member of an organisation, or a code not used yet.

Each says what became of it (`MemberRevoked`, `CodeRevoked`), so an operator reads what
happened, never a bare count (exploratory test 9, finding 6). A member's removal puts the
cases they held back in the inbox and tells the inbox and the organisation's admins.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.outbox.keys import code_shown_key, returned_draft_key, revoked_key
from bot.outbox.queue import enqueue
from bot.referrals import cases, inboxes
from bot.referrals.kit import CaseKit
from bot.referrals.staff import DRAFT_KINDS, drafts_moved, invite_of
from bot.storage.models import Case, CaseMessage, Inbox, Staff, utcnow
from bot.values import CaseStatus


class MemberResult(StrEnum):
    REMOVED = "removed"
    ALREADY_REMOVED = "already_removed"  # a member once, not active now: nothing changed
    NOT_MEMBER = "not_member"  # never a member of this organisation


@dataclass(frozen=True)
class MemberRevoked:
    result: MemberResult
    name: str | None = None  # their Telegram first name, as colleagues see it
    held: list[str] = field(default_factory=list)  # cases back in the inbox, by reference
    # Its inbox lost (cases.no_inbox_rule): passed to the next organisation, or waiting.
    moved: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    elsewhere: list[str] = field(default_factory=list)  # organisations they are active in


class CodeResult(StrEnum):
    REVOKED = "revoked"
    ALREADY_REVOKED = "already_revoked"
    USED = "used"  # a code is spent once used: the member who joined is removed by id
    UNKNOWN = "unknown"  # no such code for this organisation


@dataclass(frozen=True)
class CodeRevoked:
    result: CodeResult
    purpose: str | None = None  # staff | inbox
    used_at: dt.datetime | None = None
    used_by: int | None = None  # who joined with it (None: an inbox code, or before 0017)
    member_active: bool = False  # `used_by` is an active member of the organisation now


def revoke_member(
    session: Session, org_id: str, tg_user_id: int, kit: CaseKit | None = None
) -> MemberRevoked:
    """Deactivate a member (buttons stop working at once). With `kit`, the cases they held
    go back to the inbox (as a Release does: nobody else could take them), and the inbox
    and admins are told, in the organisation's staff language, to remove them (it shows new
    cards) and which cases came back."""
    members = session.scalars(
        select(Staff).where(Staff.org_id == org_id, Staff.tg_user_id == tg_user_id)
    ).all()
    active = [staff for staff in members if staff.active]
    if not active:
        elsewhere = session.scalars(
            select(Staff.org_id).where(Staff.tg_user_id == tg_user_id, Staff.active.is_(True))
        ).all()
        result = MemberResult.ALREADY_REMOVED if members else MemberResult.NOT_MEMBER
        return MemberRevoked(result, elsewhere=sorted(elsewhere))
    for staff in active:
        staff.active = False
    put: list[Case] = []
    if kit is not None:
        put = [case for staff in active for case in _put_back(session, kit, staff)]
    refs = Where(
        [c.ref for c in put if c.org_id == org_id and c.status == CaseStatus.NEW],
        [c.ref for c in put if c.org_id != org_id],
        [c.ref for c in put if c.org_id == org_id and c.status == CaseStatus.WAITING],
    )
    if kit is not None:
        tell_to_remove(session, kit, org_id, tg_user_id, refs)
        tell_removed(session, kit, org_id, tg_user_id, [staff.id for staff in active])
    return MemberRevoked(MemberResult.REMOVED, active[0].display_name, *refs)


class Where(NamedTuple):
    """Where a removed member's cases went, by reference: back in the inbox; or, the bot
    unable to post there (cases.no_inbox_rule), on to the next organisation, or waiting."""

    inbox: list[str]
    moved: list[str]
    waiting: list[str]


def revoke_code(session: Session, org_id: str, code: str) -> CodeRevoked:
    """An unused code of this organisation stops working. A used one is left as it is: the
    member who joined with it is removed by their id, on purpose (held cases move)."""
    invite = invite_of(session, code)
    if invite is None or invite.org_id != org_id:
        return CodeRevoked(CodeResult.UNKNOWN)
    if invite.used_at is not None:
        member = session.scalars(
            select(Staff).where(
                Staff.org_id == org_id, Staff.tg_user_id == invite.used_by, Staff.active.is_(True)
            )
        ).first()
        return CodeRevoked(
            CodeResult.USED, invite.purpose, invite.used_at, invite.used_by, member is not None
        )
    if invite.revoked:
        return CodeRevoked(CodeResult.ALREADY_REVOKED, invite.purpose)
    invite.revoked = True
    return CodeRevoked(CodeResult.REVOKED, invite.purpose)


def removed_line(kit: CaseKit, org_id: str) -> str:
    """What a member whose access was removed reads, in the organisation's staff language."""
    tr = kit.cards.staff_translator(org_id)
    org = kit.routing.partner_name(org_id, tr.language)
    text = tr.gettext(
        "Your access to the cases of {org} was removed. Ask your organisation's admin."
    )
    return text.format(org=org)


def tell_removed(
    session: Session, kit: CaseKit, org_id: str, tg_user_id: int, staff_ids: list[int]
) -> None:
    """The member, in private: their access is gone (they would otherwise meet only "You
    cannot act on this case." and think the bot broken), and each reply they had typed and
    not sent, given back to copy and deleted here (its Send could never send it now)."""
    _ = kit.cards.staff_translator(org_id).gettext
    when = utcnow().strftime("%Y%m%d%H%M%S")
    key = revoked_key(org_id, tg_user_id, when, tg_user_id)
    enqueue(session, kit.box, idem_key=key, chat_id=tg_user_id, text=removed_line(kit, org_id))
    drafts = session.scalars(
        select(CaseMessage)
        .where(CaseMessage.kind.in_(DRAFT_KINDS), CaseMessage.staff_id.in_(staff_ids))
        .order_by(CaseMessage.id)
    ).all()
    for kept in drafts:
        case = session.get(Case, kept.case_id)
        words = kit.box.decrypt(kept.body_enc) or ""
        session.delete(kept)
        if case is None or not words.strip():
            continue
        head = _("Your reply to case {ref} was not sent. Here it is, so you can copy it:")
        for part, text in (("h", head.format(ref=case.ref)), ("w", words)):
            key = returned_draft_key(case.ref, when, kept.id, part)
            enqueue(session, kit.box, idem_key=key, chat_id=tg_user_id, text=text)


def shown_in_group(
    session: Session, kit: CaseKit, code: str, tg_user_id: int, name: str | None
) -> str | None:
    """A staff code posted in a group: everyone there has seen it, and whoever redeems it
    first becomes staff (exploratory test 9, staff finding 1). A live one is cancelled at
    once and the organisation's admins are told in private who posted it (never the code);
    its organisation, or None when the code was not live (unknown, used, cancelled)."""
    invite = invite_of(session, code)
    if invite is None or invite.purpose != "staff" or invite.used_at or invite.revoked:
        return None
    invite.revoked = True
    _ = kit.cards.staff_translator(invite.org_id).gettext
    who = " ".join((name or "").split())[:64] or _("Someone")
    text = _(
        "A code to join {org} was posted in a group by {name} (Telegram id {id}), so I "
        "cancelled it: nobody can use it now. If they should join, get them a new code, to "
        "send to me in a private chat."
    ).format(org=invite.org_id, name=who, id=tg_user_id)
    for chat in inboxes.admins(session, invite.org_id):
        key = code_shown_key(invite.org_id, invite.code_hash, chat)
        enqueue(session, kit.box, idem_key=key, chat_id=chat, text=text)
    return invite.org_id


def _put_back(session: Session, kit: CaseKit, staff: Staff) -> list[Case]:
    """The accepted cases a member held, back to the inbox (or where `cases.put_back`
    sends them when it is lost)."""
    held = session.scalars(
        select(Case)
        .where(Case.assigned_staff_id == staff.id, Case.status == CaseStatus.ACCEPTED)
        .order_by(Case.urgent.desc(), Case.id)
    ).all()
    put: list[Case] = []
    for case in held:
        if case.org_id == staff.org_id:
            drafts_moved(session, case.id)
            cases.put_back(session, kit, case, "system")
            put.append(case)
    return put


def tell_to_remove(
    session: Session, kit: CaseKit, org_id: str, tg_user_id: int, refs: Where
) -> None:
    """The inbox reads the member's name, as colleagues know them (the bot removes them by
    id itself when it can); the admins read the id beside it, as in /team: first names
    repeat, and an admin may need to tell the operator which one."""
    tr = kit.cards.staff_translator(org_id)
    _ = tr.gettext
    member = session.scalars(
        select(Staff).where(Staff.org_id == org_id, Staff.tg_user_id == tg_user_id)
    ).first()
    name = kit.cards.staff_name(session, member.id if member else None, _)
    telegram_id = _("Telegram id {id}").format(id=tg_user_id)
    with_id = f"{name} ({telegram_id})"
    text = _(
        "Access removed: {name} can no longer act on cases of {org}. Remove them from the "
        "inbox group now if they are still in it (I do it myself when I am an administrator "
        "of the group)."
    )
    back = ""
    if refs.inbox:
        back += "\n" + _(
            "The cases they held are back in the inbox for anyone to accept: {refs}."
        ).format(refs=", ".join(refs.inbox))
    if refs.moved:
        back += "\n" + _(
            "I cannot post in the inbox group, so these went to the next organisation the "
            "person agreed to: {refs}."
        ).format(refs=", ".join(refs.moved))
    if refs.waiting:
        back += "\n" + _(
            "I cannot post in the inbox group, so these wait until I can post there again: {refs}."
        ).format(refs=", ".join(refs.waiting))
    inbox = session.get(Inbox, org_id)
    when = utcnow().strftime("%Y%m%d%H%M%S")
    chats = [(inbox.chat_id, name)] if inbox else []
    chats += [(chat, with_id) for chat in inboxes.admins(session, org_id)]
    for chat, who in chats:
        key = revoked_key(org_id, tg_user_id, when, chat)
        notice = text.format(name=who, org=kit.routing.partner_name(org_id, tr.language)) + back
        enqueue(session, kit.box, idem_key=key, chat_id=chat, text=notice)
