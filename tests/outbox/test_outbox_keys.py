"""Idempotency keys come from stable identities, fit the column, and erasure finds them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.outbox.keys import case_keys_like, inbox_key, migrant_key, reply_key, to_staff_key
from bot.outbox.queue import IDEM_KEY_MAX, enqueue
from bot.storage.models import Outbox

CASE_KEYS = (inbox_key, migrant_key, to_staff_key)


@pytest.mark.parametrize("build", CASE_KEYS)
def test_a_case_key_names_the_case_and_the_event(build) -> None:
    assert build("ABC234", 7) == build("ABC234", 7)  # the same event: the same message
    assert build("ABC234", 7) != build("ABC234", 8)  # the next event: a new message
    assert build("ABC234", 7) != build("XYZ789", 7)


def test_kinds_never_share_a_key() -> None:
    keys = {build("ABC234", 7) for build in CASE_KEYS} | {reply_key(7, 0)}
    assert len(keys) == 4
    assert reply_key(7, 0) != reply_key(7, 1) != reply_key(8, 0)


def test_the_longest_keys_fit_the_column() -> None:
    longest = max(len(build("Z" * 6, 2**63 - 1)) for build in CASE_KEYS)
    assert longest <= IDEM_KEY_MAX
    assert len(reply_key(2**63 - 1, 999)) <= IDEM_KEY_MAX


def test_erasure_matches_every_key_of_a_case_and_no_other(store, box) -> None:
    with store.sessions.begin() as session:
        for ref in ("ABC234", "ABC2345"):
            for build in CASE_KEYS:
                enqueue(session, box, idem_key=build(ref, 1), chat_id=1, text="x")
        enqueue(session, box, idem_key=reply_key(1, 0), chat_id=1, text="x")
    with store.sessions() as session:
        matched = session.scalars(
            select(Outbox.idem_key).where(Outbox.idem_key.like(case_keys_like("ABC234")))
        ).all()
    assert sorted(matched) == sorted(build("ABC234", 1) for build in CASE_KEYS)
