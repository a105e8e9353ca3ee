"""Nobody waits for anybody (issue 11), through the real bot process and the fake Telegram:
many chats at once with each chat's order kept, danger handled before a backlog, and one
stalled NLU parse holding up nobody else.

Nothing here reads a clock: a parse is stalled until the test lets it go, and what must come
first is checked by the order Telegram received the sends, so a busy machine changes nothing.
"""

from __future__ import annotations

import asyncio
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.driver import Oracle, Person
from tests.e2e_referrals.scenes import next_in
from tests.e2e_referrals.world import REPLY_TIMEOUT_S, until
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess
from tests.fakes.rasa_server import FakeRasa

pytestmark = pytest.mark.e2e

SLOTS = 4  # updates handled at once in this module: small, so a backlog is easy to make
STALL = "stall-this-parse"
DANGER = "they lock me in the room"  # an emergency keyword phrase (content/ triage)
COMMANDS = ("help", "privacy", "mycases")


@pytest.fixture(scope="module")
def bot_settings() -> dict[str, str]:
    # The NLU waits longer than any test here: a stalled parse ends when the test says so.
    # What came first is read from the order of the sends: without a person's pace (one send
    # a second to a chat, tests/outbox/test_send_lanes.py), which would hold a reply to
    # someone the bot wrote to within the last second.
    return {"HANDLE_CONCURRENCY": str(SLOTS), "NLU_TIMEOUT": "60", "SEND_PRIVATE_INTERVAL": "0"}


_ids = iter(range(941_000_000, 941_900_000))


async def onboarded(
    tg: FakeTelegram, oracle: Oracle, count: int, ids: Iterator[int] = _ids
) -> list[Person]:
    """`count` new people with a profile (each module gives its own range of ids)."""
    people = [Person(tg, oracle, next(ids)) for _ in range(count)]
    await asyncio.gather(*(person.onboard("en", "MM", "TH") for person in people))
    return people


@dataclass
class Backlog:
    """What `danger_behind_a_backlog` made."""

    sends_before: int  # sendMessage calls made before it
    users: list[int]  # the backlog's new users, one /help each
    updates: list[int]  # those /help updates' ids
    danger: list[int]  # the danger messages' update ids, written after the whole backlog


async def danger_behind_a_backlog(
    tg: FakeTelegram,
    fake_nlu: FakeRasa,
    busy: list[Person],
    in_danger: list[Person],
    size: int,
    ids: Iterator[int],
) -> Backlog:
    """Every handling slot taken by a parse that does not end (one per `busy` person: the
    caller has stalled the NLU and releases it), then `size` new users' /help, then danger
    from `in_danger`."""
    for person in busy:  # every slot taken by a parse that does not end
        tg.user_sends_text(person.user_id, f"{STALL} my salary")
    await until(lambda: fake_nlu.stalled == len(busy), REPLY_TIMEOUT_S, "every slot busy")
    scene = Backlog(len(tg.calls_to("sendMessage")), [], [], [])
    for _ in range(size):
        scene.users.append(next(ids))
        tg.user_sends_command(scene.users[-1], "help")
        scene.updates.append(tg.last_update_id)
    for person in in_danger:
        tg.user_sends_text(person.user_id, DANGER)
        scene.danger.append(tg.last_update_id)
    return scene


def started_in_order(log_path: Path, scene: Backlog) -> None:
    """Every danger update was started before any update of the backlog: what the lane
    decides, read from the bot's DEBUG log ("Update N started", ids only). The order of the
    replies also depends on how fast one handler runs beside another: while the danger
    messages wait for their parse, a slot freed beside them runs /help after /help (CI saw
    14 of 40 backlog replies sent before the last danger reply, 4 slots, an idle machine)."""
    started = [int(n) for n in re.findall(r"Update (\d+) started", log_path.read_text())]
    danger = [started.index(u) for u in scene.danger]
    queued = [started.index(u) for u in scene.updates]
    print(f"started: the danger updates {sorted(danger)}th, the backlog from {min(queued)}th")
    assert max(danger) < min(queued)


def lane_kept(tg: FakeTelegram, log_path: Path, in_danger: list[Person], scene: Backlog) -> None:
    """After everyone was answered: every danger update started (or was claimed) before any
    of the backlog, and the replies did not come in arrival order (there, every backlog reply
    would come before the last danger reply)."""
    started_in_order(log_path, scene)
    ahead = backlog_ahead(tg, [person.user_id for person in in_danger], scene)
    assert ahead < len(scene.users)


