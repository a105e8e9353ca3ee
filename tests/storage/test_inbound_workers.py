"""Webhook mode's workers on a real database (both backends), with a scripted application:
every stored update handled once, one chat's in order while chats interleave, a failing
handler still finishing its update, and an update that outlived MAX_ATTEMPTS claims dropped."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from types import SimpleNamespace
from typing import Any

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select
from telegram import Update

from bot.inbound import InboundQueue
from bot.storage import Store
from bot.storage.crypto import CryptoBox
from bot.storage.inbound import InboundUpdate
from bot.storage.models import ProcessedUpdate
from bot.telegram.inbound_workers import MAX_ATTEMPTS, Full, drain, run_workers, start
from bot.telegram.intake import PARSED, Parsed, placement

T0 = dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC)


def body(update_id: int, chat_id: int) -> str:
    chat = {"id": chat_id, "type": "private"}
    sender = {"id": chat_id, "is_bot": False, "first_name": "A"}
    message = {"message_id": update_id, "date": 0, "chat": chat, "from": sender, "text": "hi"}
    return json.dumps({"update_id": update_id, "message": message})


def claimed(store: Store) -> bool:
    with store.sessions() as session:
        return bool(session.scalars(select(InboundUpdate.claimed_by)).first())


class ScriptedApp:
    """What the workers use of PTB's Application: process_update, bot_data, bot."""

    def __init__(self, queue: InboundQueue, fail: set[int]) -> None:
        self.queue, self.fail = queue, fail
        self.bot = None
        self.bot_data: dict[str, Any] = {}
        self.handled: list[tuple[int, int]] = []  # (chat, update id), in handling order
        self.running: set[int] = set()
        self.overlap = False  # two updates of one chat handled at once
        self.stop = asyncio.Event()

    async def process_update(self, update: Update) -> None:
        chat = update.effective_chat.id if update.effective_chat else 0
        self.overlap |= chat in self.running
        self.running.add(chat)
        await asyncio.sleep(0)  # let the other chats' updates run meanwhile
        await asyncio.sleep(0)
        self.running.discard(chat)
        self.handled.append((chat, update.update_id))
        if update.update_id in self.fail:
            raise RuntimeError("a handler bug")


async def handle_all(app: ScriptedApp, queue: InboundQueue) -> None:
    async def watch() -> None:
        while await asyncio.to_thread(queue.backlog):
            await asyncio.sleep(0.01)
        app.stop.set()

    watcher = asyncio.create_task(watch())
    await asyncio.wait_for(
        run_workers(app, queue, asyncio.Event(), app.stop, workers=4, idle_s=0.01),  # type: ignore[arg-type]
        120,
    )
    await watcher


async def test_each_update_once_each_chat_in_order(store: Store) -> None:
    queue = InboundQueue(store)
    for update_id in range(1, 41):
        queue.put(update_id, update_id % 5, 1, body(update_id, update_id % 5))
    app = ScriptedApp(queue, fail={7})
    await handle_all(app, queue)
    assert sorted(u for _, u in app.handled) == list(range(1, 41))
    for chat in range(5):
        mine = [u for c, u in app.handled if c == chat]
        assert mine == sorted(mine)
    assert not app.overlap, "one chat's updates never run at once"
    assert [c for c, _ in app.handled[:5]] != [app.handled[0][0]] * 5, "chats interleave"
    with store.sessions() as session:
        recorded = set(session.scalars(select(ProcessedUpdate.update_id)))
    assert recorded == set(range(1, 41)), "the failed one (7) counts as handled too"


async def test_an_update_claimed_too_often_is_dropped(store: Store) -> None:
    clock = SimpleNamespace(now=T0)
    queue = InboundQueue(store, lease_s=1, wall=lambda: clock.now)
    queue.put(1, 10, 1, body(1, 10))
    queue.put(2, 11, 1, body(2, 11))
    for _ in range(MAX_ATTEMPTS):  # processes that died holding update 1
        assert [t.update_id for t in queue.take(1)] == [1]
        clock.now += dt.timedelta(seconds=2)
    app = ScriptedApp(queue, fail=set())
    await handle_all(app, queue)
    assert app.handled == [(11, 2)]
    assert queue.backlog() == 0


async def test_polling_handles_what_webhook_mode_left_then_stops_looking(store: Store) -> None:
    queue = InboundQueue(store)
    app = ScriptedApp(queue, fail=set())
    await asyncio.wait_for(drain(app, queue, app.stop, 4, idle_s=0.01), 60)  # type: ignore[arg-type]
    assert app.handled == []  # nothing stored: returns at once
    for update_id in (1, 2, 3):
        queue.put(update_id, 10, 1, body(update_id, 10))
    await asyncio.wait_for(drain(app, queue, app.stop, 4, idle_s=0.01), 60)  # type: ignore[arg-type]
    assert app.handled == [(10, 1), (10, 2), (10, 3)]
    assert queue.backlog() == 0 and not app.stop.is_set()


