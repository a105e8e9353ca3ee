"""The cross-validated dev curve of the second-problem evidence score, for a subset of its
features: stray buttons on single-problem messages -> two-problem messages right with the
other offered. choose_second.py gives one point of this curve (at --max-stray); comparing
whole curves tells whether a new feature helps at every stray budget or only at some.

The folds, the fit and the scoring are choose_second.py's (5 folds, a scenario and its
translations in one fold; the weights fitted on four folds score the fifth); at each stray
budget the best offer threshold that loses at most half a point of single accuracy.

    .venv/bin/python nlu/tools/second_curve.py --cache var/nlu-dev.json \
        [--features clause_confidence,clause_margin,middle_cut,log_whole,anchored,urgency]
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import bot.nlu.topics as topics  # noqa: E402
from bot.nlu import DEFAULT_THRESHOLD, ONE_TOPIC, SecondRule  # noqa: E402
from nlu.tools import choose_second  # noqa: E402
from nlu.tools.decisions import accuracy, load_cache, multi, stray  # noqa: E402

BUDGETS = (0.08, 0.10, 0.125, 0.15, 0.20, 0.25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--features", default=",".join(topics.FEATURES))
    parser.add_argument("--cue-candidates", choices=("on", "off"),
                        default="on" if topics.CUE_CANDIDATES else "off",
                        help="whether a problem whose cue (bot/nlu/lexicon.py) a clause holds "
                             "is a candidate too (topics.CUE_CANDIDATES)")
    args = parser.parse_args()
    topics.CUE_CANDIDATES = args.cue_candidates == "on"
    names = args.features.split(",")
    choose_second.use_features(names)
    rows, t = load_cache(args.cache), args.threshold
    folds = choose_second.fold_of(rows)
    per_fold = {
        k: choose_second.fit([e for name in ("dev", "dev_multi") for r in rows[name]
                              if folds[id(r)] != k for e in choose_second.examples(r, t)])
        for k in range(choose_second.FOLDS)
    }
    base = accuracy(rows["dev"], t, lambda r: ONE_TOPIC)
    points = []
    for offer in [x / 8 for x in range(-40, 17)]:
        def rules(r, offer=offer):  # type: ignore[no-untyped-def]
            return SecondRule(*per_fold[folds[id(r)]], offer=offer, found=math.inf)
        points.append((stray(rows["dev"], t, rules), multi(rows["dev_multi"], t, rules)["both"],
                       accuracy(rows["dev"], t, rules)))
    cells = []
    for budget in BUDGETS:
        ok = [both for extra, both, acc in points if extra <= budget and acc >= base - 0.005]
        cells.append(f"{budget:.3f}: {max(ok):.2f}" if ok else f"{budget:.3f}: -")
    print("stray budget: two-problem right with the other offered (cross-validated dev)")
    print("  " + "   ".join(cells) + f"   | {','.join(names)}")


if __name__ == "__main__":
    main()
