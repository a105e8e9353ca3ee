"""The numpy-built feature rows equal what Rasa's and scipy's general routines give."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, FEATURE_TYPE_SEQUENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message

from nlu.components.sparse_rows import sentence_row, sequence_rows, summed_rows, tfidf

RNG = np.random.default_rng(7)


def _counts(rows: int, columns: int) -> sp.coo_matrix:
    dense = RNG.integers(0, 3, size=(rows, columns)) * (RNG.random((rows, columns)) < 0.2)
    return sp.coo_matrix(dense.astype(np.float64))


def _message(tokens: int) -> Message:
    message = Message({TEXT: "a message"})
    for origin, width in (("words", 13), ("chars", 29)):
        sequence = _counts(tokens, width)
        sentence = sp.coo_matrix(sequence.sum(axis=0))
        message.add_features(Features(sequence, FEATURE_TYPE_SEQUENCE, TEXT, origin))
        message.add_features(Features(sentence, FEATURE_TYPE_SENTENCE, TEXT, origin))
    return message


def test_message_rows_are_rasas_combined_features() -> None:
    message = _message(6)
    sequence, sentence = sequence_rows(message), sentence_row(message)
    expected_sequence, expected_sentence = message.get_sparse_features(TEXT)
    assert sequence is not None and sentence is not None
    assert np.array_equal(sequence.toarray(), expected_sequence.features.toarray())
    assert np.array_equal(sentence.toarray(), expected_sentence.features.toarray())


def test_a_message_without_sparse_features_has_no_rows() -> None:
    message = Message({TEXT: "hello"})
    assert sequence_rows(message) is None and sentence_row(message) is None


def test_summed_rows_add_up_each_clause() -> None:
    rows = sp.csr_matrix(_counts(7, 11))
    ranges = [range(0, 3), range(3, 7)]
    expected = np.vstack([rows[r.start : r.stop].toarray().sum(axis=0) for r in ranges])
    assert np.array_equal(summed_rows(rows, ranges).toarray(), expected)


def test_tfidf_is_sublinear_weighted_and_unit_length() -> None:
    counts = sp.csr_matrix(_counts(5, 17))
    counts = sp.vstack([counts, sp.csr_matrix((1, 17))]).tocsr()  # an empty row stays empty
    idf = RNG.random(17) + 1.0
    dense = counts.toarray()
    weighted = np.where(dense > 0, np.log(np.where(dense > 0, dense, 1.0)) + 1.0, 0.0) * idf
    norms = np.linalg.norm(weighted, axis=1, keepdims=True)
    expected = weighted / np.where(norms == 0, 1.0, norms)
    before = counts.toarray()
    assert np.allclose(tfidf(counts, idf, sublinear=True).toarray(), expected)
    assert np.array_equal(counts.toarray(), before)  # the input is not changed
