"""The dispatcher (bot/telegram/dispatch.py) on its own: chats side by side, one chat in order,
the offset only past the contiguous prefix handled and recorded, a redelivered update never
started twice, danger first, and no exception that stops it. Handlers are scripted with
events, so nothing here depends on timing."""

from __future__ import annotations

import asyncio
import random
from collections import defaultdict
from collections.abc import Hashable

from telegram import Chat, Message, Update

from bot.telegram.dispatch import Dispatcher, lane_of_update
from bot.values import Lane

WAIT_S = 10.0  # only a bound for a broken test: nothing waits for it when all is well


def update(update_id: int, chat_id: int, text: str = "hi") -> Update:
    chat = Chat(chat_id, Chat.PRIVATE)
    message = Message(update_id, None, chat, text=text)  # type: ignore[arg-type]
    return Update(update_id, message=message)


def urgent_if_help(item: Update) -> Lane:
    message = item.effective_message
    return Lane.URGENT if message is not None and message.text == "HELP" else Lane.PRIVATE


class Script:
    """Handlers that record what ran, when, and how many at once; some ids held on events."""

    def __init__(self) -> None:
        self.started: list[int] = []
        self.finished: list[int] = []
        self.recorded: list[int] = []
        self.running = 0
        self.most_at_once = 0
        self.holds: dict[int, asyncio.Event] = {}
        self.record_holds: dict[int, asyncio.Event] = {}
        self.fail: set[int] = set()

    def hold(self, update_id: int) -> asyncio.Event:
        return self.holds.setdefault(update_id, asyncio.Event())

    async def handle(self, item: Update) -> None:
        self.started.append(item.update_id)
        self.running += 1
        self.most_at_once = max(self.most_at_once, self.running)
        try:
            for _ in range(random.randint(0, 3)):  # interleave with the other chats
                await asyncio.sleep(0)
            if item.update_id in self.holds:
                await self.holds[item.update_id].wait()
            if item.update_id in self.fail:
                raise RuntimeError("a handler bug")
        finally:
            self.running -= 1
            self.finished.append(item.update_id)

    async def record(self, item: Update) -> bool:
        if item.update_id in self.record_holds:
            await self.record_holds[item.update_id].wait()
        self.recorded.append(item.update_id)
        return True

    def dispatcher(self, limit: int = 4) -> Dispatcher:
        return Dispatcher(self.handle, self.record, limit=limit, lane_of=urgent_if_help)


async def until(condition, what: str) -> None:  # type: ignore[no-untyped-def]
    async with asyncio.timeout(WAIT_S):
        while not condition():
            await asyncio.sleep(0.001)
    assert condition(), what


async def test_chats_run_side_by_side_and_each_chat_keeps_its_order():
    random.seed(11)
    script = Script()
    dispatcher = script.dispatcher(limit=8)
    sent: dict[Hashable, list[int]] = defaultdict(list)
    ids = iter(range(1, 10_000))
    for _ in range(5):  # five batches, each with several messages of each of 30 chats
        batch = []
        for chat in random.sample(range(100, 130), 30):
            for _ in range(random.randint(1, 3)):
                batch.append(update(next(ids), chat))
        batch.sort(key=lambda item: item.update_id)
        for item in batch:
            sent[item.effective_chat.id].append(item.update_id)  # type: ignore[union-attr]
        dispatcher.offer(batch)
    total = sum(len(order) for order in sent.values())
    await until(lambda: len(script.recorded) == total, "all handled")
    by_chat: dict[int, list[int]] = defaultdict(list)
    for update_id in script.started:
        chat = next(c for c, order in sent.items() if update_id in order)
        by_chat[chat].append(update_id)  # type: ignore[index]
    assert by_chat == sent  # 100 % in order, per chat
    assert 1 < script.most_at_once <= 8
    assert dispatcher.offset() == total + 1


async def test_the_offset_passes_only_the_contiguous_prefix_handled_and_recorded():
    script = Script()
    slow = script.hold(2)
    dispatcher = script.dispatcher()
    dispatcher.offer([update(1, 10), update(2, 20), update(3, 30), update(4, 40)])
    await until(lambda: sorted(script.recorded) == [1, 3, 4], "the others done")
    assert dispatcher.offset() == 2  # 3 and 4 are done, but 2 is not: Telegram keeps them
    slow.set()
    await until(lambda: 2 in script.recorded, "the slow one done")
    assert dispatcher.offset() == 5


