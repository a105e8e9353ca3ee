"""Telegram's send limit for the whole bot, shared by every send path and every instance.

Telegram accepts about 30 messages per second from one bot, all chats together, and answers
429 past it. So every Bot API send (the outbox's and the direct replies) first calls
`SendBudget.take()`.

Time is cut into cells of 1/rate seconds, aligned to whole seconds. Each send reserves a cell
of its own and goes out inside it: a whole second then holds at most `rate` sends and any
one-second window at most rate + 1. A cell is reserved by moving a counter, the next free
cell, forward atomically: in memory for one process (SQLite allows no more), in one
PostgreSQL row for several instances (an upsert; the row lock orders takers that come at
once). A taker that wakes after its cell has ended (a busy machine) reserves another, so a
late send never lands in someone else's cell; waiting is first come, first served.

Cells are counted on each host's wall clock: instances need NTP-synchronised clocks, as any
server has; a skew well under one cell (36 ms at 28/s) changes nothing.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Engine, func
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import SQLAlchemyError

from bot.storage.shared_tables import SendBudget as BudgetRow

log = logging.getLogger(__name__)
TELEGRAM = "telegram"  # the row of the Bot API's bot-wide limit
SENDS_PER_S = 28.0  # under Telegram's 30: the fake Bot API's sliding window allows 30


class LocalCells:
    """The next free cell in this process's memory: one process, or a fallback."""

    def __init__(self) -> None:
        self._next = 0

    def reserve(self, now_cell: int) -> int:
        cell = max(self._next, now_cell)
        self._next = cell + 1
        return cell


class PostgresCells:
    """The next free cell in a `send_budget` row, shared by every instance on the database.
    If the database cannot be reached, this process counts alone for that send (logged): a
    database outage stops the bot's answers anyway, and the process must not die of it."""

    def __init__(self, engine: Engine, name: str = TELEGRAM) -> None:
        self._engine, self._name = engine, name
        self._fallback = LocalCells()

    def reserve(self, now_cell: int) -> int:
        upsert = insert(BudgetRow).values(name=self._name, next_cell=now_cell + 1)
        statement = upsert.on_conflict_do_update(
            index_elements=[BudgetRow.name],
            set_={"next_cell": func.greatest(BudgetRow.next_cell, now_cell) + 1},
        ).returning(BudgetRow.next_cell)
        try:
            with self._engine.begin() as connection:
                return int(connection.execute(statement).scalar_one()) - 1
        except SQLAlchemyError as error:
            log.warning("Send budget: database unreachable (%s)", type(error).__name__)
            return self._fallback.reserve(now_cell)


class SendBudget:
    """`await take()` before each Bot API send call: it returns inside a cell of the shared
    limit that no other send uses."""

    def __init__(
        self,
        per_s: float,
        reserve: Callable[[int], int],
        *,
        threaded: bool = False,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        """`reserve(now_cell)` returns the cell reserved; `threaded`: it does I/O, so it
        runs in a thread of its own (a busy default executor would make takers miss cells)."""
        if per_s <= 0:
            raise ValueError("a send budget needs a positive rate")
        self.per_s, self._reserve = per_s, reserve
        self._clock, self._sleep = clock, sleep
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="budget") if threaded else None
        self.taken = 0
        self.missed = 0  # cells a taker woke too late for (each then took another)

    async def take(self) -> None:
        """Wait until one send may go out now."""
        while True:
            cell = await self._reserve_cell(math.floor(self._clock() * self.per_s))
            start = cell / self.per_s
            for _ in range(3):  # again if woken early (the loop's clock is not the wall's)
                wait = start - self._clock()
                if wait <= 0:
                    break
                await self._sleep(wait)
            if self._clock() < (cell + 1) / self.per_s:
                self.taken += 1
                return
            self.missed += 1

    async def _reserve_cell(self, now_cell: int) -> int:
        if self._pool is None:
            return self._reserve(now_cell)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, self._reserve, now_cell)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False)


async def take_from(budget: SendBudget | None) -> None:
    """`budget.take()`, or nothing without a budget (tests, tools)."""
    if budget is not None:
        await budget.take()


def send_budget_for(engine: Engine, per_s: float = SENDS_PER_S) -> SendBudget:
    """Shared through PostgreSQL (several instances may run); in memory on SQLite."""
    if engine.dialect.name == "postgresql":
        return SendBudget(per_s, PostgresCells(engine).reserve, threaded=True)
    return SendBudget(per_s, LocalCells().reserve)
