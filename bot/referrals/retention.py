"""Forgetting: a user's own deletion request, and the retention schedule.

What stays of an erased case is what the organisation needs for its records and the
history of who did what (status, dates, topic): never the person's words or identity.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, literal, select, update
from sqlalchemy.orm import Session

from bot.outbox.keys import card_slot, case_keys_like, migrant_keys_like
from bot.outbox.queue import BLOCKED_LIKE, OutboxStatus
from bot.referrals import cases, forgotten
from bot.referrals.kit import CaseKit
from bot.referrals.staff import DRAFT_KINDS
from bot.storage import counts, relayed, subscriptions
from bot.storage.models import (
    Case,
    CaseMessage,
    LiveMessage,
    Outbox,
    ProcessedUpdate,
    RelayedMessage,
    SentMessage,
    User,
    utcnow,
)
from bot.storage.sent import known_chat as known_chat  # re-exported: a rule of retention
from bot.storage.sent import remember_sent
from bot.values import ENDED_STATUSES, OPEN_STATUSES

MIGRANT_KEYS = migrant_keys_like("%")  # every message to a person about a case
SENT_OUTBOX_KEPT = dt.timedelta(days=7)  # delivered payloads are no longer needed
MESSAGE_IDS_KEPT = dt.timedelta(days=3)  # Telegram allows deleting for 48 hours only
ERASED = "erased:"  # a case's uid once it names no one: "erased:<ref>"
UPDATE_IDS_KEPT = dt.timedelta(days=14)  # redeliveries come within hours
# A reply shown to its writer and never sent nor cancelled (bot/desk.py): its words are on
# their phone, in the preview; the copy kept for Send goes after a day.
DRAFTS_KEPT = dt.timedelta(days=1)


def _erase_case_content(session: Session, case: Case) -> None:
    case.description_enc = case.place_enc = case.contact_enc = None
    case.origin = case.country = None  # with the words: where the person is from and is now
    session.execute(delete(CaseMessage).where(CaseMessage.case_id == case.id))
    relayed.forget_case(session, case.id)  # which messages went: ids, kept as long as these
    # Outbox rows about the case carried its words: sent ones go, pending ones too.
    session.execute(delete(Outbox).where(Outbox.idem_key.like(case_keys_like(case.ref))))


def erase_user(session: Session, kit: CaseKit, uid: str) -> list[int]:
    """/delete_my_data: profile and words gone, open cases withdrawn, identity unlinked.
    Returns the ids of the chat's messages of the last 48 hours, forgotten here: the channel
    deletes them from the phone (as /clear would, which after this has no ids left)."""
    wiped: list[int] = []
    user_cases = session.scalars(select(Case).where(Case.uid == uid)).all()
    chat = cases.chat_of(uid)
    for case in user_cases:
        _erase_case_content(session, case)
    if chat is not None:
        session.execute(delete(Outbox).where(Outbox.chat_id == chat))
        relayed.forget_chat(session, chat)  # also what they wrote as a caseworker, if they are
        wiped = clear_plan(session, chat, utcnow()).recent  # every row of the chat goes
    for case in user_cases:
        if case.status in OPEN_STATUSES:
            cases.withdraw(session, kit, uid, case.ref)
        case.uid = f"{ERASED}{case.ref}"
    counts.erase_words(session, kit.box, uid)
    session.execute(delete(User).where(User.uid == uid))
    return wiped


@dataclass
class Purged:
    case_contents: int = 0
    profiles: int = 0
    outbox_rows: int = 0
    unanswered_words: int = 0
    drafts: int = 0
    cases_closed: int = 0  # still open when their person's profile went (forgotten.py)
    # The chats of deleted profiles whose own command menu (bot/telegram/chat_menu.py) may
    # be at Telegram: its caller deletes them. Chat ids: never in the log line of this.
    menus_to_forget: list[int] = field(default_factory=list, repr=False)


def purge(
    session: Session,
    kit: CaseKit,
    now: dt.datetime,
    case_days: int,
    profile_days: int,
    unanswered_days: int = counts.MAX_KEPT_DAYS,
) -> Purged:
    """The retention schedule (run daily). `unanswered_days`: the setting for the words of
    unanswered questions (0 when off: whatever is left from when it was on goes)."""
    done = Purged()
    done.unanswered_words = counts.purge_words(session, now, unanswered_days)
    old_drafts = session.execute(
        delete(CaseMessage)
        .where(CaseMessage.kind.in_(DRAFT_KINDS), CaseMessage.at < now - DRAFTS_KEPT)
        .returning(CaseMessage.id)
    )
    done.drafts = len(old_drafts.all())
    closed_before = now - dt.timedelta(days=case_days)
    # Not only cases with encrypted columns set: a case with no words, no place and contact
    # through the bot still has relayed messages, outbox rows and its person's id.
    has_messages = select(CaseMessage.id).where(CaseMessage.case_id == Case.id).exists()
    has_ids = select(RelayedMessage.case_id).where(RelayedMessage.case_id == Case.id).exists()
    for case in session.scalars(
        select(Case).where(
            Case.status.in_(ENDED_STATUSES),
            Case.closed_at < closed_before,
            Case.uid.not_like(f"{ERASED}%")
            | Case.description_enc.is_not(None)
            | Case.place_enc.is_not(None)
            | Case.contact_enc.is_not(None)
            | Case.origin.is_not(None)
            | Case.country.is_not(None)
            | has_messages
            | has_ids,
        )
    ).all():
        _erase_case_content(session, case)
        case.uid = f"{ERASED}{case.ref}"  # a closed case past retention names no one
        # Its card will not change again: where it is in the inbox need not be kept.
        session.execute(delete(LiveMessage).where(LiveMessage.slot == card_slot(case.ref)))
        done.case_contents += 1
    idle_before = now - dt.timedelta(days=profile_days)
    for user in session.scalars(select(User).where(User.last_seen_at < idle_before)).all():
        still_open = select(Case.id).where(Case.uid == user.uid, Case.status.in_(OPEN_STATUSES))
        open_ids = list(session.scalars(still_open).all())
        unlinked = literal(ERASED) + Case.ref
        session.execute(update(Case).where(Case.uid == user.uid).values(uid=unlinked))
        # Nobody can reach them through the bot now: their open cases end (after the
        # unlinking, so that no card offers Reopen and nothing is sent to the person).
        done.cases_closed += forgotten.close_all(session, kit, open_ids, now, profile_days)
        subscriptions.end(session, user.uid)  # alerts need the profile's language anyway
        if (chat := cases.chat_of(user.uid)) is not None:  # would link the chat to its cases
            relayed.forget_chat(session, chat)
            if user.language not in (None, "en"):  # English: the app's own menu, as a rule
                done.menus_to_forget.append(chat)
        session.delete(user)
        done.profiles += 1
    kept_before = now - SENT_OUTBOX_KEPT
    # Failed rows too: never delivered, they would otherwise link a chat to a case for ever.
    # A message about a case that failed because the person blocked the bot waits for them
    # to come back (bot/referrals/unreachable.py) as long as a case is kept, not a week.
    failed = Outbox.status == OutboxStatus.FAILED
    waiting = Outbox.idem_key.like(MIGRANT_KEYS) & Outbox.last_error.like(BLOCKED_LIKE)
    old_rows = select(Outbox.id).where(
        ((Outbox.status == OutboxStatus.SENT) & (Outbox.sent_at < kept_before))
        | (failed & ~waiting & (Outbox.created_at < kept_before))
        | (failed & waiting & (Outbox.created_at < closed_before))
    )
    ids = list(session.scalars(old_rows).all())
    session.execute(delete(Outbox).where(Outbox.id.in_(ids)))
    done.outbox_rows = len(ids)
    session.execute(delete(SentMessage).where(SentMessage.at < now - MESSAGE_IDS_KEPT))
    session.execute(
        delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < now - UPDATE_IDS_KEPT)
    )
    return done


def record_sent(session: Session, chat_id: int, message_ids: list[int]) -> None:
    remember_sent(session, chat_id, message_ids, utcnow())


@dataclass
class ClearPlan:
    recent: list[int]  # ids Telegram may still let the bot delete
    too_old: int  # recorded but past Telegram's 48 hours: they stay on the phone


def clear_plan(session: Session, chat_id: int, now: dt.datetime) -> ClearPlan:
    since = now - dt.timedelta(hours=48)
    rows = session.execute(
        select(SentMessage.message_id, SentMessage.at).where(SentMessage.chat_id == chat_id)
    ).all()
    session.execute(delete(SentMessage).where(SentMessage.chat_id == chat_id))
    recent = [message_id for message_id, at in rows if cases.aware(at) > since]
    return ClearPlan(recent, len(rows) - len(recent))
