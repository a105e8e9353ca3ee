"""Direct replies take turns by lane (bot/telegram/handlers.py `deliver`, bot/outbox/lanes.py):
a group or inbox out of room (its 20 a minute) waits without holding up a private reply,
urgent replies start first, and a flood wait still stops everyone (the rest goes to the
outbox). A scripted bot and a controlled clock: nothing is timed."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from types import SimpleNamespace
from typing import Any

from telegram.error import Forbidden

from bot.outbox.lanes import SendLanes
from bot.telegram.delivery import FLIGHTS, SENDER, SERVICE, Flights, answer_now, deliver
from bot.values import Answer, Held, Lane, Reply

WAIT_S = 10.0


class Gate:
    """The outbox sender's part deliver uses: the lanes and the one flood wait."""

    def __init__(self, lanes: SendLanes) -> None:
        self.lanes = lanes
        self.paused_s = 0.0
        self.budget = None  # one instance: no shared send budget (bot/outbox/budget.py)

    def paused_for(self) -> float:
        return self.paused_s

    def pause(self, seconds: float) -> None:
        self.paused_s = seconds


class Bot:
    def __init__(self) -> None:
        self.sent: list[tuple[int, str]] = []
        self.held: dict[int, asyncio.Event] = {}  # chat -> released when set

    async def send_message(self, chat_id: int, text: str, **_: Any) -> Any:
        if chat_id in self.held:
            await self.held[chat_id].wait()
        self.sent.append((chat_id, text))
        return SimpleNamespace(message_id=len(self.sent))


class Service:
    def __init__(self) -> None:
        self.deferred: list[tuple[int, list[str], bool]] = []
        self.settled: list[tuple[int, Held, list[int]]] = []
        self.woken = 0

    def settle_replies(self, chat_id: int, held: Held, message_ids: list[int]) -> None:
        self.settled.append((chat_id, held, list(message_ids)))

    async def settle_replies_quickly(self, chat_id: int, held: Held, ids: list[int]) -> bool:
        return False  # as on SQLite: settle_replies, in a thread

    def on_outbox(self) -> None:
        self.woken += 1

    def defer_replies(
        self, chat_id: int, replies: Any, update_id: int, first: int = 0, urgent: bool = False
    ) -> None:
        self.deferred.append((chat_id, [reply.text for reply in replies], urgent))

    def record_sent(self, chat_id: int, ids: list[int], known_only: bool = False) -> None:
        pass

    def group_took(self, chat_id: int) -> None:
        pass


def part(hold: Held, first: int, count: int) -> Held:
    """The held replies from `first` on, `count` of them (settled apart)."""
    return dataclasses.replace(hold, first=hold.first + first, count=count)


def context(bot: Bot, service: Service, gate: Gate) -> Any:
    return SimpleNamespace(bot=bot, bot_data={SERVICE: service, SENDER: gate})


async def test_a_group_out_of_room_does_not_hold_up_a_private_reply():
    clock = SimpleNamespace(now=0.0)
    lanes = SendLanes(clock=lambda: clock.now, group_per_min=1, group_window_s=0.01)
    bot, service = Bot(), Service()
    ctx = context(bot, service, Gate(lanes))
    await deliver(ctx, -100_1, (Reply("card 1"),), 1)  # the group's pace used up
    group = asyncio.create_task(deliver(ctx, -100_1, (Reply("card 2"),), 2))
    await asyncio.sleep(0)
    async with asyncio.timeout(WAIT_S):
        await deliver(ctx, 42, (Reply("your answer"),), 3)
    assert bot.sent == [(-100_1, "card 1"), (42, "your answer")]  # the card still waits
    clock.now = 60.0  # the group has room again
    async with asyncio.timeout(WAIT_S):
        await group
    assert bot.sent[-1] == (-100_1, "card 2")


