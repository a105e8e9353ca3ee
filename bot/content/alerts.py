"""Alerts: short, sourced notices that a rule changed, for one or more corridors (issue 15).

One file per alert in `content/alerts/` (docs/content-format.md, "Alerts"). An alert is shown
("latest alerts") and may be sent only between `published_on` and `expires_on`; an expired
alert stays in the folder as a record and is never shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Final, Literal

from pydantic import Field, StringConstraints, model_validator

from bot.content.models import LangText, Reviews, Source, Strict

# The topic groups a person can subscribe to, in the order /alerts shows them.
ALERT_TOPICS: Final[tuple[str, ...]] = ("documents", "jobs_scams", "safety", "going_home")
AlertTopic = Literal["documents", "jobs_scams", "safety", "going_home"]
AlertId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=40)]
ALERTS_FOLDER = "alerts"


class Corridor(Strict):
    """Where a person is from and where they are now; `any` matches every value."""

    origin: Literal["MM", "KH", "any"]
    country: Literal["MM", "KH", "TH", "MY", "KR", "JP", "SG", "any"]

    def matches(self, origin: str | None, country: str | None) -> bool:
        return (self.origin == "any" or self.origin == origin) and (
            self.country == "any" or self.country == country
        )


class Alert(Strict):
    id: AlertId
    corridors: list[Corridor] = Field(min_length=1)
    topics: list[AlertTopic] = Field(min_length=1)
    text: LangText
    source: Source
    published_on: dt.date
    expires_on: dt.date
    review: Reviews

    @model_validator(mode="after")
    def _expires_after_publishing(self) -> Alert:
        if self.expires_on <= self.published_on:
            raise ValueError("`expires_on` must come after `published_on`")
        return self

    def live_on(self, day: dt.date) -> bool:
        """Published and not expired on `day` (the expiry day itself is no longer shown)."""
        return self.published_on <= day < self.expires_on

    def for_corridor(self, origin: str | None, country: str | None) -> bool:
        return any(corridor.matches(origin, country) for corridor in self.corridors)

    def for_topics(self, topics: tuple[str, ...] | list[str]) -> bool:
        return bool(set(self.topics) & set(topics))


def live_alerts(
    alerts: Mapping[str, Alert], day: dt.date, origin: str | None, country: str | None
) -> list[Alert]:
    """Alerts live on `day` for this corridor, newest first."""
    found = [a for a in alerts.values() if a.live_on(day) and a.for_corridor(origin, country)]
    return sorted(found, key=lambda alert: (alert.published_on, alert.id), reverse=True)
