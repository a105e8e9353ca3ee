"""Fixtures for end-to-end tests: a fake Telegram server and the real bot process against it.

One bot process per test module (starting one takes two or three seconds); each test talks as its
own users, so tests stay independent. A module chooses the NLU the bot uses by overriding
`nlu_env` (the default is menus-only: no NLU at all). When a test fails, the tail of the
bot's log (stdout and stderr) is added to the report.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Generator, Iterator
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from tests.e2e.driver import CONTENT_DIR, Oracle, Person
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import ROOT, BotProcess, bot_env

_user_ids = itertools.count(1001)
CALL_REPORT = pytest.StashKey[pytest.TestReport]()


@pytest.fixture(scope="session")
def locales_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's catalogs compiled as `make translations` does (fuzzy entries left out),
    into a temporary copy: the tests neither depend on nor touch build output in the tree."""
    target = tmp_path_factory.mktemp("locales")
    for po in (ROOT / "locales").glob("*/LC_MESSAGES/messages.po"):
        language = po.parent.parent.name
        mo = target / language / "LC_MESSAGES" / "messages.mo"
        mo.parent.mkdir(parents=True)
        with po.open("rb") as source:
            catalog = read_po(source, locale=language)
        with mo.open("wb") as compiled:
            write_mo(compiled, catalog)
    return target


@pytest.fixture(scope="module")
def tg() -> Iterator[FakeTelegram]:
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture(scope="module")
def nlu_env() -> dict[str, str]:
    """Settings for the bot's NLU; empty means menus-only. Modules override this fixture."""
    return {}


@pytest.fixture(scope="module")
def bot(
    tg: FakeTelegram,
    nlu_env: dict[str, str],
    locales_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[BotProcess]:
    home = tmp_path_factory.mktemp("bot")
    env = bot_env(tg, home, CONTENT_DIR=str(CONTENT_DIR), LOCALES_DIR=str(locales_dir), **nlu_env)
    with BotProcess(tg, env, home / "bot.log").running() as process:
        yield process


@pytest.fixture(scope="module")
def oracle(bot: BotProcess, locales_dir: Path) -> Oracle:
    return Oracle(CONTENT_DIR, locales_dir, bot.env.get("NLU_URL") or None)


@pytest.fixture
async def person(
    request: pytest.FixtureRequest, tg: FakeTelegram, oracle: Oracle, bot: BotProcess
) -> AsyncIterator[Person]:
    """A new user (a fresh Telegram id) for this test.

    After a passing test, one more /help must be answered with exactly the engine's replies:
    updates are handled in order, so anything extra the bot sent at the end shows up there.
    """
    user = Person(tg, oracle, next(_user_ids))
    yield user
    report = request.node.stash.get(CALL_REPORT, None)
    if report is not None and report.passed and bot.alive:
        await user.command("help")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.when == "call":
        item.stash[CALL_REPORT] = report
    if report.failed:
        for name, value in getattr(item, "funcargs", {}).items():
            if isinstance(value, BotProcess):
                report.sections.append((f"bot log ({name}, last lines)", value.log(120)))
    return report