async def test_urgent_replies_start_before_others_waiting_for_a_turn():
    clock = SimpleNamespace(now=0.0)
    lanes = SendLanes(per_s=1, window_s=0.01, clock=lambda: clock.now)
    bot, service = Bot(), Service()
    ctx = context(bot, service, Gate(lanes))
    await lanes.take(Lane.PRIVATE)  # the window is full until the clock moves
    lanes.release()
    waiting = [
        asyncio.create_task(deliver(ctx, 10 + n, (Reply(f"answer {n}"),), n)) for n in range(3)
    ]
    urgent = asyncio.create_task(deliver(ctx, 99, (Reply("numbers"),), 9, urgent=True))
    async with asyncio.timeout(WAIT_S):
        while lanes.waiting() < 4:
            await asyncio.sleep(0)
        while len(bot.sent) < 4:
            before = len(bot.sent)
            clock.now += 1.0
            while len(bot.sent) == before:
                await asyncio.sleep(0.001)
    await asyncio.gather(*waiting, urgent)
    assert bot.sent[0] == (99, "numbers")


async def test_a_flood_wait_sends_nothing_and_the_rest_goes_to_the_outbox_urgent_kept():
    bot, service = Bot(), Service()
    gate = Gate(SendLanes())
    gate.pause(5.0)  # Telegram's retry_after, met by someone else's send
    replies = (Reply("numbers"), Reply("answer"))
    await deliver(context(bot, service, gate), 42, replies, 7, urgent=True)
    assert bot.sent == []
    assert service.deferred == [(42, ["numbers", "answer"], True)]


def held(update_id: int, count: int, in_s: float = 20.0) -> Held:
    return Held(update_id, count, time.monotonic() + in_s)


async def test_held_replies_sent_directly_are_settled_each_as_telegram_takes_it_not_deferred():
    # One write per reply, right after Telegram took it: killed before the second one, the
    # first is not sent again when the hold ends (a chat's pace can put a second between).
    bot, service = Bot(), Service()
    replies, hold = (Reply("a"), Reply("b")), held(5, 2)
    await deliver(context(bot, service, Gate(SendLanes())), 42, replies, 5, held=hold)
    assert bot.sent == [(42, "a"), (42, "b")]
    assert service.settled == [(42, part(hold, 0, 1), [1]), (42, part(hold, 1, 1), [2])]
    assert service.deferred == []


async def test_in_a_flood_wait_held_replies_are_left_to_the_outbox_not_written_again():
    bot, service = Bot(), Service()
    gate = Gate(SendLanes())
    gate.pause(5.0)
    hold = held(6, 1)
    await deliver(context(bot, service, gate), 42, (Reply("numbers"),), 6, urgent=True, held=hold)
    assert bot.sent == [] and service.deferred == []
    assert service.settled == [(42, hold, [])]  # released to the outbox, urgent kept in its row


async def test_a_held_reply_whose_turn_comes_too_late_is_left_to_the_outbox():
    """The outbox takes a held row when its hold ends: the direct path starts no send after
    its deadline (bot/outbox/replies.py), so a reply still waiting for its turn is given up."""
    bot, service = Bot(), Service()
    lanes = SendLanes()
    await lanes.take(Lane.URGENT)  # someone else's send holds the line past the deadline
    hold = held(7, 2, in_s=0.05)
    async with asyncio.timeout(WAIT_S):
        ctx = context(bot, service, Gate(lanes))
        await deliver(ctx, 42, (Reply("a"), Reply("b")), 7, held=hold)
    assert bot.sent == [] and service.settled == [(42, hold, [])]
    lanes.release()


async def test_a_send_on_the_wire_at_the_deadline_is_not_cut_off_and_nothing_follows_it():
    """Cut off, it could still reach Telegram while the next send starts (two on the wire,
    one into a flood wait): it ends by itself (PTB's time-outs), and no later one starts."""
    bot, service = Bot(), Service()
    bot.held[42] = asyncio.Event()  # Telegram is slow to answer
    hold = held(8, 2, in_s=0.05)
    ctx = context(bot, service, Gate(SendLanes()))
    sending = asyncio.create_task(deliver(ctx, 42, (Reply("a"), Reply("b")), 8, held=hold))
    await asyncio.sleep(0.2)  # past the deadline, the first send still on the wire
    assert not sending.done()
    bot.held[42].set()
    async with asyncio.timeout(WAIT_S):
        await sending
    assert bot.sent == [(42, "a")]
    assert service.settled == [(42, part(hold, 0, 1), [1]), (42, part(hold, 1, 1), [])]


