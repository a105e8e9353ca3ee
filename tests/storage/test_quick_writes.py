"""bot/storage/quick.py: one-statement writes sent from the event loop, on PostgreSQL only."""

from __future__ import annotations

import asyncio

import psycopg
import pytest
from sqlalchemy import Engine, bindparam, func, select, text

from bot.storage.quick import QuickWrites

_PID = select(func.pg_backend_pid(), bindparam("tag"))


def test_only_postgresql_has_quick_writes(engine: Engine):
    quick = QuickWrites.of(engine)
    assert (quick is not None) == (engine.dialect.name == "postgresql")


@pytest.mark.parametrize(
    "bare_engine", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
def test_a_connection_that_broke_is_replaced_by_the_next_statement(engine: Engine):
    """PostgreSQL ended the connection (a restart, a failover): that statement fails, and
    the caller's retry runs on a new connection instead of failing for ever."""
    quick = QuickWrites.of(engine)
    assert quick is not None

    async def run() -> tuple[int, int]:
        try:
            first, tag = await quick.one(_PID, {"tag": "a"})
            assert tag == "a"
            assert (await quick.one(_PID, {"tag": "b"}))[0] == first  # kept, not reopened
            with engine.begin() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
            with pytest.raises(psycopg.OperationalError):
                await quick.one(_PID, {"tag": "c"})
            second, _tag = await quick.one(_PID, {"tag": "d"})
            return first, second
        finally:
            await quick.close()

    first, second = asyncio.run(run())
    assert second != first
