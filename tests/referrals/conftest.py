from __future__ import annotations

import pytest
from referral_helpers import Harness


@pytest.fixture
def harness(engine, box) -> Harness:
    return Harness.build(engine, box)
