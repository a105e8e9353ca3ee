"""One-statement writes to PostgreSQL that must commit the moment they are ready.

The settle after a direct reply (bot/outbox/replies.py `settle_quickly`) ends the window in
which an instance killed after Telegram took the reply sends it once more. Handed to a
thread, that write first waits for the thread and then, while the handlers keep the
interpreter busy, for the GIL at every round trip: 25-35 ms at the median in a two-instance
burst, as a transaction of five or six round trips (docs/benchmarks.md, issue 11).
psycopg's async connection, in autocommit, sends it from the event loop at once, and
PostgreSQL commits it without waiting for Python to read the answer. A few connections of
its own, opened when first needed; a connection that failed is closed, and the next
statement opens another.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping
from typing import Any, cast

import psycopg
from sqlalchemy import CTE, ClauseElement, Dialect, Engine, Select, func, select
from sqlalchemy.sql.compiler import SQLCompiler

QUICK_CONNECTIONS = 2  # settles are single statements of a millisecond: two never queue long
CONNECT_TIMEOUT_S = 5


class QuickWrites:
    def __init__(self, url: str, dialect: Dialect, size: int = QUICK_CONNECTIONS) -> None:
        self._url = url
        self._dialect = dialect
        self._idle: list[psycopg.AsyncConnection[Any]] = []
        self._slots = asyncio.Semaphore(size)
        self._compiled: dict[ClauseElement, tuple[str, dict[str, Any]]] = {}

    @classmethod
    def of(cls, engine: Engine) -> QuickWrites | None:
        """For a PostgreSQL engine (on the same database), else None."""
        if engine.dialect.name != "postgresql":
            return None
        url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        return cls(url, engine.dialect)

    async def one(self, statement: ClauseElement, params: Mapping[str, Any]) -> tuple[Any, ...]:
        """Run one statement (built once, with named bind parameters) in autocommit and
        return its one row."""
        if statement not in self._compiled:
            self._compiled[statement] = compiled(statement, self._dialect)
        sql, fixed = self._compiled[statement]
        params = {**fixed, **params}
        async with self._slots:
            connection = self._idle.pop() if self._idle else await self._connect()
            try:
                cursor = await connection.execute(sql, params)
                row = await cursor.fetchone()
            except BaseException:
                await _close(connection)  # in an unknown state: never reused
                raise
            self._idle.append(connection)
        assert row is not None
        return tuple(row)

    async def close(self) -> None:
        idle, self._idle = self._idle, []
        for connection in idle:
            await _close(connection)

    async def _connect(self) -> psycopg.AsyncConnection[Any]:
        return await psycopg.AsyncConnection.connect(
            self._url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S
        )


async def _close(connection: psycopg.AsyncConnection[Any]) -> None:
    with contextlib.suppress(Exception):  # closing a broken connection: nothing to do
        await connection.close()


def counted(*parts: CTE) -> Select[Any]:
    """One statement of several data-modifying CTEs, returning how many rows each touched.
    PostgreSQL runs every such CTE once and to its end, read or not; counting each makes
    sure it is part of the statement."""
    return select(*(select(func.count()).select_from(part).scalar_subquery() for part in parts))


def compiled(statement: ClauseElement, dialect: Dialect) -> tuple[str, dict[str, Any]]:
    """The statement as psycopg runs it, and its fixed parameters (literals SQLAlchemy bound);
    the caller adds its own."""
    done = cast(SQLCompiler, statement.compile(dialect=dialect))
    required = {bind.key for bind in done.binds.values() if bind.required}
    every = done.construct_params(dict.fromkeys(required)) or {}
    return done.string, {name: value for name, value in every.items() if name not in required}
