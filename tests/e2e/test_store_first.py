"""Polling with POLL_STORE_FIRST=1, through the real bot process and the fake Telegram: every
update is stored before getUpdates acknowledges it, so danger written after a backlog larger
than getUpdates' window of 100 is answered before that backlog, and a process SIGKILLed with
stored, acknowledged updates not yet handled leaves them to the next one: all answered, none
twice.

No clock: the handling slots are held by parses the test stalls until it lets them go, and
what came first is read from the order Telegram received the sends. Plain polling cannot pass
here: with every slot held it never sees past the first 100 updates from the oldest unhandled
one, so the backlog is never all fetched (the test's wait for it fails).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from tests.e2e.driver import Oracle, assert_sent
from tests.e2e.test_restart import UNSENT
from tests.e2e_referrals.test_concurrency import (
    STALL,
    danger_behind_a_backlog,
    lane_kept,
    onboarded,
)
from tests.e2e_referrals.world import REPLY_TIMEOUT_S, Db, until
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess
from tests.fakes.rasa_server import FakeRasa

pytestmark = pytest.mark.e2e
SLOTS = 3
BACKLOG = 150  # past getUpdates' 100
_ids = iter(range(961_000_000, 961_900_000))


@pytest.fixture(scope="module")
def fake_nlu() -> Iterator[FakeRasa]:
    with FakeRasa() as nlu:
        nlu.classify("did not pay", "unpaid_wages")
        nlu.classify("salary", "unpaid_wages")
        yield nlu


@pytest.fixture(scope="module")
def nlu_env(fake_nlu: FakeRasa) -> dict[str, str]:
    return {
        "POLL_STORE_FIRST": "1",
        "NLU_URL": fake_nlu.url,
        "NLU_TIMEOUT": "120",  # a stalled parse ends when the test says so
        "HANDLE_CONCURRENCY": str(SLOTS),
        "WEBHOOK_LEASE_SECONDS": "1",  # a killed process's claims are taken over soon
    }


def all_stored(tg: FakeTelegram) -> bool:
    """Every update fetched and acknowledged (in this mode: stored first)."""
    return tg.wait_idle(REPLY_TIMEOUT_S * 3)


async def settled(db: Db, timeout_s: float = REPLY_TIMEOUT_S * 3) -> None:
    """Until nothing waits: no stored update left to handle, no reply left to send."""
    deadline = time.monotonic() + timeout_s
    while db.value("SELECT count(*) FROM inbound_updates") or db.value(UNSENT):
        assert time.monotonic() < deadline, "the bot never settled"
        await asyncio.sleep(0.05)


async def test_danger_after_a_backlog_past_the_window_is_answered_first(
    bot: BotProcess, tg: FakeTelegram, oracle: Oracle, fake_nlu: FakeRasa
) -> None:
    busy = await onboarded(tg, oracle, SLOTS, _ids)
    in_danger = await onboarded(tg, oracle, 2, _ids)
    release = fake_nlu.stall(STALL)
    try:
        scene = await danger_behind_a_backlog(tg, fake_nlu, busy, in_danger, BACKLOG, _ids)
        assert await asyncio.to_thread(all_stored, tg), "every update stored and acknowledged"
        assert Db.of(bot.env).value("SELECT count(*) FROM inbound_updates") == SLOTS + BACKLOG + 2
    finally:
        release.set()
    for person in in_danger:
        [numbers, *_] = await tg.wait_for_messages(person.user_id, 1, REPLY_TIMEOUT_S * 3)
        assert (numbers.text or "").startswith("🆘")
    for user in scene.users:
        await tg.wait_for_messages(user, 1, REPLY_TIMEOUT_S * 3)
    lane_kept(tg, bot.log_path, in_danger, scene)  # claimed before every stored update


async def test_a_kill_after_storing_leaves_every_update_answered_once(
    bot: BotProcess, tg: FakeTelegram, oracle: Oracle, fake_nlu: FakeRasa
) -> None:
    db = Db.of(bot.env)
    busy = await onboarded(tg, oracle, SLOTS, _ids)
    waiting = await onboarded(tg, oracle, 12, _ids)
    await settled(db)
    # What each will be answered, worked out before any parse is stalled (the oracle asks
    # the same fake NLU).
    wrote = {person.user_id: f"{STALL} my salary" for person in busy}
    wrote |= {person.user_id: "my boss did not pay me" for person in waiting}
    expected = {}
    for person in busy + waiting:
        event = await oracle.event_for_text(wrote[person.user_id])
        expected[person.user_id] = oracle.expect(person.uid, event)
    release = fake_nlu.stall(STALL)
    try:
        for person in busy:
            tg.user_sends_text(person.user_id, wrote[person.user_id])
        await until(lambda: fake_nlu.stalled == SLOTS, REPLY_TIMEOUT_S, "every slot busy")
        for person in waiting:
            tg.user_sends_text(person.user_id, wrote[person.user_id])
        assert await asyncio.to_thread(all_stored, tg), "every update stored and acknowledged"
        # Stored and acknowledged, none handled: the slots are all held.
        assert db.value("SELECT count(*) FROM inbound_updates") == SLOTS + len(waiting)
        bot.kill()  # SIGKILL: nothing of the process's own stop runs
    finally:
        release.set()
    polls_before = tg.polls_started
    bot.start()
    for person in busy + waiting:
        got = await tg.wait_for_messages(
            person.user_id, len(expected[person.user_id]), REPLY_TIMEOUT_S * 3
        )
        assert_sent(got, expected[person.user_id])
    await settled(db)
    for person in busy + waiting:
        assert tg.unread(person.user_id) == [], f"chat {person.user_id} answered twice"
    # Telegram never had to deliver them again: the new process had them from the database.
    redelivered = [
        update_id
        for update_id, polls in tg.deliveries.items()
        if any(poll > polls_before for poll in polls)
    ]
    assert redelivered == []
