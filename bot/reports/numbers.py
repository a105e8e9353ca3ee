"""Case figures for one organisation or the whole service, over the last N weeks.

Read from `cases` and `case_events` only (statuses, dates, topics: never words). Weeks start
on Monday (UTC); the last one is the current, partial week.

An organisation's figures count every case that reached it (its arrivals: "opened ... to X",
"rerouted ...; to X" in `case_events`), wherever the case is now, and say what happened to
it there (`FATES`): answered (a first Accept or Reply while it was there), passed on
(declined, or moved on for want of an answer in time), still waiting, or ended there before
an answer (withdrawn or closed). Measured against the organisation's response target from
its arrival (or from the organisation's inbox connecting, for a case that waited for one),
each arrival is within the target (answered in time), missed (answered late, passed on, or
unanswered past the target) or not yet due (`TIMING`; also a case moved on from an
organisation whose inbox never connected: no target ran there). The whole service counts each case
once for its totals (received, answered, ended, open) and every arrival for its response
times.
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
from bot.values import NO_INBOX_IN_TIME, OPEN_STATUSES, CaseStatus

ALL = "all"
# How cases ended: the caseworkers' close outcomes, the bot's (bot/referrals/forgotten.py:
# still open when the person's profile was deleted), then withdrawn and declined.
ENDINGS = ("resolved", "referred", "no_contact", "other", "gone", "withdrawn", "declined")
AGES = (
    ("< 1 day", dt.timedelta(days=1)),
    ("1-3 days", dt.timedelta(days=3)),
    ("3-7 days", dt.timedelta(days=7)),
    ("1-2 weeks", dt.timedelta(days=14)),
    ("> 2 weeks", dt.timedelta.max),
)
RESPONSES = ("accepted", "replied")
# What happened to a case at an organisation it reached (each arrival has one).
FATES = ("answered", "passed_on", "waiting", "ended")
# Each arrival against the organisation's response target.
TIMING = ("within", "missed", "not_due")
# The events that tell where a case went and what happened to it there (bot/referrals/).
EVENTS = ("opened", "rerouted", "delivered", "declined", "withdrawn", "closed", *RESPONSES)
DEFAULT_TARGET = 24.0


@dataclass(frozen=True)
class CaseNumbers:
    scope: str  # an organisation's id, or "all"
    weeks: tuple[dt.date, ...]  # each week's Monday
    # Per week. An organisation: the cases that reached it, by week of arrival, and its first
    # responses. The whole service: each case once, by the week it was opened and the week
    # of its first response anywhere.
    received: tuple[int, ...]
    accepted: tuple[int, ...]
    ended: Mapping[str, tuple[int, ...]]  # ENDINGS -> per week (cases that ended there)
    # Median hours to the first response, per week of arrival; None under MIN_SHOWN cases
    # (a median of two cases is nearly one person's case).
    median_hours: tuple[float | None, ...]
    responded: tuple[int, ...]  # how many first responses each median is of
    overall_median: float | None  # over all the weeks (None under MIN_SHOWN responses)
    # The arrivals in these weeks (at this organisation; for the service, at every one), one
    # count per FATES and, the same arrivals again, one per TIMING.
    fates: tuple[int, ...]
    timing: tuple[int, ...]
    targets: Mapping[str, float]  # organisation -> response target in hours
    open_by_age: tuple[tuple[str, int], ...]

    @property
    def target_hours(self) -> float | None:
        """The one target the chart draws; None when organisations differ."""
        values = set(self.targets.values())
        return values.pop() if len(values) == 1 else None

    @property
    def within_target(self) -> tuple[int, int]:
        """(arrivals answered within the target, arrivals due: answered, or passed on, or
        unanswered past the target)."""
        within, missed, _ = self.timing
        return within, within + missed


@dataclass
class Stint:
    """A case's time at one organisation."""

    case: Case
    org: str | None
    arrived: dt.datetime
    clock: dt.datetime | None  # when its response target started; None: no inbox yet
    first: dt.datetime | None = None  # its first Accept or Reply there
    passed: dt.datetime | None = None  # declined or moved on before an answer
    ended: dt.datetime | None = None  # withdrawn or closed there before an answer
    last: bool = False  # where the case is now

    def fate(self) -> str:
        if self.first is not None:
            return "answered"
        if self.passed is not None:
            return "passed_on"
        if self.last and self.ended is None and self.case.status in OPEN_STATUSES:
            return "waiting"
        return "ended"

    def timing(self, target: float, now: dt.datetime) -> str:
        limit = dt.timedelta(hours=target)
        if self.first is not None and self.clock is not None:
            return "within" if self.first - self.clock <= limit else "missed"
        if self.passed is not None and self.clock is not None:
            return "missed"  # declined, or moved on for want of an answer in time
        if self.clock is not None and (self.ended or now) - self.clock >= limit:
            return "missed"  # unanswered past the target, there now or till it ended
        return "not_due"


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
    if scope != ALL:  # every case that reached it (a pre-filter: its events tell exactly)
        # tried_orgs lists those that had it in their inbox; one it only waited for is among
        # agreed_orgs (an older case's tried_orgs named that one too).
        query = query.where(
            (Case.org_id == scope)
            | Case.tried_orgs.contains(scope, autoescape=True)
            | Case.agreed_orgs.contains(scope, autoescape=True)
        )
    cases = session.scalars(query).all()
    stints = [s for s in stints_of(session, cases) if scope == ALL or s.org == scope]
    index = _Weeks(starts)
    received, accepted = index.zeros(), index.zeros()
    ended = {ending: index.zeros() for ending in ENDINGS}
    waits: list[list[float]] = [[] for _ in starts]
    fates = dict.fromkeys(FATES, 0)
    timing = dict.fromkeys(TIMING, 0)
    here = {s.case.id for s in stints if s.last}  # the cases whose last stop is in scope
    for case in cases:
        if case.id not in here:
            continue
        if case.closed_at is not None:
            ending = case.outcome if case.status == CaseStatus.CLOSED else case.status
            index.add(ended.get(ending or "other", ended["other"]), case.closed_at)
    for stint in stints:
        target = targets.get(stint.org or "", DEFAULT_TARGET)
        if scope != ALL:
            index.add(accepted, stint.first)
        if stint.arrived < begin:
            continue
        if scope != ALL:
            index.add(received, stint.arrived)
        fates[stint.fate()] += 1
        timing[stint.timing(target, now)] += 1
        slot = index.slot(stint.arrived)
        if stint.first is not None and stint.clock is not None and slot is not None:
            waits[slot].append((stint.first - stint.clock).total_seconds() / 3600)
    if scope == ALL:  # each case once
        firsts: dict[int, dt.datetime] = {}
        for stint in stints:
            if stint.first is not None:
                firsts[stint.case.id] = min(stint.first, firsts.get(stint.case.id, stint.first))
        for case in cases:
            index.add(received, case.created_at)
            index.add(accepted, firsts.get(case.id))
        org_targets = {
            org: targets.get(org, DEFAULT_TARGET) for org in {s.org for s in stints if s.org}
        }
    else:
        org_targets = {scope: targets.get(scope, DEFAULT_TARGET)}
    return CaseNumbers(
        scope=scope,
        weeks=starts,
        received=tuple(received),
        accepted=tuple(accepted),
        ended={ending: tuple(counts) for ending, counts in ended.items()},
        median_hours=tuple(_median(w) for w in waits),
        responded=tuple(len(w) for w in waits),
        overall_median=_median([hours for week in waits for hours in week]),
        fates=tuple(fates.values()),
        timing=tuple(timing.values()),
        targets=org_targets,
        open_by_age=_open_by_age([c for c in cases if c.id in here], now),
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


def stints_of(session: Session, cases: Sequence[Case]) -> list[Stint]:
    """Each case's stops, from its events: where it arrived, and what happened there. A case
    with no "opened" event (one older than the event, or a test's) starts at its first
    organisation tried, when it was made."""
    events: dict[int, list[tuple[dt.datetime, str, str]]] = {case.id: [] for case in cases}
    rows = session.execute(
        select(CaseEvent.case_id, CaseEvent.at, CaseEvent.action, CaseEvent.detail)
        .where(CaseEvent.case_id.in_(list(events)), CaseEvent.action.in_(EVENTS))
        .order_by(CaseEvent.at, CaseEvent.id)
    ).all()
    for case_id, at, action, detail in rows:
        events[case_id].append((_aware(at), action, detail or ""))
    stints: list[Stint] = []
    for case in cases:
        stints += _stops(case, events[case.id])
    return stints


def _stops(case: Case, events: Sequence[tuple[dt.datetime, str, str]]) -> list[Stint]:
    created = _aware(case.created_at)
    first_org = (case.tried[0] if case.tried else case.org_id) or None
    stops: list[Stint] = []
    if not events or events[0][1] != "opened":
        stops.append(Stint(case, first_org, created, created))
    for at, action, detail in events:
        if action == "opened":  # its first organisation ("to X"; the first one it tried)
            stops.append(Stint(case, _destination(detail) or first_org, at, at))
            continue
        if action == "rerouted":
            if stops and stops[-1].first is None and stops[-1].passed is None:
                stops[-1].passed = at  # moved on before an answer
                if detail.startswith(NO_INBOX_IN_TIME):  # it never reached that inbox
                    stops[-1].clock = None
            stops.append(Stint(case, _destination(detail), at, at))
            continue
        if not stops:
            continue
        stop = stops[-1]
        unanswered = stop.first is None and stop.passed is None and stop.ended is None
        if action == "delivered" and unanswered:
            stop.clock = at  # its inbox connected: the target starts now
        elif action in RESPONSES and unanswered:
            stop.first = at
        elif action == "declined" and unanswered:
            stop.passed = at
        elif action in ("withdrawn", "closed") and unanswered:
            stop.ended = at
    if stops:
        last = stops[-1]
        last.last = True
        if case.status == CaseStatus.WAITING:
            last.clock = None  # no inbox to answer from yet: no target runs
        unanswered = last.first is None and last.passed is None and last.ended is None
        if unanswered and case.status not in OPEN_STATUSES:  # ended with no event of it
            last.ended = _aware(case.closed_at or case.created_at)
    return stops


def _destination(detail: str) -> str | None:
    """The organisation an arrival names: "to X" (opened), "why; to X" (rerouted)."""
    _, _, org = detail.rpartition("to ")
    org = org.strip()
    return None if org in ("", "None") else org


def _open_by_age(cases: Sequence[Case], now: dt.datetime) -> tuple[tuple[str, int], ...]:
    counts = dict.fromkeys((label for label, _ in AGES), 0)
    for case in cases:
        if case.status not in OPEN_STATUSES:
            continue
        waited = now - _aware(case.created_at)
        label = next(label for label, limit in AGES if waited < limit)
        counts[label] += 1
    return tuple(counts.items())
