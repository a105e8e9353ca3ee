"""Every count of a report or /stats picture as the text it is shown as, worked out once for
all the tables, charts and summary lines that show it (bot/reports/small.py, rules 1 to 3).

Each population goes through `linked` with every breakdown any of them shows, so a table
and a chart of the same counts cannot together say more than the rule allows. Rows are
ordered by what their texts say, never by the counts behind them: an order by true size
would tell a reader that a row with a "<5" beats one with a 9.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.reports.numbers import ENDINGS, CaseNumbers
from bot.reports.questions import OUTCOMES, UNANSWERED, QuestionNumbers, Table
from bot.reports.small import bound, least, linked, shown, sum_text

OLDER = ("1-2 weeks", "> 2 weeks")  # open cases "waiting over a week"


@dataclass(frozen=True)
class CaseTexts:
    received: tuple[str, ...]  # per week
    accepted: tuple[str, ...]  # per week
    ended: tuple[str, ...]  # per week
    endings: tuple[str, ...]  # per ENDINGS
    open_ages: tuple[str, ...]  # per numbers.open_by_age
    # With per-organisation rows (the whole service's report): received, first responses,
    # within the target, one per organisation, then what no organisation listed holds.
    org_received: tuple[str, ...]
    org_responses: tuple[str, ...]
    org_within: tuple[str, ...]
    received_total: str
    accepted_total: str
    ended_total: str
    open_total: str
    open_older: str
    responses_total: str
    within_total: str


def case_texts(n: CaseNumbers, per_org: Sequence[CaseNumbers] = ()) -> CaseTexts:
    weeks = range(len(n.weeks))
    weekly_ended = [sum(n.ended[e][i] for e in ENDINGS) for i in weeks]
    received = linked(n.received, *([_by_org([sum(o.received) for o in per_org], n.received)]
                                    if per_org else []))  # fmt: skip
    accepted = linked(n.accepted)
    ended = linked(weekly_ended, [sum(n.ended[e]) for e in ENDINGS])
    ages = [count for _, count in n.open_by_age]
    opened = linked(ages)
    older = [i for i, (label, _) in enumerate(n.open_by_age) if label in OLDER]
    within, responses = n.within_target
    org_within = _by_org([o.within_target[0] for o in per_org], [within]) if per_org else []
    org_responses = _by_org([o.within_target[1] for o in per_org], [responses]) if per_org else []
    within_texts = [shown(c) for c in org_within] or [shown(within)]
    response_texts = [shown(c) for c in org_responses] or [shown(responses)]
    return CaseTexts(
        received=received.breakdowns[0],
        accepted=accepted.breakdowns[0],
        ended=ended.breakdowns[0],
        endings=ended.breakdowns[1],
        open_ages=opened.breakdowns[0],
        org_received=received.breakdowns[1] if per_org else (),
        org_responses=tuple(response_texts) if per_org else (),
        org_within=tuple(within_texts) if per_org else (),
        received_total=received.total,
        accepted_total=accepted.total,
        ended_total=ended.total,
        open_total=opened.total,
        open_older=bound([opened.breakdowns[0][i] for i in older]),  # a part: texts alone
        responses_total=sum_text(response_texts, responses),
        within_total=sum_text(within_texts, within),
    )


def _by_org(counts: Sequence[int], whole: Sequence[int]) -> list[int]:
    """Per-organisation counts and, last, what no organisation listed holds (so that the
    breakdown sums to the whole; a case may hold no organisation)."""
    return [*counts, sum(whole) - sum(counts)]


@dataclass(frozen=True)
class TableTexts:
    """A table by outcome as shown: the outcomes with any count, rows ordered by what they
    show, each row's texts for those outcomes and its total."""

    title: str
    outcomes: tuple[str, ...]
    rows: tuple[tuple[str, tuple[str, ...], str], ...]  # (label, texts, row total)


@dataclass(frozen=True)
class QuestionTexts:
    outcomes: tuple[tuple[str, str], ...]  # (outcome, total's text)
    by_topic: TableTexts
    by_language: TableTexts
    by_corridor: TableTexts
    guesses: TableTexts
    confidence: TableTexts


def question_texts(q: QuestionNumbers) -> QuestionTexts:
    """Each outcome's questions are one population, broken down by topic, language and
    corridor, and for the unanswered also by best guess and by confidence."""
    # Rows by label: `linked` leaves the first of equal largest counts open, and an order by
    # size would let one outcome's counts choose which row that is for another.
    tables = [
        Table(t.title, tuple(sorted(t.rows)))
        for t in (q.by_topic, q.by_language, q.by_corridor, q.guesses, q.confidence)
    ]
    cells = [[list(map(shown, counts)) for _, counts in t.rows] for t in tables]
    totals = []
    for outcome, _ in q.outcomes:
        k = OUTCOMES.index(outcome)
        ways = [t for t in range(len(tables)) if t < 3 or outcome in UNANSWERED]
        result = linked(*([counts[k] for _, counts in tables[t].rows] for t in ways))
        for t, texts in zip(ways, result.breakdowns, strict=True):
            for row, text in zip(cells[t], texts, strict=True):
                row[k] = text
        totals.append((outcome, result.total))
    shown_tables = [_table_texts(t, c) for t, c in zip(tables, cells, strict=True)]
    return QuestionTexts(tuple(totals), *shown_tables)


def _table_texts(table: Table, cells: list[list[str]]) -> TableTexts:
    used = [i for i, _ in enumerate(OUTCOMES) if any(c[i] for _, c in table.rows)]
    rows = [
        (label, tuple(texts[i] for i in used), bound(texts))
        for (label, _), texts in zip(table.rows, cells, strict=True)
    ]
    rows.sort(key=lambda row: (-least(row[2]), row[0]))
    return TableTexts(table.title, tuple(OUTCOMES[i] for i in used), tuple(rows))
