"""The webhook's inbound queue on SQLite and PostgreSQL: stored once and encrypted, claimed per
chat in order (emergencies first), leases taken over only once they ran out, and claimers
running at once never taking the same update or two of one chat."""

from __future__ import annotations

import datetime as dt
import threading

from sqlalchemy import select

from bot.inbound import InboundQueue
from bot.storage import Store
from bot.storage.inbound import PRIORITY_EMERGENCY, PRIORITY_NORMAL, InboundUpdate
from bot.storage.models import ProcessedUpdate

T0 = dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


def queue(store: Store, clock: Clock, lease_s: float = 60.0) -> InboundQueue:
    return InboundQueue(store, lease_s=lease_s, wall=clock)


def body(update_id: int) -> str:
    return f'{{"update_id": {update_id}, "message": {{"text": "my boss hit me"}}}}'


def test_an_update_is_stored_once_and_encrypted(store: Store) -> None:
    q = queue(store, Clock())
    assert q.put(1, 42, PRIORITY_NORMAL, body(1))
    assert not q.put(1, 42, PRIORITY_NORMAL, body(1)), "Telegram's redelivery stores nothing"
    with store.sessions() as session:
        [row] = session.scalars(select(InboundUpdate)).all()
    assert "boss" not in row.body_enc
    [taken] = q.take(10)
    assert taken.body == body(1)


def test_one_chat_at_a_time_in_order_emergencies_first(store: Store) -> None:
    q = queue(store, Clock())
    for update_id, chat, priority in [
        (1, 10, PRIORITY_NORMAL),
        (2, 10, PRIORITY_NORMAL),
        (3, 20, PRIORITY_NORMAL),
        (4, 30, PRIORITY_EMERGENCY),
        (5, 20, PRIORITY_EMERGENCY),  # behind 3 of its own chat: waits for it
    ]:
        q.put(update_id, chat, priority, body(update_id))
    assert [t.update_id for t in q.take(10)] == [4, 1, 3]
    assert q.take(10) == [], "every chat's first update is claimed"
    q.done(3)
    assert [t.update_id for t in q.take(10)] == [5]
    q.done(1)
    assert [t.update_id for t in q.take(10)] == [2]
    assert q.backlog() == 3


def test_done_records_the_update_as_handled_unless_told_not_to(store: Store) -> None:
    q = queue(store, Clock())
    q.put(1, 10, PRIORITY_NORMAL, body(1))
    q.put(2, 11, PRIORITY_NORMAL, body(2))
    q.take(10)
    q.done(1)
    q.done(2, record=False)  # a flood-dropped update costs no record
    with store.sessions() as session:
        assert session.scalars(select(ProcessedUpdate.update_id)).all() == [1]
    assert q.backlog() == 0


def test_a_lease_is_taken_over_only_once_it_ran_out(store: Store) -> None:
    clock = Clock()
    alive, other = queue(store, clock, lease_s=10), queue(store, clock, lease_s=10)
    alive.put(1, 10, PRIORITY_NORMAL, body(1))
    assert [t.update_id for t in alive.take(10)] == [1]
    clock.now += dt.timedelta(seconds=8)
    assert alive.renew([1]) == 1  # still being handled: the lease moves on
    clock.now += dt.timedelta(seconds=8)
    assert other.take(10) == [], "a renewed lease is not taken over"
    clock.now += dt.timedelta(seconds=11)  # the holder died: nobody renewed
    [taken] = other.take(10)
    assert (taken.update_id, taken.attempts) == (1, 2)
    assert alive.renew([1]) == 0, "the dead holder's claim is gone"


def test_claimers_at_once_never_share_an_update_nor_a_chat(store: Store) -> None:
    clock = Clock()
    setup = queue(store, clock)
    for update_id in range(1, 121):
        setup.put(update_id, update_id % 12, PRIORITY_NORMAL, body(update_id))
    seen: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def claimer() -> None:
        q = queue(store, clock)
        try:
            while True:
                taken = q.take(3)
                if not taken:
                    if setup.backlog() == 0:
                        return
                    continue
                with lock:
                    seen.extend(t.update_id for t in taken)
                for item in taken:
                    q.done(item.update_id)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=claimer) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors
    assert sorted(seen) == list(range(1, 121)), "each update claimed exactly once"
    for chat in range(12):
        mine = [u for u in seen if u % 12 == chat]
        assert mine == sorted(mine), f"chat {chat} out of order"


def test_finishing_tells_whether_the_chat_has_another_update_queued(store: Store) -> None:
    q = queue(store, Clock())
    for update_id, chat in [(1, 10), (2, 10), (3, 20)]:
        q.put(update_id, chat, PRIORITY_NORMAL, body(update_id))
    first, third = q.take(10)
    assert (first.update_id, first.chat_key) == (1, 10)
    assert q.done(1, chat_key=first.chat_key), "2 waits behind it: worth a claim"
    assert not q.done(3, chat_key=third.chat_key), "nothing of chat 20 left"
    assert q.done(2), "no chat given: cannot tell, so look"