async def test_a_refusal_mid_way_still_settles_what_went():
    """A 403 after the first reply: the first is never sent again by the outbox."""

    class Refusing(Bot):
        async def send_message(self, chat_id: int, text: str, **kw: Any) -> Any:
            if self.sent:
                raise Forbidden("Forbidden: bot was blocked by the user")
            return await super().send_message(chat_id, text, **kw)

    bot, service = Refusing(), Service()
    hold = held(8, 2)
    try:
        await deliver(
            context(bot, service, Gate(SendLanes())), 42, (Reply("a"), Reply("b")), 8, held=hold
        )
    except Forbidden:
        pass
    else:
        raise AssertionError("the refusal was swallowed")
    assert service.settled == [(42, part(hold, 0, 1), [1]), (42, part(hold, 1, 1), [])]


async def test_an_answer_counts_as_handled_before_its_held_replies_go_and_is_settled_after():
    # answer_now returns at once (the update is acknowledged at the pace of handling); the
    # replies go in a task; a later answer of the same chat that had to queue in the outbox
    # behind them wakes the outbox once they settled (before, the outbox would find them held).
    lanes = SendLanes(clock=lambda: 0.0)
    bot, service = Bot(), Service()
    ctx = context(bot, service, Gate(lanes))
    bot.held[7] = asyncio.Event()  # Telegram takes its time with chat 7
    send_by = time.monotonic() + WAIT_S
    first = Answer((Reply("one"), Reply("two")), held=Held(1, 2, send_by))
    async with asyncio.timeout(WAIT_S):  # not waiting for Telegram
        await answer_now(ctx, 7, first)
    flights: Flights = ctx.bot_data[FLIGHTS]
    assert bot.sent == [] and flights.busy(7) and len(flights.tasks) == 1
    queued = Answer((Reply("three"),), held=Held(2, 1, send_by, direct=False))
    await answer_now(ctx, 7, queued)  # behind "one" and "two": the outbox's to send
    assert service.woken == 0 and flights.followed == {7}
    bot.held[7].set()
    async with asyncio.timeout(WAIT_S):
        await asyncio.wait(set(flights.tasks))
    assert bot.sent == [(7, "one"), (7, "two")]  # "three" is the outbox's
    assert [(chat, ids) for chat, _held, ids in service.settled] == [(7, [1]), (7, [2])]
    assert service.woken == 1 and not flights.busy(7) and not flights.tasks


async def test_at_stop_replies_on_their_way_get_their_time_then_are_cancelled_and_settled():
    lanes = SendLanes(clock=lambda: 0.0)
    bot, service = Bot(), Service()
    ctx = context(bot, service, Gate(lanes))
    bot.held[7] = asyncio.Event()  # never set: Telegram does not answer before the stop
    await answer_now(ctx, 7, Answer((Reply("one"),), held=Held(1, 1, time.monotonic() + 60)))
    await answer_now(ctx, 8, Answer((Reply("hi"),), held=Held(2, 1, time.monotonic() + 60)))
    flights: Flights = ctx.bot_data[FLIGHTS]
    async with asyncio.timeout(WAIT_S):
        await flights.close(0.2)
    assert bot.sent == [] and not flights.tasks
    # Both cancelled (chat 8 waited behind chat 7's send on the wire) and settled with nothing
    # sent: their rows go to the outbox, which sends them after a restart or on another
    # instance.
    assert sorted((chat, ids) for chat, _held, ids in service.settled) == [(7, []), (8, [])]


async def test_clear_waits_for_the_chats_replies_on_their_way_and_only_for_them():
    """/clear plans from the recorded ids (handlers.clear_chat): it first waits for the
    chat's replies still on their way, not for another chat's, and not past its limit."""
    flights = Flights(lambda: None)
    done: list[str] = []

    async def reply(name: str, seconds: float) -> None:
        await asyncio.sleep(seconds)
        done.append(name)

    flights.start(1, reply("mine", 0.05))
    flights.start(2, reply("another chat's", 5.0))
    started = time.monotonic()
    await flights.landed(1, 2.0)
    assert done == ["mine"] and time.monotonic() - started < 1.0
    await flights.landed(3, 2.0)  # nothing on its way: no wait
    started = time.monotonic()
    await flights.landed(2, 0.1)  # the limit: /clear goes on without it
    assert done == ["mine"] and time.monotonic() - started < 1.0
    await flights.close(0.0)
