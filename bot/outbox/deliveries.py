"""What became of each alert's messages (issue 15): queued (waiting or being sent), sent,
failed, unsubscribed (a 403, /stop or erasure before it went). One definition for
`python -m bot alerts status`, /alert_status and the partners' report."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Final

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import Case

from bot.outbox.keys import alert_keys_like
from bot.outbox.queue import UNSUBSCRIBED, OutboxStatus
from bot.storage.models import Outbox

STATES: Final = ("queued", "sent", "failed", "unsubscribed")


def _state() -> Case[str]:
    blocked = Outbox.last_error.like("Blocked%") | (Outbox.last_error == UNSUBSCRIBED)
    return case(
        (Outbox.status == OutboxStatus.SENT, "sent"),
        ((Outbox.status == OutboxStatus.FAILED) & blocked, "unsubscribed"),
        (Outbox.status == OutboxStatus.FAILED, "failed"),
        else_="queued",
    )


def alert_id_of(idem_key: str) -> str:
    """ "alert:<id>:<chat>" -> "<id>" (bot/outbox/keys.py alert_key)."""
    return idem_key.split(":")[1]


def one(session: Session, alert_id: str) -> dict[str, int]:
    label = _state()
    query = (
        select(label, func.count())
        .where(Outbox.idem_key.like(alert_keys_like(alert_id)))
        .group_by(label)
    )
    found = {str(name): int(n) for name, n in session.execute(query)}
    return {name: found.get(name, 0) for name in STATES}


def every(session: Session, since: dt.datetime) -> dict[str, dict[str, int]]:
    """Each alert queued since `since` (its rows' creation), by state, in id order."""
    label = _state()
    query = select(Outbox.idem_key, label).where(
        Outbox.idem_key.like(alert_keys_like()), Outbox.created_at >= since
    )
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATES, 0))
    for key, state in session.execute(query):
        counts[alert_id_of(key)][str(state)] += 1
    return dict(sorted(counts.items()))