def backlog_ahead(tg: FakeTelegram, in_danger: list[int], scene: Backlog) -> int:
    """How many of the backlog's chats Telegram got a first send for, since the backlog was
    made, before the last of the danger chats got its first."""
    chats, order = set(in_danger) | set(scene.users), []
    for call in tg.calls_to("sendMessage")[scene.sends_before :]:
        chat = int(call.params.get("chat_id", 0))
        if chat in chats and chat not in order:
            order.append(chat)
    last_danger = max(order.index(chat) for chat in in_danger)
    ahead = sum(1 for chat in order[:last_danger] if chat in scene.users)
    print(f"backlog replies sent before the last danger reply: {ahead} of {len(scene.users)}")
    return ahead


async def fetched(tg: FakeTelegram, update_id: int) -> None:
    """Until the bot has fetched this update (and so every one before it)."""
    await until(lambda: bool(tg.deliveries.get(update_id)), REPLY_TIMEOUT_S, "fetched")


async def test_many_chats_at_once_each_get_their_replies_in_the_order_they_wrote(
    tg: FakeTelegram, bot: BotProcess
) -> None:
    # What each command answers (its first message), learnt from one person alone.
    probe = next(_ids)
    first_line: dict[str, str] = {}
    for command in COMMANDS:
        tg.user_sends_command(probe, command)
        got = await next_in(tg, probe, 1)
        first_line[(got[0].text or "")[:60]] = command
    assert len(first_line) == len(COMMANDS), "each command must answer recognisably"

    rng = random.Random(11)
    people = [next(_ids) for _ in range(30)]
    wrote: dict[int, list[str]] = {person: [] for person in people}
    for _round in range(2):
        for person in people:
            wrote[person] += rng.sample(COMMANDS, len(COMMANDS))
    # Interleaved as a crowd would: everyone's first, then everyone's second...
    for step in range(2 * len(COMMANDS)):
        for person in people:
            tg.user_sends_command(person, wrote[person][step])
    in_order = 0
    for person in people:
        got = await next_in(tg, person, len(wrote[person]), timeout=REPLY_TIMEOUT_S * 6)
        answered = [first_line.get((message.text or "")[:60]) for message in got]
        assert answered == wrote[person], f"chat {person} answered out of order"
        in_order += 1
    print(f"chats answered in order: {in_order} of {len(people)}, 6 messages each")
    # Handlers side by side on one SQLite file: no "database is locked", no apology.
    log = bot.log(100_000)
    assert "Error while handling" not in log and "OperationalError" not in log


async def test_danger_is_handled_before_a_backlog(
    tg: FakeTelegram, oracle: Oracle, fake_nlu: FakeRasa, bot: BotProcess
) -> None:
    busy = await onboarded(tg, oracle, SLOTS)
    in_danger = await onboarded(tg, oracle, 3)
    release = fake_nlu.stall(STALL)
    try:
        scene = await danger_behind_a_backlog(tg, fake_nlu, busy, in_danger, 40, _ids)
        await fetched(tg, tg.last_update_id)
    finally:
        release.set()
    for person in in_danger:
        [numbers, *_] = await next_in(tg, person.user_id, 1, timeout=REPLY_TIMEOUT_S * 3)
        assert (numbers.text or "").startswith("🆘")
    for person in scene.users:
        await next_in(tg, person, 1, timeout=REPLY_TIMEOUT_S * 3)
    lane_kept(tg, bot.log_path, in_danger, scene)


async def test_a_stalled_parse_holds_up_nobody_else(
    tg: FakeTelegram, oracle: Oracle, fake_nlu: FakeRasa, bot: BotProcess
) -> None:
    [slow, *others] = await onboarded(tg, oracle, 9)
    release = fake_nlu.stall(STALL)
    try:
        tg.user_sends_text(slow.user_id, f"{STALL} my boss did not pay my salary")
        await until(lambda: fake_nlu.stalled == 1, REPLY_TIMEOUT_S, "the parse stalled")
        for person in others:
            tg.user_sends_text(person.user_id, "my boss did not pay my salary")
        answered = 0
        for person in others:
            got = await next_in(tg, person.user_id, 1)
            assert "person:unpaid_wages" in got[-1].data
            answered += 1
        # Causality, not a clock: all of them were answered while the stalled one still
        # waited for its parse, unanswered.
        assert fake_nlu.stalled == 1 and tg.unread(slow.user_id) == []
        print(f"answered while one parse stalled: {answered} of {len(others)}")
    finally:
        release.set()
    [answer] = await next_in(tg, slow.user_id, 1)
    assert "person:unpaid_wages" in answer.data
