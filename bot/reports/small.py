"""Small-count suppression: what any count looks like once it leaves the database.

Two rules, both needed so that no count from 1 to 4 can be singled out:

1. A count from 1 to 4 is shown as "<5" (`shown`); zero names no one and is shown.
2. Complementary suppression, for totals (`total`). A total shown beside the counts it sums
   (a row, a column, the bars of a chart, the summary line over the weekly table) would give
   a hidden count back: total minus the shown counts. So a total is shown exactly only when
   none of the counts it sums is hidden; otherwise it is shown as a lower bound, "≥N", where
   N is what the shown counts already say (the shown ones, plus 1 for each hidden one, the
   least a hidden count can be). That bound is derived from what is shown, so it adds
   nothing: every hidden count stays anywhere from 1 to 4. A small total stays "<5" unless
   it sums four hidden counts or more: "<5" over four of them would make each a 1.

   Why not the textbook rule (hide the next smallest cell of the row too)? With the total
   exact, the two hidden cells' sum is known, and the rule says the second is at least 5: a
   sum of 6 gives 1 and 5 back. Two small cells with an exact total (sum 2 or 8) leak the
   same way. A bound on the total never leaks, and is one function.

Limit, not solved yet: a total broken down two ways (cases ended, by week and by how they
ended; questions by topic, by language and by corridor) is given back exactly by a breakdown
with no hidden count, whatever `total` shows, and the other breakdown's hidden count follows.
Withholding one more cell there leaks at the edges too (see above); doing it right needs an
audit of every shown table at once. tests/reports/test_complementary.py marks it xfail.

`total` takes every line the total sums (a total may sum several: cases ended = the weeks'
ended counts = the endings' counts), as the counts shown for that line. The alert delivery
table shows no totals (each state of an alert is its own count), so rule 1 is enough there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

MIN_SHOWN = 5  # counts from 1 to MIN_SHOWN - 1 are shown as "<5"


def hidden(count: int) -> bool:
    """Whether a count is too small to show (zero names no one, so it is shown)."""
    return 0 < count < MIN_SHOWN


def shown(count: int) -> str:
    return f"<{MIN_SHOWN}" if hidden(count) else str(count)


def total(count: int, lines: Iterable[Sequence[int]]) -> str:
    """A total of counts shown beside it (rule 2 above): exact when none of them is
    hidden, else "≥N" with N the least the shown counts allow."""
    lines = [list(line) for line in lines]
    small = [sum(1 for c in line if hidden(c)) for line in lines]
    if hidden(count) and max(small, default=0) < MIN_SHOWN - 1:
        return shown(count)  # "<5" over at most three hidden counts: each has several values
    floors = [
        sum(c for c in line if not hidden(c)) + n for line, n in zip(lines, small, strict=True) if n
    ]
    return f"≥{max(floors)}" if floors else shown(count)


def plotted(count: int) -> int:
    """The bar height a chart may draw: a hidden count draws no bar (and is labelled "<5")."""
    return 0 if hidden(count) else count
