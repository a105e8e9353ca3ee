"""Alert delivery figures for the partners' report (issue 15 item 4): for each alert queued
in the report's weeks, how many messages wait, went out, failed, or were not sent because the
person unsubscribed or blocked the bot. The admin who sent an alert was told how many it
queued, so each row is a breakdown whose total the reader knows: `known_total` (rule 5 of
bot/reports/small.py), not `shown`, which would let the total give a "<5" back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy.orm import Session

from bot.outbox import deliveries
from bot.reports.small import known_total

HEAD = ("Alert", "Waiting", "Sent", "Failed", "Unsubscribed or blocked")
NOTE = (
    "Alerts queued in these weeks, for the whole service: one message per subscriber. "
    "Unsubscribed or blocked: the person stopped alerts or blocked the bot before it went "
    "(a block ends their subscription)."
)


def alert_deliveries(session: Session, since: dt.date) -> dict[str, dict[str, int]]:
    start = dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)
    return deliveries.every(session, start)


def rows(figures: Mapping[str, Mapping[str, int]]) -> list[list[str]]:
    return [
        [alert_id, *known_total([counts[state] for state in deliveries.STATES])]
        for alert_id, counts in figures.items()
    ]
