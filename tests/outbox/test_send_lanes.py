"""Send turns (bot/outbox/lanes.py): one at a time, the lower lane first, first come first
served within a lane, never more than `per_s` turns in one window, and a group waiting for
its own room outside the line. A controlled clock: a window opens only when the test moves
it, so the order does not depend on timing."""

from __future__ import annotations

import asyncio

from bot.outbox.lanes import GROUP_PER_MIN, SWEEP_AT_LEAST, SendLanes
from bot.values import Lane

WAIT_S = 10.0


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_turns_go_urgent_first_then_private_then_groups_then_broadcasts():
    clock = Clock()
    lanes = SendLanes(per_s=1, window_s=0.01, clock=clock)
    await lanes.take(Lane.PRIVATE)  # the window is now full until the clock moves
    lanes.release()
    order: list[str] = []

    async def send(name: str, lane: Lane) -> None:
        async with lanes.turn(lane):
            order.append(name)

    waiting = [
        ("bulk", Lane.BULK),
        ("group", Lane.GROUP),
        ("private 1", Lane.PRIVATE),
        ("urgent", Lane.URGENT),
        ("private 2", Lane.PRIVATE),
    ]
    tasks = [asyncio.create_task(send(name, lane)) for name, lane in waiting]
    async with asyncio.timeout(10):
        while lanes.waiting() < len(waiting):
            await asyncio.sleep(0)
        assert order == []  # nobody starts while the window is full
        while len(order) < len(waiting):
            before = len(order)
            clock.now += 1.0  # one more turn's room
            while len(order) == before:
                await asyncio.sleep(0.001)
    await asyncio.gather(*tasks)
    assert order == ["urgent", "private 1", "private 2", "group", "bulk"]


async def test_no_more_than_per_s_turns_in_one_window():
    clock = Clock()
    lanes = SendLanes(per_s=3, window_s=0.05, clock=clock)
    for _ in range(3):
        async with lanes.turn(Lane.PRIVATE):  # three at once: a burst within the limit
            pass
    fourth = asyncio.create_task(lanes.take(Lane.URGENT))
    for _ in range(20):
        await asyncio.sleep(0)
    assert not fourth.done()  # even urgent waits for the window
    clock.now = 1.0
    async with asyncio.timeout(10):
        await fourth


async def test_a_cancelled_waiter_leaves_the_line():
    clock = Clock()
    lanes = SendLanes(per_s=1, window_s=0.01, clock=clock)
    await lanes.take(Lane.PRIVATE)  # held: the others wait in line
    first = asyncio.create_task(lanes.take(Lane.URGENT))
    second = asyncio.create_task(lanes.take(Lane.GROUP))
    while lanes.waiting() < 2:
        await asyncio.sleep(0)
    first.cancel()
    await asyncio.gather(first, return_exceptions=True)
    assert lanes.waiting() == 1
    lanes.release()
    clock.now = 1.0
    async with asyncio.timeout(10):
        await second


async def test_one_send_at_a_time_the_next_turn_when_the_last_ends():
    lanes = SendLanes()
    async with lanes.turn(Lane.GROUP):
        urgent = asyncio.create_task(lanes.take(Lane.URGENT))
        for _ in range(20):
            await asyncio.sleep(0)
        assert not urgent.done()  # even urgent waits for the send on the wire
    async with asyncio.timeout(10):
        await urgent
    lanes.release()


async def test_a_group_out_of_room_waits_outside_the_line():
    clock = Clock()
    lanes = SendLanes(clock=clock, group_per_min=2, group_window_s=0.01)
    for _ in range(2):
        async with lanes.turn(Lane.GROUP, chat=-100_1):
            pass
    third = asyncio.create_task(_send(lanes, Lane.GROUP, -100_1))
    for _ in range(20):
        await asyncio.sleep(0)
    assert not third.done() and lanes.waiting() == 0  # not in the line: nobody held up
    async with asyncio.timeout(10):
        async with lanes.turn(Lane.PRIVATE):
            pass
        async with lanes.turn(Lane.GROUP, chat=-100_2):  # another group has room
            pass
        clock.now = 60.0  # a minute later: room again
        await third


