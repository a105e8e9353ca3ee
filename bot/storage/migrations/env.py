"""Alembic environment: the bot passes its own connection (see bot.storage.db.upgrade)."""

from alembic import context

from bot.storage import (
    inbound,  # noqa: F401 - its table is part of the schema
    staff_events,  # noqa: F401  (its table is in Base.metadata)
)
from bot.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    # `alembic` run by hand: take the URL from the settings.
    from bot.config import load_settings
    from bot.storage.db import make_engine

    connection = make_engine(load_settings().database_url).connect()

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
