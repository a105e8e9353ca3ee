"""Fixtures for webhook mode: the fake Telegram posting updates, a fake Rasa, and the real bot
process (`python -m bot run --webhook`) on SQLite, one per module. When a test fails, the tail
of each bot's log is added to the report."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import locales_dir
from tests.e2e.driver import CONTENT_DIR, Oracle
from tests.e2e_referrals.world import Db
from tests.fakes.bot_process import BotProcess
from tests.fakes.rasa_server import FakeRasa
from tests.fakes.telegram_webhook import WebhookTelegram
from tests.fakes.webhook_bot import WebhookBot

__all__ = ["locales_dir"]  # a fixture of tests/e2e, shared


@pytest.fixture(scope="module")
def tg() -> Iterator[WebhookTelegram]:
    with WebhookTelegram() as fake:
        yield fake


@pytest.fixture(scope="module")
def fake_nlu() -> Iterator[FakeRasa]:
    with FakeRasa() as nlu:
        nlu.classify("did not pay", "unpaid_wages")
        yield nlu


@pytest.fixture(scope="module")
def bot_settings() -> dict[str, str]:
    """Extra settings for a module's bot (environment variables); modules override it."""
    return {}


@pytest.fixture(scope="module")
def bot(
    tg: WebhookTelegram,
    fake_nlu: FakeRasa,
    bot_settings: dict[str, str],
    locales_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[WebhookBot]:
    home = tmp_path_factory.mktemp("bot")
    process = WebhookBot(
        tg,
        home,
        CONTENT_DIR=str(CONTENT_DIR),
        LOCALES_DIR=str(locales_dir),
        NLU_URL=fake_nlu.url,
        NLU_TIMEOUT="120",  # a held parse (fake_nlu.hold) must not time out
        WEBHOOK_LEASE_SECONDS="1",  # a killed process's claims are taken over soon
        **bot_settings,
    )
    with process.running():
        yield process


@pytest.fixture(scope="module")
def db(bot: BotProcess) -> Db:
    return Db.of(bot.env)


@pytest.fixture(scope="module")
def oracle(bot: BotProcess, locales_dir: Path) -> Oracle:
    return Oracle(Path(bot.env["CONTENT_DIR"]), locales_dir, bot.env.get("NLU_URL") or None)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.failed:
        for name, value in getattr(item, "funcargs", {}).items():
            processes = value if isinstance(value, list | tuple) else [value]
            for index, process in enumerate(processes):
                if isinstance(process, BotProcess):
                    report.sections.append((f"bot log ({name} {index})", process.log(150)))
    return report
