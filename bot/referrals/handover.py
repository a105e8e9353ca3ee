"""A case changing hands inside its organisation, and its history read by who holds it
(issue 14). Each runs inside the caller's transaction, checked like every staff action by
bot/referrals/staff.py's `authorise` (active staff of the organisation the case is at, who
holds it or may take it).

The migrant is told nothing: the organisation still has the case, and they never learnt
who at the organisation held it ("A caseworker will write to you here").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.outbox.keys import staff_copy_key, to_staff_key
from bot.outbox.queue import enqueue
from bot.referrals import cases, holders, steps
from bot.referrals.cards import HISTORY_VIEWED, Card, age, aware
from bot.referrals.kit import CaseKit
from bot.referrals.staff import DRAFT_KINDS, Authorised, StaffResult, drafts_moved
from bot.storage.models import Case, CaseEvent, CaseMessage, Staff, User, utcnow
from bot.values import CaseStatus

HISTORY_CHARS = 3900  # per message, under Telegram's 4,096 with room for the heading
HISTORY_MESSAGES = 5  # at most; the newest are kept, and the rest is said to be left out


def colleagues(session: Session, case: Case) -> list[Staff]:
    """Who the case can be handed to: its organisation's active staff but its holder."""
    rows = session.scalars(
        select(Staff)
        .where(Staff.org_id == case.org_id, Staff.active.is_(True))
        .order_by(Staff.display_name, Staff.id)
    ).all()
    return [staff for staff in rows if staff.id != case.assigned_staff_id]


def colleagues_card(session: Session, kit: CaseKit, case: Case) -> Card:
    """A button per colleague, each bound to the case as it is now (its version)."""
    _ = kit.cards.staff_translator(case.org_id).gettext
    people = colleagues(session, case)
    if not people:
        text = _("Nobody else in your organisation can take case {ref} now.")
        return text.format(ref=case.ref), ()
    rows = tuple(
        (
            kit.buttons.button(
                kit.cards.staff_name(session, p.id, _), "hto", case.id, p.id, case.version
            ),
        )
        for p in people
    )
    return _("Hand case {ref} to:").format(ref=case.ref), rows


def hand_over(
    session: Session, kit: CaseKit, who: Authorised, to_staff_id: int, version: int
) -> StaffResult:
    """To a named colleague, only if the case is as it was when the list was shown: a list
    offered before a close, a release or another handover hands nothing."""
    case = who.case
    if case.version != version:  # released, closed or handed on since: look again
        return StaffResult.CHANGED
    if case.status != CaseStatus.ACCEPTED:
        return StaffResult.NOT_OPEN
    target = session.get(Staff, to_staff_id)
    if target is None or not target.active or target.org_id != case.org_id:
        return StaffResult.NOT_COLLEAGUE
    if target.id == case.assigned_staff_id:
        return StaffResult.ALREADY_THEIRS
    before = holders.holder(session, case)
    case.assigned_staff_id = target.id
    drafts_moved(session, case.id, keep=target.id)
    event = cases.record(
        session, case, f"staff:{who.staff.id}", "handed_over", f"to staff:{target.id}"
    )
    cases.show_card(session, kit, case, event)
    _ = kit.cards.staff_translator(case.org_id).gettext
    by = kit.cards.staff_name(session, who.staff.id, _)
    # An admin's handover: the one who held it learns it is no longer theirs.
    to = kit.cards.staff_name(session, target.id, _)
    moved = _("{name} handed your case {ref} to {other}.").format(name=by, ref=case.ref, other=to)
    _tell_before(session, kit, case, before, who.staff, event, moved)
    # The new holder reads the case in full, in private, as one who accepted it does, after
    # what was last said to the person: their answer may come next (exploratory test 8, 7).
    head = _("{name} handed case {ref} to you.").format(name=by, ref=case.ref)
    head += "\n" + said_last(session, kit, case, target)
    text, buttons = kit.cards.case_details(session, case, reserve=len(head) + 2)
    key = to_staff_key(case.ref, event.id)
    enqueue(
        session, kit.box, idem_key=key, chat_id=target.tg_user_id,
        text=f"{head}\n\n{text}"[:4000], buttons=buttons,
    )  # fmt: skip
    return StaffResult.OK


LAST_REPLY_CHARS = 600  # of the last reply, on a handover message: History has it all


