"""Small-count suppression: what any count looks like once it leaves the database.

These rules turn counts into texts; bot/reports/texts.py applies them once per report or
/stats picture, and tables, charts and the summary show only those texts (a bar is as tall
as its text says), so no view of a count says more than another.

1. A count from 1 to 4 reads "<5" (`shown`); zero names no one and is shown.
2. A total is worked out from the texts of the counts it sums (`sum_text`): exact when every
   one is exact, else "≥N", N what the texts already say (a "<5" is at least 1). It adds
   nothing to what is shown, so it gives no hidden count back. A small total stays "<5"
   unless it sums four hidden counts or more ("<5" over four would make each a 1).
3. Linked breakdowns (`linked`). One population shown in two breakdowns or more (cases
   ended: by week and by ending; cases received: by week and by organisation; each outcome's
   questions: by topic, language, corridor, and for the unanswered ones best guess and
   confidence) is a sum known twice: a breakdown with no hidden count gives the total, and
   the total minus another breakdown's shown counts gives its hidden one. So when any of them
   hides a count, in every breakdown the largest count is shown only as "≥N" (N what the
   other texts say it is at least: `_open_largest`), and the total as "≥N". No breakdown
   then sums to a known number, and each hidden count can still be anything from 1 to 4:
   make the largest counts bigger and every breakdown still agrees. A breakdown with no
   count of 5 or more has no largest count to leave open, so then every count of that
   population reads "–" (not shown; 0 stays 0) and only its total is given, "<5" or "≥N".
4. Across populations (a row of a table by outcome holds one count of each outcome's
   population), only texts are combined: a row's total is `bound` of its texts, rows are
   ordered by those totals, and rows reach `linked` in label order (it leaves the first of
   equal largest counts open, and an order by size would let one outcome choose for another).

5. A breakdown whose total its reader already knows (`known_total`: an alert's messages by
   state, after its sender was told how many were queued). No count can be left open there
   by raising the total, so when one is hidden the largest reads "≥N" only if N = the total
   less the most the rest can be is at least 5 and above every other count (then the
   largest is the largest whatever the hidden counts are); otherwise every count reads "–".
   A total under 5 leaves nothing to show: all "–".

Why not the textbook rule (hide the next smallest cell too)? The hidden cells' sum is then
known, and the rule says the second is at least 5: a sum of 6 gives 1 and 5 back. Rounding to
5 fails at the edges the same way (a hidden 4 and 4 beside a "10"). The proof is two tests:
tests/reports/test_linked_bruteforce.py tries every population of one to three breakdowns
with counts up to 8 against a reader who knows this rule and tries counts up to 12: no count
not shown exactly has a single possible value from 1 to 4. test_linked_report.py checks that
a whole report shows each population only through its `linked` texts (rule 4). The first
also checks rule 5, the reader knowing the total.

An organisation's arrivals (the cases that reached it) are one population shown three ways,
by week, by what happened there, and against its target (within, missed, not yet due); the
figure "W of N within the target" is two counts of the last, N their `bound`. Its row in the
whole service's report is the same `linked` texts, and the service's arrival figures add the
rows' texts up (rule 4).

Outside these rules: two reports read together (an organisation's and the whole service's);
inequalities and sums between different populations (an organisation's first responses by
week against its arrivals; a case passed on arrives at a second organisation, so the
organisations' arrivals less those passed on tie to the service's cases and declines); whether
a week's median is shown (5 first responses or more); and an alert sent twice, where rule 5's
"≥N" gives the total and so a "<5" second send back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MIN_SHOWN = 5  # counts from 1 to MIN_SHOWN - 1 are shown as "<5"
HIDDEN = f"<{MIN_SHOWN}"
WITHHELD = "–"  # a count of a population too small to break down (rule 3)


def hidden(count: int) -> bool:
    """Whether a count is too small to show (zero names no one, so it is shown)."""
    return 0 < count < MIN_SHOWN


def shown(count: int) -> str:
    return HIDDEN if hidden(count) else str(count)


def exact(text: str) -> bool:
    return text.isdigit()


def least(text: str) -> int:
    """The least a reader can take a text to mean: the bar height a chart may draw."""
    if exact(text):
        return int(text)
    if text.startswith("≥"):
        return int(text[1:])
    return 1 if text == HIDDEN else 0


def plotted(text: str) -> int:
    """A bar's height: none for "<5" or "–"; a "≥N" stops at N."""
    return 0 if text in (HIDDEN, WITHHELD) else least(text)


