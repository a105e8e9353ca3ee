"""Cases: opening, routing, relaying and closing, each inside the caller's transaction.

Every change writes its notifications to the outbox in the same transaction, so a crash at
any moment either loses the whole change or keeps it with its notifications.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, Label, Table, bindparam, select
from sqlalchemy.orm import Session

from bot.outbox.keys import card_key, card_slot, inbox_key, migrant_key, to_staff_key
from bot.outbox.queue import enqueue
from bot.referrals import holders, routing
from bot.referrals.cards import NOT_TOLD
from bot.referrals.cards import aware as aware  # one definition, used here and by staff
from bot.referrals.closed import recently_closed
from bot.referrals.kit import CaseKit
from bot.storage import relayed
from bot.storage.models import Case, CaseEvent, CaseMessage, Inbox, Staff, User, utcnow
from bot.values import OPEN_STATUSES, CaseStatus, CaseView, Keyboard, OpenCase

REF_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read out on a phone
REF_LENGTH = 6
INBOX_LOST = "inbox lost"  # why a new case left its inbox (a case event's detail)


def new_ref() -> str:
    return "".join(secrets.choice(REF_ALPHABET) for _ in range(REF_LENGTH))


def chat_of(uid: str) -> int | None:
    """Telegram chat id of a migrant; console users have none (no notifications)."""
    channel, _, raw = uid.partition(":")
    return int(raw) if channel == "tg" and raw.lstrip("-").isdigit() else None


def record(
    session: Session, case: Case, actor: str, action: str, detail: str | None = None
) -> CaseEvent:
    """A line in the case's history. Its id names the notifications it causes (outbox keys)."""
    event = CaseEvent(case_id=case.id, actor=actor, action=action, detail=detail)
    session.add(event)
    session.flush()
    return event


def back_from_release(session: Session, case: Case) -> bool:
    """Whether the case came back to its inbox by a release rather than by arriving there
    (opened, re-routed, delivered): the person was told then that it was accepted."""
    arrivals = ("opened", "rerouted", "delivered", "released")
    last = session.scalar(
        select(CaseEvent.action)
        .where(CaseEvent.case_id == case.id, CaseEvent.action.in_(arrivals))
        .order_by(CaseEvent.id.desc())
        .limit(1)
    )
    return last == "released"


def cases_of(session: Session, uid: str) -> tuple[CaseView, ...]:
    """A person's cases, newest first: read before every message is handled, so a prebuilt
    Core select of the columns it needs, not Case objects (issue 11: CPU per message)."""
    rows = session.execute(_CASES_OF, {"uid": uid}).all()
    now = utcnow()
    return tuple(
        CaseView(
            c.ref,
            c.topic,
            c.org_id,
            CaseStatus(c.status),
            c.created_at.date().isoformat(),
            awaits_answer=c.last_relayed == "to_migrant",
            asked_on=c.last_relayed_at.date().isoformat() if c.last_relayed == "to_migrant" else "",
            answered_at=(
                aware(c.last_relayed_at).isoformat() if c.last_relayed == "to_staff" else ""
            ),
            undelivered=c.unreachable_at is not None,
            # Only the newest: a newer case is where the person is now (closed.reopenable).
            reopenable=index == 0 and recently_closed(c.status, c.closed_at, now),
            holder_away=c.status == CaseStatus.ACCEPTED and c.holder_away_since is not None,
            not_told=tuple(org for org in (c.not_told or "").split(",") if org),
        )
        for index, c in enumerate(rows)
    )


def inbox_orgs(session: Session) -> frozenset[str]:
    """The organisations with a registered inbox the bot can post in (read before every
    message is handled): one it was removed from counts as none (bot/referrals/inboxes.py)."""
    return frozenset(session.scalars(_INBOX_ORGS).all())


_CASES = cast(Table, Case.__table__)
_MESSAGES = cast(Table, CaseMessage.__table__)
_EVENTS = cast(Table, CaseEvent.__table__)


def _of_last_relayed(column: ColumnElement[Any], label: str) -> Label[Any]:
    """`column` of the last message passed on in a case (not notes), as a subquery."""
    return (
        select(column)
        .where(
            _MESSAGES.c.case_id == _CASES.c.id,
            _MESSAGES.c.kind.in_(("to_staff", "to_migrant")),
        )
        .order_by(_MESSAGES.c.id.desc())
        .limit(1)
        .correlate(_CASES)
        .scalar_subquery()
        .label(label)
    )


