"""A person who blocked the bot (or deleted the chat with it) misses their caseworker's
messages: Telegram refuses them with 403, and the outbox fails them for good.

User testing (2026-12-05): a frightened person blocked the bot while someone checked their
phone; the caseworker's question failed unseen, the caseworker was told only "Sent", and when
the person came back nothing showed it. Now, when such a message about an open case fails for
good, the case keeps since when its person cannot be reached (`Case.unreachable_at`) and the
caseworker who wrote it (else the case's holder, else the inbox) is told once for that
blocking. When the person comes back (they unblock the bot, or write to it) the failed
messages of their open cases go out again: the same outbox rows, in their order, once.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from bot.outbox.keys import case_of_migrant_key, inbox_key, migrant_keys_like, to_staff_key
from bot.outbox.queue import BLOCKED_LIKE, OutboxStatus, enqueue
from bot.outbox.rows import UndeliveredFn
from bot.referrals import cases, reach
from bot.referrals.kit import CaseKit
from bot.storage.models import Case, CaseEvent, Outbox, Staff, utcnow
from bot.values import OPEN_STATUSES

UNREACHABLE = "unreachable"  # a case event: its id names the note's outbox row


def on_undelivered(kit: CaseKit) -> UndeliveredFn:
    """The outbox sender's hook (bot/runtime.py), run in the failure's transaction."""

    def told(session: Session, row_id: int) -> None:
        if not undelivered(session, kit, row_id):  # not a person's: staff's, or an inbox's
            reach.undelivered(session, kit, row_id)

    return told


def undelivered(session: Session, kit: CaseKit, row_id: int) -> bool:
    """A message to a person failed for good with 403. If it was about an open case of
    theirs, the case is marked and, the first time this blocking, the writer told; True
    then. Anything else (a reply to their own message, an alert, an ended case) is left."""
    row = session.get(Outbox, row_id)
    about = case_of_migrant_key(row.idem_key) if row is not None else None
    if row is None or about is None:
        return False
    ref, event_id = about
    case = cases.find_case(session, ref)
    if case is None or case.status not in OPEN_STATUSES or cases.chat_of(case.uid) != row.chat_id:
        return False
    # One statement decides who tells: a second failed message (or another instance) finds
    # the case marked. Not an ORM change: the case's version is the caseworkers' (a Send
    # racing this must not be refused as "the case changed").
    marked = session.execute(
        update(Case)
        .where(Case.id == case.id, Case.unreachable_at.is_(None))
        .values(unreachable_at=utcnow()),
        execution_options={"synchronize_session": False},
    )
    if cast(CursorResult[Any], marked).rowcount != 1:
        return True
    event = cases.record(session, case, "system", UNREACHABLE)
    _ = kit.cards.staff_translator(case.org_id).gettext
    sent = session.get(CaseEvent, event_id)
    if sent is not None and sent.action == "replied":
        text = _(
            "Case {ref}: the person has blocked the bot or deleted the chat, so your message "
            "did not reach them. They will get it if they come back."
        )
    else:  # the bot's own notice ("accepted", "reopened"): the caseworker wrote nothing
        text = _(
            "Case {ref}: the person has blocked the bot or deleted the chat, so the bot's notice "
            "about the case did not reach them. Your replies will wait until they come back."
        )
    text = text.format(ref=case.ref)
    chat, key = _who_hears(session, case, event_id, event.id)
    if chat is not None:
        enqueue(session, kit.box, idem_key=key, chat_id=chat, text=text)
    return True


def _who_hears(session: Session, case: Case, event_id: int, note_id: int) -> tuple[int | None, str]:
    """The caseworker whose action sent the message, if still active staff where the case
    is; else the case's holder; else its organisation's inbox (None: no inbox)."""
    sent = session.get(CaseEvent, event_id)
    actor = sent.actor if sent is not None else ""
    ids = [int(actor.removeprefix("staff:"))] if actor.removeprefix("staff:").isdigit() else []
    if case.assigned_staff_id is not None:
        ids.append(case.assigned_staff_id)
    for staff_id in ids:
        staff = session.get(Staff, staff_id)
        if staff is not None and staff.active and staff.org_id == case.org_id:
            return staff.tg_user_id, to_staff_key(case.ref, note_id)
    return cases.inbox_of(session, case.org_id), inbox_key(case.ref, note_id)


def came_back(session: Session, uid: str) -> int:
    """The person is back (unblocked the bot, or wrote to it): their cases are reachable
    again, and the messages that failed for the blocking go out, for open cases only (not a
    closed or withdrawn one's, nor after erasure, which deleted them). Each failed row goes
    back to 'pending' in one statement that only a 'failed' row passes, so two signals at
    once (the unblocking and a message, on two instances) send it once. The rows keep their
    ids: the sender sends a chat's rows in id order. Returns how many go out again."""
    chat = cases.chat_of(uid)
    marked = session.scalars(
        select(Case).where(Case.uid == uid, Case.unreachable_at.is_not(None))
    ).all()
    if chat is None or not marked:
        return 0
    session.execute(
        update(Case).where(Case.id.in_([case.id for case in marked])).values(unreachable_at=None),
        execution_options={"synchronize_session": False},
    )
    again = 0
    for case in marked:
        if case.status not in OPEN_STATUSES:
            continue
        result = session.execute(
            update(Outbox)
            .where(
                Outbox.chat_id == chat,
                Outbox.idem_key.like(migrant_keys_like(case.ref)),
                Outbox.status == OutboxStatus.FAILED,
                Outbox.last_error.like(BLOCKED_LIKE),
            )
            .values(
                status=OutboxStatus.PENDING,
                attempts=0,
                permanent_failures=0,
                next_attempt_at=utcnow(),
                last_error=None,
                claimed_by=None,
                claimed_at=None,
            ),
            execution_options={"synchronize_session": False},
        )
        again += cast(CursorResult[Any], result).rowcount
    return again
