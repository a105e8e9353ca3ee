"""enqueue: a row exists exactly when the caller's transaction commits, once per idem_key."""

from __future__ import annotations

import pytest
from outbox_helpers import rows
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.outbox.queue import enqueue
from bot.storage.crypto import CryptoBox
from bot.values import Button

WORDS = "ကျွန်ုပ်၏ အလုပ်ရှင်က လစာမပေးပါ"  # what a migrant wrote: must never be stored plain


class Oops(Exception):
    pass


def test_a_rolled_back_transaction_leaves_no_row(sessions: sessionmaker[Session], box: CryptoBox):
    with pytest.raises(Oops), sessions.begin() as session:
        enqueue(session, box, idem_key="case:A1:new", chat_id=-100, text=WORDS)
        session.flush()  # even written to the database, it goes with the rollback
        raise Oops
    assert rows(sessions) == []


def test_a_committed_row_is_pending_and_its_payload_encrypted(
    sessions: sessionmaker[Session], box: CryptoBox
):
    keyboard = ((Button("Accept", "case:A1:accept"), Button("ទទួល", "x")),)
    with sessions.begin() as session:
        enqueue(session, box, idem_key="case:A1:new", chat_id=-100, text=WORDS, buttons=keyboard)
    [row] = rows(sessions)
    assert (row.chat_id, row.status, row.attempts, row.permanent_failures) == (
        -100,
        "pending",
        0,
        0,
    )
    assert WORDS not in row.payload_enc and "Accept" not in row.payload_enc
    assert row.sent_at is None and row.message_id is None and row.claimed_by is None


def test_the_same_idem_key_in_a_later_transaction_is_a_no_op(
    sessions: sessionmaker[Session], box: CryptoBox
):
    for text in ("first", "second"):
        with sessions.begin() as session:
            enqueue(session, box, idem_key="case:A1:reply:1", chat_id=7, text=text)
    [row] = rows(sessions)
    assert box.decrypt(row.payload_enc) is not None
    assert "first" in (box.decrypt(row.payload_enc) or "")


def test_the_same_idem_key_twice_in_one_transaction_is_one_row(
    sessions: sessionmaker[Session], box: CryptoBox
):
    with sessions.begin() as session:
        enqueue(session, box, idem_key="k", chat_id=7, text="one")
        enqueue(session, box, idem_key="k", chat_id=7, text="two")
    assert len(rows(sessions)) == 1


def test_two_racing_transactions_meet_the_unique_constraint(
    sessions: sessionmaker[Session], box: CryptoBox
):
    late = sessions()
    enqueue(late, box, idem_key="k", chat_id=7, text="late")  # checked: nothing there yet
    with sessions.begin() as early:
        enqueue(early, box, idem_key="k", chat_id=7, text="early")
    with pytest.raises(IntegrityError):
        late.commit()
    late.close()
    [row] = rows(sessions)
    assert "early" in (box.decrypt(row.payload_enc) or "")


@pytest.mark.parametrize("key", ["", "x" * 81])
def test_an_empty_or_too_long_idem_key_is_refused(
    sessions: sessionmaker[Session], box: CryptoBox, key: str
):
    with sessions() as session, pytest.raises(ValueError, match="idem_key"):
        enqueue(session, box, idem_key=key, chat_id=7, text="hi")