def said_last(session: Session, kit: CaseKit, case: Case, target: Staff) -> str:
    """For the one a case is handed to: the last reply of the organisation's staff to the
    person (who wrote it, how long ago), who else gets the person's next message (the rule
    of bot/referrals/holders.py), and that History has the whole conversation."""
    tr = kit.cards.staff_translator(case.org_id)
    _ = tr.gettext
    org_staff = select(Staff.id).where(Staff.org_id == case.org_id)
    last = session.scalars(
        select(CaseMessage)
        .where(CaseMessage.case_id == case.id, CaseMessage.kind == "to_migrant")
        .where(CaseMessage.staff_id.in_(org_staff))
        .order_by(CaseMessage.id.desc())
        .limit(1)
    ).first()
    lines = []
    if last is not None:
        name = kit.cards.staff_name(session, last.staff_id, _)
        ago = utcnow() - aware(last.at)
        head = _("The last reply to the person, by {name}, just now:")
        if ago >= dt.timedelta(minutes=1):
            head = _("The last reply to the person, by {name}, {when} ago:")
        words = kit.box.decrypt(last.body_enc) or "-"
        if len(words) > LAST_REPLY_CHARS:
            words = words[: LAST_REPLY_CHARS - 1] + "…"
        lines += [head.format(name=name, when=age(ago, tr)), words]
    asked = holders.asker(session, case, target)
    if asked is not None:
        name = kit.cards.staff_name(session, asked.staff.id, _)
        also = _("{name} also gets the person's next message, until you write to them.")
        lines.append(also.format(name=name))
    lines.append(_("History has the whole conversation."))
    return "\n".join(lines)


def release(session: Session, kit: CaseKit, who: Authorised) -> StaffResult:
    """Back to the inbox: anyone of the organisation may accept it, within a new response
    target (the reminders start again)."""
    case = who.case
    if case.status != CaseStatus.ACCEPTED:
        return StaffResult.NOT_OPEN
    _ = kit.cards.staff_translator(case.org_id).gettext
    by = kit.cards.staff_name(session, who.staff.id, _)
    text = _("{name} released case {ref}: anyone here can accept it.")
    before = holders.holder(session, case)
    drafts_moved(session, case.id)
    actor = f"staff:{who.staff.id}"
    org_id = case.org_id
    event = cases.put_back(session, kit, case, actor, text.format(name=by, ref=case.ref))
    # An admin's release: the holder may be away, but must not learn it from a dead Send.
    elsewhere = where_now(kit, case, org_id)
    if elsewhere:
        yours = _("{name} released your case {ref}.").format(name=by, ref=case.ref)
        yours = f"{yours} {elsewhere}"
    else:
        yours = _(
            "{name} released your case {ref}: it is back in the inbox for anyone to accept."
        ).format(name=by, ref=case.ref)
    _tell_before(session, kit, case, before, who.staff, event, yours)
    return StaffResult.OK


def where_now(kit: CaseKit, case: Case, org_id: str | None) -> str:
    """Where a case put back at `org_id` went when the bot cannot post in that inbox
    (`cases.no_inbox_rule`), in `org_id`'s staff language; "" when it is in the inbox."""
    tr = kit.cards.staff_translator(org_id)
    _ = tr.gettext
    if case.org_id != org_id:
        org = kit.routing.partner_name(case.org_id, tr.language)
        return _(
            "I cannot post in your inbox group, so it went to {org}, the next organisation "
            "the person agreed to."
        ).format(org=org)
    if case.status == CaseStatus.WAITING:
        return _(
            "I cannot post in your inbox group now: it waits, and goes back there when I can "
            "post again."
        )
    return ""


def _tell_before(
    session: Session, kit: CaseKit, case: Case, before: Staff | None, by: Staff,
    event: CaseEvent, notice: str,
) -> None:  # fmt: skip
    """The one who held the case, in private: `notice` (unless they did it themselves), and
    that a Reply, Note or Reached them of theirs waiting for their text on the case ended,
    with the reply they typed to copy. Their next text must not answer a case that is no
    longer theirs: a reply Sent on a released case takes it back, unseen by the admin who
    released it (exploratory test 8, finding 5)."""
    if before is None:
        return
    _ = kit.cards.staff_translator(case.org_id).gettext
    lines = [] if before.id == by.id else [notice]
    pending = _end_step(session, before.tg_user_id, case)
    words = _typed(session, kit, case, before) if pending and pending.action == "rep" else ""
    if pending is not None and pending.action == "rep":
        lines.append(
            _(
                "Your reply to case {ref} was not sent. What you type now does not go to the case."
            ).format(ref=case.ref)
        )
    elif pending is not None:
        lines.append(
            _(
                "Your text for case {ref} was not saved. What you type now does not go to the case."
            ).format(ref=case.ref)
        )
    if words:
        lines.append(_("Here is what you typed, to copy:"))
    if not lines:
        return
    key = staff_copy_key(case.ref, event.id, before.tg_user_id)
    chat = before.tg_user_id
    enqueue(session, kit.box, idem_key=key, chat_id=chat, text="\n".join(lines)[:4000])
    if words:  # a message of their own, to copy
        enqueue(session, kit.box, idem_key=f"{key}:words", chat_id=chat, text=words[:4000])


