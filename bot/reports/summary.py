"""The three-line summary under the /stats picture and at the top of the report.

`_` translates it: the /stats caption is in the organisation's interface language (issue 14
item 3); the HTML report stays English (`_` left as it is)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.reports.numbers import ENDINGS, CaseNumbers
from bot.reports.small import MIN_SHOWN, total

Gettext = Callable[[str], str]


def _english(message: str) -> str:
    return message


def summary(
    numbers: CaseNumbers, _: Gettext = _english, per_org: Sequence[CaseNumbers] = ()
) -> tuple[str, str, str]:
    """Totals of counts shown beside them (the weekly bars and table, the endings, the
    rows of `per_org`, the report's table of organisations) go through `total`, so none
    gives a "<5" back."""
    weeks = range(len(numbers.weeks))
    weekly_ended = [sum(numbers.ended[e][i] for e in ENDINGS) for i in weeks]
    by_ending = [sum(numbers.ended[e]) for e in ENDINGS]
    received = [numbers.received, *([[sum(o.received) for o in per_org]] if per_org else [])]
    first = _("Last {weeks} weeks: {received} cases received, {answered} answered, {ended} ended.")
    first = first.format(
        weeks=len(weeks),
        received=total(sum(numbers.received), received),
        answered=total(sum(numbers.accepted), [numbers.accepted]),
        ended=total(sum(by_ending), [weekly_ended, by_ending]),
    )
    return first, _response_line(numbers, _, per_org), _open_line(numbers, _)


def _response_line(numbers: CaseNumbers, _: Gettext, per_org: Sequence[CaseNumbers]) -> str:
    within, count = numbers.within_target
    target = numbers.target_hours
    if target is not None:
        target_text = _("target {hours} h").format(hours=f"{target:g}")
    else:
        target_text = _("each organisation's target")
    if count < MIN_SHOWN:
        return _("First responses: too few to measure ({target}).").format(target=target_text)
    median = numbers.overall_median
    if median is not None:
        median_text = _("median {hours} h").format(hours=f"{median:.1f}")
    else:
        median_text = _("median not measured")
    return _("First response: {median} ({target}); {within} of {total} within the target.").format(
        median=median_text,
        target=target_text,
        within=total(within, [[o.within_target[0] for o in per_org]] if per_org else []),
        total=total(count, [[o.within_target[1] for o in per_org]] if per_org else []),
    )


def _open_line(numbers: CaseNumbers, _: Gettext) -> str:
    counts = dict(numbers.open_by_age)
    older = [counts.get("1-2 weeks", 0), counts.get("> 2 weeks", 0)]
    return _("Open now: {total}, of which {old} waiting over a week.").format(
        total=total(sum(counts.values()), [list(counts.values())]), old=total(sum(older), [older])
    )
