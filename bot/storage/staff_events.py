"""The staff_events table: what staff did that belongs to no case (an organisation admin
sending an alert). Beside models.py, which holds every other table, to keep that one short;
the migrations' env imports it so `alembic check` sees it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models import Base, utcnow


class StaffEvent(Base):
    """Who (staff id, organisation), what and when; never anyone's words."""

    __tablename__ = "staff_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    org_id: Mapped[str] = mapped_column(String(16), nullable=False)
    staff_id: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    action: Mapped[str] = mapped_column(String(32), nullable=False)
    detail: Mapped[str | None] = mapped_column(String(200))
