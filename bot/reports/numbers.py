"""Case figures for one organisation or the whole service, over the last N weeks.

Read from `cases` and `case_events` only (statuses, dates, topics: never words). Weeks start
on Monday (UTC); the last one is the current, partial week. The first response to a case is
the first Accept or Reply after it reached the organisation holding it now (`routed_at`),
so a case passed on after a decline is measured for the organisation that took it.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.reports.small import MIN_SHOWN
from bot.storage.models import Case, CaseEvent
from bot.values import OPEN_STATUSES, CaseStatus

ALL = "all"
# How cases ended: the caseworkers' close outcomes, then withdrawn and declined.
ENDINGS = ("resolved", "referred", "no_contact", "other", "withdrawn", "declined")
AGES = (
    ("< 1 day", dt.timedelta(days=1)),
    ("1-3 days", dt.timedelta(days=3)),
    ("3-7 days", dt.timedelta(days=7)),
    ("1-2 weeks", dt.timedelta(days=14)),
    ("> 2 weeks", dt.timedelta.max),
)
RESPONSES = ("accepted", "replied")


@dataclass(frozen=True)
class CaseNumbers:
    scope: str  # an organisation's id, or "all"
    weeks: tuple[dt.date, ...]  # each week's Monday
    received: tuple[int, ...]
    accepted: tuple[int, ...]
    ended: Mapping[str, tuple[int, ...]]  # ENDINGS -> per week
    # Median hours to the first response, per week of arrival; None under MIN_SHOWN cases
    # (a median of two cases is nearly one person's case).
    median_hours: tuple[float | None, ...]
    responded: tuple[int, ...]  # how many first responses each median is of
    overall_median: float | None  # over all the weeks (None under MIN_SHOWN responses)
    within_target: tuple[int, int]  # (first responses within the target, all of them)
    targets: Mapping[str, float]  # organisation -> response target in hours
    open_by_age: tuple[tuple[str, int], ...]

    @property
    def target_hours(self) -> float | None:
        """The one target the chart draws; None when organisations differ."""
        values = set(self.targets.values())
        return values.pop() if len(values) == 1 else None


def week_starts(today: dt.date, weeks: int) -> tuple[dt.date, ...]:
    monday = today - dt.timedelta(days=today.weekday())
    return tuple(monday - dt.timedelta(weeks=weeks - 1 - i) for i in range(weeks))


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def case_numbers(
    session: Session,
    scope: str,
    weeks: int,
    targets: Mapping[str, float],
    now: dt.datetime,
) -> CaseNumbers:
    starts = week_starts(now.date(), weeks)
    begin = dt.datetime.combine(starts[0], dt.time(), dt.UTC)
    query = select(Case).where(
        (Case.created_at >= begin) | (Case.closed_at >= begin) | Case.status.in_(OPEN_STATUSES)
    )
    if scope != ALL:
        query = query.where(Case.org_id == scope)
    cases = session.scalars(query).all()
    responses = _first_responses(session, cases)
    index = _Weeks(starts)
    received, accepted = index.zeros(), index.zeros()
    ended = {ending: index.zeros() for ending in ENDINGS}
    waits: list[list[float]] = [[] for _ in starts]
    for case in cases:
        index.add(received, case.created_at)
        if case.closed_at is not None:
            ending = case.outcome if case.status == CaseStatus.CLOSED else case.status
            index.add(ended.get(ending or "other", ended["other"]), case.closed_at)
        first = responses.get(case.id)
        if first is not None:
            index.add(accepted, first)
            slot = index.slot(case.routed_at)
            if slot is not None:
                waits[slot].append((first - _aware(case.routed_at)).total_seconds() / 3600)
    org_targets = {org: targets.get(org, 24.0) for org in {c.org_id for c in cases if c.org_id}}
    if scope != ALL:
        org_targets = {scope: targets.get(scope, 24.0)}
    return CaseNumbers(
        scope=scope,
        weeks=starts,
        received=tuple(received),
        accepted=tuple(accepted),
        ended={ending: tuple(counts) for ending, counts in ended.items()},
        median_hours=tuple(_median(w) for w in waits),
        responded=tuple(len(w) for w in waits),
        overall_median=_median([hours for week in waits for hours in week]),
        within_target=_within(cases, responses, targets, begin),
        targets=org_targets,
        open_by_age=_open_by_age(cases, now),
    )


def _median(hours: Sequence[float]) -> float | None:
    return statistics.median(hours) if len(hours) >= MIN_SHOWN else None


class _Weeks:
    def __init__(self, starts: Sequence[dt.date]) -> None:
        self.starts = starts

    def zeros(self) -> list[int]:
        return [0] * len(self.starts)

    def slot(self, moment: dt.datetime | None) -> int | None:
        if moment is None:
            return None
        day = _aware(moment).date()
        if day < self.starts[0]:
            return None
        return min((day - self.starts[0]).days // 7, len(self.starts) - 1)

    def add(self, counts: list[int], moment: dt.datetime | None) -> None:
        slot = self.slot(moment)
        if slot is not None:
            counts[slot] += 1


def _first_responses(session: Session, cases: Sequence[Case]) -> dict[int, dt.datetime]:
    """Each case's first Accept or Reply since it reached its present organisation."""
    routed = {case.id: _aware(case.routed_at) for case in cases}
    first: dict[int, dt.datetime] = {}
    events = session.execute(
        select(CaseEvent.case_id, CaseEvent.at)
        .where(CaseEvent.case_id.in_(list(routed)), CaseEvent.action.in_(RESPONSES))
        .order_by(CaseEvent.at)
    ).all()
    for case_id, at in events:
        moment = _aware(at)
        if case_id not in first and moment >= routed[case_id]:
            first[case_id] = moment
    return first


def _within(
    cases: Sequence[Case],
    responses: Mapping[int, dt.datetime],
    targets: Mapping[str, float],
    begin: dt.datetime,
) -> tuple[int, int]:
    within = total = 0
    for case in cases:
        first = responses.get(case.id)
        if first is None or _aware(case.routed_at) < begin:
            continue
        total += 1
        target = dt.timedelta(hours=targets.get(case.org_id or "", 24.0))
        within += first - _aware(case.routed_at) <= target
    return within, total


def _open_by_age(cases: Sequence[Case], now: dt.datetime) -> tuple[tuple[str, int], ...]:
    counts = dict.fromkeys((label for label, _ in AGES), 0)
    for case in cases:
        if case.status not in OPEN_STATUSES:
            continue
        waited = now - _aware(case.created_at)
        label = next(label for label, limit in AGES if waited < limit)
        counts[label] += 1
    return tuple(counts.items())
