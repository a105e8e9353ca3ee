"""SQLAlchemy 2 typed models. Only what the bot needs to answer: no names, no message text."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, DateTime, Integer, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class User(Base):
    """One row per person the bot talks to: their choices and where the conversation is."""

    __tablename__ = "users"

    # "tg:<telegram user id>" or "console:<name>": the channel's id is needed to reply.
    uid: Mapped[str] = mapped_column(String(64), primary_key=True)
    language: Mapped[str | None] = mapped_column(String(8))
    encoding: Mapped[str | None] = mapped_column(String(8))
    origin: Mapped[str | None] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(8))
    profile_asked: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    step: Mapped[str | None] = mapped_column(String(32))
    pending_topic: Mapped[str | None] = mapped_column(String(64))
    misses: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, server_default=func.now(), nullable=False
    )
    last_seen_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, server_default=func.now(), nullable=False
    )


class ProcessedUpdate(Base):
    """Telegram update ids already handled, so a redelivered update is not answered twice."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    processed_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, nullable=False
    )
