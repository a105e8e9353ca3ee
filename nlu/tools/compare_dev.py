"""Two models on the development set, message by message: is the change bigger than dev's noise?

dev has 142-172 single-problem messages per language and 22 out-of-scope ones; one message is
0.6-0.7 points of a language's accuracy. A change of a few messages (a data set, a setting) is
within what chance gives, so this compares two parses of nlu/dev (parse_cache.py) paired by
message: which messages the change fixed and which it broke (the bot's own answer, at the
threshold and second-problem rule given), and a bootstrap interval of the accuracy difference.
Zawgyi messages are left out (they are the Unicode Burmese ones converted: counting both would
count each Burmese message twice). Choose on dev only; never run this on held-out parses.

    .venv/bin/python nlu/tools/compare_dev.py --before var/a.json --after var/b.json [--show]

--after-threshold compares each model at the threshold dev chose for it (eval.py --dev-only):
a change of data can move the threshold that keeps in-scope messages out of the fallback.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.nlu import DEFAULT_THRESHOLD, SECOND_RULE, SecondRule  # noqa: E402
from nlu.tools.decisions import Row, label, load_cache  # noqa: E402

SKIPPED_GROUPS = ("my_zawgyi",)
BOOTSTRAP = 2000


def right_by_message(rows: Sequence[Row], threshold: float, rule: SecondRule) -> dict:
    """(group, text) -> whether the bot answers the message's gold topic."""
    return {
        (str(r["group"]), str(r["text"])): label(r, threshold, rule) == r["gold"]
        for r in rows
        if r["group"] not in SKIPPED_GROUPS
    }


def paired(
    before: Sequence[Row],
    after: Sequence[Row],
    threshold: float,
    rule: SecondRule,
    seed: int = 1,
    after_threshold: float | None = None,
) -> dict[str, object]:
    """Fixed and broken messages, the accuracy difference and its 95 % bootstrap interval
    (messages resampled with replacement, the pairing kept)."""
    old = right_by_message(before, threshold, rule)
    new = right_by_message(after, threshold if after_threshold is None else after_threshold, rule)
    if old.keys() != new.keys():
        raise SystemExit("the two parses are not of the same messages")
    keys = sorted(old)
    delta = [int(new[k]) - int(old[k]) for k in keys]
    draw = random.Random(seed)
    means = sorted(sum(draw.choice(delta) for _ in delta) / len(delta) for _ in range(BOOTSTRAP))
    return {
        "n": len(keys),
        "fixed": [k for k in keys if new[k] and not old[k]],
        "broken": [k for k in keys if old[k] and not new[k]],
        "difference": sum(delta) / len(delta),
        "low": means[int(0.025 * BOOTSTRAP)],
        "high": means[int(0.975 * BOOTSTRAP) - 1],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True)
    parser.add_argument("--after", type=Path, required=True)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument(
        "--after-threshold", type=float, help="--after's own (default: --threshold)"
    )
    parser.add_argument("--show", action="store_true", help="print the messages themselves")
    args = parser.parse_args()
    result = paired(
        load_cache(args.before)["dev"],
        load_cache(args.after)["dev"],
        args.threshold,
        SECOND_RULE,
        after_threshold=args.after_threshold,
    )
    fixed, broken = result["fixed"], result["broken"]
    assert isinstance(fixed, list) and isinstance(broken, list)
    print(
        f"dev single-problem messages (Zawgyi left out): {result['n']}, threshold "
        f"{args.threshold}"
        + ("" if args.after_threshold is None else f" (after: {args.after_threshold})")
        + f"\nfixed {len(fixed)}, broken {len(broken)}; accuracy "
        f"{result['difference']:+.4f}, 95 % bootstrap [{result['low']:+.4f}, "
        f"{result['high']:+.4f}]"
    )
    if args.show:
        for name, keys in (("fixed", fixed), ("broken", broken)):
            for group, text in keys:
                print(f"  {name} [{group}] {text}")


if __name__ == "__main__":
    main()
