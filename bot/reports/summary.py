"""The three-line summary under the /stats picture and at the top of the report.

`_` translates it: the /stats caption is in the organisation's interface language (issue 14
item 3); the HTML report stays English (`_` left as it is)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.reports.numbers import CaseNumbers
from bot.reports.small import HIDDEN, MIN_SHOWN, WITHHELD, least
from bot.reports.texts import CaseTexts, case_texts

Gettext = Callable[[str], str]


def _english(message: str) -> str:
    return message


def summary(
    numbers: CaseNumbers,
    _: Gettext = _english,
    per_org: Sequence[CaseNumbers] = (),
    texts: CaseTexts | None = None,
) -> tuple[str, str, str]:
    """Every figure is a text of `texts` (bot/reports/texts.py): the same the tables and
    charts show, so the summary's totals give no "<5" back."""
    t = texts or case_texts(numbers, per_org)
    first = _("Last {weeks} weeks: {received} cases received, {answered} answered, {ended} ended.")
    first = first.format(
        weeks=len(numbers.weeks),
        received=t.received_total,
        answered=t.accepted_total,
        ended=t.ended_total,
    )
    return first, _response_line(numbers, _, t), _open_line(_, t)


def _response_line(numbers: CaseNumbers, _: Gettext, t: CaseTexts) -> str:
    target = numbers.target_hours
    if target is not None:
        target_text = _("target {hours} h").format(hours=f"{target:g}")
    else:
        target_text = _("each organisation's target")
    # Decided by the texts of the counts, not the counts: four organisations' "<5" beside
    # "too few" (under 5 in all) would make each a 1. A median is there from 5 responses on.
    # The target is measured over the arrivals answered, passed on or unanswered past it.
    if t.due_total in ("0", HIDDEN, WITHHELD):
        return _("First responses: too few to measure ({target}).").format(target=target_text)
    median = numbers.overall_median
    if median is not None and least(t.answered_total) >= MIN_SHOWN:
        median_text = _("median {hours} h").format(hours=f"{median:.1f}")
    else:
        median_text = _("median not measured")
    return _("First response: {median} ({target}); {within} of {total} within the target.").format(
        median=median_text, target=target_text, within=t.within_total, total=t.due_total
    )


def _open_line(_: Gettext, t: CaseTexts) -> str:
    return _("Open now: {total}, of which {old} waiting over a week.").format(
        total=t.open_total, old=t.open_older
    )