# Who wrote the last message passed on in a case (to_migrant: the caseworker), and when.
_LAST_RELAYED = _of_last_relayed(_MESSAGES.c.kind, "last_relayed")
_LAST_RELAYED_AT = _of_last_relayed(_MESSAGES.c.at, "last_relayed_at")
_STAFF = cast(Table, Staff.__table__)
# Since when the bot cannot reach who holds the case (bot/referrals/reach.py), or None.
_HOLDER_AWAY = (
    select(_STAFF.c.unreachable_at)
    .where(_STAFF.c.id == _CASES.c.assigned_staff_id)
    .correlate(_CASES)
    .scalar_subquery()
    .label("holder_away_since")
)
# The ids a case was sent without, having been complained about (recorded once, at Send).
_NOT_TOLD = (
    select(_EVENTS.c.detail)
    .where(_EVENTS.c.case_id == _CASES.c.id, _EVENTS.c.action == NOT_TOLD)
    .order_by(_EVENTS.c.id.desc())
    .limit(1)
    .correlate(_CASES)
    .scalar_subquery()
    .label("not_told")
)
_CASES_OF = (
    select(
        _CASES.c.ref,
        _CASES.c.topic,
        _CASES.c.org_id,
        _CASES.c.status,
        _CASES.c.created_at,
        _CASES.c.unreachable_at,
        _CASES.c.closed_at,
        _LAST_RELAYED,
        _LAST_RELAYED_AT,
        _HOLDER_AWAY,
        _NOT_TOLD,
    )
    .where(_CASES.c.uid == bindparam("uid"))
    .order_by(_CASES.c.id.desc())
)
_INBOXES = cast(Table, Inbox.__table__)
_INBOX_ORGS = select(_INBOXES.c.org_id).where(_INBOXES.c.unreachable_at.is_(None))


def inbox_of(session: Session, org_id: str | None) -> int | None:
    """The organisation's inbox group; None when it has none, or the bot cannot post there."""
    inbox = session.get(Inbox, org_id) if org_id else None
    return inbox.chat_id if inbox and inbox.unreachable_at is None else None


def open_case(session: Session, kit: CaseKit, uid: str, effect: OpenCase) -> Case:
    # Only to an organisation the summary named: the one it said, unless its inbox went away
    # since (then the next one named that has an inbox), else the case waits for it.
    with_inbox = [org for org in effect.route if inbox_of(session, org) is not None]
    org_id = with_inbox[0] if with_inbox else effect.partner_id
    box = kit.box
    case = Case(
        ref=effect.ref,
        uid=uid,
        org_id=org_id,
        topic=effect.topic,
        language=effect.language,
        urgent=effect.urgent,
        description_enc=box.encrypt(effect.description),
        place_enc=box.encrypt(effect.place),
        contact_method=effect.contact_method,
        contact_enc=box.encrypt(effect.contact),
        origin=effect.origin,
        country=effect.country,
        status=CaseStatus.NEW if with_inbox else CaseStatus.WAITING,
        tried_orgs=org_id if with_inbox else "",  # waiting: that one has not had it yet
        agreed_orgs=",".join(effect.route),
    )
    session.add(case)
    session.flush()
    opened = record(session, case, "migrant", "opened", f"to {org_id}")
    if effect.not_told:
        # Ids only, never the words: the card's "do not contact them" (round 45B)
        record(session, case, "migrant", NOT_TOLD, ",".join(effect.not_told))
    if with_inbox:
        show_card(session, kit, case, opened)
    return case


def show_card(
    session: Session, kit: CaseKit, case: Case, event: CaseEvent, org_id: str | None = None
) -> None:
    """The case's live card in the inbox of `org_id` (the organisation it is at), as it is
    after `event`: the outbox edits the card already there, or sends it (bot/outbox/rows.py).
    Called on every transition, so the group always shows the case's true state."""
    org = org_id or case.org_id
    chat = inbox_of(session, org)
    if chat is None:
        return
    text, buttons = kit.cards.inbox_card(session, case, org)
    key, slot = card_key(case.ref, event.id, chat), card_slot(case.ref)
    enqueue(session, kit.box, idem_key=key, chat_id=chat, text=text, buttons=buttons, slot=slot)


def notify_migrant(
    session: Session, kit: CaseKit, case: Case, kind: str, event: CaseEvent, body: str = ""
) -> None:
    chat = chat_of(case.uid)
    if chat is None:
        return
    user = session.get(User, case.uid)
    language = user.language if user else case.language
    encoding = user.encoding if user else None
    update = kit.cards.migrant_update(case, kind, body, language, encoding)
    _send(session, kit, migrant_key(case.ref, event.id), chat, update)


def _send(session: Session, kit: CaseKit, key: str, chat: int, card: tuple[str, Keyboard]) -> None:
    """Into the outbox, in this transaction: sent exactly when the change commits."""
    text, buttons = card
    enqueue(session, kit.box, idem_key=key, chat_id=chat, text=text, buttons=buttons)


