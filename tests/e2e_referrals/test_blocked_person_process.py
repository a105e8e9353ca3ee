"""The person blocks the bot while a caseworker writes to them, then unblocks it, through
the real bot process and the fake Telegram (user testing, 2026-12-05, finding 9: the
caseworker's question failed after three 403s, no one was told, and the person never saw it).

Telegram tells the bot of both with my_chat_member updates; the fake does too."""

from __future__ import annotations

import pytest

from tests.e2e.driver import Oracle
from tests.e2e_referrals.scenes import (
    Desk,
    Migrant,
    accept,
    card_arrives,
    connect_org,
    new_case,
    next_in,
)
from tests.e2e_referrals.world import Db, until
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess

pytestmark = pytest.mark.e2e

FED_NAME = "Foundation for Education and Development (FED)"


async def test_a_blocked_person_gets_the_caseworkers_message_when_they_unblock_the_bot(
    tg: FakeTelegram, bot: BotProcess, oracle: Oracle, db: Db
) -> None:
    fed = await connect_org(tg, bot.env, "FED", -100_530_001, 7_530_001)
    desk = Desk(tg, fed)
    migrant = Migrant(tg, oracle, 918_273_699, "Hnin Wai", "hnin_wai_91")
    await migrant.onboard("en", "MM", "TH")
    ref = await new_case(migrant, fed, "The boss did not pay me for 2 months", None)
    card = await card_arrives(tg, fed, ref)
    await accept(desk, card, migrant, ref)

    tg.user_blocks(migrant.user_id)  # someone checks their phone
    words = "Hello, are you safe? Which factory?"
    prompt = await desk.press(desk.details[ref], "Reply", desk.me)
    assert (prompt.text or "").startswith(f"Write your reply to case {ref}.")
    shown = await desk.write(words)
    done = await desk.press(shown, "Send", desk.me)
    assert done.text == f"Sent to the person in case {ref}."  # queued: it may still go
    # Three 403s later the outbox gives up on it: the caseworker is told, once.
    [told] = await next_in(tg, desk.me, timeout=30.0)
    assert told.text == (
        f"Case {ref}: the person has blocked the bot or deleted the chat, so your message did "
        "not reach them. They will get it if they come back."
    )
    assert db.value("SELECT unreachable_at FROM cases WHERE ref = ?", ref) is not None
    assert tg.unread(migrant.user_id) == []

    tg.user_blocks(migrant.user_id, blocked=False)  # they unblock it, and write nothing
    [relayed] = await next_in(tg, migrant.user_id, timeout=30.0)
    assert relayed.text == f"Message from {FED_NAME} about your case {ref}:\n\n{words}"
    assert relayed.data == [f"ans:{ref}"]
    assert db.value("SELECT unreachable_at FROM cases WHERE ref = ?", ref) is None
    assert tg.wait_idle(5.0)
    await until(lambda: db.outbox_unsent() == 0, 10.0, "the outbox empty")
    assert tg.unread(migrant.user_id) == [] and tg.unread(desk.me) == [], "once, and no more"
