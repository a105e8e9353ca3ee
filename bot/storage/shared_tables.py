"""Tables only several instances on one PostgreSQL database need (issue 11): Telegram's send
budget and the periodic jobs' last runs. Imported by bot/storage/__init__.py, so Alembic and
`upgrade` always see them with the other models."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models import Base


class SendBudget(Base):
    """Telegram's send limit shared by every instance: the next free send slot
    (bot/outbox/budget.py). One row per limit; only PostgreSQL deployments use it."""

    __tablename__ = "send_budget"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    next_cell: Mapped[int] = mapped_column(BigInteger, nullable=False)


class JobRun(Base):
    """When a periodic job (response-time checks, retention) last ran, on any instance
    (bot/storage/jobs.py)."""

    __tablename__ = "job_runs"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_run_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