async def _send(lanes: SendLanes, lane: Lane, group: int) -> None:
    async with lanes.turn(lane, chat=group):
        pass


async def test_a_private_chat_paced_when_asked_waits_outside_the_line():
    clock = Clock()
    lanes = SendLanes(clock=clock, private_interval_s=0.01)
    async with lanes.turn(Lane.PRIVATE, chat=42):
        pass
    second = asyncio.create_task(_send(lanes, Lane.PRIVATE, 42))
    for _ in range(20):
        await asyncio.sleep(0)
    assert not second.done() and lanes.waiting() == 0
    async with asyncio.timeout(10):
        async with lanes.turn(Lane.PRIVATE, chat=43):  # another person is not held up
            pass
        clock.now = 1.0
        await second


async def test_a_chats_pace_counts_from_the_end_of_its_last_send_not_from_its_wait():
    # A reply that waited long for its turn (a burst) and went out at 5.0: the chat's next
    # send is due at 6.0, not a second after the first one began to wait.
    clock = Clock()
    lanes = SendLanes(clock=clock, private_interval_s=1.0)
    async with lanes.turn(Lane.PRIVATE, chat=42):
        assert lanes.room_in(42) == 1.0  # a send on its way holds the chat's room
        clock.now = 5.0
    assert lanes.room_in(42) == 1.0
    clock.now = 5.4
    assert abs(lanes.room_in(42) - 0.6) < 1e-9
    second = asyncio.create_task(_send(lanes, Lane.PRIVATE, 42))
    for _ in range(20):
        await asyncio.sleep(0)
    assert not second.done()
    clock.now = 6.0
    async with asyncio.timeout(10):
        await second
    assert lanes.room_in(7) == 0.0 and lanes.room_in(-100) == 0.0  # others, groups: no wait


async def test_a_send_that_never_got_its_turn_gives_the_chat_its_room_back():
    clock = Clock()
    lanes = SendLanes(per_s=1, window_s=10.0, clock=clock, private_interval_s=1.0)
    await lanes.take(Lane.PRIVATE)  # the window is full until the clock moves
    lanes.release()
    loop = asyncio.get_running_loop()
    try:
        async with lanes.turn(Lane.PRIVATE, chat=42, until=loop.time() + 0.05):
            raise AssertionError("no turn was free")
    except TimeoutError:
        pass
    assert lanes.room_in(42) == 0.0  # nothing was sent: the chat is not held
    clock.now = 20.0
    async with asyncio.timeout(10):
        await _send(lanes, Lane.PRIVATE, 42)
    assert lanes.room_in(42) == 1.0


async def test_a_group_send_that_ended_out_of_turn_leaves_the_window_on_time():
    # Stamps are set when a send ends, so they fall out of order: an urgent send to a group
    # can start and end before a group-lane send to it that reserved room first. Once the
    # clock leaves the window, the finished one must stop counting even though it sits behind
    # one still on its way (it made a third send wait on a negative sleep, in a loop).
    clock = Clock()
    lanes = SendLanes(clock=clock, group_per_min=2, group_window_s=10.0)
    await lanes.take(Lane.PRIVATE)  # someone's send is on the wire: both wait for turns
    on_wire = asyncio.Event()
    release_slow = asyncio.Event()

    async def slow() -> None:
        async with lanes.turn(Lane.GROUP, chat=-100_7):
            on_wire.set()
            await release_slow.wait()

    slow_task = asyncio.create_task(slow())
    quick = asyncio.create_task(_send(lanes, Lane.URGENT, -100_7))
    for _ in range(20):
        await asyncio.sleep(0)
    assert lanes.waiting() == 2
    lanes.release()  # the urgent one goes first and ends; then the slow one holds the line
    async with asyncio.timeout(WAIT_S):
        await quick
        await on_wire.wait()
    clock.now = 11.0  # the quick send left the group's window; the slow one is still sending
    third = asyncio.create_task(_send(lanes, Lane.GROUP, -100_7))
    for _ in range(20):
        await asyncio.sleep(0)
    assert lanes.waiting() == 1, "the group has room: the third send waits in the line"
    release_slow.set()
    async with asyncio.timeout(WAIT_S):
        await slow_task
        await third


