"""The organisation's side: invites, inbox registration, and the actions on a case.

Every action checks that the actor is active staff of the organisation that holds the case
right now; a caseworker of another organisation can neither see nor act on it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, func, select, true, update
from sqlalchemy.orm import Session

from bot.referrals import cases, holders, inboxes, steps
from bot.referrals.cards import HISTORY_VIEWED
from bot.referrals.inboxes import Registration
from bot.referrals.kit import CaseKit
from bot.storage.models import Case, CaseEvent, CaseMessage, Inbox, Invite, Staff, utcnow
from bot.values import WITH_ORGANISATION, CaseStatus

INVITE_TTL = dt.timedelta(days=7)
ROLES = ("caseworker", "admin")
OUTCOMES = ("resolved", "referred", "no_contact", "other")
# A caseworker's user state while the desk waits for their words (bot/referrals/steps.py).
STAFF_STEP = steps.PREFIX
# A reply typed but not sent yet: shown back to its writer with Send, Edit and Cancel.
DRAFT = "draft"
# A draft whose case was released or handed over after it was written: its Send or Edit
# gives the words back instead of sending them (an admin's Release undone unseen otherwise).
MOVED_DRAFT = "draft_moved"
DRAFT_KINDS = (DRAFT, MOVED_DRAFT)


class StaffResult(StrEnum):
    """What became of a caseworker's action (the desk words it for them)."""

    OK = "ok"
    ALREADY = "already"  # accepted before, by someone of the same organisation
    NOT_OPEN = "not_open"  # closed, withdrawn or declined meanwhile
    REROUTED = "rerouted"  # declined, and passed to the next organisation
    DECLINED = "declined"  # declined, and no other organisation could take it
    WAITS = "waits"  # declined, and waits for an organisation the person agreed to (no inbox)
    CHANGED = "changed"  # a handover offered at an earlier version of the case
    NOT_COLLEAGUE = "not_colleague"  # handed to someone not (or no longer) active staff there
    ALREADY_THEIRS = "already_theirs"  # handed to the one who holds it
    TAKEN = "taken"  # a decline of a case a colleague accepted meanwhile: nothing declined
    GONE = "gone"  # a reply's Send pressed again, or after Cancel or a newer text: nothing sent
    NOT_HELD = "not_held"  # only for who holds the case, and nobody does (released, new)


def _hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


def create_invite(session: Session, org_id: str, purpose: str, role: str | None) -> str:
    """A one-time code; only its hash is stored."""
    code = "-".join(secrets.token_hex(3).upper() for _ in range(3))
    session.add(
        Invite(
            code_hash=_hash(code),
            org_id=org_id,
            purpose=purpose,
            role=role,
            expires_at=utcnow() + INVITE_TTL,
        )
    )
    return code


def invite_of(session: Session, code: str) -> Invite | None:
    """The invite a code typed or pasted names (used, revoked or expired too), or None."""
    return session.get(Invite, _hash(code)) if code.strip() else None


def valid_invite(session: Session, code: str, purpose: str) -> Invite | None:
    """The code's invite if it may be used now (for `purpose`), without using it."""
    invite = invite_of(session, code)
    if invite is None or invite.purpose != purpose or invite.used_at or invite.revoked:
        return None
    if cases.aware(invite.expires_at) < utcnow():
        return None
    return invite


def _redeem(session: Session, code: str, purpose: str) -> Invite | None:
    invite = valid_invite(session, code, purpose)
    if invite is not None:
        invite.used_at = utcnow()
    return invite


def join(session: Session, code: str, tg_user_id: int, name: str | None = None) -> Staff | None:
    invite = _redeem(session, code, "staff")
    if invite is None:
        return None
    invite.used_by = tg_user_id  # an operator revoking the code learns whom to remove
    staff = session.scalars(
        select(Staff).where(Staff.tg_user_id == tg_user_id, Staff.org_id == invite.org_id)
    ).first()
    if staff is None:
        staff = Staff(tg_user_id=tg_user_id, org_id=invite.org_id, role=invite.role or "caseworker")
        session.add(staff)
    staff.active, staff.role = True, invite.role or staff.role
    named(staff, name)
    session.flush()
    return staff


