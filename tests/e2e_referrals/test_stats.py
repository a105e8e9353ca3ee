"""/stats through the real bot process and the fake Bot API (issue 14 item 4): staff get one
PNG chart with a three-line summary, in the inbox group and in private; a migrant's /stats
is an unknown command to them."""

from __future__ import annotations

import asyncio

import pytest

from tests.e2e.driver import Oracle
from tests.e2e_referrals.scenes import Migrant, Org, connect_org, new_case, next_in
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess

pytestmark = pytest.mark.e2e

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def fed(tg: FakeTelegram, bot: BotProcess) -> Org:
    return asyncio.run(connect_org(tg, bot.env, "FED", -100_140_001, 7_140_001))


async def test_staff_get_a_png_chart_and_a_summary(
    tg: FakeTelegram, bot: BotProcess, oracle: Oracle, fed: Org
) -> None:
    migrant = Migrant(tg, oracle, 914_000_001, "Person", "p914")
    await migrant.onboard("en", "MM", "TH")
    await new_case(migrant, fed, "My employer did not pay me", "Mae Sot")
    tg.group_message(fed.inbox, fed.caseworker, "/stats")
    tg.user_sends_command(fed.caseworker, "stats")
    for chat in (fed.inbox, fed.caseworker):
        photos: list = []
        while not photos:  # the inbox may first receive the new case's card
            photos = [m for m in await next_in(tg, chat) if m.method == "sendPhoto"]
        photo = photos[0]
        upload = photo.params["photo"]
        assert isinstance(upload, bytes) and upload.startswith(PNG)
        caption = photo.params["caption"].splitlines()
        # The organisation's name first (a caseworker may be in two: explore7, finding 14).
        assert len(caption) == 4 and "FED" in caption[0]
        assert caption[1] == "Last 8 weeks: <5 cases received, 0 answered, 0 ended."
        assert "did not pay" not in photo.params["caption"]


async def test_a_migrants_stats_is_an_unknown_command(
    tg: FakeTelegram, oracle: Oracle, fed: Org
) -> None:
    migrant = Migrant(tg, oracle, 914_000_002, "Person two", "p9142")
    await migrant.onboard("en", "KH", "TH")
    tg.user_sends_command(914_000_002, "stats")
    replies = await next_in(tg, 914_000_002)
    assert replies[0].method == "sendMessage"
    assert replies[0].text == oracle.tr("en").gettext("I do not know that command.")