async def test_a_crowd_of_chats_is_forgotten_once_idle_but_a_busy_group_keeps_its_pace():
    clock = Clock()
    lanes = SendLanes(per_s=100_000, clock=clock, private_interval_s=1.0)
    for _ in range(GROUP_PER_MIN):  # the group's minute is full
        async with lanes.turn(Lane.GROUP, chat=-100):
            pass
    for second in range(6):  # 6,000 people, a thousand every 2 s, each answered once
        clock.now = 2.0 * second
        for chat in range(1000 * second, 1000 * (second + 1)):
            async with lanes.turn(Lane.PRIVATE, chat=chat + 1):
                pass
        # Idle private chats go: the table stays near one round's crowd, not all 6,000.
        assert len(lanes._chats) <= 2 * SWEEP_AT_LEAST + 1
    assert lanes.room_in(6_000) > 0  # the last person's second is not over
    group = asyncio.create_task(_send(lanes, Lane.GROUP, -100))
    for _ in range(20):
        await asyncio.sleep(0)
    assert not group.done()  # the group's minute is not over: it still waits for room
    group.cancel()


async def test_a_sweep_keeps_a_chat_whose_send_is_still_waiting_for_its_turn():
    clock = Clock()
    lanes = SendLanes(per_s=100_000, clock=clock, private_interval_s=1.0)
    for chat in range(SWEEP_AT_LEAST):  # idle by the time the crowd below comes
        async with lanes.turn(Lane.PRIVATE, chat=10_000 + chat):
            pass
    async with lanes.turn(Lane.PRIVATE, chat=1):  # holds the wire: the rest wait in line
        late = asyncio.create_task(_send(lanes, Lane.BULK, 7))
        clock.now = 100.0
        crowd = [
            asyncio.create_task(_send(lanes, Lane.PRIVATE, 20_000 + chat))
            for chat in range(SWEEP_AT_LEAST)
        ]
        while lanes.waiting() < len(crowd) + 1:
            await asyncio.sleep(0)
        assert len(lanes._chats) <= SWEEP_AT_LEAST + 2  # the idle thousand were swept
        assert lanes.room_in(7) == 1.0  # chat 7's waiting send still counts
    async with asyncio.timeout(10):
        await asyncio.gather(late, *crowd)


async def test_idle_returns_at_once_with_no_one_in_line_and_wakes_when_the_line_empties():
    lanes = SendLanes()
    async with asyncio.timeout(10):
        await lanes.idle()  # nobody waits
    await lanes.take(Lane.PRIVATE)  # on the wire: not a waiter
    async with asyncio.timeout(10):
        await lanes.idle()
    second = asyncio.create_task(lanes.take(Lane.PRIVATE))
    third = asyncio.create_task(lanes.take(Lane.GROUP))
    while lanes.waiting() < 2:
        await asyncio.sleep(0)
    idle = asyncio.create_task(lanes.idle())
    lanes.release()  # the second gets its turn: the third still waits
    await second
    for _ in range(20):
        await asyncio.sleep(0)
    assert not idle.done(), "one still waits for its turn"
    lanes.release()  # the third gets its turn: nobody waits now
    await third
    async with asyncio.timeout(10):
        await idle
    lanes.release()


async def test_an_idle_waiter_that_gave_up_harms_nothing_and_a_cancelled_send_empties_the_line():
    lanes = SendLanes()
    await lanes.take(Lane.PRIVATE)
    waiting = asyncio.create_task(lanes.take(Lane.PRIVATE))
    while lanes.waiting() < 1:
        await asyncio.sleep(0)
    try:
        async with asyncio.timeout(0.01):
            await lanes.idle()
    except TimeoutError:
        pass
    later = asyncio.create_task(lanes.idle())
    await asyncio.sleep(0)
    waiting.cancel()  # the only waiter leaves the line
    await asyncio.gather(waiting, return_exceptions=True)
    async with asyncio.timeout(10):
        await later
    lanes.release()