def named(staff: Staff, name: str | None) -> None:
    """Keep the member's Telegram first name, for colleagues' cards ("accepted by ...")."""
    name = " ".join((name or "").split())[:64]
    if name and staff.display_name != name:
        staff.display_name = name


def register_inbox(session: Session, kit: CaseKit, code: str, chat_id: int) -> Registration:
    """The group becomes the code's organisation's inbox (bot/referrals/inboxes.py). One
    group serves one organisation: in a group that is another's inbox the code is refused,
    and not used up (sent there by mistake, it still works in the right group): taking the
    group over would take that organisation off the route unseen (exploratory test 9,
    finding 4)."""
    invite = valid_invite(session, code, "inbox")
    if invite is None:
        return Registration()
    current = org_of_inbox(session, chat_id)
    if current is not None and current != invite.org_id:
        return Registration(taken_by=current)
    _redeem(session, code, "inbox")
    inboxes.connect(session, kit, invite.org_id, chat_id)
    return Registration(invite.org_id)


def move_inbox(session: Session, old_chat_id: int, new_chat_id: int) -> str | None:
    """A group upgraded to a supergroup gets a new id: its organisation's cases follow it."""
    inbox = session.scalars(select(Inbox).where(Inbox.chat_id == old_chat_id)).first()
    if inbox is None:
        return None
    inbox.chat_id = new_chat_id
    return inbox.org_id


def staff_of(session: Session, tg_user_id: int, org_id: str | None) -> Staff | None:
    if org_id is None:
        return None
    return session.scalars(
        select(Staff).where(
            Staff.tg_user_id == tg_user_id, Staff.org_id == org_id, Staff.active.is_(True)
        )
    ).first()


def orgs_of(session: Session, tg_user_id: int) -> list[str]:
    rows = session.scalars(
        select(Staff.org_id).where(Staff.tg_user_id == tg_user_id, Staff.active.is_(True))
    ).all()
    return list(rows)


def org_of_inbox(session: Session, chat_id: int) -> str | None:
    inbox = session.scalars(select(Inbox).where(Inbox.chat_id == chat_id)).first()
    return inbox.org_id if inbox else None


@dataclass(frozen=True)
class Authorised:
    case: Case
    staff: Staff


def authorise(
    session: Session, case_id: int, tg_user_id: int, holder_only: bool = False
) -> Authorised | None:
    """Active staff of the organisation the case is at; with `holder_only`, also the one
    who holds it (or anyone there while no one does, or an admin)."""
    case = session.get(Case, case_id)
    if case is None:
        return None
    staff = staff_of(session, tg_user_id, case.org_id)
    if staff is None or (holder_only and not may_hold(session, case, staff)):
        return None
    return Authorised(case, staff)


def may_hold(session: Session, case: Case, staff: Staff) -> bool:
    if case.assigned_staff_id in (None, staff.id) or staff.role == "admin":
        return True
    holder = session.get(Staff, case.assigned_staff_id)
    if holder is None or not holder.active or holder.org_id != case.org_id:
        return True
    return holder.unreachable_at is not None  # they blocked the bot: a colleague takes over


def accept(session: Session, kit: CaseKit, who: Authorised) -> StaffResult:
    case = who.case
    if case.status != CaseStatus.NEW:
        return StaffResult.ALREADY if case.status == CaseStatus.ACCEPTED else StaffResult.NOT_OPEN
    taken = _take(session, who)
    if not cases.back_from_release(session, case):  # else the person heard it once already
        cases.notify_migrant(session, kit, case, "accepted", taken)
    cases.show_card(session, kit, case, taken)
    return StaffResult.OK


def _take(session: Session, who: Authorised) -> CaseEvent:
    """The case is now this caseworker's: accepted, by them."""
    who.case.status = CaseStatus.ACCEPTED
    who.case.assigned_staff_id = who.staff.id
    return cases.record(session, who.case, f"staff:{who.staff.id}", "accepted")


