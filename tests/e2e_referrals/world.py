"""Playing migrants, caseworkers and an operator against the real bot process.

Builds on tests/fakes (the fake Telegram server, the bot as a child process) and
tests/e2e/driver.py (a migrant checked step by step against the pure engine). What this
module adds is the organisation's side: invites made with the admin CLI, inbox groups, staff
buttons, and a read-only look at the bot's SQLite database for what no chat shows (how many
cases, which outbox rows are in flight).
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.content import load_catalog
from bot.content.localised import pick
from bot.i18n import Tr, translator
from tests.fakes import BotMessage, FakeTelegram
from tests.fakes.bot_process import BOT_PYTHON, ROOT

REPLY_TIMEOUT_S = 10.0  # generous for a loaded machine; a passing step takes milliseconds
INVITE_CODE = re.compile(r"^[0-9A-F]{6}-[0-9A-F]{6}-[0-9A-F]{6}$")
CASE_REF = re.compile(r"\b([A-HJKMNP-Z2-9]{6})\b")
SENT_CONFIRMATION = re.compile(r"Your case number is ([A-HJKMNP-Z2-9]{6})")


def staff_tr(env: dict[str, str], org_id: str) -> Tr:
    """What the bot says to this organisation's staff is in its interface language
    (content/partners.yml; FAR reads Thai)."""
    partners = load_catalog(Path(env["CONTENT_DIR"])).partners
    language = partners.by_id()[org_id].interface_language if partners else "en"
    return translator(Path(env["LOCALES_DIR"]), language)


def org_name(env: dict[str, str], org_id: str) -> str:
    """The organisation's name as its staff read it (the bot names it so, not by its id)."""
    partners = load_catalog(Path(env["CONTENT_DIR"])).partners
    assert partners is not None
    partner = partners.by_id()[org_id]
    return pick(partner.name, partner.interface_language)


# --- the operator -----------------------------------------------------------------------------
def admin_invite(
    env: dict[str, str], org: str, *, inbox: bool = False, role: str = "caseworker"
) -> str:
    """`python -m bot admin invite`, as an operator runs it; returns the one-time code."""
    kind = ["--inbox"] if inbox else ["--role", role]
    done = subprocess.run(
        [str(BOT_PYTHON), "-m", "bot", "admin", "invite", "--org", org, *kind],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    code = done.stdout.split("\n", 1)[0].strip()
    assert INVITE_CODE.match(code), f"no invite code in {done.stdout!r}"
    return code


def invite_codes(database_url: str, wanted: Iterable[tuple[str, str]]) -> list[str]:
    """Many codes at once through the functions the CLI calls: (org, 'staff' or 'inbox')."""
    from bot.referrals import staff
    from bot.storage import make_engine
    from bot.storage.db import session_factory

    engine = make_engine(database_url)
    try:
        with session_factory(engine).begin() as session:
            return [
                staff.create_invite(
                    session, org, purpose, "caseworker" if purpose == "staff" else None
                )
                for org, purpose in wanted
            ]
    finally:
        engine.dispose()


# --- the database, read from outside ----------------------------------------------------------
@dataclass
class Db:
    """SELECTs on the bot's SQLite file (WAL: reading never blocks the bot)."""

    path: Path

    @classmethod
    def of(cls, env: dict[str, str]) -> Db:
        return cls(Path(env["DATABASE_URL"].removeprefix("sqlite:///")))

    def rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        with closing(sqlite3.connect(self.path, timeout=30)) as connection:
            return connection.execute(sql, params).fetchall()

    def value(self, sql: str, *params: Any) -> Any:
        [(value,)] = self.rows(sql, *params)
        return value

    def case(self, ref: str) -> dict[str, Any]:
        [(case_id, status, org, outcome)] = self.rows(
            "SELECT id, status, org_id, outcome FROM cases WHERE ref = ?", ref
        )
        history = "SELECT action FROM case_events WHERE case_id = ? ORDER BY id"
        events = [action for (action,) in self.rows(history, case_id)]
        return {"id": case_id, "status": status, "org": org, "outcome": outcome, "events": events}

    def step_of(self, tg_user_id: int) -> str | None:
        rows = self.rows("SELECT step FROM users WHERE uid = ?", f"tg:{tg_user_id}")
        return rows[0][0] if rows else None

    def outbox_unsent(self) -> int:
        return int(self.value("SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')"))


# --- waiting without blind sleeps -------------------------------------------------------------
async def until(check: Callable[[], Any], timeout: float, what: str, every: float = 0.05) -> Any:
    """Poll `check` until it returns something truthy; fail with `what` at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout:.0f} s")
        await asyncio.sleep(every)


async def message_in(
    tg: FakeTelegram,
    chat_id: int,
    matches: Callable[[BotMessage], bool],
    timeout: float = REPLY_TIMEOUT_S,
) -> BotMessage:
    """The first message to the chat that matches, whenever it came (the outbox's pace)."""

    def found() -> BotMessage | None:
        return next((m for m in tg.messages_to(chat_id) if matches(m)), None)

    message: BotMessage = await until(found, timeout, f"a matching message in chat {chat_id}")
    return message


def texts_seen_by(tg: FakeTelegram, chat_ids: Iterable[int]) -> list[str]:
    """Everything the bot showed in these chats: texts, edited texts, labels, button data."""
    seen: list[str] = []
    for chat_id in chat_ids:
        for message in tg.messages_to(chat_id):
            seen += [message.text or "", *(h or "" for h in message.history)]
            seen += [*message.labels, *(d or "" for d in message.data)]
    return seen


def with_text(*parts: str) -> Callable[[BotMessage], bool]:
    return lambda message: all(part in (message.text or "") for part in parts)
