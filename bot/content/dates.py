"""Source dates: sources often give only a year or a month, so they are not full dates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BeforeValidator

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the source itself gives it."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def start(self) -> dt.date:
        # Ages count from the first day of the period: the conservative (older) reading.
        return dt.date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def parse_partial_date(value: Any) -> Any:
    """YAML gives 2017 as int, 2017-08 as str and 2017-08-01 as date: accept all three."""
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.datetime):
        raise ValueError("give a date, not a date and time")
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD")
    match = _PATTERN.match(str(value).strip())
    if match is None:
        raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None  # the pattern requires it
    dt.date(year, month or 1, day or 1)  # raises ValueError for month 13 or 31 February
    return PartialDate(year, month, day)


SourceDate = Annotated[PartialDate, BeforeValidator(parse_partial_date)]
