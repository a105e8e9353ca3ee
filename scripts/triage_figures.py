"""Figures for emergency triage (issue 10).

Usage: .venv/bin/python scripts/triage_figures.py

Prints how many messages of the danger table (tests/safety/danger_messages.py) the keyword
matcher catches and how many ordinary ones it alarms, and the same on the NLU held-out sets by
intent (emergency_help should all be caught; any other intent caught is a false alarm).
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "safety")]

from danger_messages import DANGER, ORDINARY  # noqa: E402

from bot.content import load_catalog  # noqa: E402
from bot.language import normalise  # noqa: E402
from nlu.tools.rasa_data import read_examples  # noqa: E402

CATALOG = load_catalog(ROOT / "content")


def alarmed(text: str) -> bool:
    return CATALOG.sounds_like_danger(normalise(text).text)


def table() -> None:
    caught = sum(alarmed(text) for _, text in DANGER)
    false = sum(alarmed(text) for text in ORDINARY)
    print(f"danger table: {caught} of {len(DANGER)} caught")
    print(f"ordinary table: {false} of {len(ORDINARY)} alarmed")


def heldout() -> None:
    total: collections.Counter[str] = collections.Counter()
    hit: collections.Counter[str] = collections.Counter()
    for path in sorted((ROOT / "nlu" / "heldout").glob("*.yml")):
        for text, intent in read_examples(path):
            kind = "emergency_help" if intent == "emergency_help" else "other"
            total[kind] += 1
            hit[kind] += alarmed(text)
    print(f"held-out emergency_help: {hit['emergency_help']} of {total['emergency_help']} caught")
    print(f"held-out other intents: {hit['other']} of {total['other']} alarmed")


if __name__ == "__main__":
    table()
    heldout()
