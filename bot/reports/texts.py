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

from bot.reports.numbers import ALL, ENDINGS, FATES, CaseNumbers
from bot.reports.questions import OUTCOMES, UNANSWERED, QuestionNumbers, Table
from bot.reports.small import bound, exact, least, linked, shown

OLDER = ("1-2 weeks", "> 2 weeks")  # open cases "waiting over a week"


@dataclass(frozen=True)
class ArrivalTexts:
    """The cases that reached an organisation in these weeks: how many, what happened to
    them there (per FATES) and against its response target (per TIMING)."""

    received: str
    fates: tuple[str, ...]
    timing: tuple[str, ...]

    @property
    def due(self) -> str:
        """Within the target plus missed: a part, from the texts alone."""
        return added(self.timing[:2])


def added(texts: Sequence[str]) -> str:
    """`bound`, but a "–" counts as at least 1: `linked` writes "–" only for a count that is
    not 0 (a 0 stays "0"), so this says nothing the texts do not (organisations' rows of
    "–" add up to "≥N", not to another "–", which would read as too few)."""
    nonzero = [t for t in texts if t != "0"]
    if len(nonzero) <= 1 or all(exact(t) for t in nonzero):
        return bound(nonzero)
    return f"≥{sum(max(least(t), 1) for t in nonzero)}"


@dataclass(frozen=True)
class CaseTexts:
    received: tuple[str, ...]  # per week
    accepted: tuple[str, ...]  # per week
    ended: tuple[str, ...]  # per week
    endings: tuple[str, ...]  # per ENDINGS
    open_ages: tuple[str, ...]  # per numbers.open_by_age
    # The arrivals of the report's scope: an organisation's, or all organisations' together.
    arrivals: ArrivalTexts
    # With per-organisation rows (the whole service's report): one per organisation, then
    # the arrivals at no organisation listed.
    orgs: tuple[ArrivalTexts, ...]
    received_total: str
    accepted_total: str
    ended_total: str
    open_total: str
    open_older: str

    @property
    def answered_total(self) -> str:
        return self.arrivals.fates[FATES.index("answered")]

    @property
    def within_total(self) -> str:
        return self.arrivals.timing[0]

    @property
    def due_total(self) -> str:
        return self.arrivals.due


def case_texts(n: CaseNumbers, per_org: Sequence[CaseNumbers] = ()) -> CaseTexts:
    """An organisation's arrivals are one population, by week, by fate and by timing. The
    whole service's cases (each once, by week) are another; its arrivals are the
    organisations' rows, each its own population (rule 4: totals of texts only)."""
    weeks = range(len(n.weeks))
    weekly_ended = [sum(n.ended[e][i] for e in ENDINGS) for i in weeks]
    if n.scope == ALL:
        received = linked(n.received)
        orgs = [_arrivals(o.received, o.fates, o.timing) for o in per_org]
        if per_org:
            rest_fates = _rest(n.fates, [o.fates for o in per_org])
            rest_timing = _rest(n.timing, [o.timing for o in per_org])
            orgs.append(_arrivals([sum(rest_fates)], rest_fates, rest_timing))
            arrivals = _together(orgs)
        else:
            arrivals = _arrivals([sum(n.fates)], n.fates, n.timing)
    else:
        received = linked(n.received, n.fates, n.timing)
        arrivals = ArrivalTexts(received.total, received.breakdowns[1], received.breakdowns[2])
        orgs = []
    accepted = linked(n.accepted)
    ended = linked(weekly_ended, [sum(n.ended[e]) for e in ENDINGS])
    ages = [count for _, count in n.open_by_age]
    opened = linked(ages)
    older = [i for i, (label, _) in enumerate(n.open_by_age) if label in OLDER]
    return CaseTexts(
        received=received.breakdowns[0],
        accepted=accepted.breakdowns[0],
        ended=ended.breakdowns[0],
        endings=ended.breakdowns[1],
        open_ages=opened.breakdowns[0],
        arrivals=arrivals,
        orgs=tuple(orgs),
        received_total=received.total,
        accepted_total=accepted.total,
        ended_total=ended.total,
        open_total=opened.total,
        open_older=bound([opened.breakdowns[0][i] for i in older]),  # a part: texts alone
    )


def _arrivals(weekly: Sequence[int], fates: Sequence[int], timing: Sequence[int]) -> ArrivalTexts:
    """One organisation's arrivals, through `linked` with every breakdown its own report
    shows (by week, fate and timing), so its row here says what its report says."""
    texts = linked(weekly, fates, timing)
    return ArrivalTexts(texts.total, texts.breakdowns[1], texts.breakdowns[2])


def _rest(whole: Sequence[int], parts: Sequence[Sequence[int]]) -> list[int]:
    """What no organisation listed holds (a case may reach none: no partner for it)."""
    columns = zip(*parts, strict=True)
    return [total - sum(column) for total, column in zip(whole, columns, strict=True)]


def _together(rows: Sequence[ArrivalTexts]) -> ArrivalTexts:
    """The organisations' rows summed, column by column, from their texts alone (rule 4)."""
    return ArrivalTexts(
        added([r.received for r in rows]),
        tuple(added(column) for column in zip(*(r.fates for r in rows), strict=True)),
        tuple(added(column) for column in zip(*(r.timing for r in rows), strict=True)),
    )


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
