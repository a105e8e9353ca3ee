"""The best split of a message in two (nlu/components/best_split.py): its prefix-sum reading
is the clause reading of every cut, the cut chosen is where two problems meet, and a tiny
model trained through Rasa with `best_split: true` returns it as `split_intents`."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
import scipy.sparse as sp

from nlu.components.best_split import best_pair, part_probabilities, split_reading
from nlu.components.sparse_rows import summed_rows, tfidf
from nlu.tests.toy_model import load, parse, train_toy

CLASSES = np.array(["a", "b", "oos"])


def _arrays(seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {
        "idf": rng.uniform(1.0, 3.0, 12),
        "weights": rng.normal(0.0, 2.0, (3, 12)),
        "bias": rng.normal(0.0, 0.3, 3),
        "classes": CLASSES,
        "temperature": np.array(0.7),
    }


def test_every_cut_is_read_as_its_two_clauses_would_be() -> None:
    arrays = _arrays()
    rng = np.random.default_rng(1)
    tokens = sp.csr_matrix(rng.poisson(0.4, (7, 12)).astype(float))
    parts = part_probabilities(tokens, arrays, 2, True)
    assert parts is not None and parts.shape == (2, 4, 3)  # cuts 2..5
    for index, cut in enumerate(range(2, 6)):
        counts = summed_rows(tokens, [range(0, cut), range(cut, 7)])
        features = tfidf(counts, arrays["idf"], True)
        margins = np.asarray(features @ arrays["weights"].T) + arrays["bias"]
        scores = np.exp(margins / 0.7 - (margins / 0.7).max(axis=1, keepdims=True))
        expected = scores / scores.sum(axis=1, keepdims=True)
        assert parts[0][index] == pytest.approx(expected[0])
        assert parts[1][index] == pytest.approx(expected[1])


def test_too_short_a_message_has_no_cut() -> None:
    one = sp.csr_matrix(np.ones((1, 12)))
    assert part_probabilities(one, _arrays(), 1, True) is None
    assert split_reading(sp.csr_matrix(np.ones((3, 12))), _arrays(), frozenset(), 2) is None


def test_the_pair_is_two_different_intents_and_the_best_min() -> None:
    left = np.array([[0.7, 0.2, 0.1], [0.6, 0.3, 0.1]])
    right = np.array([[0.8, 0.15, 0.05], [0.1, 0.5, 0.4]])
    score, a, b = best_pair(left, right, np.array([True, True, True]))
    # cut 0: both sides' best is "a": a|b min 0.15, b|a min 0.2 -> b|a
    assert (a[0], b[0]) == (1, 0) and score[0] == pytest.approx(0.2)
    assert (a[1], b[1]) == (0, 1) and score[1] == pytest.approx(0.5)
    # an ignored intent is never a side's problem
    score, a, b = best_pair(left, right, np.array([True, False, True]))
    assert set(a) | set(b) <= {0, 2}
    assert all(x != y for x, y in zip(a, b, strict=True))


def _toy_arrays() -> dict[str, np.ndarray]:
    # features 0-1 speak for a, 2-3 for b, 4 for oos, 5 for nothing
    weights = np.zeros((3, 6))
    weights[0, :2] = weights[1, 2:4] = weights[2, 4] = 4.0
    return {"idf": np.ones(6), "weights": weights, "bias": np.zeros(3),
            "classes": CLASSES, "temperature": np.array(1.0)}


def test_the_cut_falls_where_one_problem_ends_and_the_other_begins() -> None:
    rows = np.zeros((6, 6))
    for token, feature in enumerate([0, 5, 1, 2, 5, 3]):
        rows[token, feature] = 1.0
    reading = split_reading(sp.csr_matrix(rows), _toy_arrays(), frozenset({"oos"}))
    assert reading is not None
    assert reading["cut"] == 3 and reading["tokens"] == 6
    assert (reading["left"]["name"], reading["right"]["name"]) == ("a", "b")
    assert reading["score"] == pytest.approx(min(reading["left"]["confidence"],
                                                 reading["right"]["confidence"]))
    # one problem throughout: no cut reads two problems surely
    rows[3:, :] = 0.0
    rows[3, 0] = rows[4, 5] = rows[5, 1] = 1.0
    alone = split_reading(sp.csr_matrix(rows), _toy_arrays(), frozenset({"oos"}))
    assert alone is not None and alone["score"] < 0.5 < reading["score"]


EXAMPLES = [
    ("my boss did not pay my salary", "unpaid_wages"),
    ("no salary for three months", "unpaid_wages"),
    ("boss keeps my wages", "unpaid_wages"),
    ("i lost my passport", "lost_passport"),
    ("my passport is gone", "lost_passport"),
    ("where is my passport", "lost_passport"),
    ("hello there", "greet"),
    ("hi and good morning", "greet"),
    ("what is the weather", "out_of_scope"),
    ("tell me a joke", "out_of_scope"),
]


@pytest.fixture(scope="module")
def agent(tmp_path_factory: pytest.TempPathFactory) -> Any:
    model = train_toy(tmp_path_factory.mktemp("split"), EXAMPLES, best_split=True,
                      best_split_ignore=["out_of_scope", "greet"])
    return load(model)


def test_a_two_problem_message_is_split_between_its_problems(agent: Any) -> None:
    # no joining word and no punctuation: the clause cut would fall at the middle
    two = parse(agent, "boss no pay salary three months passport gone")
    split = two["split_intents"]
    assert {split["left"]["name"], split["right"]["name"]} == {"unpaid_wages",
                                                               "lost_passport"}
    assert split["left"]["name"] == "unpaid_wages"
    assert split["cut"] in (5, 6) and split["tokens"] == 8
    one = parse(agent, "my boss did not pay my salary for months")
    assert one["split_intents"]["score"] < split["score"]
    assert parse(agent, "hello").get("split_intents") is None  # one token: no cut


def test_off_by_default(tmp_path_factory: pytest.TempPathFactory) -> None:
    model = train_toy(tmp_path_factory.mktemp("nosplit"), EXAMPLES)
    assert "split_intents" not in parse(load(model), "boss no pay salary passport gone")
