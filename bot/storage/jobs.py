"""Periodic jobs (response-time checks, retention) run by one instance per period.

Several bot processes may share one PostgreSQL database (issue 11), each with the same
schedule. A job's turn is taken under a PostgreSQL advisory lock (`pg_try_advisory_xact_lock`)
held by a transaction on a connection of its own for as long as the job runs: a second
instance trying meanwhile is refused at once and skips this tick. The lock ends with that
transaction, or with the connection if the instance dies, so a crash leaves nothing held.
Under the lock, the `job_runs` row says when the job last ran: an instance whose tick comes
less than 90 % of a period after another's run skips it too, so each period runs it once in
all. On SQLite (one process) there is no lock to take and the row works the same. (A
process's first turn passes period 0: at start the job runs, under the lock.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

from sqlalchemy import Connection, Engine, func, insert, select, update

from bot.storage.models import utcnow
from bot.storage.shared_tables import JobRun

TOO_SOON = 0.9  # of a period: ticks of instances started at different moments still skip


def lock_key(name: str) -> int:
    """A stable 64-bit advisory lock key for a job (the same in every process)."""
    digest = hashlib.sha256(f"migrant-bot job {name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class JobTurn:
    """`begin()` says whether this instance runs the job now; `end()` after the run."""

    def __init__(
        self,
        engine: Engine,
        name: str,
        period_s: float,
        wall: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self._engine, self.name, self._period, self._wall = engine, name, period_s, wall
        self._held: Connection | None = None

    def begin(self) -> bool:
        """True: the job is this instance's to run now (call `end()` after it, always)."""
        if self._engine.dialect.name == "postgresql" and not self._lock():
            return False
        try:
            recently = self._ran_recently()
        except BaseException:
            self.end()  # never leave the lock held by a connection nobody will close
            raise
        if recently:
            self.end()
        return not recently

    def end(self) -> None:
        """Release the lock (the transaction holding it wrote nothing)."""
        if self._held is not None:
            held, self._held = self._held, None
            try:
                held.rollback()
            finally:
                held.close()

    def _lock(self) -> bool:
        connection = self._engine.connect()
        try:
            mine = connection.scalar(select(func.pg_try_advisory_xact_lock(lock_key(self.name))))
        except BaseException:
            connection.close()
            raise
        if not mine:
            connection.rollback()
            connection.close()
            return False
        self._held = connection
        return True

    def _ran_recently(self) -> bool:
        """Stamps this run unless another ran less than TOO_SOON of a period ago."""
        now = self._wall()
        with self._engine.begin() as connection:
            query = select(JobRun.last_run_at).where(JobRun.name == self.name)
            last = connection.scalar(query)
            if last is not None:
                last = last if last.tzinfo else last.replace(tzinfo=dt.UTC)  # SQLite: naive
                if now - last < dt.timedelta(seconds=self._period * TOO_SOON):
                    return True
                stamp = update(JobRun).where(JobRun.name == self.name)
                connection.execute(stamp.values(last_run_at=now))
            else:
                connection.execute(insert(JobRun).values(name=self.name, last_run_at=now))
        return False
