"""Fit the second-problem evidence score (bot/nlu/topics.py) and choose its thresholds, on
the development set only (nlu/dev, parsed once into a cache by parse_cache.py).

1. Every topic beside the answer (bot.nlu.topics.candidates) of a dev message is an example:
   a real second problem when it is the other topic of a two-problem message, a stray when it
   comes from a single-problem in-scope message. Logistic regression (plain Newton steps, a
   little L2) on the rule's features gives the weights.
2. The thresholds are chosen on cross-validated scores (5 folds; a two-problem scenario and
   its translations stay in one fold): OFFER, the most two-problem messages answered right
   with the other offered, with a stray second topic for at most MAX_STRAY of single-problem
   messages and at most MAX_LOSS of single-message accuracy lost; FOUND (a topic found beside
   the answer is ranked with it by urgency), the lowest that loses no more than MAX_LOSS.
3. The weights fitted on the whole dev set are printed, to be written into bot/nlu/topics.py.

    .venv/bin/python nlu/tools/choose_second.py --cache var/nlu-parses.json [--features ...]
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.nlu import DEFAULT_THRESHOLD, ONE_TOPIC, SecondRule, topics  # noqa: E402
from bot.nlu.result import read_payload  # noqa: E402
from bot.nlu.topics import FEATURES, answered, candidates  # noqa: E402
from nlu.tools.decisions import OUT_OF_SCOPE, Row, accuracy, load_cache, multi, payload, stray  # noqa: E402

MAX_STRAY = 0.15
MAX_LOSS = 0.005
FOLDS = 5
L2 = 1.0
GRID = [round(-4.0 + 0.125 * i, 3) for i in range(65)]  # score thresholds tried: -4 .. 4

Example = Tuple[List[float], int]


def use_features(names: Sequence[str]) -> None:
    """Fit and score candidates on these features of topics.ALL_FEATURES (the rule's six and
    the structural cues tried beside them) instead of the rule's FEATURES."""
    global FEATURES
    index = [topics.ALL_FEATURES.index(name) for name in names]
    topics.CUE_CONTEXT = any(name in topics.CUE_FEATURES for name in names)
    every = topics.Candidate.all_features

    def features(self: topics.Candidate) -> tuple[float, ...]:
        return tuple(every(self)[i] for i in index)

    topics.Candidate.features = features  # type: ignore[method-assign]
    FEATURES = tuple(names)

    def score(rule: SecondRule, candidate: topics.Candidate) -> float:
        # not strict: ONE_TOPIC keeps the rule's six weights, and offers nothing anyway
        pairs = zip(rule.weights, candidate.features())  # noqa: B905
        return rule.bias + sum(w * x for w, x in pairs)

    SecondRule.score = score  # type: ignore[method-assign]


def fold_of(rows: Dict[str, List[Row]]) -> Dict[int, int]:
    """id(row) -> fold: by position in its group, so a message, its Zawgyi form and a
    two-problem scenario's translations (written in the same order) share a fold."""
    folds: Dict[int, int] = {}
    for name in ("dev", "dev_multi"):
        seen: Dict[str, int] = {}
        for row in rows[name]:
            index = seen.get(str(row["group"]), 0)
            seen[str(row["group"])] = index + 1
            folds[id(row)] = index % FOLDS
    return folds


def examples(row: Row, threshold: float) -> List[Example]:
    gold = str(row["gold"])
    if gold == OUT_OF_SCOPE:
        return []
    name, confidence, ranking, readings = read_payload(payload(row))
    best = name if name not in (None, OUT_OF_SCOPE, "nlu_fallback") else None
    answer = answered(best, confidence, ranking, threshold)
    if not answer:
        return []
    golds = set(gold.split("+")) if "+" in gold else set()
    return [(list(c.features()), int(c.topic in golds))
            for c in candidates(answer, ranking, readings)]


