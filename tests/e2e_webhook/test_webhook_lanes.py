"""Webhook mode keeps issue 11's promises too: danger written after a backlog is claimed and
answered before it, and a stalled parse holds up nobody else. Stored updates wait in the
database, so the backlog here is rows in inbound_updates, claimed by lane (danger first).

No clock: a parse is stalled until the test lets it go, and what came first is read from the
order Telegram received the sends."""

from __future__ import annotations

import asyncio

import pytest

from tests.e2e.driver import Oracle
from tests.e2e_referrals.test_concurrency import (
    STALL,
    danger_behind_a_backlog,
    lane_kept,
    onboarded,
)
from tests.e2e_referrals.world import REPLY_TIMEOUT_S, until
from tests.fakes.rasa_server import FakeRasa
from tests.fakes.telegram_webhook import WebhookTelegram
from tests.fakes.webhook_bot import WebhookBot

pytestmark = pytest.mark.e2e
SLOTS = 3
_ids = iter(range(951_000_000, 951_900_000))


@pytest.fixture(scope="module")
def bot_settings() -> dict[str, str]:
    # What came first is read from the order of the sends: without a person's pace (one send
    # a second to a chat, tests/outbox/test_send_lanes.py), which would hold a reply to
    # someone the bot wrote to within the last second. Parses wait up to NLU_TIMEOUT=120.
    return {"HANDLE_CONCURRENCY": str(SLOTS), "SEND_PRIVATE_INTERVAL": "0"}


async def test_danger_is_claimed_before_a_stored_backlog(
    bot: WebhookBot, tg: WebhookTelegram, oracle: Oracle, fake_nlu: FakeRasa
) -> None:
    busy = await onboarded(tg, oracle, SLOTS, _ids)
    in_danger = await onboarded(tg, oracle, 2, _ids)
    release = fake_nlu.stall(STALL)
    try:
        scene = await danger_behind_a_backlog(tg, fake_nlu, busy, in_danger, 30, _ids)
        assert await asyncio.to_thread(tg.webhook_drained, REPLY_TIMEOUT_S * 3), "all stored"
    finally:
        release.set()
    for person in in_danger:
        [numbers, *_] = await tg.wait_for_messages(person.user_id, 1, REPLY_TIMEOUT_S * 3)
        assert (numbers.text or "").startswith("🆘")
    for user in scene.users:
        await tg.wait_for_messages(user, 1, REPLY_TIMEOUT_S * 3)
    lane_kept(tg, bot.log_path, in_danger, scene)  # claimed before every stored update


async def test_a_stalled_parse_holds_up_nobody_else(
    bot: WebhookBot, tg: WebhookTelegram, oracle: Oracle, fake_nlu: FakeRasa
) -> None:
    [slow, *others] = await onboarded(tg, oracle, 6, _ids)
    release = fake_nlu.stall(STALL)
    try:
        tg.user_sends_text(slow.user_id, f"{STALL} my boss did not pay my salary")
        await until(lambda: fake_nlu.stalled == 1, REPLY_TIMEOUT_S, "the parse stalled")
        for person in others:
            tg.user_sends_text(person.user_id, "my boss did not pay me")
        for person in others:
            got = await tg.wait_for_messages(person.user_id, 1, REPLY_TIMEOUT_S)
            assert "person:unpaid_wages" in got[-1].data
        assert not tg.unread(slow.user_id), "the stalled one is still waiting"
    finally:
        release.set()
    await tg.wait_for_messages(slow.user_id, 1, REPLY_TIMEOUT_S)