def find_case(session: Session, ref: str, uid: str | None = None) -> Case | None:
    query = select(Case).where(Case.ref == ref)
    if uid is not None:
        query = query.where(Case.uid == uid)
    return session.scalars(query).first()


def withdraw(session: Session, kit: CaseKit, uid: str, ref: str) -> bool:
    case = find_case(session, ref, uid)
    if case is None or case.status not in OPEN_STATUSES:
        return False
    case.status = CaseStatus.WITHDRAWN
    case.closed_at = utcnow()
    withdrawn = record(session, case, "migrant", "withdrawn")
    show_card(session, kit, case, withdrawn)
    holder = session.get(Staff, case.assigned_staff_id) if case.assigned_staff_id else None
    if holder is not None and holder.active and holder.org_id == case.org_id:
        # An edited card notifies no one: the one working on it is told, in private.
        _send(session, kit, to_staff_key(case.ref, withdrawn.id), holder.tg_user_id,
              kit.cards.withdrawn(case))  # fmt: skip
    return True


def relay_to_staff(
    session: Session,
    kit: CaseKit,
    uid: str,
    ref: str,
    words: str,
    danger: bool = False,
    message_ids: Sequence[int] = (),
) -> bool:
    """The person's message to their case's organisation. `danger`: the words sound like
    danger (the triage's check, made by the caller): the case becomes urgent, with its
    shorter target, and the inbox is told even while a caseworker holds it. `message_ids`:
    the ids of the person's messages the words came in, kept (never the words) so that an
    edit of one is known to be of what went."""
    case = find_case(session, ref, uid)
    if case is None or case.status not in OPEN_STATUSES:
        return False
    session.add(CaseMessage(case_id=case.id, kind="to_staff", body_enc=kit.box.encrypt(words)))
    relayed.remember(session, chat_of(uid), message_ids, case.id, staff=False)
    now_urgent = danger and mark_urgent(session, case)
    message = record(session, case, "migrant", "message")
    staff = session.get(Staff, case.assigned_staff_id) if case.assigned_staff_id else None
    held = staff is not None and staff.active and staff.org_id == case.org_id
    inbox = inbox_of(session, case.org_id)
    chat = staff.tg_user_id if held and staff else inbox
    if chat is None:
        return True  # kept with the case; the organisation sees it when it connects
    # The words go to the caseworker holding the case; the group only learns that they came.
    cards = kit.cards
    card = cards.migrant_message_card(case, words) if held else cards.message_notice(session, case)
    if held and staff is not None:  # an answer to a colleague's question: to them too
        card = holders.answer_to_asker(session, kit, case, staff, message, words) or card
    _send(session, kit, to_staff_key(case.ref, message.id), chat, card)
    if now_urgent and held and inbox is not None:  # the holder may be off duty
        _send(session, kit, inbox_key(case.ref, message.id), inbox, kit.cards.now_urgent(case))
    show_card(session, kit, case, message)  # its last activity, and 🔴 when now urgent
    return True


def mark_urgent(session: Session, case: Case) -> bool:
    """Danger words in the person's message: the case becomes urgent (the shorter target,
    the 🔴 mark on what staff read). Whether it was not before."""
    if case.urgent:
        return False
    case.urgent = True
    record(session, case, "system", "marked_urgent", "danger words in a message")
    return True


def next_org(
    session: Session,
    kit: CaseKit,
    case: Case,
    to_fallback: bool = False,
    connected: frozenset[str] | None = None,
) -> str | None:
    """The organisation `reroute` would send the case to: the next one the person agreed to
    (`routing.onward`) that has an inbox, or with `to_fallback` the fallback if they agreed to
    it; None when no other one can take it. An organisation the summary did not name is never
    chosen: the case stays where it is, and its staff are told as when none is left. Once
    the fallback has had the case, `to_fallback` goes on to the others the person agreed to
    that never had it (one it waited for, connected since: exploratory test 8, finding 3).
    `connected`: the organisations with an inbox, when the caller has read them already."""
    onward = routing.onward(case)
    fallback = kit.routing.fallback()
    order = [fallback] if to_fallback and fallback not in case.tried else onward
    with_inbox = inbox_orgs(session) if connected is None else connected
    return next((org for org in order if org in onward and org in with_inbox), None)


