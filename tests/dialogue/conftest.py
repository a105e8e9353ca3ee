from __future__ import annotations

import pytest
from dialogue_helpers import ROOT, make_context

from bot.dialogue import engine


@pytest.fixture(scope="session")
def ctx() -> engine.Context:
    return make_context()


@pytest.fixture(scope="session")
def real() -> engine.Context:
    """The real catalog (content/), for what depends on the curated answers themselves."""
    return make_context(ROOT / "content")
