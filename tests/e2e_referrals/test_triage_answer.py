"""Danger in an answer to a caseworker, through the real bot process: the emergency numbers
come first, the answer still reaches the caseworker, and the words reach no log (the bot
runs at DEBUG here)."""

from __future__ import annotations

import asyncio

import pytest

from bot.dialogue.answers import answer_topic
from bot.values import UserState
from tests.e2e.driver import Oracle
from tests.e2e_referrals.scenes import (
    Desk,
    Migrant,
    Org,
    accept,
    card_arrives,
    connect_org,
    new_case,
    next_in,
    reply,
)
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess

pytestmark = pytest.mark.e2e

MARKER = "ANSWER-MARKER-5521"
THAILAND_FIRST = "1300"  # content/directory: the first emergency number for Thailand


@pytest.fixture(scope="module")
def fed(tg: FakeTelegram, bot: BotProcess) -> Org:
    return asyncio.run(connect_org(tg, bot.env, "FED", -100_520_001, 7_520_001))


async def test_danger_in_an_answer_gets_the_numbers_first_and_still_reaches_the_caseworker(
    tg: FakeTelegram, oracle: Oracle, fed: Org, bot: BotProcess
) -> None:
    desk = Desk(tg, fed)
    migrant = Migrant(tg, oracle, 918_273_700, "Aye Aye", "aye_aye_87")
    await migrant.onboard("en", "MM", "TH")
    await migrant.ask("my boss did not pay my salary")  # its answer offers a person
    ref = await new_case(migrant, fed, "The boss keeps my wages", topic="unpaid_wages")
    card = await card_arrives(tg, fed, ref)
    await accept(desk, card, migrant, ref)
    relayed = await reply(desk, card, migrant, ref, "Where are you now?")

    await migrant.tap(f"ans:{ref}", relayed)
    words = f"they lock me in the room, kal par {MARKER}"
    urgent = answer_topic(
        oracle.catalogs.get(),
        "emergency_help",
        UserState(language="en", origin="MM", country="TH"),
        oracle.tr("en"),
    )
    got = await migrant.write(words, n=len(urgent) + 1)
    first = migrant.last[0].text or ""
    assert first.startswith("🆘") and THAILAND_FIRST in first
    assert got.text == "Sent to the caseworker."
    [to_desk] = await next_in(tg, desk.me)
    # the danger marks the case urgent: the caseworker reads it flagged (section 5 of the
    # second exploratory test)
    assert to_desk.text == f"🔴 URGENT\nMessage from the person in case {ref}:\n\n{words}"
    assert MARKER not in bot.log(100_000)
