"""Scores for intent classification with an out-of-scope class (no numpy: both venvs)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

OUT_OF_SCOPE = "out_of_scope"


@dataclass(frozen=True)
class Record:
    group: str  # "en", "my", "my_zawgyi", "km"
    gold: str
    top: Optional[str]  # best intent other than out_of_scope, None when out_of_scope won
    confidence: float
    code_mixed: bool = False
    # The real topics by falling probability (out_of_scope left out), for several problems.
    ranking: Tuple[Tuple[str, float], ...] = ()
    clauses: Tuple[Tuple[str, float], ...] = ()  # each clause's best intent, read apart


def predicted(record: Record, threshold: float) -> str:
    if record.top is None or record.confidence < threshold:
        return OUT_OF_SCOPE
    return record.top


# How a record becomes one label at a threshold: `predicted` (one topic), or the bot's rule
# for several problems (nlu/tools/eval.py).
Pick = Callable[[Record, float], str]


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    labels = set(gold) | set(pred)
    scores = []
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label != g for g, p in zip(gold, pred))
        fn = sum(g == label != p for g, p in zip(gold, pred))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def scores(
    records: Sequence[Record], threshold: float, pick: Pick = predicted
) -> Dict[str, float]:
    gold = [r.gold for r in records]
    pred = [pick(r, threshold) for r in records]
    oos_gold = sum(g == OUT_OF_SCOPE for g in gold)
    oos_pred = sum(p == OUT_OF_SCOPE for p in pred)
    oos_hit = sum(g == p == OUT_OF_SCOPE for g, p in zip(gold, pred))
    in_scope = [(g, p) for g, p in zip(gold, pred) if g != OUT_OF_SCOPE]
    return {
        "n": len(records),
        "accuracy": sum(g == p for g, p in zip(gold, pred)) / max(len(records), 1),
        "macro_f1": macro_f1(gold, pred),
        "in_scope_accuracy": sum(g == p for g, p in in_scope) / max(len(in_scope), 1),
        "oos_precision": oos_hit / oos_pred if oos_pred else 0.0,
        "oos_recall": oos_hit / oos_gold if oos_gold else 0.0,
        "in_scope_to_fallback": sum(p == OUT_OF_SCOPE for _, p in in_scope)
        / max(len(in_scope), 1),
    }


def by_group(
    records: Sequence[Record], threshold: float, pick: Pick = predicted
) -> Dict[str, Dict[str, float]]:
    groups: Dict[str, List[Record]] = {}
    for record in records:
        groups.setdefault(record.group, []).append(record)
        if record.code_mixed:
            groups.setdefault("code-mixed (my+km)", []).append(record)
    result = {name: scores(rs, threshold, pick) for name, rs in groups.items()}
    result["all"] = scores(records, threshold, pick)
    return result


def confused_pairs(
    records: Iterable[Record], threshold: float, top_n: int = 10, pick: Pick = predicted
) -> List[Tuple[Tuple[str, str], int]]:
    pairs = Counter(
        (r.gold, pick(r, threshold)) for r in records if r.gold != pick(r, threshold)
    )
    return pairs.most_common(top_n)


def choose_threshold(
    records: Sequence[Record], max_fallback: float = 0.05, step: float = 0.01
) -> Tuple[float, List[Tuple[float, Dict[str, float]]]]:
    """The threshold that catches the most out-of-scope messages while sending at most
    `max_fallback` of in-scope ones to the fallback (issue 4's trade-off); ties go to the
    higher accuracy, then the lower threshold. Also returns the whole sweep."""
    sweep = []
    for i in range(int(0.95 / step) + 1):
        threshold = round(i * step, 4)
        sweep.append((threshold, scores(records, threshold)))
    feasible = [(t, row) for t, row in sweep if row["in_scope_to_fallback"] <= max_fallback]
    if not feasible:
        return 0.0, sweep
    best = max(feasible, key=lambda item: (item[1]["oos_recall"], item[1]["accuracy"], -item[0]))
    return best[0], sweep
