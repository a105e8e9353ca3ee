"""Conversation state lives in the database: a bot restarted mid-conversation (stopped cleanly
or killed outright) continues where each user was, and answers a redelivered update once."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import pytest

from tests.e2e.driver import Oracle, Person, script_of
from tests.e2e_referrals.world import Db
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess

pytestmark = pytest.mark.e2e
UNSENT = "SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')"


async def settled(bot: BotProcess, timeout_s: float = 30.0) -> None:
    """Until the bot is done with what it answered: the replies' outbox rows (held with the
    answer, bot/outbox/replies.py) deleted once sent. A kill before that, Telegram holding a
    reply whose row is left, sends it again after the restart (test_kill_before_send.py)."""
    db = Db.of(bot.env)
    deadline = time.monotonic() + timeout_s
    while db.value(UNSENT):
        assert time.monotonic() < deadline, "the bot never settled its replies"
        await asyncio.sleep(0.02)


async def test_a_restart_mid_profile_continues_where_the_user_was(
    bot: BotProcess, person: Person, oracle: Oracle
) -> None:
    await person.command("start")
    await person.press("lang:km")
    await person.press("origin:KH")  # now asked where they are
    country_question = person.keyboard()

    bot.restart()  # SIGTERM, then a new process on the same database

    # The old keyboard still works, and the new process knows the language and the origin.
    thanks_and_menu = await person.press("country:TH", country_question)
    assert all("KHMER" in script_of(m.text or "") for m in thanks_and_menu)
    assert (person.state.origin, person.state.country) == ("KH", "TH")

    await settled(bot)
    bot.restart(hard=True)  # SIGKILL: no shutdown code runs

    await person.command("menu")
    await person.press("group:safe_migration")
    await person.press("group:legal_way")  # its subgroup (a small screen's list)
    # This answer depends on where the user is from: had the origin been lost, the bot would
    # ask for it again instead of answering.
    answer = await person.press("topic:legal_channels")
    assert oracle.title("legal_channels", "km") in answer[0].text


async def crash_and_deliver_again(
    bot: BotProcess,
    tg: FakeTelegram,
    person: Person,
    ask: Callable[[], Awaitable[object]],
    what: str,
) -> None:
    """`ask` is answered and its replies settled; the bot is killed, and its update delivered
    again to the new process (`what` names it): the person must get no second answer."""
    await ask()
    answered = tg.last_update_id
    await settled(bot)

    bot.kill()
    tg.replay(answered)  # Telegram resends what it thinks a crashed bot had not confirmed
    polls_before = tg.polls_started
    bot.start()

    # Updates are handled in order: a second answer to `what` would come before this one.
    await person.command("menu")
    assert max(tg.deliveries[answered]) > polls_before, (
        f"the new process was never given {what} again: nothing was checked"
    )


async def test_an_update_delivered_again_after_a_crash_is_answered_once(
    bot: BotProcess, tg: FakeTelegram, person: Person
) -> None:
    await person.onboard("en", "MM", "TH")
    await crash_and_deliver_again(bot, tg, person, lambda: person.command("help"), "/help")


async def test_a_text_delivered_again_after_a_crash_is_answered_once(
    bot: BotProcess, tg: FakeTelegram, person: Person
) -> None:
    # A person's text skips the guard's once-only check: on_text's one read makes it (and
    # the handling transaction, should a redelivery get past it).
    await person.onboard("en", "MM", "TH")
    await crash_and_deliver_again(
        bot, tg, person, lambda: person.says("how do I get a work permit"), "the text"
    )
