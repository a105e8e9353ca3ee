"""A profile deleted by the retention job took its person's own command menu with it
(round 10, left open): the chat's menu in the language chosen in the bot
(bot/telegram/chat_menu.py) stayed at Telegram, since only /delete_my_data deleted it. Now
the job's caller deletes it for each profile it deleted whose language was not English,
against the fake Bot API, and a refusal is logged by its class only."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from types import SimpleNamespace

import pytest
from referral_helpers import Harness
from sqlalchemy import update
from telegram import Bot

from bot.storage.models import User, utcnow
from bot.telegram.app import retention
from tests.fakes.telegram_server import FakeTelegram

KHMER, BURMESE, ENGLISH, RECENT = 5_570_001, 5_570_002, 5_570_003, 5_570_004
SETTINGS = SimpleNamespace(retention_case_days=90, retention_profile_days=365)


def people(harness: Harness) -> None:
    """Three people idle for 400 days (Khmer, Burmese, English) and a Khmer one seen now."""
    for chat, language in ((KHMER, "km"), (BURMESE, "my"), (ENGLISH, "en"), (RECENT, "km")):
        harness.press(f"tg:{chat}", f"lang:{language}")
    idle = [f"tg:{chat}" for chat in (KHMER, BURMESE, ENGLISH)]
    with harness.store.sessions.begin() as session:
        session.execute(
            update(User)
            .where(User.uid.in_(idle))
            .values(last_seen_at=utcnow() - dt.timedelta(days=400))
        )


def run_retention(harness: Harness, tg: FakeTelegram) -> None:
    async def run() -> None:
        holder = SimpleNamespace(bot=Bot(tg.token, base_url=f"{tg.url}/bot"), bot_data={})
        async with holder.bot:
            await retention(harness.service, SETTINGS, holder)()  # type: ignore[arg-type]

    asyncio.run(run())


def scopes(tg: FakeTelegram) -> list[int]:
    return sorted(call.params["scope"]["chat_id"] for call in tg.calls_to("deleteMyCommands"))


def test_the_menus_of_deleted_profiles_in_burmese_or_khmer_are_deleted(harness: Harness):
    people(harness)
    with FakeTelegram() as tg:
        run_retention(harness, tg)
        assert scopes(tg) == [KHMER, BURMESE]  # not English's (the app's), not a kept one's
        calls = tg.calls_to("deleteMyCommands")
        assert all(call.params["scope"]["type"] == "chat" for call in calls)
        assert {call.method for call in tg.calls} == {"getMe", "deleteMyCommands"}
        assert not tg.errors()
    assert {user.uid for user in harness.all(User)} == {f"tg:{RECENT}"}


def test_a_refused_deletion_is_logged_by_its_class_and_stops_nothing(
    harness: Harness, caplog: pytest.LogCaptureFixture
):
    people(harness)
    with FakeTelegram() as tg, caplog.at_level(logging.INFO):
        tg.fail_sends(1.0, codes=(500,), methods=frozenset({"deletemycommands"}))
        run_retention(harness, tg)
        assert scopes(tg) == [KHMER, BURMESE]  # each tried, the second after the first failed
        assert len(tg.errors()) == 2
    assert {user.uid for user in harness.all(User)} == {f"tg:{RECENT}"}
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert logged.count("Could not change a chat's command menu: NetworkError") == 2
    assert "0 of 2 chat menus deleted" in logged
    assert str(KHMER) not in logged and str(BURMESE) not in logged
