"""Shared fixtures: database tests run on SQLite and on a real PostgreSQL server, through
Alembic.

`make test` starts a throw-away PostgreSQL (scripts/pg-test-server.sh) and passes its URL in
DATABASE_URL_TEST_PG; without it the PostgreSQL cases skip, unless REQUIRE_PG=1 (CI) makes
that a failure.

Hypothesis runs one fixed profile unless told otherwise: `ci` (the default, and what `make
test` runs) is derandomized, keeps no example database and has no deadline, so two runs test
the same examples and a busy machine changes nothing; `fuzz` (`make fuzz`) explores at random
with many more examples (tests/properties/property_strategies.py `examples`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import Engine, text

from bot.storage import Store, make_engine, upgrade
from bot.storage.crypto import CryptoBox

settings.register_profile(
    "ci",
    derandomize=True,  # the same examples on every run: a failure is the code's, not luck's
    database=None,  # nor replayed from an earlier run's saved failures
    deadline=None,  # a busy machine is slow, not wrong
    print_blob=True,
)
settings.register_profile("fuzz", derandomize=False, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

TEST_KEY = "LrQKyQm0dNtpY1y1CkmMmPuWJxmwl30xsrrbmp25t8o="  # a Fernet key for tests only


def _backends() -> list[object]:
    return ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _reset_postgres(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))


@pytest.fixture(params=_backends())
def bare_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A database with no tables yet (tests of the migrations take it from there)."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'test.sqlite3'}")
    else:
        url = os.environ.get("DATABASE_URL_TEST_PG", "")
        if not url:
            if os.environ.get("REQUIRE_PG") == "1":
                pytest.fail("REQUIRE_PG=1 but no PostgreSQL server (DATABASE_URL_TEST_PG unset)")
            pytest.skip("no PostgreSQL server: set DATABASE_URL_TEST_PG (make test does)")
        engine = make_engine(url)
        _reset_postgres(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def engine(bare_engine: Engine) -> Engine:
    """A database migrated to the newest schema."""
    upgrade(bare_engine)
    return bare_engine


@pytest.fixture
def box() -> CryptoBox:
    return CryptoBox([TEST_KEY])


@pytest.fixture
def store(engine: Engine, box: CryptoBox) -> Store:
    return Store(engine, box)
