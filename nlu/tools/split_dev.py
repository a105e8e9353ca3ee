"""Moves every third held-out message of each intent into a development set (run once, for
issue 12; kept so the split can be checked and redone).

Usage: python nlu/tools/split_dev.py nlu/heldout/en.yml nlu/dev/en.yml

The threshold and every other setting are chosen on nlu/dev; nlu/heldout is only reported
on. The split is by position inside each intent (the 2nd, 5th, 8th ... message), so it is
deterministic and spreads over every intent. The Zawgyi files are generated afterwards from
the split Burmese ones (`make nlu-zawgyi`), so both sets keep Unicode and Zawgyi aligned.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from nlu.tools.rasa_data import read_examples, write_examples  # noqa: E402


def main() -> None:
    source, dev_path = Path(sys.argv[1]), Path(sys.argv[2])
    seen: dict[str, int] = defaultdict(int)
    kept, dev = [], []
    for text, intent in read_examples(source):
        (dev if seen[intent] % 3 == 1 else kept).append((text, intent))
        seen[intent] += 1
    write_examples(kept, source)
    write_examples(dev, dev_path)
    print(f"{source}: {len(kept)} held out; {dev_path}: {len(dev)} for development")


if __name__ == "__main__":
    main()
