"""What people asked and how it ended, from the anonymous counts (bot/storage/counts.py).

Tables of counts only: per topic, language and corridor (origin -> country), each split by
outcome, and for the questions the bot could not answer, the NLU's best guesses. The words
people wrote are never here, even when KEEP_UNANSWERED_DAYS keeps some.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.storage.models import QuestionCount
from bot.values import Asked

OUTCOMES = tuple(str(asked) for asked in Asked)
# The questions the bot could not answer: their NLU guesses and confidence are kept too.
UNANSWERED = (str(Asked.FALLBACK), str(Asked.OUT_OF_SCOPE))
# What a count is kept by; summed over the days since the report's start.
KEPT_BY = (
    QuestionCount.language,
    QuestionCount.origin,
    QuestionCount.country,
    QuestionCount.topic,
    QuestionCount.asked,
    QuestionCount.guesses,
    QuestionCount.confidence,
)


@dataclass(frozen=True)
class Table:
    """Rows of (label, counts per OUTCOMES), largest first."""

    title: str
    rows: tuple[tuple[str, tuple[int, ...]], ...]


@dataclass(frozen=True)
class QuestionNumbers:
    since: dt.date
    outcomes: tuple[tuple[str, int], ...]  # how all questions ended
    by_topic: Table
    by_language: Table
    by_corridor: Table
    # The NLU's best guess and its confidence for the UNANSWERED, split by outcome like the
    # tables above: each outcome's questions are one population broken down several ways.
    guesses: Table
    confidence: Table


def question_numbers(session: Session, since: dt.date) -> QuestionNumbers:
    rows = session.execute(
        select(*KEPT_BY, func.sum(QuestionCount.count))
        .where(QuestionCount.day >= since)
        .group_by(*KEPT_BY)
    ).all()
    outcomes: Counter[str] = Counter()
    tables: dict[str, defaultdict[str, Counter[str]]] = {
        name: defaultdict(Counter)
        for name in ("topic", "language", "corridor", "guesses", "confidence")
    }
    for language, origin, country, topic, asked, guessed, bucket, total in rows:
        count = int(total or 0)
        outcomes[asked] += count
        tables["topic"][topic or "(none)"][asked] += count
        tables["language"][language or "(unknown)"][asked] += count
        tables["corridor"][f"{origin or '?'} -> {country or '?'}"][asked] += count
        if asked in UNANSWERED:
            tables["guesses"][guessed.split(",")[0] or "(no guess)"][asked] += count
            tables["confidence"][bucket or "(none)"][asked] += count
    return QuestionNumbers(
        since=since,
        outcomes=tuple((o, outcomes[o]) for o in OUTCOMES if outcomes[o]),
        by_topic=_table("Questions per topic", tables["topic"]),
        by_language=_table("Questions per language", tables["language"]),
        by_corridor=_table("Questions per corridor (from -> now in)", tables["corridor"]),
        guesses=_table("Questions per best guess of the NLU", tables["guesses"]),
        confidence=_table("Questions per confidence of the NLU", tables["confidence"]),
    )


def _table(title: str, counts: defaultdict[str, Counter[str]]) -> Table:
    ordered = sorted(counts.items(), key=lambda item: -sum(item[1].values()))
    return Table(title, tuple((label, tuple(c[o] for o in OUTCOMES)) for label, c in ordered))
