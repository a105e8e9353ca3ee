"""The tools that fit and score the second-problem rule (nlu/tools/choose_second.py,
nlu/tools/decisions.py) on made-up parses: the figures in docs/benchmarks.md come from them."""

from __future__ import annotations

import math

import pytest

from bot.nlu import ONE_TOPIC, SecondRule
from nlu.tools.choose_second import examples, fit, solve
from nlu.tools.decisions import as_record, multi, stray

# score = 2 * the clause's confidence - 1: offered from 0, found from 0.9
RULE = SecondRule(weights=(2.0, 0.0, 0.0, 0.0, 0.0, 0.0), bias=-1.0, offer=0.0, found=0.9)


def row(gold: str, best: str, confidence: float, *clauses: tuple[str, float]) -> dict:
    return {
        "set": "dev",
        "group": "en",
        "gold": gold,
        "text": "made up",
        "intent": {"name": best, "confidence": confidence},
        "intent_ranking": [{"name": best, "confidence": confidence}],
        "clause_intents": [
            {"name": n, "confidence": c, "ranking": [{"name": n, "confidence": c}]}
            for n, c in clauses
        ],
    }


TWO = row(
    "unpaid_wages+lost_documents",
    "unpaid_wages",
    0.9,
    ("unpaid_wages", 0.9),
    ("lost_documents", 0.8),
)
STRAY = row("unpaid_wages", "unpaid_wages", 0.9, ("unpaid_wages", 0.9), ("return_home", 0.7))
PLAIN = row("visa_work_permit", "visa_work_permit", 0.95)


def test_two_problem_and_stray_figures() -> None:
    assert multi([TWO], 0.5, lambda r: RULE) == {"n": 1, "both": 1.0, "first_is_one": 1.0}
    assert multi([TWO], 0.5, lambda r: ONE_TOPIC)["both"] == 0.0
    assert stray([STRAY, PLAIN], 0.5, lambda r: RULE) == 0.5
    assert stray([STRAY, PLAIN], 0.5, lambda r: ONE_TOPIC) == 0.0


def test_a_record_carries_the_bots_answer() -> None:
    assert as_record(PLAIN, 0.5, RULE).top == "visa_work_permit"
    assert as_record(PLAIN, 0.99, RULE).top is None  # under the threshold: not understood


def test_candidates_are_labelled_real_only_in_two_problem_messages() -> None:
    assert [y for _, y in examples(TWO, 0.5)] == [1]
    assert [y for _, y in examples(STRAY, 0.5)] == [0]
    assert examples(PLAIN, 0.5) == []


def test_fit_finds_the_feature_that_separates() -> None:
    data = [([c / 10, 0.3, 0.0, -3.0, 1.0, 0.5], int(c > 5)) for c in range(11)] * 3
    weights, bias = fit(data)
    assert weights[0] > 0
    scores = [
        bias + sum(w * x for w, x in zip(weights, features, strict=True)) for features, _ in data
    ]
    assert all((s > 0) == bool(y) for s, (_, y) in zip(scores, data, strict=True))


def test_solve() -> None:
    a = [[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]
    x = solve(a, [1.0, 2.0, 3.0])
    assert [sum(a[i][j] * x[j] for j in range(3)) for i in range(3)] == pytest.approx([1, 2, 3])
    assert all(math.isfinite(v) for v in x)


def test_the_tools_can_fit_other_features_than_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.nlu import topics
    from nlu.tools import choose_second

    monkeypatch.setattr(topics.Candidate, "features", topics.Candidate.features)
    monkeypatch.setattr(SecondRule, "score", SecondRule.score)
    monkeypatch.setattr(choose_second, "FEATURES", choose_second.FEATURES)
    monkeypatch.setattr(topics, "CUE_CONTEXT", topics.CUE_CONTEXT)
    two = {**TWO, "parsed_text": "boss didnt pay me and where can i complain"}
    two["clause_intents"] = [
        {**two["clause_intents"][0], "start": 0, "end": 17},
        {**two["clause_intents"][1], "start": 18, "end": 42},
    ]
    assert len(examples(two, 0.5)[0][0]) == 6
    choose_second.use_features(["clause_confidence", "clause_asks"])
    assert examples(two, 0.5) == [([0.8, 1.0], 1)]
    assert choose_second.FEATURES == ("clause_confidence", "clause_asks")
    assert not topics.CUE_CONTEXT  # no cue feature asked for
    rule = SecondRule(weights=(2.0, 1.0), bias=-1.0, offer=0.0, found=0.9)
    assert multi([two], 0.5, lambda r: rule)["both"] == 1.0
