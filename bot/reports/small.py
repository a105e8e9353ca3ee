"""Small-count suppression: what any count looks like once it leaves the database."""

from __future__ import annotations

MIN_SHOWN = 5  # counts from 1 to MIN_SHOWN - 1 are shown as "<5"


def hidden(count: int) -> bool:
    """Whether a count is too small to show (zero names no one, so it is shown)."""
    return 0 < count < MIN_SHOWN


def shown(count: int) -> str:
    return f"<{MIN_SHOWN}" if hidden(count) else str(count)


def plotted(count: int) -> int:
    """The bar height a chart may draw: a hidden count draws no bar (and is labelled "<5")."""
    return 0 if hidden(count) else count
