"""The webhook's HTTP app in-process, on both backends: what it stores (encrypted, once, with
its chat and lane), what it refuses, and /healthz when the database is away. Polling mode's
app (no webhook route) serves only /healthz and /metrics."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select
from telegram import Update

from bot.inbound import InboundQueue
from bot.storage import Store, make_engine
from bot.storage.inbound import InboundUpdate
from bot.telegram.webhook import SECRET_HEADER, Receiver, build_web_app

SECRET = "s3cret-s3cret-s3cret"
PATH = "/hook"


def update(update_id: int, chat_id: int, text: str = "hello") -> dict[str, Any]:
    sender = {"id": chat_id, "is_bot": False, "first_name": "A"}
    chat = {"id": chat_id, "type": "private"}
    message = {"message_id": 1, "date": 0, "chat": chat, "from": sender, "text": text}
    return {"update_id": update_id, "message": message}


async def nlu_off() -> bool | None:
    return None


def receiver(queue: InboundQueue) -> Receiver:
    return Receiver(
        queue=queue,
        secret=SECRET,
        to_update=lambda data: Update.de_json(data, None),
        classify=lambda u: 0 if u.message and "help me" in (u.message.text or "") else 1,
        wake=asyncio.Event(),
        nlu_health=nlu_off,
    )


@pytest.fixture
async def client(store: Store) -> AsyncIterator[TestClient[Any, Any]]:
    async with TestClient(TestServer(build_web_app(receiver(InboundQueue(store)), PATH))) as c:
        yield c


def rows(store: Store) -> list[tuple[int, int, int]]:
    with store.sessions() as session:
        found = session.scalars(select(InboundUpdate).order_by(InboundUpdate.update_id)).all()
        return [(r.update_id, r.chat_key, r.priority) for r in found]


async def test_an_update_is_stored_with_its_chat_and_lane(
    client: TestClient[Any, Any], store: Store
) -> None:
    headers = {SECRET_HEADER: SECRET}
    for body in (update(1, 42), update(2, 43, "please help me"), update(1, 42)):
        response = await client.post(PATH, json=body, headers=headers)
        assert response.status == 200
    assert rows(store) == [(1, 42, 1), (2, 43, 0)]  # the second copy of 1 stored nothing
    with store.sessions() as session:
        assert "help me" not in (session.get(InboundUpdate, 2) or InboundUpdate()).body_enc


async def test_any_json_encoding_and_lone_surrogates_are_stored(
    client: TestClient[Any, Any], store: Store
) -> None:
    headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
    utf16 = json.dumps(update(3, 44, "ok")).encode("utf-16")
    assert (await client.post(PATH, data=utf16, headers=headers)).status == 200
    surrogate = json.dumps(update(4, 45, "\ud800 broken")).encode()  # an escape, not a char
    assert (await client.post(PATH, data=surrogate, headers=headers)).status == 200
    assert [r[0] for r in rows(store)] == [3, 4]


async def test_refusals_store_nothing(client: TestClient[Any, Any], store: Store) -> None:
    body = json.dumps(update(5, 42))
    assert (await client.post(PATH, data=body)).status == 401
    assert (await client.post(PATH, data=body, headers={SECRET_HEADER: "x" * 20})).status == 403
    for bad in ("", "{", "[]", '{"update_id": null}'):
        response = await client.post(PATH, data=bad, headers={SECRET_HEADER: SECRET})
        assert response.status == 400
    assert (await client.get(PATH)).status == 405
    assert rows(store) == []


async def test_health_says_when_the_database_is_away(
    client: TestClient[Any, Any], store: Store
) -> None:
    response = await client.get("/healthz")
    assert (response.status, await response.json()) == (200, {"database": "ok", "nlu": "off"})
    nowhere = Store(make_engine("postgresql://nobody@127.0.0.1:1/none"), store.box)
    app = build_web_app(receiver(InboundQueue(nowhere)), PATH)
    async with TestClient(TestServer(app)) as away:
        response = await away.get("/healthz")
        assert (response.status, await response.json()) == (
            503,
            {"database": "down", "nlu": "off"},
        )
        stored = await away.post(PATH, json=update(7, 42), headers={SECRET_HEADER: SECRET})
        assert stored.status == 503, "not stored: Telegram must try again"
        assert (await away.get("/metrics")).status == 200, "a scrape survives a dead database"
    nowhere.engine.dispose()


async def test_polling_mode_serves_no_webhook(store: Store) -> None:
    app = build_web_app(receiver(InboundQueue(store)), None)
    async with TestClient(TestServer(app)) as client:
        body = update(9, 42)
        response = await client.post(PATH, json=body, headers={SECRET_HEADER: SECRET})
        assert response.status in (404, 405)
        assert (await client.get("/metrics")).status == 200
    assert rows(store) == []