def decline(session: Session, kit: CaseKit, who: Authorised, reason: str) -> StaffResult:
    """Only a new case, nobody's yet, is declined: one a colleague accepted while the reason
    was typed stays theirs (TAKEN), and the reason is not kept."""
    case, staff = who.case, who.staff
    if case.status == CaseStatus.ACCEPTED:
        return StaffResult.TAKEN
    if case.status != CaseStatus.NEW:
        return StaffResult.NOT_OPEN
    actor = f"staff:{staff.id}"
    # The reason may name the person or their place: encrypted, and erased with the case.
    _keep(session, kit, who, "decline", reason)
    declined = cases.record(session, case, actor, "declined")
    if cases.reroute(session, kit, case, actor, "declined", to_fallback=False):
        cases.notify_migrant(session, kit, case, "rerouted", declined)
        return StaffResult.REROUTED
    if cases.wait_for_next(session, kit, case, actor, "declined"):
        cases.notify_migrant(session, kit, case, "waits", declined)
        return StaffResult.WAITS
    case.status = CaseStatus.DECLINED
    case.closed_at = utcnow()
    cases.notify_migrant(session, kit, case, "declined", declined)
    cases.show_card(session, kit, case, declined)
    return StaffResult.DECLINED


def draft(session: Session, kit: CaseKit, who: Authorised, words: str) -> CaseMessage:
    """A reply kept for its writer's Send (encrypted, erased with the case): it replaces any
    earlier draft of theirs for the case, so only the newest preview's Send can send."""
    drop_drafts(session, who.case.id, [who.staff.id])
    kept = CaseMessage(
        case_id=who.case.id, kind=DRAFT, staff_id=who.staff.id, body_enc=kit.box.encrypt(words)
    )
    session.add(kept)
    session.flush()
    return kept


def drop_drafts(session: Session, case_id: int, staff_ids: list[int]) -> int:
    """Delete these members' unsent drafts for the case; how many there were."""
    gone = session.execute(
        delete(CaseMessage)
        .where(
            CaseMessage.case_id == case_id,
            CaseMessage.kind.in_(DRAFT_KINDS),
            CaseMessage.staff_id.in_(staff_ids),
        )
        .returning(CaseMessage.id)
        .execution_options(synchronize_session="fetch")
    )
    return len(gone.all())


def drafts_moved(session: Session, case_id: int, keep: int | None = None) -> None:
    """The case changed hands (released, handed over to `keep`): the drafts written before,
    but the new holder's, can no longer be sent by their preview's Send."""
    session.execute(
        update(CaseMessage)
        .where(
            CaseMessage.case_id == case_id,
            CaseMessage.kind == DRAFT,
            CaseMessage.staff_id != keep if keep is not None else true(),
        )
        .values(kind=MOVED_DRAFT)
        .execution_options(synchronize_session="fetch")
    )


def draft_check(kept: CaseMessage) -> int:
    """A number a draft's Send and Edit carry beside its id: SQLite gives a deleted row's id
    to the next row, so an old preview's Send must not send a newer draft that got its id.
    From the encrypted words (random per encryption): a key rotation makes open previews old."""
    return int(hashlib.sha256((kept.body_enc or "").encode()).hexdigest()[:8], 16)


def _claim(
    session: Session, kit: CaseKit, draft_id: int, check: int, who: Authorised
) -> str | None:
    """The draft's words, deleted in the same statement: of two presses of Send (or two
    instances handling them), only the one whose delete found the row sends. None when it
    is gone (sent, cancelled or replaced) or not this writer's for this case."""
    kept = session.get(CaseMessage, draft_id)
    if kept is None or draft_check(kept) != check:
        return None
    row = session.execute(
        delete(CaseMessage)
        .where(
            CaseMessage.id == draft_id,
            CaseMessage.kind == DRAFT,
            CaseMessage.case_id == who.case.id,
            CaseMessage.staff_id == who.staff.id,
            CaseMessage.body_enc == kept.body_enc,
        )
        .returning(CaseMessage.body_enc)
        .execution_options(synchronize_session="fetch")
    ).first()
    return None if row is None else kit.box.decrypt(row[0])


