"""The repository: short transactions the service calls (from a worker thread)."""

from __future__ import annotations

import json
from typing import Any, cast

from sqlalchemy import Engine, Row, Table, bindparam, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from bot.storage.crypto import CryptoBox
from bot.storage.db import session_factory
from bot.storage.models import ProcessedUpdate, User, utcnow
from bot.storage.quick import QuickWrites
from bot.values import UserState

_STATE_FIELDS = (
    "language",
    "encoding",
    "origin",
    "country",
    "profile_asked",
    "step",
    "pending_topic",
    "misses",
    "answers_seen",
    "alerts_offered",
)


class Store:
    def __init__(self, engine: Engine, box: CryptoBox) -> None:
        self.engine = engine
        self.box = box
        self.sessions: sessionmaker[Session] = session_factory(engine)
        self.quick = QuickWrites.of(engine)  # PostgreSQL: writes sent from the event loop

    def state_of(self, user: User | Row[Any] | None) -> UserState:
        """The state in a user's row: the ORM's, or one `turn_of` read."""
        if user is None:
            return UserState()
        form_json = self.box.decrypt(user.form_enc)
        form = json.loads(form_json) if form_json else None
        values = {name: getattr(user, name) for name in _STATE_FIELDS}
        return UserState(**values, form=form)

    def turn_of(self, uid: str, update_id: int) -> tuple[bool, UserState]:
        """Whether the update was handled already, and the user's state: the one read before
        every text is handled, two prebuilt Core selects (the ORM's two gets cost about
        five times as much CPU, issue 11)."""
        with self.engine.connect() as connection:
            seen = connection.execute(_SEEN, {"update_id": update_id}).first() is not None
            row = connection.execute(_STATE, {"uid": uid}).first()
        return seen, self.state_of(row)

    def load_state(self, uid: str) -> UserState:
        with self.sessions() as session:
            return self.state_of(session.get(User, uid))

    def write_state(self, session: Session, uid: str, state: UserState) -> None:
        self.write_user(session, uid, state, session.get(User, uid))

    def write_user(self, session: Session, uid: str, state: UserState, user: User | None) -> None:
        """`write_state` with the row (None: none yet) the caller read in this session: a new
        user's missing row is not in the session's identity map, and a second read of it
        would cost a query."""
        if user is None:
            user = User(uid=uid)
            session.add(user)
        for name, value in self._row_values(state).items():
            setattr(user, name, value)

    def read_state(self, session: Session, uid: str) -> tuple[UserState, bool]:
        """The user's state in the caller's transaction, and whether their row exists: for
        `put_state`, which writes it back with Core statements. The handling transaction
        of every message does both (issue 11: the ORM's get and flush cost twice as much);
        the user's row is then not in the session's identity map, and a later ORM read of
        it in the transaction loads what `put_state` wrote."""
        row = session.execute(_STATE, {"uid": uid}).first()
        return self.state_of(row), row is not None

    def put_state(self, session: Session, uid: str, state: UserState, exists: bool) -> None:
        """`write_user`'s values, written at once: an update of every field, or an insert."""
        values = self._row_values(state)
        if exists:
            session.execute(_UPDATE_USER, {"the_uid": uid, **values})
        else:
            session.execute(_INSERT_USER, {"uid": uid, **values})

    def _row_values(self, state: UserState) -> dict[str, Any]:
        """The user row's columns for a state: its fields, the form encrypted, seen now."""
        values: dict[str, Any] = {name: getattr(state, name) for name in _STATE_FIELDS}
        form = dict(state.form) if state.form else None
        values["form_enc"] = self.box.encrypt(json.dumps(form)) if form else None
        values["last_seen_at"] = utcnow()
        return values

    def save_state(self, uid: str, state: UserState) -> None:
        with self.sessions.begin() as session:
            self.write_state(session, uid, state)

    def seen_update(self, update_id: int) -> bool:
        """Whether this update was already handled (Telegram delivers again after a crash)."""
        with self.sessions() as session:
            return session.get(ProcessedUpdate, update_id) is not None

    def mark_update(self, update_id: int) -> None:
        """Record an update as handled; recording it twice is harmless."""
        self.first_time_update(update_id)

    def first_time_update(self, update_id: int) -> bool:
        """Record an incoming update id; False when it was seen before (a redelivery)."""
        with self.sessions.begin() as session:
            return first_time(session, update_id)


def first_time(session: Session, update_id: int) -> bool:
    """Record an update as handled in the caller's transaction; False when it was already.

    One statement, an insert that skips an existing row rather than a read then an insert:
    the handling transaction of every message runs it, and a failed insert would cost an
    exception and a rollback. Two processes racing for the same update (webhook mode on
    PostgreSQL): the second waits on the first's row, then finds it."""
    postgres = session.get_bind().dialect.name == "postgresql"
    statement = _FIRST_TIME_PG if postgres else _FIRST_TIME_SQLITE
    return session.execute(statement, {"update_id": update_id}).first() is not None


# Built once, on the table (Core: no ORM bulk machinery): it runs for every message.
# RETURNING, not rowcount: psycopg reports -1 for an insert that skipped a conflict.
_PROCESSED = cast(Table, ProcessedUpdate.__table__)
_FIRST_TIME_PG = (
    postgresql.insert(_PROCESSED).on_conflict_do_nothing().returning(_PROCESSED.c.update_id)
)
_FIRST_TIME_SQLITE = (
    sqlite.insert(_PROCESSED).on_conflict_do_nothing().returning(_PROCESSED.c.update_id)
)
_USERS = cast(Table, User.__table__)
_SEEN = select(_PROCESSED.c.update_id).where(_PROCESSED.c.update_id == bindparam("update_id"))
_STATE = select(*(_USERS.c[name] for name in (*_STATE_FIELDS, "form_enc"))).where(
    _USERS.c.uid == bindparam("uid")
)
_UPDATE_USER = update(_USERS).where(_USERS.c.uid == bindparam("the_uid"))
_INSERT_USER = insert(_USERS)
