"""Polling mode serves /healthz and /metrics too when METRICS_LISTEN is set; the counters
move with the updates it handles, and no user id shows."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.e2e.driver import CONTENT_DIR, Oracle, Person
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess, bot_env
from tests.fakes.jsonhttp import free_port

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def polling_bot(
    locales_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[FakeTelegram, BotProcess, str]]:
    home = tmp_path_factory.mktemp("polling")
    base = f"127.0.0.1:{free_port()}"
    with FakeTelegram() as tg:
        env = bot_env(
            tg,
            home,
            CONTENT_DIR=str(CONTENT_DIR),
            LOCALES_DIR=str(locales_dir),
            METRICS_LISTEN=base,
        )
        with BotProcess(tg, env, home / "bot.log").running() as bot:
            yield tg, bot, f"http://{base}"


def handled(base: str) -> float:
    page = httpx.get(f"{base}/metrics", timeout=10).text
    [line] = [line for line in page.splitlines() if line.startswith("bot_updates_handled_total ")]
    return float(line.split()[1])


async def test_polling_serves_health_and_metrics(
    polling_bot: tuple[FakeTelegram, BotProcess, str], locales_dir: Path
) -> None:
    tg, _bot, base = polling_bot
    health = httpx.get(f"{base}/healthz", timeout=10)
    assert (health.status_code, health.json()) == (200, {"database": "ok", "nlu": "off"})
    before = handled(base)
    person = Person(tg, Oracle(CONTENT_DIR, locales_dir, None), 7301)
    await person.command("help")
    await person.command("menu")
    for _ in range(200):  # counted just after the reply went out
        if handled(base) >= before + 2:
            break
        await asyncio.sleep(0.05)
    assert handled(base) >= before + 2
    assert "7301" not in httpx.get(f"{base}/metrics", timeout=10).text
    webhook = httpx.post(f"{base}/telegram/webhook", json={"update_id": 1}, timeout=10)
    assert webhook.status_code in (404, 405), "no webhook route in polling mode"