def reply(
    session: Session,
    kit: CaseKit,
    who: Authorised,
    words: str | None = None,
    draft: tuple[int, int] | None = None,
) -> StaffResult:
    """Send `words`, or the draft (id, check) of a preview's Send (GONE when it was used)."""
    case, staff = who.case, who.staff
    if case.status not in WITH_ORGANISATION:
        return StaffResult.NOT_OPEN
    if draft is not None:
        words = _claim(session, kit, *draft, who)
    if words is None:
        return StaffResult.GONE
    if case.status == CaseStatus.NEW:  # answering is taking the case
        _take(session, who)
    _keep(session, kit, who, "to_migrant", words)
    replied = cases.record(session, case, f"staff:{staff.id}", "replied")
    cases.notify_migrant(session, kit, case, "reply", replied, words)
    holders.replied_by_other(session, kit, case, staff, replied, words)
    cases.show_card(session, kit, case, replied)
    return StaffResult.OK


def note(
    session: Session, kit: CaseKit, who: Authorised, words: str, reached: bool = False
) -> StaffResult:
    """An internal note. `reached`: it says how the caseworker answered the person outside
    the bot, by the phone or Telegram account they gave ("Reached them"): that answers them
    as a Reply would, so the reminders to answer stop until the person writes again
    (bot/referrals/deadlines.py). A plain note answers no one ("Tried to call, no answer").
    Only a held case is answered so: on one back in the inbox the reminders to accept it go
    on, so "reached" would promise what does not happen (NOT_HELD, nothing kept)."""
    if who.case.status not in WITH_ORGANISATION:  # closed, withdrawn or erased: keep nothing
        return StaffResult.NOT_OPEN
    if reached and who.case.status != CaseStatus.ACCEPTED:
        return StaffResult.NOT_HELD
    _keep(session, kit, who, "note", words)
    action = "reached" if reached else "note"
    noted = cases.record(session, who.case, f"staff:{who.staff.id}", action)
    if reached:  # an answer to the person, as a reply is: the holder learns of it
        holders.reached_by_other(session, kit, who.case, who.staff, noted, words)
    cases.show_card(session, kit, who.case, noted)
    return StaffResult.OK


def _keep(session: Session, kit: CaseKit, who: Authorised, kind: str, words: str) -> None:
    """A caseworker's words with the case, encrypted: a reply, a note or a decline reason."""
    words_enc = kit.box.encrypt(words)
    session.add(
        CaseMessage(case_id=who.case.id, kind=kind, staff_id=who.staff.id, body_enc=words_enc)
    )


def may_close(who: Authorised) -> bool:
    """Who holds the case, or an admin (a case nobody holds is ended by an admin alone: a
    caseworker's old Close button must not end a case released for a colleague)."""
    return who.case.status == CaseStatus.ACCEPTED or who.staff.role == "admin"


def seen(session: Session, case: Case) -> tuple[int, int]:
    """The case as a "Close case X as ...?" asks about it: its version (any change to the
    case row: urgent, released, handed over) and its newest event but a History view (a
    message from the person, a reply or a note, which change no row)."""
    last = session.scalar(
        select(func.max(CaseEvent.id)).where(
            CaseEvent.case_id == case.id, CaseEvent.action != HISTORY_VIEWED
        )
    )
    return case.version, last or 0


def close(
    session: Session,
    kit: CaseKit,
    who: Authorised,
    outcome: str,
    asked: tuple[int, int] | None = None,
) -> StaffResult:
    """`asked`: the case as the confirmation showed it (`seen`); a "Yes" pressed after the
    case changed closes nothing (CHANGED): the person may have written that they are in
    danger meanwhile. None: a confirmation made before Yes carried it, as old as can be."""
    case, staff = who.case, who.staff
    if case.status not in WITH_ORGANISATION:
        return StaffResult.NOT_OPEN
    if asked != seen(session, case):
        return StaffResult.CHANGED
    if not may_close(who):
        return StaffResult.NOT_HELD
    case.status = CaseStatus.CLOSED
    case.outcome = outcome if outcome in OUTCOMES else "other"
    case.closed_at = utcnow()
    closed = cases.record(session, case, f"staff:{staff.id}", "closed", case.outcome)
    cases.notify_migrant(session, kit, case, "closed", closed)
    cases.show_card(session, kit, case, closed)
    return StaffResult.OK


def open_cases(session: Session, org_id: str) -> list[Case]:
    query = select(Case).where(Case.org_id == org_id, Case.status.in_(WITH_ORGANISATION))
    return list(session.scalars(query.order_by(Case.routed_at)).all())
