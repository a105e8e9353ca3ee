"""Figures for emergency triage (issue 10).

Usage: .venv/bin/python scripts/triage_figures.py

Prints how many messages of the danger table (tests/safety/danger_messages.py) the keyword
matcher catches and how many ordinary ones it alarms, and the same on the NLU held-out sets by
intent (emergency_help should all be caught; any other intent caught is a false alarm), and
through the engine on every input path of tests/safety/test_triage_paths.py: how many danger
messages get the emergency numbers first, how many ordinary ones get an alarm.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "safety")]

import datetime as dt  # noqa: E402

from danger_messages import DANGER, ORDINARY  # noqa: E402

from bot.content import load_catalog  # noqa: E402
from bot.dialogue.context import Context  # noqa: E402
from bot.dialogue.triage import in_danger  # noqa: E402
from bot.i18n import translator  # noqa: E402
from bot.language import normalise  # noqa: E402
from nlu.tools.rasa_data import read_examples  # noqa: E402

CTX = Context(
    load_catalog(ROOT / "content"),
    lambda language: translator(ROOT / "locales", language),
    dt.date.today(),
)


def alarmed(text: str) -> bool:
    """As free text is checked: normalised (Zawgyi converted), then the triage."""
    return in_danger(normalise(text).text, CTX)


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


def paths() -> None:
    from test_triage_paths import COUNTRIES, PATHS, first_numbers, play, ready

    for path, events in PATHS.items():
        first = 0
        for index, (language, words) in enumerate(DANGER):
            country = COUNTRIES[index % len(COUNTRIES)]
            reply = play(ready(language, country), events(words)).replies[0].text
            first += reply.startswith("🆘") and first_numbers(country)[0] in reply
        alarms = sum(
            any(r.text.startswith("🆘") for r in play(ready("en", "TH"), events(words)).replies)
            for words in ORDINARY
        )
        print(
            f"{path}: numbers first {first} of {len(DANGER)}; "
            f"ordinary alarmed {alarms} of {len(ORDINARY)}"
        )


if __name__ == "__main__":
    table()
    heldout()
    paths()
