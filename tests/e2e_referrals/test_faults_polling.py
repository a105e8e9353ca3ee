"""Faults on getUpdates itself (issue 10) against the real bot process: a 429, a revoked
token, a body cut short holding a person's words. Each one once ended the process (exit 1),
the last with the words in the log. Now the bot waits, polls again, answers every message
once, and no log line holds the words.

No wall-clock limits: "waited long enough" is the fake's own count of polls inside a flood
wait, and "answered once" is checked behind a later message (updates are handled in order).
"""

from __future__ import annotations

import itertools

import pytest

from tests.e2e_referrals.scenes import next_in
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess

pytestmark = pytest.mark.e2e

MARKER = "MARKER-ကယ်ပါ-៖-beats-me-51c8"
_ids = itertools.count(918_600_000)


def newcomer(tg: FakeTelegram) -> int:
    user_id = next(_ids)
    tg.user(user_id, first_name="Sok")
    return user_id


async def answered_once_in_order(tg: FakeTelegram, user_id: int, before: int) -> None:
    """A later /help is answered; nothing else arrived: the earlier update got one answer."""
    tg.user_sends_command(user_id, "help")
    await next_in(tg, user_id)
    assert len(tg.messages_to(user_id)) == before + 1, [m.text for m in tg.messages_to(user_id)]


async def test_a_429_on_getupdates_is_waited_out_and_the_bot_answers_on(
    tg: FakeTelegram, bot: BotProcess
) -> None:
    user_id = newcomer(tg)
    plan = tg.fail_polls(429, retry_after=2)
    try:
        tg.user_sends_command(user_id, "help")  # ends the long poll under way: the next is 429
        await next_in(tg, user_id)
        await tg.wait_for_call("getUpdates", 30, where=lambda call: call.status == 429)
        tg.user_sends_text(user_id, "hello")
        await next_in(tg, user_id, timeout=60)
    finally:
        tg.clear_faults()
    assert plan.injected == [("getUpdates", 429)]
    assert plan.violations == 0, "polled again inside Telegram's retry_after"
    assert bot.alive
    await answered_once_in_order(tg, user_id, 2)


async def test_a_revoked_token_on_getupdates_is_retried(tg: FakeTelegram, bot: BotProcess) -> None:
    user_id = newcomer(tg)
    plan = tg.fail_polls(401, limit=2)
    try:
        tg.user_sends_command(user_id, "help")
        await next_in(tg, user_id)
        tg.user_sends_command(user_id, "help")  # fetched only once both 401s were waited out
        await next_in(tg, user_id, timeout=60)
    finally:
        tg.clear_faults()
    assert plan.injected == [("getUpdates", 401)] * 2
    assert bot.alive
    assert "getUpdates failed (InvalidToken)" in bot.log_path.read_text(errors="replace")
    await answered_once_in_order(tg, user_id, 2)


async def test_a_truncated_body_holding_a_persons_words_reaches_no_log(
    tg: FakeTelegram, bot: BotProcess
) -> None:
    user_id = newcomer(tg)
    tg.garble_polls(1)
    tg.user_sends(user_id, text=f"my boss {MARKER} did not pay")
    update_id = tg.last_update_id
    [reply] = await next_in(tg, user_id, timeout=60)
    assert reply.text, "no answer to the message whose first delivery was garbled"
    assert update_id in tg.garbled, "the fake did not cut this update's body short"
    assert len(tg.deliveries[update_id]) >= 2  # fetched again after the garbled answer
    assert bot.alive
    await answered_once_in_order(tg, user_id, 1)
    log = bot.log_path.read_text(errors="replace")
    assert "getUpdates failed (TelegramError)" in log
    assert "Can not load invalid JSON data" in log  # PTB's error is logged, its body is not
    assert MARKER not in log
    assert "did not pay" not in log


async def test_the_bot_is_still_the_first_process_after_every_fault(bot: BotProcess) -> None:
    # Module-scoped: a restart would hide a crash from the tests above.
    assert bot.alive and bot.starts == 1