def fit(data: Sequence[Example]) -> Tuple[Tuple[float, ...], float]:
    """Logistic regression on standardised features; weights returned on the raw scale."""
    k = len(FEATURES)
    mean = [sum(x[j] for x, _ in data) / len(data) for j in range(k)]
    sd = [math.sqrt(sum((x[j] - mean[j]) ** 2 for x, _ in data) / len(data)) or 1.0
          for j in range(k)]
    z = [([1.0] + [(x[j] - mean[j]) / sd[j] for j in range(k)], y) for x, y in data]
    w = [0.0] * (k + 1)
    for _ in range(25):
        grad = [L2 * w[j] * (j > 0) for j in range(k + 1)]
        hess = [[L2 * (i == j and i > 0) for j in range(k + 1)] for i in range(k + 1)]
        for x, y in z:
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x))))))
            for i in range(k + 1):
                grad[i] += (p - y) * x[i]
                for j in range(k + 1):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
    weights = tuple(w[j + 1] / sd[j] for j in range(k))
    bias = w[0] - sum(w[j + 1] * mean[j] / sd[j] for j in range(k))
    return weights, bias


def solve(a: List[List[float]], b: List[float]) -> List[float]:
    """Gaussian elimination with partial pivoting (a small, positive definite system)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    out = [0.0] * n
    for r in range(n - 1, -1, -1):
        out[r] = (m[r][n] - sum(m[r][j] * out[j] for j in range(r + 1, n))) / m[r][r]
    return out


def figures(rows: Dict[str, List[Row]], threshold: float, rules) -> Tuple[float, float, float]:
    return (accuracy(rows["dev"], threshold, rules), stray(rows["dev"], threshold, rules),
            multi(rows["dev_multi"], threshold, rules)["both"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=ROOT / "var" / "nlu-parses.json")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--max-stray", type=float, default=MAX_STRAY,
                        help="the share of single-problem messages that may get a stray button")
    parser.add_argument("--features", default=",".join(FEATURES),
                        help="the features to fit, of bot.nlu.topics.ALL_FEATURES")
    parser.add_argument("--cue-candidates", choices=("on", "off"),
                        default="on" if topics.CUE_CANDIDATES else "off",
                        help="whether a problem whose cue (bot/nlu/lexicon.py) a clause holds "
                             "is a candidate too (topics.CUE_CANDIDATES)")
    args = parser.parse_args()
    topics.CUE_CANDIDATES = args.cue_candidates == "on"
    if args.features != ",".join(FEATURES):
        use_features(args.features.split(","))
    rows = load_cache(args.cache)
    t = args.threshold
    folds = fold_of(rows)
    per_fold = {}
    for k in range(FOLDS):
        train = [e for name in ("dev", "dev_multi") for r in rows[name]
                 if folds[id(r)] != k for e in examples(r, t)]
        per_fold[k] = fit(train)

    def cv(offer: float, found: float):
        return lambda r: SecondRule(*per_fold[folds[id(r)]], offer=offer, found=found)

    base = accuracy(rows["dev"], t, lambda r: ONE_TOPIC)
    print(f"dev, one topic only: accuracy {base:.3f}")
    print("cross-validated dev sweep (offer threshold: accuracy, stray, two-problem right):")
    sweep = []
    for offer in GRID:
        acc, extra, both = figures(rows, t, cv(offer, math.inf))
        sweep.append((offer, acc, extra, both))
        print(f"  {offer:+.3f}: {acc:.3f} {extra:.3f} {both:.3f}")
    feasible = [s for s in sweep if s[2] <= args.max_stray and s[1] >= base - MAX_LOSS]
    offer = max(feasible, key=lambda s: (s[3], -s[2]))[0]
    found = math.inf
    for candidate in GRID:
        if candidate >= offer and figures(rows, t, cv(offer, candidate))[0] >= base - MAX_LOSS:
            found = candidate
            break
    acc, extra, both = figures(rows, t, cv(offer, found))
    print(f"chosen: OFFER_SCORE {offer}, FOUND_SCORE {found}; cross-validated dev: accuracy "
          f"{acc:.3f}, stray {extra:.3f}, two-problem right with the other offered {both:.3f}")
    data = [e for name in ("dev", "dev_multi") for r in rows[name] for e in examples(r, t)]
    weights, bias = fit(data)
    print(f"fitted on all dev ({len(data)} candidates, {sum(y for _, y in data)} real):")
    print(f"SECOND_WEIGHTS = ({', '.join(f'{w:.3f}' for w in weights)})  # {FEATURES}")
    print(f"SECOND_BIAS = {bias:.3f}")
    rule = SecondRule(weights, bias, offer, found)
    acc, extra, both = figures(rows, t, lambda r: rule)
    print(f"dev with these (in-sample): accuracy {acc:.3f}, stray {extra:.3f}, "
          f"two-problem {both:.3f}")


if __name__ == "__main__":
    main()
