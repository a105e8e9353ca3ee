"""The response-time job (every minute, bot/telegram/app.py): cases past their
organisation's target are reminded, passed on, or, waiting for an organisation that never
connected, moved to one that can take them.

It reads every open case each minute, so it reads them in a fixed, small number of queries
(not one per case), and acts on the few that are due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.referrals import holders, inboxes, reopening, routing
from bot.referrals.cases import (
    aware,
    inbox_of,
    inbox_orgs,
    next_org,
    notify_migrant,
    record,
    reroute,
    show_card,
)
from bot.referrals.digest import ACCEPT, ANSWER, Digests, Entry
from bot.referrals.kit import CaseKit
from bot.storage.models import Case, CaseEvent, Staff
from bot.values import NO_INBOX_IN_TIME, CaseStatus

# An accepted, not urgent case is reminded when its person has waited three response
# targets (3 days at the usual 24 hours) for a word: the target is for the first answer, and
# work on a case (calls to an employer, a visit) may take a caseworker a day or two between
# messages; three periods is past that, the time a new case would long have been reminded
# and passed on, so the holder is most likely away.
HELD_FACTOR = 3
# An urgent held case with no word to its person was reminded each target (an hour) without
# end, in the inbox and to its holder: about 48 messages a day, and a team that mutes the
# group misses the next urgent card too (round 14D). Each reminder now waits as long as the
# person had waited at the last one (1, 2, 4, 8 hours...), at most URGENT_CAP_FACTOR targets.
URGENT_CAP_FACTOR = 8
# From the third reminder of a held case on, the organisation's admins read it too, in
# private: two reminders went unheard, and only an admin can hand the case over or release it.
# So do those of a new case no one accepts and no other organisation can take (round 17A:
# it was reminded in the group alone, a group a busy team may have muted, without end).
ADMINS_FROM_REMINDER = 3


class Due(NamedTuple):
    """A case the job acts on: 'remind' (new, past its target), 'reroute' (new, 1.5 times
    past), 'move' (waiting for an inbox past its target, and another organisation that can
    take it is connected) or 'answer' (accepted; its person waits for a word). `since`:
    since when the person has waited."""

    case: Case
    action: str
    since: dt.datetime
    admins: bool = False  # 'answer' and 'reroute': the organisation's admins are told too


def overdue(session: Session, kit: CaseKit, now: dt.datetime) -> list[Due]:
    """Cases past their organisation's response target (`routing.target`: much shorter for
    an urgent case). 'answer': an accepted case whose person has waited for a caseworker's
    word a whole target (urgent) or HELD_FACTOR targets (any other), and again each such
    period after the last reminder, until someone answers: a case held by someone away
    never waits unseen."""
    due: list[Due] = []
    waiting: list[Case] = []
    unaccepted = (CaseStatus.NEW, CaseStatus.WAITING)
    for case in session.scalars(select(Case).where(Case.status.in_(unaccepted))).all():
        target = kit.routing.target(case)
        since = aware(case.routed_at)
        if case.status == CaseStatus.WAITING:
            if now - since >= target:
                waiting.append(case)
        elif case.reminded_at is None and now - since >= target:
            due.append(Due(case, "remind", aware(case.created_at)))
        elif case.reminded_at is not None and now - since >= _reroute_after(case, target):
            # Reminded again here before (`routed_at` is that reminder): with nowhere else
            # to go, this one is its third or later.
            again = aware(case.reminded_at) == since
            due.append(Due(case, "reroute", aware(case.created_at), admins=again))
    due += [Due(case, "move", aware(case.created_at)) for case in movable(session, waiting)]
    held = session.scalars(select(Case).where(Case.status == CaseStatus.ACCEPTED)).all()
    waited = unanswered_since(session, [case.id for case in held])
    for case in held:
        start = waited.get(case.id)
        if start is None:
            continue
        target = kit.routing.target(case) * (1 if case.urgent else HELD_FACTOR)
        last = aware(case.reminded_at) if case.reminded_at is not None else None
        if last is None or last <= start:  # not reminded since the person began to wait
            if now - start >= target:
                due.append(Due(case, "answer", start))
            continue
        then = last - start  # how long they had waited at the last reminder
        wait = _backed_off(target, then, target) if case.urgent else target
        if now - last >= wait:
            # Reminders come at one, two, then three or more targets: the third and later
            # ones had two before them that nobody acted on.
            third = then >= target * (ADMINS_FROM_REMINDER - 1)
            due.append(Due(case, "answer", start, admins=third))
    return due


def _reroute_after(case: Case, target: dt.timedelta) -> dt.timedelta:
    """When a new case reminded once goes on to the next organisation, or, with none left,
    is reminded again: 1.5 targets after it reached this one. An urgent case already reminded
    again here (`routed_at` is that reminder) waits as long as it had waited then, at most
    URGENT_CAP_FACTOR targets, as a held one does: every 1.5 hours without end was the same
    noise in an inbox nobody watches (round 14D)."""
    wait = target * 1.5
    reminded = aware(case.reminded_at) if case.reminded_at is not None else None
    if case.urgent and reminded is not None and reminded == aware(case.routed_at):
        waited = reminded - aware(case.created_at)
        wait = _backed_off(wait, waited, target)
    return wait


def _backed_off(least: dt.timedelta, waited: dt.timedelta, target: dt.timedelta) -> dt.timedelta:
    """An urgent case's next reminder, held or new: as long after the last one as its
    person had waited then (`waited`), not less than `least`, at most URGENT_CAP_FACTOR
    targets."""
    return min(max(least, waited), target * URGENT_CAP_FACTOR)


def movable(session: Session, waiting: Sequence[Case]) -> list[Case]:
    """The cases, waiting past their target for an organisation that has no inbox, that
    another organisation the person agreed to (`routing.onward`: a later candidate, or the
    fallback, named by the summary they sent) could take now: a case is not left for days
    with its first organisation while one that can take it is connected (exploratory test
    7, finding 1). As for a new case no one accepts in time, its first organisation had the
    whole target first. From the cases alone, with the inboxes read once: no query per case."""
    if not waiting:
        return []
    connected = inbox_orgs(session)
    return [case for case in waiting if any(org in connected for org in routing.onward(case))]


# What starts the person's wait for a caseworker's word: the case accepted, or their message.
WAITS = ("accepted", "message")
MESSAGE_WAITS = ("message",)


def unanswered_since(
    session: Session, case_ids: Sequence[int], waits: tuple[str, ...] = WAITS
) -> dict[int, dt.datetime]:
    """Since when the person of each accepted case has waited for a caseworker's word (its
    acceptance or their latest message, after the last reply, or the last time a caseworker
    reached them by phone or on Telegram); answered cases are left out. `waits`: the events
    that start a wait (MESSAGE_WAITS: only the person's own message). One query for all
    the cases, not one per case: the check runs every minute."""
    waited: dict[int, dt.datetime] = {}
    for start in range(0, len(case_ids), _BATCH):
        batch = case_ids[start : start + _BATCH]
        latest = (
            select(func.max(CaseEvent.id))
            .where(CaseEvent.case_id.in_(batch), CaseEvent.action.in_((*waits, *ANSWERED)))
            .group_by(CaseEvent.case_id)
        )
        rows = session.execute(
            select(CaseEvent.case_id, CaseEvent.action, CaseEvent.at).where(
                CaseEvent.id.in_(latest)
            )
        )
        for case_id, action, at in rows:
            if action not in ANSWERED:
                waited[case_id] = aware(at)
    return waited


# Bound on the ids in one IN (...): SQLite allows 32,766 parameters, PostgreSQL 65,535.
_BATCH = 500
# "reached": a caseworker answered the person outside the bot, by the phone or the Telegram
# account they gave (the "Reached them" button, bot/referrals/staff.py `note`).
ANSWERED = holders.ANSWERS


def check_deadlines(session: Session, kit: CaseKit, now: dt.datetime) -> int:
    """Act on every case due; how many. Urgent cases first. The reminders of the run go out
    as one list per chat (bot/referrals/digest.py), queued before the cards it changes and
    the cases it moves. A card is edited when its case first passes its target (it shows
    "⏰ Past the response target"), and an urgent one's at each reminder, so its age stays
    near the truth; other reminders change nothing a colleague needs on the card, and an
    edit takes the inbox's sending room (about 20 a minute) from new cases."""
    ended = reopening.end_windows(session, kit, now)  # cards that lose Reopen
    due = sorted(overdue(session, kit, now), key=lambda item: not item.case.urgent)
    if not due:
        return ended
    connected = inbox_orgs(session)
    digests = Digests(now)
    cards: list[tuple[Case, CaseEvent]] = []
    moves: list[Due] = []
    for item in due:
        case = item.case
        if item.action == "answer":
            case.reminded_at = now
            why = "urgent, not answered" if case.urgent else "not answered"
            reminded = record(session, case, "system", "reminded", why)
            entry = Entry(case, ANSWER, item.since, reminded.id)
            remind_holder(session, digests, entry, admins=item.admins)
        elif item.action == "remind" or (
            item.action == "reroute"
            and next_org(session, kit, case, to_fallback=True, connected=connected) is None
        ):
            again = item.action == "reroute"  # nowhere else to go: remind each period
            if again:
                case.routed_at = now
            case.reminded_at = now
            reminded = record(session, case, "system", "reminded")
            entry = Entry(case, ACCEPT, item.since, reminded.id)
            chat = inbox_of(session, case.org_id)
            if chat is not None:
                digests.add(chat, entry)
            if again and item.admins and case.org_id is not None:
                for admin in inboxes.admins(session, case.org_id, reachable=True):
                    digests.add(admin, entry, admin=True)
            if not again or case.urgent:
                cards.append((case, reminded))
        else:
            moves.append(item)
    digests.enqueue(session, kit)
    for case, reminded in cards:
        show_card(session, kit, case, reminded)
    for item in moves:
        waited = item.action == "move"
        why = NO_INBOX_IN_TIME if waited else "not accepted in time"
        moved = reroute(session, kit, item.case, "system", why, to_fallback=not waited)
        if moved is not None:
            notify_migrant(session, kit, item.case, "rerouted", moved)
    return len(due) + ended


def remind_holder(session: Session, digests: Digests, entry: Entry, admins: bool = False) -> None:
    """An accepted case whose person still waits for a word: listed for the inbox (its
    colleagues can see the holder is away) and for the holder in private, and with `admins`
    for the organisation's admins in private too (who can hand it over); the card is left
    as it is (a reminder changes nothing on it)."""
    case = entry.case
    chat = inbox_of(session, case.org_id)
    if chat is not None:
        digests.add(chat, entry)
    holder = session.get(Staff, case.assigned_staff_id) if case.assigned_staff_id else None
    reachable = holder is not None and holder.unreachable_at is None  # else it fails again
    told = None
    if holder is not None and holder.active and holder.org_id == case.org_id and reachable:
        digests.add(holder.tg_user_id, entry)
        told = holder.tg_user_id
    if admins and case.org_id is not None:
        for admin in inboxes.admins(session, case.org_id, reachable=True):
            if admin != told:  # an admin holding the case reads it once
                digests.add(admin, entry, admin=True)
