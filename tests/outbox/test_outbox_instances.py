"""Several instances on one PostgreSQL outbox (issue 11): claims with FOR UPDATE SKIP LOCKED,
two sender processes never sending a row twice."""

from __future__ import annotations

import threading

import pytest
from instances import WAIT_S, drain_outbox, run_instances
from outbox_helpers import rows
from sqlalchemy import Engine, select, text

from bot.outbox.queue import enqueue
from bot.outbox.rows import OutboxRows
from bot.storage.crypto import CryptoBox
from bot.storage.db import session_factory
from bot.storage.models import Outbox, utcnow
from tests.conftest import TEST_KEY


def postgres_only(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("several instances share a PostgreSQL database only")


def put(engine: Engine, box: CryptoBox, messages: list[tuple[int, str]]) -> None:
    with session_factory(engine).begin() as session:
        for chat_id, message in messages:
            enqueue(session, box, idem_key=message, chat_id=chat_id, text=message)


def test_a_row_being_claimed_elsewhere_is_passed_over_without_waiting(
    engine: Engine, box: CryptoBox
):
    postgres_only(engine)
    put(engine, box, [(1, "a")])
    sessions = session_factory(engine)
    with sessions() as session:
        row_id = session.scalar(select(Outbox.id))
    assert row_id is not None
    claimed: list[bool] = []
    done = threading.Event()

    def claim_elsewhere() -> None:
        claimed.append(OutboxRows(sessions, utcnow, "other", 10).claim(row_id))
        done.set()

    with engine.connect() as holder:  # another instance in the middle of its claim
        holder.execute(text("SELECT id FROM outbox WHERE id = :id FOR UPDATE"), {"id": row_id})
        thread = threading.Thread(target=claim_elsewhere)
        thread.start()
        answered_while_locked = done.wait(WAIT_S)  # a plain UPDATE would wait for `holder`
        holder.rollback()
    thread.join()
    assert answered_while_locked
    assert claimed == [False]
    assert OutboxRows(sessions, utcnow, "me", 10).claim(row_id)  # free again: claimed once


def test_two_sender_processes_never_send_a_row_twice(engine: Engine, box: CryptoBox):
    postgres_only(engine)
    messages = [(chat, f"{chat}:{n}") for n in range(10) for chat in range(1, 9)]
    put(engine, box, messages)
    url = engine.url.render_as_string(hide_password=False)

    first, second = run_instances(drain_outbox, url, TEST_KEY)

    assert first and second  # both instances sent (each held a claim while the other began)
    sends = sorted(first + second)  # in the order the calls began, both processes together
    assert sorted((c, t) for _, c, t in sends) == sorted(messages)  # every row once
    for chat in range(1, 9):  # each chat in its order, whichever instance sent which row
        assert [t for _, c, t in sends if c == chat] == [f"{chat}:{n}" for n in range(10)]
    assert {row.status for row in rows(session_factory(engine))} == {"sent"}
