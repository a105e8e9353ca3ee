"""Someone other than its holder acting on a held case, as an organisation admin may
(exploratory test 7, findings 6 and 7; test 8, findings 6 and 7): the holder is told in
private, since an edited card notifies no one; and the person's answer reaches the colleague
who last wrote to them as well as the holder. Only active staff of the organisation the case
is at hear anything; the person is told nothing new.

The rule for who hears the person's answer: the holder, and also whoever wrote the latest
word to the person (a Reply, or "Reached them" by phone or on Telegram) when that is not
the holder, until the holder writes to the person themselves. A handover keeps it: the
case moves with its conversation (the question waits for its answer, and the new holder
reads it on the handover message). The case going back through the inbox (released,
passed on, accepted anew) ends it: whoever accepts it takes it as it is.

Each runs inside the caller's transaction, and writes to the outbox.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.outbox.keys import staff_copy_key
from bot.outbox.queue import enqueue
from bot.referrals.cards import Card
from bot.referrals.kit import CaseKit
from bot.storage.models import Case, CaseEvent, Staff

# A caseworker's word to the person: a reply through the bot, or "Reached them" (the person
# answered by phone or on Telegram). Each answers them (the reminders stop: deadlines.py),
# and each makes its writer the one who waits for the person's next message.
ANSWERS = ("replied", "reached")
# Events after which a case came anew through the inbox (or left the organisation): a word
# written before one of them was not a question from the case's present holder's side. Not
# a handover: the case is passed on with its conversation, from one colleague to another.
CHANGED_HANDS = ("accepted", "released", "rerouted")


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


class Asker(NamedTuple):
    staff: Staff
    reached: bool  # they reached the person by phone or on Telegram, not through the bot


def reached_by_other(
    session: Session, kit: CaseKit, case: Case, by: Staff, event: CaseEvent, words: str
) -> None:
    """ "Reached them" by someone not holding the case: the holder gets what they wrote, so
    they know the person was spoken to (and where they are) before they call or write."""
    _ = kit.cards.staff_translator(case.org_id).gettext
    name = kit.cards.staff_name(session, by.id, _)
    head = _("{name} reached the person in case {ref} by phone or on Telegram:")
    text = f"{head.format(name=name, ref=case.ref)}\n\n{words}"[:4000]
    tell(session, kit, case, holder(session, case), by, event, text)


def asker(session: Session, case: Case, held: Staff) -> Asker | None:
    """Who wrote the latest word to the person (`ANSWERS`), when that was not `held` (the
    holder) and came after the case last came through the inbox: a colleague whose
    question, or call, the person's next message answers. None once the holder has written
    to the person since (the module's rule)."""
    last = session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id == case.id, CaseEvent.action.in_((*CHANGED_HANDS, *ANSWERS)))
        .order_by(CaseEvent.id.desc())
        .limit(1)
    ).first()
    if last is None or last.action not in ANSWERS:
        return None
    staff_id = last.actor.removeprefix("staff:")
    staff = session.get(Staff, int(staff_id)) if staff_id.isdigit() else None
    if staff is None or staff.id == held.id or not staff.active or staff.org_id != case.org_id:
        return None
    return Asker(staff, last.action == "reached")


def answer_to_asker(
    session: Session, kit: CaseKit, case: Case, held: Staff, event: CaseEvent, words: str
) -> Card | None:
    """The person's message on a held case, to the colleague whose question (or call) it
    answers too (`asker`), saying that the holder has it as well; and the holder's card,
    saying that the colleague has it (None when no one else asked): two people must not
    both answer without knowing of each other."""
    asked = asker(session, case, held)
    if asked is None:
        return None
    _ = kit.cards.staff_translator(case.org_id).gettext
    holder_name = kit.cards.staff_name(session, held.id, _)
    if asked.reached:
        also = _("The person wrote after you reached them. {name} holds the case and got it too.")
    else:
        also = _("An answer to your reply. {name} holds the case and got it too.")
    text, buttons = kit.cards.migrant_message_card(case, words, also.format(name=holder_name))
    key = staff_copy_key(case.ref, event.id, asked.staff.tg_user_id)
    chat = asked.staff.tg_user_id
    enqueue(session, kit.box, idem_key=key, chat_id=chat, text=text, buttons=buttons)
    asker_name = kit.cards.staff_name(session, asked.staff.id, _)
    if asked.reached:
        told = _("{name} reached the person last and got this too.")
    else:
        told = _("{name} wrote the last reply to the person and got this too.")
    return kit.cards.migrant_message_card(case, words, told.format(name=asker_name))
