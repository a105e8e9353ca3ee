"""Outbox tests run on SQLite and PostgreSQL through the shared `engine` fixture
(tests/conftest.py), with a clock that moves only when a test or the sender says so."""

from __future__ import annotations

import pytest
from outbox_helpers import FakeClock, FakeSend
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.storage.db import session_factory


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return session_factory(engine)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def send(clock: FakeClock) -> FakeSend:
    return FakeSend(clock)
