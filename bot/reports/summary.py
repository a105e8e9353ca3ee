"""The three-line summary under the /stats picture and at the top of the report."""

from __future__ import annotations

from bot.reports.numbers import ENDINGS, CaseNumbers
from bot.reports.small import MIN_SHOWN, shown


def summary(numbers: CaseNumbers) -> tuple[str, str, str]:
    weeks = len(numbers.weeks)
    ended = sum(sum(numbers.ended[e]) for e in ENDINGS)
    first = (
        f"Last {weeks} weeks: {shown(sum(numbers.received))} cases received, "
        f"{shown(sum(numbers.accepted))} answered, {shown(ended)} ended."
    )
    return first, _response_line(numbers), _open_line(numbers)


def _response_line(numbers: CaseNumbers) -> str:
    within, total = numbers.within_target
    target = numbers.target_hours
    target_text = f"target {target:g} h" if target is not None else "each organisation's target"
    if total < MIN_SHOWN:
        return f"First responses: too few to measure ({target_text})."
    median = numbers.overall_median
    median_text = f"median {median:.1f} h" if median is not None else "median not measured"
    return (
        f"First response: {median_text} ({target_text}); "
        f"{shown(within)} of {shown(total)} within the target."
    )


def _open_line(numbers: CaseNumbers) -> str:
    counts = dict(numbers.open_by_age)
    total = sum(counts.values())
    old = counts.get("1-2 weeks", 0) + counts.get("> 2 weeks", 0)
    return f"Open now: {shown(total)}, of which {shown(old)} waiting over a week."
