"""Sending an alert to its subscribers through the outbox (issue 15), and what became of it.

`queue_alert` writes one outbox row per matching subscriber, keyed by alert and chat
(bot/outbox/keys.py `alert_key`), in batches of short transactions: running it again, or
after a crash half-way, adds only the rows still missing, so nobody gets an alert twice
and nobody is left out. The rows have broadcast priority: the bot's sender delivers them
only when no reply or case message is due, at most BROADCAST_PER_S (bot/outbox/sender.py).
A 403 ends that person's subscription (`end_for_blocked_chat`, given to the sender).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.content import Catalog
from bot.content.alerts import Alert
from bot.dialogue.alerts import alert_text
from bot.i18n import LANGUAGES, Tr
from bot.language import to_zawgyi
from bot.outbox import deliveries
from bot.outbox.keys import alert_key, alert_keys_like
from bot.outbox.queue import (
    PRIORITY_BROADCAST,
    UNSUBSCRIBED,
    cancel_waiting,
    enqueue,
)
from bot.storage import Store, subscriptions
from bot.storage.models import Outbox
from bot.storage.subscriptions import Subscriber

BATCH = 500  # rows per transaction while queueing


class AlertRefused(Exception):
    """The alert cannot be sent: unknown, or not live today."""


@dataclass(frozen=True)
class Queued:
    matched: int  # subscribers the alert is for
    added: int  # rows written by this run (0 when an earlier run queued them all)
    zawgyi: int  # of the matched, how many get Zawgyi


def find_live(catalog: Catalog, alert_id: str, today: dt.date) -> Alert:
    alert = catalog.alerts.get(alert_id)
    if alert is None:
        raise AlertRefused(f"no alert {alert_id!r} in content/alerts/")
    if not alert.live_on(today):
        raise AlertRefused(
            f"alert {alert_id} is not live on {today} "
            f"(published_on {alert.published_on}, expires_on {alert.expires_on})"
        )
    return alert


def drafts(alert: Alert) -> list[str]:
    """The languages whose text no native speaker has reviewed yet."""
    return [lang for lang in LANGUAGES if getattr(alert.review, lang).status == "draft"]


def wants(alert: Alert, sub: Subscriber) -> bool:
    return alert.for_corridor(sub.origin, sub.country) and alert.for_topics(sub.topics)


def message_for_language(alert: Alert, tr: Tr) -> str:
    """The alert in one language, with its source and how to change or stop alerts."""
    stop = tr.gettext("You can change or stop alerts with /alerts or /stop.")
    return f"{alert_text(alert, tr)}\n\n{stop}"


def message_for(alert: Alert, sub: Subscriber, tr: Tr) -> str:
    """As the subscriber reads it: Zawgyi users get Zawgyi, as every reply to them."""
    text = message_for_language(alert, tr)
    return to_zawgyi(text) if sub.encoding == "zawgyi" and tr.language == "my" else text


def queue_alert(
    store: Store, alert: Alert, translator: Callable[[str | None], Tr], dry_run: bool = False
) -> Queued:
    """One outbox row per matching subscriber; rows already queued are left alone.
    `dry_run`: count only (`added` is then what a real run would add)."""
    with store.sessions() as session:
        known = set(
            session.scalars(
                select(Outbox.chat_id).where(Outbox.idem_key.like(alert_keys_like(alert.id)))
            )
        )
        targets = [sub for sub in subscriptions.subscribers(session) if wants(alert, sub)]
    missing = [sub for sub in targets if sub.chat_id not in known]
    for start in range(0, 0 if dry_run else len(missing), BATCH):
        _queue_batch(store, alert, translator, missing[start : start + BATCH])
    zawgyi = sum(sub.encoding == "zawgyi" and sub.language == "my" for sub in targets)
    return Queued(len(targets), len(missing), zawgyi)


def _queue_batch(
    store: Store, alert: Alert, translator: Callable[[str | None], Tr], batch: list[Subscriber]
) -> None:
    """One transaction: a crash keeps whole batches. A second `alerts send` running at the
    same moment makes the unique key refuse the batch: it is written again, checking each
    key first."""
    for check_known in (False, True):
        try:
            with store.sessions.begin() as session:
                for sub in batch:
                    enqueue(
                        session,
                        store.box,
                        idem_key=alert_key(alert.id, sub.chat_id),
                        chat_id=sub.chat_id,
                        text=message_for(alert, sub, translator(sub.language)),
                        priority=PRIORITY_BROADCAST,
                        check_known=check_known,  # first: `known` was read in one query
                    )
            return
        except IntegrityError:
            if check_known:
                raise


def status(store: Store, alert_id: str) -> dict[str, int]:
    """queued (waiting or being sent), sent, failed, unsubscribed (403: blocked the bot)."""
    with store.sessions() as session:
        return deliveries.one(session, alert_id)


def end_for_blocked_chat(session: Session, chat_id: int) -> None:
    """A 403 from this chat: the subscription ends and its waiting alerts are not sent.
    (Other messages, such as a caseworker's, keep the outbox's own retries.)"""
    subscriptions.end_for_chat(session, chat_id)
    cancel_waiting(session, chat_id, alert_keys_like(), UNSUBSCRIBED)
