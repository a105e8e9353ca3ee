"""Putting a report or a /stats picture together from the database and the content (the
organisations' names and response targets, content/partners.yml; topic titles)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.content import Catalog
from bot.content.localised import pick, topic_title
from bot.i18n import Tr
from bot.reports import charts
from bot.reports.deliveries import alert_deliveries
from bot.reports.html import Names, report_html
from bot.reports.numbers import ALL, CaseNumbers, case_numbers
from bot.reports.questions import question_numbers
from bot.reports.summary import summary

STATS_WEEKS = 8


@dataclass(frozen=True)
class Picture:
    png: bytes
    caption: str  # the three-line summary


def targets(catalog: Catalog) -> dict[str, float]:
    partners = catalog.partners
    return {p.id: p.response_hours for p in partners.partners} if partners else {}


def names(catalog: Catalog) -> Names:
    partners = catalog.partners.partners if catalog.partners else []
    return Names(
        orgs={p.id: pick(p.name, "en") for p in partners},
        topics={tid: topic_title(catalog, tid, "en") for tid in catalog.topics},
    )


def scopes(catalog: Catalog) -> list[str]:
    """What `--org` accepts: each organisation's id, and "all"."""
    return [*targets(catalog), ALL]


def report(session: Session, catalog: Catalog, scope: str, weeks: int, now: dt.datetime) -> str:
    goals = targets(catalog)
    numbers = case_numbers(session, scope, weeks, goals, now)
    per_org: list[CaseNumbers] = []
    questions = None
    if scope == ALL:
        per_org = [case_numbers(session, org, weeks, goals, now) for org in goals]
        questions = question_numbers(session, numbers.weeks[0])
    alerts = alert_deliveries(session, numbers.weeks[0])
    return report_html(numbers, names(catalog), now, per_org, questions, alerts)


def stats_picture(
    session: Session, catalog: Catalog, org: str, now: dt.datetime, tr: Tr | None = None
) -> Picture:
    """The /stats chart and its caption; the caption in `tr`'s language (the organisation's
    staff language), the chart's labels in English."""
    numbers = case_numbers(session, org, STATS_WEEKS, targets(catalog), now)
    title = f"{names(catalog).org(org)}: the last {STATS_WEEKS} weeks"
    caption = summary(numbers, tr.gettext) if tr is not None else summary(numbers)
    return Picture(charts.overview(numbers, title), "\n".join(caption))
