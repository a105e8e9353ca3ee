"""A multi-label reading of a message: one independent probability per intent.

The intent classifier's softmax shares one unit of probability among the intents: a message
with two problems gives the louder one nearly all of it, and the other often under 0.05. This
reading is a logistic regression per intent (one-vs-rest, sigmoid outputs, independent of one
another), trained on the classifier's own TF-IDF features of

- every training message with its one intent, and
- synthetic two-problem messages: two training messages of different problem intents in the
  same script, joined as they are or by a joining word of that script (clauses.py's list),
  labelled with both intents.

A joined message's counts are the sum of its parts' counts (the featurizers count words, word
pairs and characters inside words; only the word pairs across the join are missing), so no
text is featurized twice. A joining word's features are its token row in a training message
that contains it. Deterministic: the pairs are drawn with a fixed seed.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, FrozenSet, List, Optional, Sequence, Text, Tuple

import numpy as np
import scipy.sparse as sp
from rasa.shared.nlu.constants import TEXT, TEXT_TOKENS
from rasa.shared.nlu.training_data.message import Message

from nlu.components import segmentation
from nlu.components.clauses import JOINING_WORDS
from nlu.components.sparse_rows import sequence_rows

LATIN, MYANMAR, KHMER = "latn", "my", "km"
_SCRIPTS = {"Mymr": MYANMAR, "Khmr": KHMER}  # segmentation.script_of's names


def script_of(text: Text) -> Text:
    """The message's own script: Burmese or Khmer when any letter of it is, else Latin
    (English and romanised Burmese and Khmer are paired together: the featurizers cannot
    tell them apart either, and people mix them)."""
    for char in text:
        script = _SCRIPTS.get(segmentation.script_of(char))
        if script is not None:
            return script
    return LATIN


def joiner_rows(messages: Sequence[Message], width: int) -> Dict[Text, sp.csr_matrix]:
    """Script -> the feature rows of the joining words seen in training (one row each, in
    a fixed order): each word's row in the first message that contains it."""
    seen: Dict[Tuple[Text, Text], sp.csr_matrix] = {}
    for message in messages:
        tokens = message.get(TEXT_TOKENS) or []
        words = [t.text.lower() for t in tokens]
        if not any(w in JOINING_WORDS for w in words):
            continue
        rows = sequence_rows(message)
        if rows is None or rows.shape != (len(tokens), width):
            continue
        for index, word in enumerate(words):
            key = (script_of(word), word)
            if word in JOINING_WORDS and key not in seen:
                seen[key] = rows[index]
    by_script: Dict[Text, List[sp.csr_matrix]] = {}
    for (script, _), row in sorted(seen.items(), key=lambda item: item[0]):
        by_script.setdefault(script, []).append(row)
    return {script: sp.vstack(rows).tocsr() for script, rows in by_script.items()}


def synthetic_pairs(
    counts: sp.csr_matrix,
    labels: Sequence[Text],
    scripts: Sequence[Text],
    joiners: Dict[Text, sp.csr_matrix],
    pair_intents: FrozenSet[Text],
    partners: int,
    seed: int,
) -> Tuple[sp.csr_matrix, List[Tuple[Text, Text]]]:
    """For each training message of a pair intent, `partners` others of another pair intent
    in the same script; half of the pairs get a joining word of that script between them.
    Returns the pairs' summed counts and their two labels."""
    rng = np.random.default_rng(seed)
    labels_array = np.asarray(labels)
    scripts_array = np.asarray(scripts)
    eligible = np.array([label in pair_intents for label in labels], dtype=bool)
    picks: List[Tuple[int, int]] = []
    joined: List[Tuple[Text, int]] = []  # (script, joiner index) or ("", -1)
    for first in np.flatnonzero(eligible):
        pool = np.flatnonzero(
            eligible
            & (scripts_array == scripts_array[first])
            & (labels_array != labels_array[first])
        )
        if not len(pool):
            continue
        for second in rng.choice(pool, size=min(partners, len(pool)), replace=False):
            picks.append((int(first), int(second)))
            script = str(scripts_array[first])
            choices = joiners.get(script)
            if choices is not None and rng.random() < 0.5:
                joined.append((script, int(rng.integers(choices.shape[0]))))
            else:
                joined.append(("", -1))
    if not picks:
        return sp.csr_matrix((0, counts.shape[1])), []
    rows = np.repeat(np.arange(len(picks)), 2)
    columns = np.array(picks).ravel()
    select = sp.csr_matrix((np.ones(len(columns)), (rows, columns)),
                           shape=(len(picks), counts.shape[0]))
    summed = select @ counts
    extra = [joiners[s][j] if s else sp.csr_matrix((1, counts.shape[1])) for s, j in joined]
    summed = (summed + sp.vstack(extra).tocsr()).tocsr()
    summed.sum_duplicates()
    return summed, [(labels[a], labels[b]) for a, b in picks]


