"""The repository: short transactions the service calls (from a worker thread)."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.dialogue.state import UserState
from bot.storage.db import session_factory
from bot.storage.models import ProcessedUpdate, User, utcnow

_STATE_FIELDS = (
    "language",
    "encoding",
    "origin",
    "country",
    "profile_asked",
    "step",
    "pending_topic",
    "misses",
)


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions: sessionmaker[Session] = session_factory(engine)

    def load_state(self, uid: str) -> UserState:
        with self.sessions() as session:
            user = session.get(User, uid)
            if user is None:
                return UserState()
            return UserState(**{name: getattr(user, name) for name in _STATE_FIELDS})

    def save_state(self, uid: str, state: UserState) -> None:
        with self.sessions.begin() as session:
            user = session.get(User, uid)
            if user is None:
                user = User(uid=uid)
                session.add(user)
            for name in _STATE_FIELDS:
                setattr(user, name, getattr(state, name))
            user.last_seen_at = utcnow()

    def first_time_update(self, update_id: int) -> bool:
        """Record an incoming update id; False when it was seen before (a redelivery)."""
        try:
            with self.sessions.begin() as session:
                session.add(ProcessedUpdate(update_id=update_id))
        except IntegrityError:
            return False
        return True