def sum_text(texts: Sequence[str], count: int) -> str:
    """The total `count` of counts shown as `texts`, all of one population (rule 2)."""
    small = [t for t in texts if t != "0"]
    if hidden(count) and all(t == HIDDEN for t in small) and len(small) < MIN_SHOWN - 1:
        return HIDDEN  # "<5" over at most three hidden counts: each has several values
    return bound(texts)


def bound(texts: Sequence[str]) -> str:
    """A total worked out from texts alone: for counts of different populations (a row of
    a table by outcome), where even "<5" for a small sum would say something new."""
    nonzero = [t for t in texts if t != "0"]
    if len(nonzero) <= 1:
        return nonzero[0] if nonzero else "0"
    if all(exact(t) for t in nonzero):
        return str(sum(int(t) for t in nonzero))
    least_sum = sum(least(t) for t in nonzero)
    return f"≥{least_sum}" if least_sum else WITHHELD


@dataclass(frozen=True)
class Shown:
    """A population's breakdowns as texts, in the order given, and its total's text."""

    breakdowns: tuple[tuple[str, ...], ...]
    total: str


def linked(*breakdowns: Sequence[int]) -> Shown:
    """Texts for one population broken down one way or several (rules 1 to 3). Each
    breakdown must sum to the population: pass what it leaves out as a count of its own."""
    counts = [list(b) for b in breakdowns]
    whole = sum(counts[0])
    assert all(sum(b) == whole for b in counts), "breakdowns of one population"
    texts = [[shown(c) for c in b] for b in counts]
    if len(counts) == 1 or not any(hidden(c) for b in counts for c in b):
        return _done(texts, sum_text(texts[0], whole))
    if any(max(b, default=0) < MIN_SHOWN for b in counts):
        withheld = [[WITHHELD if c else "0" for c in b] for b in counts]
        nonzero = max(sum(c > 0 for c in b) for b in counts)
        small = hidden(whole) and nonzero < MIN_SHOWN - 1
        return _done(withheld, HIDDEN if small else f"≥{nonzero}")
    return _open_largest(counts, texts)


def _open_largest(counts: list[list[int]], texts: list[list[str]]) -> Shown:
    """Rule 3: each breakdown's largest count as "≥N". N is worked out from what the other
    texts say, never from the count itself: at least the next largest, and at least the
    total's least (the most any breakdown says) minus the most the rest of its breakdown
    can be (each "<5" a 4). So N stays the same when the largest counts grow, which is
    what keeps each hidden count open."""
    tops = [b.index(max(b)) for b in counts]
    rest = [[t for i, t in enumerate(ts) if i != top] for ts, top in zip(texts, tops, strict=True)]
    shown_sum = [sum(least(t) for t in r) for r in rest]
    most = [sum(4 if t == HIDDEN else least(t) for t in r) for r in rest]
    bounds = [max([MIN_SHOWN, *(int(t) for t in r if exact(t))]) for r in rest]
    whole = max(n + s for n, s in zip(bounds, shown_sum, strict=True))
    bounds = [max(n, whole - m) for n, m in zip(bounds, most, strict=True)]
    for ts, top, n in zip(texts, tops, bounds, strict=True):
        ts[top] = f"≥{n}"
    return _done(texts, f"≥{max(n + s for n, s in zip(bounds, shown_sum, strict=True))}")


def _done(texts: list[list[str]], total: str) -> Shown:
    return Shown(tuple(tuple(t) for t in texts), total)


def known_total(counts: Sequence[int]) -> tuple[str, ...]:
    """Texts for a breakdown whose reader knows its total exactly (rule 5)."""
    whole = sum(counts)
    if hidden(whole):
        return (WITHHELD,) * len(counts)
    texts = [shown(c) for c in counts]
    if not any(hidden(c) for c in counts):
        return tuple(texts)
    top = counts.index(max(counts))
    rest = [t for i, t in enumerate(texts) if i != top]
    exact_rest = [int(t) for t in rest if exact(t)]
    n = whole - sum(exact_rest) - (MIN_SHOWN - 1) * rest.count(HIDDEN)
    if n >= MIN_SHOWN and n > max(exact_rest, default=0):
        texts[top] = f"≥{n}"
        return tuple(texts)
    return tuple(WITHHELD if c else "0" for c in counts)
