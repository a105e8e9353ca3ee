"""Sparse feature rows for the intent classifier, built with plain numpy.

A parse classifies one short message: a few hundred non-zero counts. At that size scipy's
general routines (Rasa's feature combining deep-copies and `hstack`s every featurizer's
matrix; `multiply` and `diags` build intermediate matrices) cost far more than the
arithmetic, and they ran for the whole message and again for each clause. These helpers
give the same numbers from the CSR arrays directly (nlu/tools/parse_cpu.py measures it).
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np
import scipy.sparse as sp
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, FEATURE_TYPE_SEQUENCE, TEXT
from rasa.shared.nlu.training_data.message import Message


def sentence_row(message: Message) -> Optional[sp.csr_matrix]:
    """The text's sentence row, every featurizer's columns side by side in pipeline order:
    what `message.get_sparse_features(TEXT)[1]` gives."""
    return _side_by_side(message, FEATURE_TYPE_SENTENCE)


def sequence_rows(message: Message) -> Optional[sp.csr_matrix]:
    """The text's per-token rows, as `message.get_sparse_features(TEXT)[0]` gives them."""
    return _side_by_side(message, FEATURE_TYPE_SEQUENCE)


def _side_by_side(message: Message, kind: str) -> Optional[sp.csr_matrix]:
    parts = [
        f.features
        for f in message.features
        if f.attribute == TEXT and f.is_sparse() and f.type == kind
    ]
    if not parts:
        return None
    if len(parts) == 1:
        return sp.csr_matrix(parts[0])
    blocks = [part if sp.isspmatrix_coo(part) else sp.coo_matrix(part) for part in parts]
    offsets = np.cumsum([0] + [block.shape[1] for block in blocks[:-1]])
    columns = np.concatenate([block.col + offset for block, offset in zip(blocks, offsets)])
    data = np.concatenate([block.data for block in blocks])
    shape = (blocks[0].shape[0], int(offsets[-1]) + blocks[-1].shape[1])
    if shape[0] == 1:  # a sentence row: no sorting by row needed
        return sp.csr_matrix((data, columns, np.array([0, len(data)])), shape=shape)
    rows = np.concatenate([block.row for block in blocks])
    return sp.csr_matrix((data, (rows, columns)), shape=shape)


def summed_rows(rows: sp.csr_matrix, ranges: Sequence[range]) -> sp.csr_matrix:
    """One row per range: the sum of `rows` over that range (a clause's token counts)."""
    rows = sp.csr_matrix(rows)
    group = np.full(rows.shape[0], -1)
    for index, span in enumerate(ranges):
        group[span.start : span.stop] = index
    entry_group = np.repeat(group, np.diff(rows.indptr))
    keep = entry_group >= 0
    return sp.csr_matrix(
        (rows.data[keep], (entry_group[keep], rows.indices[keep])),
        shape=(len(ranges), rows.shape[1]),
    )


def tfidf(counts: sp.csr_matrix, idf: np.ndarray, sublinear: bool) -> sp.csr_matrix:
    """(Sublinear) TF-IDF with each row scaled to unit length."""
    counts = sp.csr_matrix(counts)
    if not counts.has_canonical_format:
        counts = counts.copy()  # not in place: the arrays may be the message's own
        counts.sum_duplicates()
    data = counts.data.astype(np.float64)  # a copy: the message's features stay as they are
    if sublinear:
        np.log(data, out=data)
        data += 1.0
    data *= idf[counts.indices]
    row_of = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
    norms = np.sqrt(np.bincount(row_of, weights=data * data, minlength=counts.shape[0]))
    norms[norms == 0] = 1.0
    data /= norms[row_of]
    return sp.csr_matrix(
        (data, counts.indices.copy(), counts.indptr.copy()), shape=counts.shape
    )