async def test_an_update_returned_again_while_running_or_unacknowledged_is_not_started_again():
    script = Script()
    slow = script.hold(1)
    dispatcher = script.dispatcher()
    batch = [update(1, 10), update(2, 20)]
    assert dispatcher.offer(batch) == 2
    await until(lambda: 2 in script.recorded, "2 done")
    # Telegram returns both again: 1 is still running, 2 is done but cannot be acknowledged.
    assert dispatcher.offer([update(1, 10), update(2, 20), update(3, 30)]) == 1
    slow.set()
    await until(lambda: len(script.recorded) == 3, "all done")
    assert dispatcher.offset() == 4
    assert dispatcher.offer([update(2, 20)]) == 0  # a stale batch: acknowledged already
    assert sorted(script.started) == [1, 2, 3]


async def test_danger_starts_before_the_backlog_and_a_chat_keeps_its_order_even_so():
    script = Script()
    first = script.hold(1)
    dispatcher = script.dispatcher(limit=1)
    backlog = [update(n, 100 + n) for n in range(1, 40)]  # 39 chats, one at a time
    later = [update(40, 500, "HELP"), update(41, 105, "HELP")]  # chat 105 has update 5 queued
    dispatcher.offer(backlog)
    dispatcher.offer(later)
    await until(lambda: script.started == [1], "the first running")
    first.set()
    await until(lambda: len(script.recorded) == 41, "all done")
    # After the one already running: the urgent chats, in the order they became urgent;
    # chat 105's earlier update 5 still goes before its urgent 41.
    assert script.started[:5] == [1, 40, 5, 41, 2]


async def test_no_exception_stops_it_and_a_failed_handler_still_counts_as_handled():
    script = Script()
    script.fail = {2}

    def lane_that_fails(item: Update) -> Lane:
        if item.update_id == 3:
            raise ValueError("a classification bug")
        return Lane.PRIVATE

    dispatcher = Dispatcher(script.handle, script.record, limit=2, lane_of=lane_that_fails)
    dispatcher.offer([update(n, 10 + n) for n in (1, 2, 3, 4)])
    await until(lambda: len(script.recorded) == 4, "all done")
    assert dispatcher.offset() == 5


async def test_a_record_that_hangs_holds_up_its_own_chat_only():
    script = Script()
    stuck = script.record_holds.setdefault(1, asyncio.Event())
    dispatcher = script.dispatcher(limit=1)  # one slot: recording must not keep it
    dispatcher.offer([update(1, 10), update(2, 10), update(3, 20), update(4, 30)])
    await until(lambda: sorted(script.recorded) == [3, 4], "the other chats done")
    assert 2 not in script.started  # chat 10 waits for its first update's record
    assert dispatcher.offset() is None  # and nothing is acknowledged past it
    stuck.set()
    await until(lambda: len(script.recorded) == 4, "all done")
    assert script.started.index(1) < script.started.index(2)
    assert dispatcher.offset() == 5


async def test_closing_waits_for_the_updates_running_and_starts_no_more():
    script = Script()
    slow = script.hold(1)
    dispatcher = script.dispatcher(limit=1)
    dispatcher.offer([update(1, 10), update(2, 20)])
    await until(lambda: script.started == [1], "the first running")
    closing = asyncio.create_task(dispatcher.close(WAIT_S))
    await asyncio.sleep(0)
    assert not closing.done()
    slow.set()
    await closing
    assert script.recorded == [1]  # finished and recorded; 2 was never started
    assert script.started == [1]
    assert dispatcher.offset() == 2


class Words:
    """A service stand-in: danger is the word HELP (the real check: tests/safety)."""

    def lane_of(self, words: str) -> Lane:
        return Lane.URGENT if "HELP" in words else Lane.PRIVATE


def test_the_lane_of_an_update_reads_what_the_person_typed_in_private() -> None:
    service = Words()
    group = Chat(-100_1, Chat.SUPERGROUP)
    in_group = Update(1, message=Message(1, None, group, text="HELP"))  # type: ignore[arg-type]
    photo = Update(2, message=Message(2, None, Chat(5, Chat.PRIVATE), caption="HELP"))  # type: ignore[arg-type]
    assert lane_of_update(service, update(3, 5, "HELP me")) == Lane.URGENT  # type: ignore[arg-type]
    assert lane_of_update(service, photo) == Lane.URGENT  # type: ignore[arg-type]
    assert lane_of_update(service, update(4, 5, "hello")) == Lane.PRIVATE  # type: ignore[arg-type]
    assert lane_of_update(service, in_group) == Lane.GROUP  # type: ignore[arg-type]