def _end_step(session: Session, tg_user_id: int, case: Case) -> steps.Step | None:
    """This member's step waiting for text on the case, ended; None when none was (one
    expired is left: its text gets the desk's "expired" note and its words back)."""
    user = session.get(User, f"tg:{tg_user_id}")
    if user is None:
        return None
    pending = steps.parse(user.step or "")
    if pending is None or pending.case_id != case.id or steps.expired(pending, utcnow()):
        return None
    user.step = None
    return pending


def _typed(session: Session, kit: CaseKit, case: Case, staff: Staff) -> str:
    """The reply this member typed for the case and did not send (their newest draft)."""
    kept = session.scalars(
        select(CaseMessage)
        .where(
            CaseMessage.case_id == case.id,
            CaseMessage.kind.in_(DRAFT_KINDS),
            CaseMessage.staff_id == staff.id,
        )
        .order_by(CaseMessage.id.desc())
    ).first()
    return (kit.box.decrypt(kept.body_enc) or "") if kept is not None else ""


def history(session: Session, kit: CaseKit, who: Authorised) -> list[str]:
    """The case's conversation, decrypted, for the one who holds it (or held it when it
    closed, while its words are kept), in private: the person's words, and the replies and
    notes of this organisation's staff (not another organisation's, which saw the case
    before). The view is written to the case's events: who and when, no text."""
    case = who.case
    cases.record(session, case, f"staff:{who.staff.id}", HISTORY_VIEWED)
    _ = kit.cards.staff_translator(case.org_id).gettext
    org_staff = select(Staff.id).where(Staff.org_id == case.org_id)
    rows = session.scalars(
        select(CaseMessage)
        .where(
            CaseMessage.case_id == case.id, CaseMessage.kind.in_(("to_staff", "to_migrant", "note"))
        )
        .where((CaseMessage.kind == "to_staff") | CaseMessage.staff_id.in_(org_staff))
        .order_by(CaseMessage.at, CaseMessage.id)
    ).all()
    names: dict[int | None, str] = {}

    def name(staff_id: int | None) -> str:
        if staff_id not in names:
            names[staff_id] = kit.cards.staff_name(session, staff_id, _)
        return names[staff_id]

    heads: dict[str, Callable[[int | None], str]] = {
        "to_staff": lambda _id: _("The person"),
        "to_migrant": lambda staff_id: _("Reply by {name}").format(name=name(staff_id)),
        "note": lambda staff_id: _("Note by {name}").format(name=name(staff_id)),
    }
    entries = [
        _entry(case.created_at, _("The person (form)"), kit.box.decrypt(case.description_enc))
    ]
    entries += [_entry(m.at, heads[m.kind](m.staff_id), kit.box.decrypt(m.body_enc)) for m in rows]
    title = _("History of case {ref}. Only you see this; your view is recorded.")
    title = title.format(ref=case.ref)
    if case.status == CaseStatus.CLOSED:  # read back after the end: say how it ended
        title = kit.cards.status_line(session, case, True, _) + "\n" + title
    return _pages(title, entries, _("({n} earlier entries left out)"))


def _entry(at: dt.datetime, who: str, words: str | None) -> str:
    # Digits only: an English month name ("03 Dec") would be the one English word on the page.
    return f"[{aware(at):%Y-%m-%d %H:%M} UTC] {who}:\n{words or '-'}"


def _pages(title: str, entries: list[str], left_out: str) -> list[str]:
    """The newest entries that fit HISTORY_MESSAGES messages, oldest first."""
    pages: list[list[str]] = [[]]
    size = 0
    kept = 0
    for entry in reversed(entries):
        entry = entry[:HISTORY_CHARS]
        if size + len(entry) + 2 > HISTORY_CHARS:
            if len(pages) == HISTORY_MESSAGES:
                break
            pages.append([])
            size = 0
        pages[-1].insert(0, entry)
        size += len(entry) + 2
        kept += 1
    pages.reverse()
    lead = [title]
    if kept < len(entries):
        lead.append(left_out.format(n=len(entries) - kept))
    pages[0] = [*lead, *pages[0]]
    return ["\n\n".join(page) for page in pages]
