from __future__ import annotations

from pathlib import Path

import pytest

from bot.nlu import newest_model
from tests.fakes.bot_process import MODELS_DIR, RASA_BIN


@pytest.fixture
def model() -> Path:
    """The newest trained model, for the tests that serve it under a real Rasa (real_rasa.py);
    skipped without the Rasa venv or a model (`make test` builds both first)."""
    if not RASA_BIN.exists():
        pytest.skip(f"no Rasa venv at {RASA_BIN.parent.parent} (make nlu-venv)")
    found = newest_model(MODELS_DIR)
    if found is None:
        pytest.skip("no trained model in models/ (make nlu-model)")
    return found
