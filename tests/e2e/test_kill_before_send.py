"""A bot SIGKILLed after an answer committed but before Telegram had its reply (issue 11): the
reply is in the outbox with the answer (bot/outbox/replies.py), so the restarted bot sends it,
once. Before, the update was recorded as handled and its reply lost, so Telegram's
redelivery was skipped: the person heard nothing."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.dialogue.events import Command
from tests.e2e.driver import Person, assert_sent
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess
from tests.fakes.telegram_faults import NO_ANSWER

pytestmark = pytest.mark.e2e

HANG_S = 30.0  # the send in flight at the kill never returns: Telegram never got it
REPLY_AFTER_RESTART_S = 60.0  # a busy machine; a polling start sends held replies at once


async def wait_until(check: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"{what} did not happen within {timeout} s"
        await asyncio.sleep(0.02)


async def test_a_reply_not_yet_sent_at_a_kill_arrives_once_after_the_restart(
    bot: BotProcess, tg: FakeTelegram, person: Person
) -> None:
    await person.onboard("en", "MM", "TH")
    expected = person.oracle.expect(person.uid, Command("help"))
    plan = tg.fail_sends(1.0, codes=(NO_ANSWER,), hang_s=HANG_S, limit=1)
    tg.user_sends_command(person.user_id, "help")
    # The bot is sending the reply: the answer, and the update's record, have committed.
    await wait_until(lambda: plan.injected, 60.0, "the reply's send")
    bot.kill()
    assert tg.unread(person.user_id) == []  # nothing reached the person
    bot.start()
    got = await tg.wait_for_messages(person.user_id, len(expected), REPLY_AFTER_RESTART_S)
    assert_sent(got, expected)
    # The next answer comes right after: a second copy of the reply would come first.
    await person.command("menu")