def fit_one_vs_rest(
    features: sp.csr_matrix,
    label_sets: Sequence[FrozenSet[Text]],
    classes: Sequence[Text],
    C: float,
    seed: int,
) -> Tuple[np.ndarray, np.ndarray]:
    """One logistic regression per class (its label set holds it or not): weights and bias
    rows in the order of `classes`."""
    from sklearn.linear_model import LogisticRegression

    # Column-major, as scikit-learn's own coef_: a parse multiplies a sparse row by
    # `weights.T`, and scipy copies a non-contiguous operand (~2.5 ms for 31 x 38,000) first.
    weights = np.zeros((len(classes), features.shape[1]), order="F")
    bias = np.zeros(len(classes))
    for index, name in enumerate(classes):
        target = np.array([name in labels for labels in label_sets], dtype=int)
        if target.min() == target.max():  # one class only: a constant answer
            bias[index] = 10.0 if target[0] else -10.0
            continue
        model = LogisticRegression(C=C, solver="liblinear", random_state=seed)
        model.fit(features, target)
        weights[index] = model.coef_[0]
        bias[index] = model.intercept_[0]
    return weights, bias


def probabilities(
    features: sp.csr_matrix, weights: np.ndarray, bias: np.ndarray
) -> np.ndarray:
    """Each intent's own probability (rows: messages); they need not sum to one."""
    margins = np.asarray(features @ weights.T) + bias
    return 1.0 / (1.0 + np.exp(-np.clip(margins, -30.0, 30.0)))


def reading(
    classes: np.ndarray, row: np.ndarray, top: Optional[int]
) -> List[Dict[Text, object]]:
    """The intents by falling probability, the first `top` of them."""
    order = np.argsort(-row, kind="stable")[:top]
    return [{"name": str(classes[i]), "confidence": float(row[i])} for i in order]


def readings(
    arrays: Dict[Text, np.ndarray], features: sp.csr_matrix, top: Optional[int]
) -> Optional[List[List[Dict[Text, object]]]]:
    """Each row's reading (its first `top` intents; all for 0 or None), or None for a model
    trained without the multi-label reading."""
    if "multi_weights" not in arrays:
        return None
    rows = probabilities(features, arrays["multi_weights"], arrays["multi_bias"])
    return [reading(arrays["classes"], row, top or None) for row in rows]


def fit_arrays(
    examples: Sequence[Message],
    counts: sp.csr_matrix,
    labels: Sequence[Text],
    classes: np.ndarray,
    to_features: Callable[[sp.csr_matrix], sp.csr_matrix],  # counts -> TF-IDF rows
    config: Dict[Text, Any],
) -> Dict[Text, np.ndarray]:
    """The multi-label model's arrays, trained on the examples and their synthetic pairs."""
    scripts = [script_of(e.get(TEXT) or "") for e in examples]
    joiners = joiner_rows(examples, counts.shape[1])
    not_paired = frozenset(config["multi_label_not_paired"])
    pair_intents = frozenset(labels) - not_paired
    pairs, pair_labels = synthetic_pairs(
        counts, labels, scripts, joiners, pair_intents,
        int(config["multi_label_partners"]), int(config["random_state"]),
    )
    features = to_features(sp.vstack([counts, pairs]).tocsr())
    label_sets = [frozenset([label]) for label in labels] + [frozenset(p) for p in pair_labels]
    weights, bias = fit_one_vs_rest(
        features, label_sets, [str(c) for c in classes],
        float(config["multi_label_C"]), int(config["random_state"]),
    )
    return {"multi_weights": weights, "multi_bias": bias}
