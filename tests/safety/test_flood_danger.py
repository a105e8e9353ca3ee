"""Danger words pass the flood limit (bot/telegram/admission.py): a person typing fast in panic
still gets the emergency numbers. Before, the 21st update in a minute got only "Please wait a
minute" (even "they locked me in the room, help") and later ones were dropped unanswered.
A flood of danger words is still bounded (bot/flood.py DANGER_PER_MINUTE), and a flood of
ordinary messages is still limited with one note."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Engine
from telegram import Chat, Message, Update, User

from bot.content import CatalogHolder
from bot.flood import DANGER_PER_MINUTE, FloodGuard
from bot.service import BotService
from bot.storage import Store
from bot.storage.crypto import CryptoBox
from bot.telegram import admission
from bot.telegram.delivery import SERVICE
from tests.e2e.driver import CONTENT_DIR

ROOT = Path(__file__).resolve().parents[2]
PER_MINUTE = 20
SENT_AT = dt.datetime(2026, 12, 5, 11, 0, tzinfo=dt.UTC)
USER = 8801


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def context(engine: Engine, box: CryptoBox, clock: Clock) -> Any:
    service = BotService(Store(engine, box), CatalogHolder(CONTENT_DIR), None, ROOT / "locales")  # type: ignore[arg-type]
    guard = FloodGuard(PER_MINUTE, clock=clock)
    return SimpleNamespace(bot_data={admission.FLOOD: guard, SERVICE: service})


def update(n: int, text: str) -> Update:
    message = Message(n, SENT_AT, Chat(USER, Chat.PRIVATE), User(USER, "M", False), text=text)
    return Update(n, message=message)


def verdicts(ctx: Any, texts: list[str], start: int = 1) -> list[str]:
    async def run() -> list[str]:
        return [
            await admission.flood_verdict(update(start + i, text), ctx)
            for i, text in enumerate(texts)
        ]

    return asyncio.run(run())


def test_danger_after_a_full_minute_is_answered_not_told_to_wait(
    engine: Engine, box: CryptoBox
) -> None:
    ctx = context(engine, box, Clock())
    assert verdicts(ctx, ["help"] * PER_MINUTE) == ["ok"] * PER_MINUTE
    danger = [
        "they locked me in the room and took my phone, help",
        "I am in Mae Sot, please help, boss hit me",
        "🆘",
    ]
    assert verdicts(ctx, danger, PER_MINUTE + 1) == ["ok"] * 3
    # Ordinary messages are still limited: one note (the spared danger did not use it up),
    # then silence.
    assert verdicts(ctx, ["hello?", "anyone"], 100) == ["warn", "drop"]
    # ... and danger after the note still passes.
    assert verdicts(ctx, ["they beat me"], 200) == ["ok"]


def test_a_flood_of_danger_words_is_bounded(engine: Engine, box: CryptoBox) -> None:
    clock = Clock()
    ctx = context(engine, box, clock)
    verdicts(ctx, ["they beat me"] * PER_MINUTE)
    got = verdicts(ctx, ["they beat me"] * (DANGER_PER_MINUTE + 3), 100)
    # Past the bound: dropped, never "wait a minute" as the answer to danger ...
    assert got == ["ok"] * DANGER_PER_MINUTE + ["drop"] * 3
    # ... which the next ordinary message gets.
    assert verdicts(ctx, ["hello?", "anyone"], 300) == ["warn", "drop"]
    clock.now = 61  # a new minute: answered again
    assert verdicts(ctx, ["they beat me"], 500) == ["ok"]


def test_clear_is_still_spared_once_a_minute(engine: Engine, box: CryptoBox) -> None:
    ctx = context(engine, box, Clock())
    verdicts(ctx, ["hello"] * (PER_MINUTE + 2))
    assert verdicts(ctx, ["/clear", "/clear"], 100) == ["ok", "drop"]


def test_a_lone_help_past_the_limit_is_answered_not_dropped(engine: Engine, box: CryptoBox) -> None:
    """Round 25B: in a raid's burst a lone "help" after the numbers is the same plea again
    (answered with them, triage.help_after_danger), but past 20 a minute it got the note to
    wait, then nothing. It passes as danger words do, within their own bound."""
    ctx = context(engine, box, Clock())
    assert verdicts(ctx, ["what i do"] * PER_MINUTE) == ["ok"] * PER_MINUTE
    assert verdicts(ctx, ["help", "HELP 🙏", "ကူညီ"], PER_MINUTE + 1) == ["ok"] * 3
    assert verdicts(ctx, ["what i do"], 100) == ["warn"]