def reroute(
    session: Session, kit: CaseKit, case: Case, actor: str, why: str, to_fallback: bool
) -> CaseEvent | None:
    """Send the case to the next organisation not yet tried (or the fallback): the event that
    moved it, None if no other one can take it. The one it goes to has an inbox, so it has
    had the case from now on (`Case.tried`)."""
    nxt = next_org(session, kit, case, to_fallback)
    if nxt is None:
        return None
    tried = case.tried
    before = case.org_id
    case.org_id = nxt
    case.tried_orgs = ",".join([*tried, nxt])
    case.status = CaseStatus.NEW
    case.assigned_staff_id = None
    case.routed_at = utcnow()
    case.reminded_at = None
    rerouted = record(session, case, actor, "rerouted", f"{why}; to {nxt}")
    show_card(session, kit, case, rerouted, before)  # the old inbox's card: passed on
    show_card(session, kit, case, rerouted)
    return rerouted


def wait_for_next(
    session: Session, kit: CaseKit, case: Case, actor: str, why: str
) -> CaseEvent | None:
    """A case no connected organisation can take now (`reroute` found none), while one the
    person agreed to (`routing.onward`) has no inbox yet: it waits for that one, as a case
    opened while its organisation had no inbox waits (delivered when its inbox connects,
    `deliver_waiting`; moved on by the response-time job if another one it may go to
    connects meanwhile). The event that moved it; None when no such organisation is left.
    Before, a decline there ended the case, and the person read that no organisation could
    take it although their summary named one more (round 8, "Still open")."""
    connected = inbox_orgs(session)
    waits = next((org for org in routing.onward(case) if org not in connected), None)
    if waits is None:
        return None
    before = case.org_id
    case.org_id = waits  # not tried: it has not had the case yet
    case.status = CaseStatus.WAITING
    case.assigned_staff_id = None
    case.routed_at = utcnow()
    case.reminded_at = None
    event = record(session, case, actor, "rerouted", f"{why}; to {waits}")
    show_card(session, kit, case, event, before)  # the old inbox's card: passed on
    return event


def put_back(
    session: Session, kit: CaseKit, case: Case, actor: str, notice: str | None = None
) -> CaseEvent:
    """An accepted case back to its organisation's inbox (a Release, or its holder's access
    removed): anyone there may accept it, within a new response target (the reminders start
    again). `notice`: posted in the inbox, since an edited card notifies no one. When the
    bot cannot post there, the case follows `no_inbox_rule` (the caller reads where it is
    now: `case.org_id`, `case.status`)."""
    case.status = CaseStatus.NEW
    case.assigned_staff_id = None
    case.routed_at = utcnow()
    case.reminded_at = None
    event = record(session, case, actor, "released")
    show_card(session, kit, case, event)
    chat = inbox_of(session, case.org_id)
    if chat is None:  # no one would see it there: as a new case with no inbox would
        no_inbox_rule(session, kit, case, "system")
    elif notice:
        enqueue(session, kit.box, idem_key=inbox_key(case.ref, event.id), chat_id=chat, text=notice)
    return event


def no_inbox_rule(session: Session, kit: CaseKit, case: Case, actor: str) -> CaseEvent | None:
    """A case new at an organisation whose inbox the bot cannot post in (lost:
    bot/referrals/inboxes.py) follows the rule for one with no inbox (`open_case`): to the
    next organisation the person agreed to that has an inbox (they are told, as for any
    move), else it waits for this one and goes there when it is back (`deliver_waiting`).
    The event that moved it; None when it waits. Before, such a case waited 1.5 times its
    target for no one (round 9; a release, round 10)."""
    moved = reroute(session, kit, case, actor, INBOX_LOST, to_fallback=False)
    if moved is not None:
        notify_migrant(session, kit, case, "rerouted", moved)
        return moved
    case.status = CaseStatus.WAITING
    case.reminded_at = None  # delivered again, it is reminded before it is passed on
    record(session, case, actor, "waits", INBOX_LOST)
    return None


def deliver_waiting(session: Session, kit: CaseKit, org_id: str) -> int:
    """When an organisation connects its inbox, the cases waiting for it are sent there: it
    has had them from now on (`Case.tried`). (A case waiting past its target for another
    organisation that this one can take, as a later candidate or the fallback, is moved by
    the response-time job: bot/referrals/deadlines.py. One moved on from this organisation
    before it connected stays where it is: a decline or a missed target there may bring it
    here, `routing.onward`.)"""
    waiting = session.scalars(
        select(Case).where(Case.org_id == org_id, Case.status == CaseStatus.WAITING)
    ).all()
    for case in waiting:
        case.tried_orgs = ",".join(dict.fromkeys([*case.tried, org_id]))
        case.status = CaseStatus.NEW
        case.routed_at = utcnow()
        delivered = record(session, case, "system", "delivered", f"inbox of {org_id} connected")
        show_card(session, kit, case, delivered)
    return len(waiting)
