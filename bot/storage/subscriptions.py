"""Alert subscriptions (issue 15): read, save and end them, in the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple, cast

from sqlalchemy import Table, bindparam, delete, select
from sqlalchemy.orm import Session

from bot.storage.models import AlertSubscription, User
from bot.values import Subscription


class Subscriber(NamedTuple):
    """Who gets an alert, and how: their chat, language and script."""

    uid: str
    chat_id: int
    origin: str
    country: str
    topics: tuple[str, ...]
    language: str | None
    encoding: str | None


def chat_of(uid: str) -> int | None:
    """A Telegram user's private chat has their user id; other channels get no alerts."""
    prefix, _sep, number = uid.partition(":")
    return int(number) if prefix == "tg" and number.lstrip("-").isdigit() else None


def get(session: Session, uid: str) -> Subscription | None:
    """Read before every message is handled: a prebuilt Core select (issue 11), which, unlike
    the ORM's get, does not see a row saved in this session and not yet flushed."""
    row = session.execute(_GET, {"uid": uid}).first()
    if row is None:
        return None
    return Subscription(row.origin, row.country, tuple(t for t in row.topics.split(",") if t))


_SUBSCRIPTIONS = cast(Table, AlertSubscription.__table__)
_GET = select(_SUBSCRIPTIONS.c.origin, _SUBSCRIPTIONS.c.country, _SUBSCRIPTIONS.c.topics).where(
    _SUBSCRIPTIONS.c.uid == bindparam("uid")
)


def save(session: Session, uid: str, sub: Subscription) -> None:
    row = session.get(AlertSubscription, uid)
    if row is None:
        row = AlertSubscription(uid=uid)
        session.add(row)
    row.chat_id = chat_of(uid)
    row.origin, row.country, row.topics = sub.origin, sub.country, ",".join(sub.topics)


def end(session: Session, uid: str) -> bool:
    """Unsubscribe from everything; True when there was a subscription."""
    result = session.execute(delete(AlertSubscription).where(AlertSubscription.uid == uid))
    return bool(getattr(result, "rowcount", 0))


def end_for_chat(session: Session, chat_id: int) -> int:
    """The person blocked the bot (403): their subscription ends. Returns rows removed."""
    result = session.execute(delete(AlertSubscription).where(AlertSubscription.chat_id == chat_id))
    return int(getattr(result, "rowcount", 0))


def subscribers(session: Session, batch: int = 1000) -> Iterator[Subscriber]:
    """Every subscriber with a chat, in uid order; the caller matches corridor and topics.
    People whose profile is gone (retention) are skipped: no language to write in."""
    query = (
        select(
            AlertSubscription.uid,
            AlertSubscription.chat_id,
            AlertSubscription.origin,
            AlertSubscription.country,
            AlertSubscription.topics,
            User.language,
            User.encoding,
        )
        .join(User, User.uid == AlertSubscription.uid)
        .where(AlertSubscription.chat_id.is_not(None))
        .order_by(AlertSubscription.uid)
        .execution_options(yield_per=batch)
    )
    for uid, chat_id, origin, country, topics, language, encoding in session.execute(query):
        if chat_id is None:  # excluded by the query; this tells the type checker
            continue
        yield Subscriber(
            uid, chat_id, origin, country, tuple(topics.split(",")), language, encoding
        )
