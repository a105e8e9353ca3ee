"""The anonymous question counts, and the optional, short-lived words of unanswered questions.

A count is one row per day and combination, incremented with an upsert (INSERT ... ON
CONFLICT DO UPDATE), so two transactions counting the same combination at once both count:
a read-then-write would lose one.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from sqlalchemy import Table, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.storage.crypto import CryptoBox
from bot.storage.models import QuestionCount, UnansweredText
from bot.values import Tally, UserState

MAX_KEPT_DAYS = 30  # words of unanswered questions are never kept longer
_KEY = ["day", "language", "origin", "country", "topic", "asked", "guesses", "confidence"]
_BUCKETS = ((0.3, "0-0.3"), (0.5, "0.3-0.5"), (0.7, "0.5-0.7"), (0.9, "0.7-0.9"))


def bucket(confidence: float | None) -> str:
    """The NLU's confidence, coarsely: enough to tune the threshold, too coarse to match a
    count to one message's logs."""
    if confidence is None:
        return ""
    for upper, name in _BUCKETS:
        if confidence < upper:
            return name
    return "0.9-1"


def count(session: Session, day: dt.date, state: UserState, tally: Tally) -> None:
    row = {
        "day": day,
        "language": state.language or "",
        "origin": state.origin or "",
        "country": state.country or "",
        "topic": tally.topic or "",
        "asked": str(tally.asked),
        "guesses": ",".join(tally.guesses),
        "confidence": bucket(tally.confidence),
        "count": 1,
    }
    postgres = session.get_bind().dialect.name == "postgresql"
    session.execute(_COUNT_PG if postgres else _COUNT_SQLITE, row)


# Built once, on the table, the row given as parameters: it runs for nearly every message, and
# building the statement anew (ORM insert, values) cost more than executing it (issue 11).
_COUNTS = cast(Table, QuestionCount.__table__)
_COUNT_PG, _COUNT_SQLITE = (
    insert(_COUNTS).on_conflict_do_update(
        index_elements=_KEY, set_={"count": _COUNTS.c["count"] + 1}
    )
    for insert in (postgresql.insert, sqlite.insert)
)


def keep_words(
    session: Session,
    box: CryptoBox,
    uid: str,
    at: dt.datetime,
    state: UserState,
    tally: Tally,
    words: str,
) -> None:
    """The words of an unanswered question, encrypted (only when the setting is on)."""
    session.add(
        UnansweredText(
            at=at,
            owner=box.pseudonym(uid),
            language=state.language or "",
            asked=str(tally.asked),
            guesses=",".join(tally.guesses),
            text_enc=box.encrypt(words) or "",
        )
    )


def erase_words(session: Session, box: CryptoBox, uid: str) -> None:
    """/delete_my_data: the person's kept words go with the rest."""
    session.execute(delete(UnansweredText).where(UnansweredText.owner.in_(box.pseudonyms(uid))))


def purge_words(session: Session, now: dt.datetime, kept_days: int) -> int:
    """Words older than the setting (and never older than MAX_KEPT_DAYS); with the setting
    off (0), every kept word goes."""
    days = min(max(kept_days, 0), MAX_KEPT_DAYS)
    result = session.execute(
        delete(UnansweredText).where(UnansweredText.at < now - dt.timedelta(days=days))
    )
    return int(getattr(result, "rowcount", 0) or 0)
