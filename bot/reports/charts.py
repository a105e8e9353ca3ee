"""Charts as PNG bytes, drawn with matplotlib's Agg renderer (no display, no pyplot state:
safe in the bot's worker threads).

matplotlib (and the numpy and Pillow it brings) is imported at the first chart, not with the
bot: 45 MB of the bot's memory for a /stats that most runs never see.

Small counts are never drawn to scale: a count under 5 gets no bar and a "<5" label, so
the picture tells no more than the tables.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bot.reports.numbers import ENDINGS, CaseNumbers
from bot.reports.small import hidden, plotted, shown

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

# Okabe-Ito: told apart by people with colour-blindness, and in greyscale print.
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999")
ENDING_NAMES = {
    "resolved": "Resolved",
    "referred": "Referred elsewhere",
    "no_contact": "Could not reach",
    "other": "Other",
    "withdrawn": "Withdrawn by the person",
    "declined": "Declined (no one could take it)",
}


def week_label(numbers: CaseNumbers, index: int) -> str:
    start = numbers.weeks[index]
    return f"{start.day} {start:%b}"


def _style(ax: Axes, title: str) -> None:
    ax.set_title(title, loc="left", fontsize=13, fontweight="bold")
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=10)


def _label_bars(
    ax: Axes,
    xs: Sequence[float],
    counts: Sequence[int],
    horizontal: bool,
    texts: Sequence[str] | None = None,
) -> None:
    """Each bar's count (or "<5", or a total's "≥N") at its end: no one has to read the axis."""
    for i, (x, count) in enumerate(zip(xs, counts, strict=True)):
        text = texts[i] if texts is not None else shown(count)
        value = _height(count, text)
        colour = "#555555" if hidden(count) else "#222222"
        if horizontal:
            ax.annotate(text, (value, x), xytext=(4, 0), textcoords="offset points",
                        va="center", fontsize=9, color=colour)  # fmt: skip
        else:
            ax.annotate(text, (x, value), xytext=(0, 3), textcoords="offset points",
                        ha="center", fontsize=9, color=colour)  # fmt: skip


def draw_activity(ax: Axes, numbers: CaseNumbers) -> None:
    weeks = range(len(numbers.weeks))
    closed = [sum(numbers.ended[e][i] for e in ENDINGS) for i in weeks]
    series = (
        ("Received", numbers.received),
        ("First responses given", numbers.accepted),
        ("Ended", closed),
    )
    width = 0.27
    for offset, ((name, counts), colour) in enumerate(zip(series, COLOURS, strict=False)):
        xs = [i + (offset - 1) * width for i in weeks]
        ax.bar(xs, [plotted(c) for c in counts], width, label=name, color=colour)
        _label_bars(ax, xs, counts, horizontal=False)
    ax.set_xticks(list(weeks), [week_label(numbers, i) for i in weeks])
    ax.set_xlabel("Week starting")
    ax.set_ylabel("Cases")
    _ymax_room(ax)
    ax.legend(frameon=False, fontsize=10, loc="upper left", ncols=3)
    _style(ax, "Cases each week")


def draw_endings(ax: Axes, numbers: CaseNumbers) -> None:
    totals = [sum(numbers.ended[e]) for e in ENDINGS]
    ys = list(range(len(ENDINGS)))[::-1]
    ax.barh(ys, [plotted(t) for t in totals], color=COLOURS[2])
    _label_bars(ax, ys, totals, horizontal=True)
    ax.set_yticks(ys, [ENDING_NAMES[e] for e in ENDINGS])
    ax.set_xlabel("Cases")
    ax.margins(x=0.2)
    ax.xaxis.set_major_locator(_whole_numbers())
    _style(ax, f"How cases ended ({len(numbers.weeks)} weeks)")


def draw_response(ax: Axes, numbers: CaseNumbers) -> None:
    weeks = list(range(len(numbers.weeks)))
    known = [(i, h) for i, h in zip(weeks, numbers.median_hours, strict=True) if h is not None]
    if known:
        ax.plot([i for i, _ in known], [h for _, h in known], marker="o", color=COLOURS[0],
                label="Median hours to first response")  # fmt: skip
        for i, hours in known:
            ax.annotate(f"{hours:.1f} h", (i, hours), xytext=(0, 6), textcoords="offset points",
                        ha="center", fontsize=9)  # fmt: skip
    for i, median in enumerate(numbers.median_hours):
        if median is None:
            ax.annotate("too few", (i, 0), xytext=(0, 3), textcoords="offset points",
                        ha="center", fontsize=8, color="#777777")  # fmt: skip
    # One dashed line per target; organisations that share one share its line.
    by_target: dict[float, list[str]] = {}
    for org, hours in sorted(numbers.targets.items()):
        by_target.setdefault(hours, []).append(org)
    for k, (hours, orgs) in enumerate(sorted(by_target.items())):
        who = "" if len(by_target) == 1 else f" ({', '.join(orgs)})"
        colour = COLOURS[(5 + k) % len(COLOURS)]
        ax.axhline(hours, color=colour, linestyle="--", label=f"Target: {hours:g} h{who}")
    ax.set_xticks(weeks, [week_label(numbers, i) for i in weeks])
    # Room above the target lines and the highest median for the legend, which would
    # otherwise sit on top of them.
    highest = max([*by_target, *(h for _, h in known), 1.0])
    ax.set_ylim(0, highest * 1.45)
    ax.set_ylabel("Hours")
    ax.set_xlabel("Week the case arrived")
    if ax.get_legend_handles_labels()[0]:
        ax.legend(frameon=False, fontsize=10, loc="upper left")
    _style(ax, "Time to first response")


def draw_open_ages(ax: Axes, numbers: CaseNumbers) -> None:
    labels = [label for label, _ in numbers.open_by_age]
    counts = [count for _, count in numbers.open_by_age]
    xs = list(range(len(labels)))
    ax.bar(xs, [plotted(c) for c in counts], color=COLOURS[1])
    _label_bars(ax, xs, counts, horizontal=False)
    ax.set_xticks(xs, labels, fontsize=9)
    ax.set_ylabel("Open cases")
    ax.set_xlabel("Waiting since the case was sent")
    _ymax_room(ax)
    _style(ax, "Open cases by age")


def _ymax_room(ax: Axes) -> None:
    """Headroom over the tallest bar for its label and the legend; whole cases only."""
    bottom, top = ax.get_ylim()
    ax.set_ylim(bottom, max(top, 1.0) * 1.3)
    ax.yaxis.set_major_locator(_whole_numbers())


def _new_figure(**options: Any) -> Figure:
    from matplotlib.figure import Figure

    return Figure(**options)


def _whole_numbers() -> MaxNLocator:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)


def png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100)
    return buffer.getvalue()


def overview(numbers: CaseNumbers, title: str) -> bytes:
    """The /stats picture: the four case charts on one image."""
    # Taller than wide: read on a phone held upright; the weekly bars get the full width so
    # their labels do not collide.
    figure = _new_figure(figsize=(11, 12), layout="constrained")
    figure.suptitle(title, fontsize=15, fontweight="bold")
    axes = figure.subplot_mosaic([["activity", "activity"], ["response", "open"],
                                  ["endings", "endings"]], height_ratios=[1.2, 1, 0.9])  # fmt: skip
    for name, draw in DRAWERS.items():
        draw(axes[name], numbers)
    return png(figure)


def single(draw: str, numbers: CaseNumbers) -> bytes:
    """One chart for the report, wide enough for a laptop screen."""
    figure = _new_figure(figsize=(9, 4), layout="constrained")
    ax = figure.subplots()
    DRAWERS[draw](ax, numbers)
    ax.set_title("", loc="left")  # the report's heading says it
    return png(figure)


DRAWERS = {
    "activity": draw_activity,
    "response": draw_response,
    "endings": draw_endings,
    "open": draw_open_ages,
}


def _height(count: int, text: str) -> int:
    """A bar's height: none for "<5"; a total shown as "≥N" (bot/reports/small.py) stops at
    N, as its exact height would give the hidden counts back."""
    return int(text[1:]) if text.startswith("≥") else plotted(count)


def bar_chart(
    title: str, rows: Sequence[tuple[str, int]], xlabel: str, texts: Sequence[str] | None = None
) -> bytes:
    """A horizontal bar per row (questions per topic, per outcome...), largest first; `texts`:
    the labels when the counts are totals (small.total)."""
    figure = _new_figure(figsize=(9, max(2.5, 0.35 * len(rows) + 1.2)), layout="constrained")
    ax = figure.subplots()
    ys = list(range(len(rows)))[::-1]
    counts = [count for _, count in rows]
    labels = texts if texts is not None else [shown(c) for c in counts]
    ax.barh(ys, [_height(c, t) for c, t in zip(counts, labels, strict=True)], color=COLOURS[0])
    _label_bars(ax, ys, counts, horizontal=True, texts=labels)
    ax.set_yticks(ys, [label for label, _ in rows])
    ax.set_xlabel(xlabel)
    ax.margins(x=0.15)
    ax.xaxis.set_major_locator(_whole_numbers())
    _style(ax, title)
    return png(figure)
