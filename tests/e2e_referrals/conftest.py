"""Fixtures: the fake Telegram server, a fake Rasa and the real bot process, one per module.

The pieces are tests/fakes' and tests/e2e's (the compiled catalogs, the engine as an oracle);
a module chooses the bot's settings by overriding `bot_settings`. When a test fails, the tail
of the bot's log is added to the report, as tests/e2e does.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import locales_dir
from tests.e2e.driver import CONTENT_DIR, Oracle
from tests.e2e_referrals.scenes import HOSTILE
from tests.e2e_referrals.world import Db
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess, bot_env
from tests.fakes.rasa_server import FakeRasa

__all__ = ["locales_dir"]  # a fixture of tests/e2e, shared

# What the migrants of these tests ask in free text, and how the fake NLU reads it.
QUESTIONS = {
    "did not pay": "unpaid_wages",
    "salary": "unpaid_wages",
    "passport": "documents_confiscated",
    "talk to a person": "talk_to_person",
}


@pytest.fixture(scope="module")
def tg() -> Iterator[FakeTelegram]:
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture(scope="module")
def fake_nlu() -> Iterator[FakeRasa]:
    with FakeRasa() as nlu:
        for words, intent in QUESTIONS.items():
            nlu.classify(words, intent)
        yield nlu


@pytest.fixture(scope="module")
def bot_settings() -> dict[str, str]:
    """Extra settings for the bot of a module (environment variables)."""
    return {}


@pytest.fixture(scope="module")
def bot(
    tg: FakeTelegram,
    fake_nlu: FakeRasa,
    bot_settings: dict[str, str],
    locales_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[BotProcess]:
    home = tmp_path_factory.mktemp("bot")
    settings = {
        "CONTENT_DIR": str(CONTENT_DIR),
        "LOCALES_DIR": str(locales_dir),
        "NLU_URL": fake_nlu.url,
        "LOG_LEVEL": "DEBUG",
        **bot_settings,
    }
    with BotProcess(tg, bot_env(tg, home, **settings), home / "bot.log").running() as process:
        yield process
        HOSTILE["bot processes"] += 1
        HOSTILE["bot processes dead before the end"] += not process.alive
        log = process.log_path.read_text(errors="replace")
        HOSTILE["errors logged while handling updates"] += log.count("Error while handling")


@pytest.fixture(scope="module")
def db(bot: BotProcess) -> Db:
    return Db.of(bot.env)


@pytest.fixture(scope="module")
def oracle(bot: BotProcess, locales_dir: Path) -> Oracle:
    return Oracle(Path(bot.env["CONTENT_DIR"]), locales_dir, bot.env.get("NLU_URL") or None)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The hostile presses' figures (tests/e2e_referrals/scenes.py), when any ran."""
    if HOSTILE["attempts"]:
        figures = ", ".join(f"{name}: {count}" for name, count in HOSTILE.items())
        terminalreporter.write_line(f"hostile presses: {figures}")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.failed:
        for name, value in getattr(item, "funcargs", {}).items():
            if isinstance(value, BotProcess):
                report.sections.append((f"bot log ({name}, last lines)", value.log(150)))
    return report
