"""The cases still open when the retention schedule deletes their person's profile.

Exploratory round 10, finding 7: after a year without the bot the profile goes and its
cases are unlinked, so nobody can reach the person through the bot any more; yet a case
accepted and never closed kept their name and number for ever, and a caseworker's Open
still showed them 800 days later. Now the bot closes each such case itself, with an outcome
of its own (GONE: not a caseworker's "Could not reach them", so the reports keep the two
apart), redraws its card (no Reopen: there is no one to reopen it for), tells its holder,
or the inbox when nobody holds it, in one line, and from then on the closed case's
retention erases its words after the closed-case period, as for any closed case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.outbox.keys import inbox_key, to_staff_key
from bot.outbox.queue import enqueue
from bot.referrals import cases
from bot.referrals.cards import SYSTEM
from bot.referrals.kit import CaseKit
from bot.storage.models import Case, Staff
from bot.values import CaseStatus

GONE = "gone"  # the outcome: closed by the bot when its person's profile was deleted


def close_all(
    session: Session, kit: CaseKit, case_ids: Sequence[int], now: dt.datetime, idle_days: int
) -> int:
    """Close these open cases of a person whose profile is being deleted (their uid already
    unlinked, so no Reopen is drawn and nothing goes to the person). How many."""
    if not case_ids:
        return 0
    closed = 0
    for case in session.scalars(select(Case).where(Case.id.in_(case_ids))).all():
        case.status = CaseStatus.CLOSED
        case.outcome = GONE
        case.closed_at = now
        event = cases.record(session, case, SYSTEM, "closed", GONE)
        cases.show_card(session, kit, case, event)
        _tell(session, kit, case, event.id, idle_days)
        closed += 1
    return closed


def _tell(session: Session, kit: CaseKit, case: Case, event_id: int, idle_days: int) -> None:
    """An edited card notifies no one: its holder is told in private, else its inbox."""
    _ = kit.cards.staff_translator(case.org_id).gettext
    text = _(
        "Case {ref} closed by the bot: the person did not use the bot for {days} days, so "
        "their data was deleted and the bot cannot reach them."
    ).format(ref=case.ref, days=idle_days)
    holder = session.get(Staff, case.assigned_staff_id) if case.assigned_staff_id else None
    if holder is not None and holder.active and holder.org_id == case.org_id:
        chat: int | None = holder.tg_user_id
        key = to_staff_key(case.ref, event_id)
    else:
        chat, key = cases.inbox_of(session, case.org_id), inbox_key(case.ref, event_id)
    if chat is not None:
        enqueue(session, kit.box, idem_key=key, chat_id=chat, text=text)
