"""A database row locked for one update holds up that chat alone (issue 11), through the real
bot process on PostgreSQL: there a lock can hold one person's row (SQLite locks the whole
file, which rightly holds everyone). The test takes the row lock itself; nothing is timed:
the others are answered while the locked chat's update still waits, unacknowledged.
"""

from __future__ import annotations

import os

import psycopg
import pytest
from sqlalchemy import text

from bot.storage import make_engine
from tests.e2e.driver import Oracle, Person
from tests.e2e_referrals.scenes import next_in
from tests.e2e_referrals.world import REPLY_TIMEOUT_S, until
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]
HELP = "I answer questions about going abroad safely"


def pg_url() -> str:
    url = os.environ.get("DATABASE_URL_TEST_PG", "")
    if not url:
        if os.environ.get("REQUIRE_PG") == "1":
            pytest.fail("REQUIRE_PG=1 but no PostgreSQL server (DATABASE_URL_TEST_PG unset)")
        pytest.skip("no PostgreSQL server: set DATABASE_URL_TEST_PG (make test does)")
    return url


@pytest.fixture(scope="module")
def bot_settings() -> dict[str, str]:
    url = pg_url()
    engine = make_engine(url)
    with engine.begin() as connection:  # a fresh schema: the bot migrates it at start
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return {"DATABASE_URL": url, "HANDLE_CONCURRENCY": "4"}


class RowLock:
    """A transaction holding one person's row in `users` (SELECT ... FOR UPDATE)."""

    def __init__(self, url: str, uid: str) -> None:
        self._connection = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))
        self._uid = uid

    def __enter__(self) -> RowLock:
        row = self._connection.execute(
            "SELECT uid FROM users WHERE uid = %s FOR UPDATE", (self._uid,)
        ).fetchone()
        assert row is not None, "the person's row must exist to be locked"
        return self

    def __exit__(self, *exc: object) -> None:
        self._connection.rollback()
        self._connection.close()


async def test_a_locked_row_for_one_update_holds_up_no_other_chat(
    tg: FakeTelegram, oracle: Oracle, bot: BotProcess
) -> None:
    locked = Person(tg, oracle, 951_000_001)
    await locked.onboard("en", "MM", "TH")
    others = [Person(tg, oracle, 951_000_100 + n) for n in range(6)]
    await until(lambda: tg.pending_updates == 0, REPLY_TIMEOUT_S, "earlier updates recorded")
    with RowLock(bot.env["DATABASE_URL"], f"tg:{locked.user_id}"):
        tg.user_sends_command(locked.user_id, "help")  # its state write waits for the lock
        for person in others:
            tg.user_sends_command(person.user_id, "help")
        for person in others:
            [reply] = await next_in(tg, person.user_id, 1)
            assert (reply.text or "").startswith(HELP)
        # Causality, not a clock: every other chat was answered while this one's update
        # waited on the row, unanswered and not acknowledged to Telegram.
        assert tg.unread(locked.user_id) == []
        assert tg.pending_updates >= 1
        print(f"answered while one update waited on a locked row: {len(others)} of 6")
    [reply] = await next_in(tg, locked.user_id, 1, timeout=REPLY_TIMEOUT_S * 3)
    assert (reply.text or "").startswith(HELP)
    await until(lambda: tg.pending_updates == 0, REPLY_TIMEOUT_S, "then acknowledged")
