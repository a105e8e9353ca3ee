from __future__ import annotations

import pytest
from dialogue_helpers import make_context

from bot.dialogue import engine


@pytest.fixture(scope="session")
def ctx() -> engine.Context:
    return make_context()