async def test_an_update_this_process_cannot_decrypt_is_left_to_one_that_can(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    other_key = Store(store.engine, CryptoBox([Fernet.generate_key().decode()]))
    clock = SimpleNamespace(now=T0)
    owner = InboundQueue(store, lease_s=1, wall=lambda: clock.now)
    owner.put(1, 10, 1, body(1, 10))
    stranger = InboundQueue(other_key, lease_s=1, wall=lambda: clock.now)
    app = ScriptedApp(stranger, fail=set())
    run = run_workers(app, stranger, asyncio.Event(), app.stop, workers=2, idle_s=0.01)  # type: ignore[arg-type]
    task = asyncio.create_task(run)
    while "cannot be decrypted here" not in caplog.text:  # claimed, tried, and left
        await asyncio.sleep(0.01)
    assert claimed(store)
    app.stop.set()
    await asyncio.wait_for(task, 60)
    assert app.handled == [] and stranger.backlog() == 1, "not dropped, not handled"
    clock.now += dt.timedelta(seconds=2)  # the lease ran out: the right key takes it over
    keeper = ScriptedApp(owner, fail=set())
    await handle_all(keeper, owner)
    assert keeper.handled == [(10, 1)]


async def finished_wakes(app: ScriptedApp, queue: InboundQueue, full: bool) -> bool:
    """Handle the first claimable update through `start`; whether its end woke the loop."""
    [item] = await asyncio.to_thread(queue.take, 1)
    wake, busy, state = asyncio.Event(), {}, Full()
    state.value = full
    start(app, queue, item, busy, wake, app.stop, state)  # type: ignore[arg-type]
    await asyncio.wait_for(busy[item.update_id], 60)
    await asyncio.sleep(0)  # the done callback
    assert not busy
    return wake.is_set()


async def test_a_finished_update_wakes_the_loop_only_when_a_claim_can_find_something(
    store: Store,
) -> None:
    """A claim after every finish found nothing most of the time (bench.bot_cpu --webhook)."""
    queue = InboundQueue(store)
    app = ScriptedApp(queue, fail=set())
    queue.put(1, 10, 1, body(1, 10))
    assert not await finished_wakes(app, queue, full=False), "nothing can have become claimable"
    queue.put(2, 10, 1, body(2, 10))
    queue.put(3, 10, 1, body(3, 10))
    assert await finished_wakes(app, queue, full=False), "the chat's next update is claimable"
    queue.put(4, 11, 1, body(4, 11))
    assert await finished_wakes(app, queue, full=True), "every slot was taken: one may wait"


async def test_a_chats_next_update_is_claimed_when_the_one_before_ends_not_at_the_idle_look(
    store: Store,
) -> None:
    queue = InboundQueue(store)
    for update_id in (1, 2, 3):
        queue.put(update_id, 10, 1, body(update_id, 10))
    app = ScriptedApp(queue, fail=set())
    run = run_workers(app, queue, asyncio.Event(), app.stop, workers=4, idle_s=3600)  # type: ignore[arg-type]
    task = asyncio.create_task(run)

    async def three_handled() -> None:
        while len(app.handled) < 3:
            await asyncio.sleep(0.01)

    await asyncio.wait_for(three_handled(), 60)  # an hour's idle look would time it out
    app.stop.set()
    await asyncio.wait_for(task, 60)
    assert app.handled == [(10, 1), (10, 2), (10, 3)]


async def test_an_update_read_when_stored_is_not_read_again(store: Store) -> None:
    queue = InboundQueue(store)
    app = ScriptedApp(queue, fail=set())
    parsed = app.bot_data[PARSED] = Parsed()
    data = json.loads(body(1, 10))
    key, priority = placement(lambda raw: Update.de_json(raw, None), lambda _: 1, data, parsed)
    kept = parsed._updates[1]
    queue.put(1, key, priority, json.dumps(data))
    seen: list[Update] = []
    original = app.process_update

    async def process(update: Update) -> None:
        seen.append(update)
        await original(update)

    app.process_update = process  # type: ignore[method-assign]
    await handle_all(app, queue)
    assert seen == [kept] and seen[0] is kept, "the object read at placement, not a new one"
    assert len(parsed) == 0, "taken, not kept for ever"


def test_updates_kept_for_the_workers_are_bounded() -> None:
    parsed = Parsed(limit=3)
    for update_id in range(1, 5):
        parsed.keep(Update.de_json(json.loads(body(update_id, 10)), None))
    assert len(parsed) == 1, "the limit let the three go (another process may claim them)"
    assert parsed.take(4) is not None and parsed.take(1) is None
