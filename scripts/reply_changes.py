"""Which replies a change to the dialogue moved, over the NLU's own example messages.

Usage (from the root of each tree: a worktree of another commit reads that commit):

    .venv/bin/python scripts/reply_changes.py --out /tmp/before.json      # in the old tree
    .venv/bin/python scripts/reply_changes.py --out /tmp/after.json       # in the new tree
    .venv/bin/python scripts/reply_changes.py --compare /tmp/before.json /tmp/after.json

Each example of the held-out, development and training sets (nlu/heldout, nlu/dev,
nlu/data/train; Zawgyi copies left out) goes through the dialogue engine once, as a settled
person in Thailand (`--country MM`: at home in Myanmar), read by the NLU as its own intent (a
topic at 0.9; any other intent as nothing at 0.3), and the first 160 characters of the first
reply are kept. `--compare`
prints every message whose reply changed. The words are the project's own examples, not
anyone's messages. The readers before the NLU (danger words, the lines of said_alone.py, the
notes) are what move: a new word list that fires on an ordinary question shows here
(docs/user-testing.md, "Session 26 (lead)").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path.cwd()
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "dialogue")]

SETS = ("nlu/heldout", "nlu/dev", "nlu/data/train")
KEPT = 160


def _language(text: str, name: str) -> str:
    """The engine benchmark's reading of the script (bench.engine_cpu.language_of); Latin
    letters in the romanised sets are Burmese or Khmer."""
    from bench.engine_cpu import language_of

    language = language_of(text)
    if language != "en":
        return language
    return "my" if name.startswith("my_latn") else "km" if name.startswith("km_latn") else "en"


def replies(country: str) -> dict[str, str]:
    from dialogue_helpers import make_context, settled

    from bot.content.topics import TOPIC_IDS
    from bot.dialogue import engine
    from bot.dialogue.events import Text
    from bot.values import NluResult
    from nlu.tools.rasa_data import read_examples

    ctx = make_context(ROOT / "content")
    found: dict[str, str] = {}
    for folder in SETS:
        for path in sorted((ROOT / folder).glob("*.yml")):
            if "zawgyi" in path.name:
                continue
            for text, intent in read_examples(path):
                language = _language(text, path.name)
                if intent in TOPIC_IDS:
                    read = NluResult(intent, 0.9, ((intent, 0.9),), (intent,))
                else:
                    oos = intent == "out_of_scope"
                    read = NluResult(None, 0.3, ((intent, 0.3),), (), out_of_scope=oos)
                event = Text(text, language, None, read)
                outcome = engine.handle(event, settled(language, country), ctx)
                first = outcome.replies[0].text if outcome.replies else ""
                found[f"{folder}/{path.name}|{intent}|{text}"] = first[:KEPT]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write this tree's replies here")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument(
        "--country", default="TH", help="where the settled person is (TH; MM or KH: at home)"
    )
    args = parser.parse_args()
    if args.compare:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        moved = [key for key in before if key in after and before[key] != after[key]]
        for key in moved:
            print(f"## {key}\n  before: {before[key]!r}\n  after:  {after[key]!r}")
        print(f"{len(moved)} of {len(before)} replies changed")
        return
    if args.out is None:
        parser.error("--out or --compare")
    found = replies(args.country)
    args.out.write_text(json.dumps(found, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(found)} replies written to {args.out}")


if __name__ == "__main__":
    main()
