"""Putting a message in the outbox, and reading it back out.

`enqueue` writes a row in the caller's transaction, so a notification exists exactly when the
change that caused it was committed. A known idempotency key is a no-op, so a change that is
applied twice notifies once.
"""

from __future__ import annotations

import json
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage.crypto import CryptoBox
from bot.storage.models import Outbox, utcnow
from bot.values import Button, Keyboard


class OutboxStatus(StrEnum):
    PENDING = "pending"  # waiting for its next attempt (next_attempt_at)
    SENDING = "sending"  # claimed by a sender; back to pending if the claim outlives the lease
    SENT = "sent"
    FAILED = "failed"  # given up


IDEM_KEY_MAX = 80  # the column's width


def enqueue(
    session: Session,
    box: CryptoBox,
    *,
    idem_key: str,
    chat_id: int,
    text: str,
    buttons: Keyboard = (),
) -> None:
    """Add a message to the outbox in the caller's transaction; a known idem_key is a no-op."""
    if not 0 < len(idem_key) <= IDEM_KEY_MAX:
        raise ValueError(f"idem_key must have 1 to {IDEM_KEY_MAX} characters")
    # Checked first; the unique constraint only catches two transactions racing.
    if session.scalar(select(Outbox.id).where(Outbox.idem_key == idem_key)) is not None:
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
            next_attempt_at=now,
            created_at=now,
        )
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
