"""The best split of a message in two: where its two parts are each surely a different problem.

clauses.py cuts a message where a boundary is written (punctuation, a joining word, a Burmese
sentence ending) or else at its middle. A second problem said in one or two words, or a Khmer
message whose clauses are not separated by spaces, is cut in the wrong place or not at all.
This reading tries every cut instead: for tokens t1..tn and each k, the left part t1..tk and
the right part tk+1..tn are read by the classifier's n-gram model from their tokens' own
feature rows (as a clause is), and the cut kept is the one where some problem A on the left
and another B on the right are both most probable: max over k and A != B of
min(p_left(A), p_right(B)).

Cheap: the token rows of a message touch a few hundred feature columns; a dense prefix sum
over those columns gives every left part at once (and the whole minus it, every right part),
and one product with those columns of the weights reads them all. No second featurization
and no encoder.
"""

from __future__ import annotations

from typing import Any, Dict, FrozenSet, List, Optional, Text

import numpy as np
import scipy.sparse as sp

_RANKING = 3  # intents kept for each side


def part_probabilities(
    sequence: sp.csr_matrix,
    arrays: Dict[Text, np.ndarray],
    min_tokens: int,
    sublinear: bool,
) -> Optional[np.ndarray]:
    """For the cuts k = min_tokens .. n - min_tokens: an array (2, cuts, classes), the left
    parts' and the right parts' n-gram softmax probabilities; None when no cut fits."""
    sequence = sp.csr_matrix(sequence)
    n = sequence.shape[0]
    if n < 2 * min_tokens or sequence.nnz == 0:
        return None
    columns, inverse = np.unique(sequence.indices, return_inverse=True)
    dense = np.zeros((n, len(columns)))
    rows = np.repeat(np.arange(n), np.diff(sequence.indptr))
    np.add.at(dense, (rows, inverse), sequence.data)
    prefix = np.cumsum(dense, axis=0)
    cuts = np.arange(min_tokens, n - min_tokens + 1)
    left = prefix[cuts - 1]
    counts = np.vstack([left, prefix[-1] - left])
    present = counts > 0.5  # counts are whole numbers: no rounding left from the subtraction
    values = np.where(present, counts, 1.0)
    tf = np.where(present, 1.0 + np.log(values) if sublinear else values, 0.0)
    features = tf * arrays["idf"][columns]
    norms = np.sqrt((features * features).sum(axis=1, keepdims=True))
    features /= np.where(norms > 0, norms, 1.0)
    margins = features @ arrays["weights"][:, columns].T + arrays["bias"]
    scores = margins / float(arrays.get("temperature", 1.0))
    scores -= scores.max(axis=1, keepdims=True)
    probabilities = np.exp(scores)
    probabilities /= probabilities.sum(axis=1, keepdims=True)
    return probabilities.reshape(2, len(cuts), -1)


def best_pair(left: np.ndarray, right: np.ndarray, allowed: np.ndarray) -> tuple:
    """For each cut: (score, a, b), the allowed intents a on the left and b != a on the
    right with the highest min(p_left(a), p_right(b)); arrays over the cuts."""
    index = np.flatnonzero(allowed)
    left, right = left[:, index], right[:, index]
    cuts = np.arange(left.shape[0])
    top_left = np.argsort(-left, axis=1, kind="stable")[:, :2]
    top_right = np.argsort(-right, axis=1, kind="stable")[:, :2]
    l1, l2 = top_left[:, 0], top_left[:, 1]
    r1, r2 = top_right[:, 0], top_right[:, 1]
    differ = l1 != r1
    # When both sides' best is the same intent, one side takes its second best.
    keep_left = np.minimum(left[cuts, l1], right[cuts, r2])
    keep_right = np.minimum(left[cuts, l2], right[cuts, r1])
    a = np.where(differ | (keep_left >= keep_right), l1, l2)
    b = np.where(differ, r1, np.where(keep_left >= keep_right, r2, r1))
    score = np.minimum(left[cuts, a], right[cuts, b])
    return score, index[a], index[b]


def split_reading(
    sequence: sp.csr_matrix,
    arrays: Dict[Text, np.ndarray],
    ignore: FrozenSet[Text],
    min_tokens: int = 2,
    sublinear: bool = True,
) -> Optional[Dict[Text, Any]]:
    """The best cut's reading: `cut` (the right part's first token), `tokens`, `score`, and
    `left` / `right` each with the intent chosen for it (`name`, `confidence`) and its
    ranking; None for a message too short to cut or with fewer than two allowed intents."""
    classes = arrays["classes"]
    allowed = np.array([str(c) not in ignore for c in classes])
    if allowed.sum() < 2:
        return None
    parts = part_probabilities(sequence, arrays, min_tokens, sublinear)
    if parts is None:
        return None
    score, a, b = best_pair(parts[0], parts[1], allowed)
    best = int(np.argmax(score))
    return {
        "cut": int(min_tokens + best),
        "tokens": int(sequence.shape[0]),
        "score": float(score[best]),
        "left": _side(classes, parts[0][best], int(a[best])),
        "right": _side(classes, parts[1][best], int(b[best])),
    }


def _side(classes: np.ndarray, row: np.ndarray, chosen: int) -> Dict[Text, Any]:
    order = np.argsort(-row, kind="stable")[:_RANKING]
    ranking: List[Dict[Text, Any]] = [
        {"name": str(classes[i]), "confidence": float(row[i])} for i in order
    ]
    return {"name": str(classes[chosen]), "confidence": float(row[chosen]), "ranking": ranking}
