"""A chat's own command menu is no message (bot/telegram/chat_menu.py): it takes no place
in the lanes' 30 a second nor in the shared send budget, it waits while replies wait for
their turn, and a 429 on it pauses the menus, never the replies. Sent in the lowest lane as
a message, the menus of Burmese and Khmer newcomers (their app is in another language)
took the places replies came for: `make bench`'s steady 25 a second gave p50 145 / p99
343 ms, 10 / 44 ms without menus. A scripted bot; nothing timed."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from telegram.error import RetryAfter

from bot.outbox.lanes import SendLanes
from bot.telegram import chat_menu
from bot.telegram.delivery import SENDER, SERVICE, in_turns
from bot.values import Lane


class Budget:
    def __init__(self) -> None:
        self.taken = 0

    async def take(self) -> None:
        self.taken += 1


class Gate:
    def __init__(self, lanes: SendLanes | None = None) -> None:
        self.lanes = lanes or SendLanes()
        self.budget = Budget()
        self.paused_s = 0.0

    def paused_for(self) -> float:
        return self.paused_s

    def pause(self, seconds: float) -> None:
        self.paused_s = seconds


class Bot:
    def __init__(self, refuse: bool = False) -> None:
        self.menus: list[Any] = []
        self.refuse = refuse

    async def set_my_commands(self, commands: Any, scope: Any) -> bool:
        if self.refuse:
            raise RetryAfter(5)
        self.menus.append(scope.chat_id)
        return True


def holder(bot: Bot, gate: Gate) -> SimpleNamespace:
    service = SimpleNamespace(command_menu=lambda language: [("start", "Start")])
    return SimpleNamespace(bot=bot, bot_data={SENDER: gate, SERVICE: service})


async def test_a_menu_takes_no_send_budget_and_a_reply_does() -> None:
    gate, bot = Gate(), Bot()
    assert await chat_menu._call(holder(bot, gate), 42, "my")  # type: ignore[arg-type]
    assert bot.menus == [42] and gate.budget.taken == 0, "a menu is no message"

    async def reply(text: str) -> None:
        pass

    assert await in_turns(gate, Lane.PRIVATE, 42, reply, ["hello"])  # type: ignore[arg-type]
    assert gate.budget.taken == 1, "a reply is one of Telegram's 30 a second"


async def test_a_menu_takes_no_place_in_the_lanes_second() -> None:
    gate, bot = Gate(SendLanes(per_s=1, window_s=3600)), Bot()  # one turn an hour
    assert await chat_menu._call(holder(bot, gate), 42, "my")  # type: ignore[arg-type]

    async def reply(text: str) -> None:
        pass

    sent = in_turns(gate, Lane.PRIVATE, 42, reply, ["hello"])  # type: ignore[arg-type]
    assert await asyncio.wait_for(sent, 30), "the reply's turn was not taken by the menu"


async def test_a_menu_waits_while_a_reply_waits_for_its_turn() -> None:
    lanes = SendLanes()
    gate, bot = Gate(lanes), Bot()
    await lanes.take(Lane.PRIVATE)  # a reply on the wire
    waiting = asyncio.create_task(lanes.take(Lane.PRIVATE))  # and one waiting for its turn
    await asyncio.sleep(0)
    menu = asyncio.create_task(chat_menu._call(holder(bot, gate), 42, "my"))  # type: ignore[arg-type]
    await asyncio.sleep(0.2)
    assert bot.menus == [], "the menu waits for the reply waiting"
    lanes.release()  # the first reply is done: the waiting one gets its turn
    await waiting
    lanes.release()
    assert await asyncio.wait_for(menu, 30) and bot.menus == [42]


async def test_a_429_on_a_menu_pauses_the_menus_not_the_replies() -> None:
    gate, refusing = Gate(), Bot(refuse=True)
    place = holder(refusing, gate)
    assert not await chat_menu._call(place, 42, "my")  # type: ignore[arg-type]
    assert gate.paused_for() == 0, "the replies go on"
    place.bot = Bot()
    assert not await chat_menu._call(place, 43, "km"), "menus wait out the 429"  # type: ignore[arg-type]
    assert place.bot.menus == []
    place.bot_data[chat_menu.MENUS_PAUSED] = 0.0  # the pause is over
    assert await chat_menu._call(place, 43, "km")  # type: ignore[arg-type]
    assert place.bot.menus == [43]


class Forgetting:
    """deleteMyCommands refused once with a 429 of a second, then taken."""

    def __init__(self) -> None:
        self.deleted: list[int] = []
        self.refused = 0

    async def delete_my_commands(self, scope: Any) -> bool:
        if not self.refused:
            self.refused += 1
            raise RetryAfter(1)
        self.deleted.append(scope.chat_id)
        return True


async def test_the_retention_jobs_menus_wait_out_a_429_and_are_all_deleted() -> None:
    bot = Forgetting()
    place = holder(bot, Gate())  # type: ignore[arg-type]
    done = await asyncio.wait_for(chat_menu.forget_each(place, [41, 42, 43]), 60)  # type: ignore[arg-type]
    assert (done, bot.deleted, bot.refused) == (3, [41, 42, 43], 1)
