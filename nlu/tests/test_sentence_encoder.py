"""The bundled multilingual encoder puts the same meaning close across Burmese, Khmer and
English, and stays well-behaved on naughty input."""

from __future__ import annotations

import numpy as np
import pytest

from nlu.components.sentence_encoder import DIMENSIONS, encode


def test_same_meaning_is_closer_than_another_topic_across_languages() -> None:
    lost_my, lost_km, lost_en, gone_en, unpaid_en = encode(
        [
            "ပတ်စပို့ ပျောက်သွားတယ်",
            "ខ្ញុំបាត់លិខិតឆ្លងដែន",
            "I lost my passport",
            "my passport is gone",
            "my boss did not pay me",
        ]
    )
    assert lost_my @ lost_km > lost_my @ unpaid_en  # Burmese and Khmer, same meaning
    assert lost_km @ lost_en > lost_km @ unpaid_en  # Khmer and English
    assert lost_en @ gone_en > lost_en @ unpaid_en  # an English paraphrase


@pytest.mark.parametrize("text", ["", "   ", "🙏", "a" * 20_000, "\u1031\u1031", "null\x00byte"])
def test_any_text_gives_one_finite_row(text: str) -> None:
    (row,) = encode([text])
    assert row.shape == (DIMENSIONS,) and np.isfinite(row).all()
    assert np.linalg.norm(row) == pytest.approx(0.0 if not text.strip() else 1.0, abs=1e-3)
