"""A person's text costs three transactions (issue 11), and keeps its guarantees.

What the Telegram adapter's on_text does, through the real service and database (SQLite and
PostgreSQL): one read (handled already? the state), the handling transaction (the processed
record, the message id for /clear, the state, the held replies), the settling of the replies
sent. A redelivered update is then seen by the read and is not answered twice even when it
gets past it; a handling that fails leaves nothing behind, its processed record included.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from bot.content import CatalogHolder
from bot.service import BotService
from bot.storage import Store
from bot.storage.models import Outbox, ProcessedUpdate, SentMessage

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_CONTENT = ROOT / "tests" / "fixtures" / "content"
CHAT, UPDATE, INCOMING = 4242, 7001, 55
UID = f"tg:{CHAT}"


@pytest.fixture
def service(store: Store) -> BotService:
    return BotService(store, CatalogHolder(FIXTURE_CONTENT), None, ROOT / "locales")


@pytest.fixture
def begins(store: Store) -> Iterator[list[int]]:
    """One entry per transaction begun on the store's engine."""
    begun: list[int] = []

    def count(_connection: object) -> None:
        begun.append(1)

    event.listen(store.engine, "begin", count)
    yield begun
    event.remove(store.engine, "begin", count)


def sent_ids(store: Store) -> list[int]:
    with store.sessions() as session:
        query = select(SentMessage.message_id).where(SentMessage.chat_id == CHAT)
        return sorted(session.scalars(query))


def count_of(store: Store, model: type[ProcessedUpdate] | type[Outbox]) -> int:
    with store.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_text_is_read_handled_and_settled_in_three_transactions(
    service: BotService, store: Store, begins: list[int]
) -> None:
    turn = service.read_turn(UID, UPDATE)
    assert not turn.seen and turn.staff_step is None
    answer = asyncio.run(
        service.answer_text(UID, "hello", UPDATE, CHAT, state=turn.state, incoming=[INCOMING])
    )
    assert answer.replies and answer.held is not None
    service.settle_replies(CHAT, answer.held, [900 + n for n in range(answer.held.count)])
    assert len(begins) == 3
    # The handling transaction wrote the processed record and the person's message id.
    assert count_of(store, ProcessedUpdate) == 1
    assert sent_ids(store) == sorted([INCOMING, *(900 + n for n in range(answer.held.count))])
    assert count_of(store, Outbox) == 0  # all sent: the held rows went


def test_a_redelivered_text_is_seen_and_never_answered_twice(
    service: BotService, store: Store
) -> None:
    first = asyncio.run(service.answer_text(UID, "hello", UPDATE, CHAT, incoming=[INCOMING]))
    assert first.held is not None
    assert service.read_turn(UID, UPDATE).seen
    # Past the read (two deliveries read at once): the handling transaction refuses it.
    again = asyncio.run(service.answer_text(UID, "hello", UPDATE, CHAT, incoming=[INCOMING]))
    assert again.replies == () and again.held is None
    assert count_of(store, Outbox) == first.held.count  # no second set of held replies
    assert sent_ids(store) == [INCOMING]


def test_a_failed_handling_leaves_no_record_and_no_ids(
    service: BotService, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the engine failed")

    monkeypatch.setattr("bot.service.engine.handle", broken)
    with pytest.raises(RuntimeError):
        asyncio.run(service.answer_text(UID, "hello", UPDATE, CHAT, incoming=[INCOMING]))
    # Not recorded as handled (polling records it after the error handler), nothing kept:
    # the adapter writes the ids apart then (bot/telegram/handlers.py on_text).
    assert not service.read_turn(UID, UPDATE).seen
    assert sent_ids(store) == []
