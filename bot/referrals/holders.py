"""Someone other than its holder acting on a held case, as an organisation admin may
(exploratory test 7, findings 6 and 7): the holder is told in private, since an edited card
notifies no one; and the person's answer to such a colleague's reply reaches that colleague
as well as the holder. Only active staff of the organisation the case is at hear anything;
the person is told nothing new.

Each runs inside the caller's transaction, and writes to the outbox.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.outbox.keys import staff_copy_key
from bot.outbox.queue import enqueue
from bot.referrals.cards import Card
from bot.referrals.kit import CaseKit
from bot.storage.models import Case, CaseEvent, Staff

# Events after which a case is with someone new (or with nobody): a reply written before
# one of them was not a question from the case's present holder's side.
CHANGED_HANDS = ("accepted", "handed_over", "released", "rerouted")


def holder(session: Session, case: Case) -> Staff | None:
    """Who holds the case, when they are active staff of the organisation it is at."""
    staff = session.get(Staff, case.assigned_staff_id) if case.assigned_staff_id else None
    if staff is None or not staff.active or staff.org_id != case.org_id:
        return None
    return staff


def tell(
    session: Session, kit: CaseKit, case: Case, to: Staff | None, by: Staff, event: CaseEvent,
    text: str,
) -> None:  # fmt: skip
    """`text` to `to` (the case's holder before `event`), in private, unless they did it."""
    if to is None or to.id == by.id:
        return
    key = staff_copy_key(case.ref, event.id, to.tg_user_id)
    enqueue(session, kit.box, idem_key=key, chat_id=to.tg_user_id, text=text)


def replied_by_other(
    session: Session, kit: CaseKit, case: Case, by: Staff, event: CaseEvent, words: str
) -> None:
    """A reply the holder did not write: they get its words (they are the case's staff), so
    they know what the person was asked, and the person's answer makes sense to them."""
    _ = kit.cards.staff_translator(case.org_id).gettext
    name = kit.cards.staff_name(session, by.id, _)
    head = _("{name} replied to the person in case {ref}:").format(name=name, ref=case.ref)
    tell(session, kit, case, holder(session, case), by, event, f"{head}\n\n{words}"[:4000])


def asker(session: Session, case: Case, held: Staff) -> Staff | None:
    """Who wrote the latest reply to the person, when that was not `held` (the holder) and
    came after the case last changed hands: an admin's question, whose answer they wait
    for. None once the holder has replied since, or after a handover (the new holder takes
    the case as it is; the one who handed it on hears no more of it)."""
    last = session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id == case.id, CaseEvent.action.in_((*CHANGED_HANDS, "replied")))
        .order_by(CaseEvent.id.desc())
        .limit(1)
    ).first()
    if last is None or last.action != "replied":
        return None
    staff_id = last.actor.removeprefix("staff:")
    staff = session.get(Staff, int(staff_id)) if staff_id.isdigit() else None
    if staff is None or staff.id == held.id or not staff.active or staff.org_id != case.org_id:
        return None
    return staff


def answer_to_asker(
    session: Session, kit: CaseKit, case: Case, held: Staff, event: CaseEvent, words: str
) -> Card | None:
    """The person's message on a held case, to the colleague whose question it answers too
    (`asker`), saying that the holder has it as well; and the holder's card, saying that
    the colleague has it (None when no one else asked): two people must not both answer
    without knowing of each other."""
    asked = asker(session, case, held)
    if asked is None:
        return None
    _ = kit.cards.staff_translator(case.org_id).gettext
    holder_name = kit.cards.staff_name(session, held.id, _)
    also = _("An answer to your reply. {name} holds the case and got it too.")
    text, buttons = kit.cards.migrant_message_card(case, words, also.format(name=holder_name))
    key = staff_copy_key(case.ref, event.id, asked.tg_user_id)
    enqueue(session, kit.box, idem_key=key, chat_id=asked.tg_user_id, text=text, buttons=buttons)
    asker_name = kit.cards.staff_name(session, asked.id, _)
    told = _("{name} wrote the last reply to the person and got this too.")
    return kit.cards.migrant_message_card(case, words, told.format(name=asker_name))
