"""Storage: SQLAlchemy 2 models, Alembic migrations and the repository the service uses."""

from bot.storage import shared_tables  # noqa: F401  (registers its tables with the models')
from bot.storage.db import make_engine, session_factory, upgrade
from bot.storage.store import Store

__all__ = ["Store", "make_engine", "session_factory", "upgrade"]
