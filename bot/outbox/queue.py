"""Putting a message in the outbox, and reading it back out.

`enqueue` writes a row in the caller's transaction, so a notification exists exactly when the
change that caused it was committed. A known idempotency key is a no-op, so a change that is
applied twice notifies once.
"""

from __future__ import annotations

import json
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.storage.crypto import CryptoBox
from bot.storage.models import Outbox, utcnow
from bot.values import Button, Keyboard, Lane


class OutboxStatus(StrEnum):
    PENDING = "pending"  # waiting for its next attempt (next_attempt_at)
    SENDING = "sending"  # claimed by a sender; back to pending if the claim outlives the lease
    SENT = "sent"
    FAILED = "failed"  # given up


IDEM_KEY_MAX = 80  # the column's width
# Outbox rows' priority: the sender sends every due row of a lower number first.
PRIORITY_URGENT = -1  # urgent replies (Answer.urgent) Telegram did not take at once
PRIORITY_NOW = 0  # replies Telegram did not take at once, case messages
PRIORITY_BROADCAST = 1  # alerts to subscribers (issue 15): only when nothing else is due
UNSUBSCRIBED = "Unsubscribed"  # last_error of an alert not sent: a 403, /stop, erasure
BLOCKED_LIKE = "Blocked%"  # last_error of a row failed by 403s (errors.py Blocked, error_name)


def enqueue(
    session: Session,
    box: CryptoBox,
    *,
    idem_key: str,
    chat_id: int,
    text: str,
    buttons: Keyboard = (),
    priority: int = PRIORITY_NOW,
    check_known: bool = True,
    slot: str | None = None,
) -> None:
    """Add a message to the outbox in the caller's transaction; a known idem_key is a no-op.
    `check_known=False`: the caller has already left out the keys it knows (a broadcast).
    `slot`: the row edits the slot's live message in this chat (sent anew when there is none)."""
    if not 0 < len(idem_key) <= IDEM_KEY_MAX:
        raise ValueError(f"idem_key must have 1 to {IDEM_KEY_MAX} characters")
    # Checked first; the unique constraint only catches two transactions racing.
    query = select(Outbox.id).where(Outbox.idem_key == idem_key)
    if check_known and session.scalar(query) is not None:
        return
    now = utcnow()
    session.add(
        Outbox(
            idem_key=idem_key,
            chat_id=chat_id,
            payload_enc=seal(box, text, buttons),
            status=OutboxStatus.PENDING,
            attempts=0,
            permanent_failures=0,
            priority=priority,
            slot=slot,
            next_attempt_at=now,
            created_at=now,
        )
    )


def lane_of_row(chat_id: int, priority: int) -> Lane:
    """The send lane of a row (bot/outbox/lanes.py): urgent first, broadcasts last, and a
    group's or an inbox's row never before a person's."""
    if priority < PRIORITY_NOW:
        return Lane.URGENT
    if priority > PRIORITY_NOW:
        return Lane.BULK
    return Lane.PRIVATE if chat_id > 0 else Lane.GROUP


def cancel_waiting(session: Session, chat_id: int, keys_like: str, reason: str) -> None:
    """Rows for this chat matching `keys_like` that are not sent yet will not be: 'failed',
    with `reason` (the person stopped their alerts, or blocked the bot)."""
    session.execute(
        update(Outbox)
        .where(Outbox.chat_id == chat_id, Outbox.idem_key.like(keys_like))
        .where(Outbox.status == OutboxStatus.PENDING)
        .values(status=OutboxStatus.FAILED, last_error=reason),
        execution_options={"synchronize_session": False},
    )


def seal(box: CryptoBox, text: str, buttons: Keyboard) -> str:
    payload = {"text": text, "buttons": [[[b.label, b.data] for b in row] for row in buttons]}
    sealed = box.encrypt(json.dumps(payload, ensure_ascii=False))
    assert sealed is not None
    return sealed


def unseal(box: CryptoBox, sealed: str) -> tuple[str, Keyboard] | None:
    """The message in a row, or None when it cannot be read (wrong key, damaged payload)."""
    plain = box.decrypt(sealed)
    if plain is None:
        return None
    try:
        data = json.loads(plain)
        rows = data["buttons"]
        return data["text"], tuple(tuple(Button(lbl, act) for lbl, act in row) for row in rows)
    except (ValueError, KeyError, TypeError):
        return None
