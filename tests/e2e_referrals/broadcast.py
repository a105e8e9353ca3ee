"""The broadcast scenario (issue 15), run once by test_alert_broadcast.py.

N subscribers (10,000 by default; BROADCAST_SUBSCRIBERS for a quicker rehearsal) are written
straight into the bot's database, a few of them have blocked the bot, and
`python -m bot alerts send` queues the alert while the fake Telegram fails 30 % of sends
(500, or 429 with retry_after=1). The bot is SIGKILLed once a third is sent, and restarted.
Meanwhile one person keeps asking for the menu; their chat is spared the injected faults, so
their reply times show whether the broadcast delays replies.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from tests.e2e.driver import CONTENT_DIR
from tests.e2e_referrals.crowd import progress
from tests.e2e_referrals.world import Db, until
from tests.fakes import FakeTelegram, FaultPlan
from tests.fakes.bot_process import BOT_PYTHON, ROOT, BotProcess

SUBSCRIBERS = int(os.environ.get("BROADCAST_SUBSCRIBERS", "10000"))
FIRST_CHAT = 5_000_000
BLOCKED = 20  # of them have blocked the bot: a 403 must end their subscription
ASKER = 6_000_001
ALERT_ID = "e2e-broadcast"
MARK = "E2E broadcast alert"
KILL_AT = SUBSCRIBERS // 3  # alerts sent when the SIGKILL strikes
ASK_EVERY_S = 3.5  # the flood guard allows 20 messages a minute (FLOOD_PER_MINUTE)
# At most 15 a second with a third of sends failing and a one-second flood wait per 429:
# give the drain an hour for 10,000.
DRAIN_S = max(600.0, SUBSCRIBERS * 0.36)
ALERT_KEYS = f"alert:{ALERT_ID}:%"

ALERT_YAML = f"""\
# Test fixture for the broadcast scenario: no real facts.
id: {ALERT_ID}
corridors:
  - {{origin: MM, country: TH}}
  - {{origin: KH, country: TH}}
topics: [documents, safety]
text:
  en: "{MARK} (en)."
  my: "{MARK} (my) မြန်မာ။"
  km: "{MARK} (km) ខ្មែរ។"
source:
  id: test
  title: "Test source"
  url: https://example.org/e2e
  date: "2026-11"
published_on: 2026-01-01
expires_on: 2099-01-01
review:
  en: {{status: draft}}
  my: {{status: draft}}
  km: {{status: draft}}
"""


def write_broadcast_content(target: Path) -> None:
    shutil.copytree(CONTENT_DIR, target)
    (target / "alerts").mkdir(exist_ok=True)
    (target / "alerts" / f"{ALERT_ID}.yml").write_text(ALERT_YAML, encoding="utf-8")


def chats() -> list[int]:
    return list(range(FIRST_CHAT, FIRST_CHAT + SUBSCRIBERS))


def blocked_chats() -> list[int]:
    return chats()[:: max(1, SUBSCRIBERS // BLOCKED)][:BLOCKED]


def seed_subscribers(db: Db) -> None:
    """Subscribers as the bot stores them: a profile (language, script) and a subscription."""
    now = dt.datetime.now(dt.UTC).isoformat(sep=" ")
    languages = [("my", None), ("my", "zawgyi"), ("km", None), ("en", None)]
    users, subs = [], []
    for n, chat in enumerate(chats()):
        language, encoding = languages[n % len(languages)]
        origin = "KH" if language == "km" else "MM"
        users.append((f"tg:{chat}", language, encoding, origin, "TH", now, now))
        subs.append((f"tg:{chat}", chat, origin, "TH", "documents,safety", now))
    users.append((f"tg:{ASKER}", "en", None, "MM", "TH", now, now))
    with closing(sqlite3.connect(db.path, timeout=30)) as connection, connection:
        connection.executemany(
            "INSERT INTO users (uid, language, encoding, origin, country, profile_asked, misses,"
            " created_at, last_seen_at, answers_seen, alerts_offered)"
            " VALUES (?, ?, ?, ?, ?, 1, 0, ?, ?, 0, 1)",
            users,
        )
        connection.executemany(
            "INSERT INTO alert_subscriptions (uid, chat_id, origin, country, topics, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            subs,
        )


@dataclass
class Broadcast:
    in_flight: list[tuple[int, str, int]] = field(default_factory=list)  # at the kill
    sent_at_kill: int = 0
    waits: list[float] = field(default_factory=list)  # the asker's reply times, seconds
    unanswered: int = 0
    # Asks whose wait overlapped the kill and restart: the bot was down, not busy.
    across_kill: list[float | None] = field(default_factory=list)
    down: tuple[float, float] = (float("inf"), float("inf"))  # killed, polling again
    status_line: str = ""
    seconds: float = 0.0


def alerts_cli(bot: BotProcess, *args: str) -> str:
    done = subprocess.run(
        [str(BOT_PYTHON), "-m", "bot", "alerts", *args],
        cwd=ROOT,
        env=bot.env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return done.stdout


def sent_alerts(db: Db) -> int:
    return int(
        db.value(
            f"SELECT count(*) FROM outbox WHERE status = 'sent' AND idem_key LIKE '{ALERT_KEYS}'"
        )
    )


def unsent_alerts(db: Db) -> int:
    query = "SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending') AND idem_key LIKE ?"
    return int(db.value(query, ALERT_KEYS))


async def ask_meanwhile(tg: FakeTelegram, stop: asyncio.Event, seen: Broadcast) -> None:
    """The asker sends /menu every few seconds and waits for the bot's answer (up to 30 s)."""
    while not stop.is_set():
        before = len(tg.messages_to(ASKER))
        asked = time.monotonic()
        tg.user_sends_command(ASKER, "menu")
        deadline = asked + 30.0
        while len(tg.messages_to(ASKER)) <= before and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        wait: float | None = None
        if len(tg.messages_to(ASKER)) > before:
            answered = [
                call.at
                for call in tg.calls_to("sendMessage")
                if call.status == 200
                and str(call.params.get("chat_id")) == str(ASKER)
                and call.at >= asked
            ]
            wait = min(answered) - asked if answered else time.monotonic() - asked
        killed, back = seen.down
        if asked <= back and asked + (wait if wait is not None else 30.0) >= killed:
            seen.across_kill.append(wait)
        elif wait is None:
            seen.unanswered += 1
        else:
            seen.waits.append(wait)
        await asyncio.sleep(ASK_EVERY_S)


async def run_broadcast(tg: FakeTelegram, bot: BotProcess, db: Db) -> tuple[Broadcast, FaultPlan]:
    seen = Broadcast()
    seed_subscribers(db)
    for chat in [*chats(), ASKER]:
        tg.user(chat)
    for chat in blocked_chats():
        tg.block_bot(chat)
    start = time.monotonic()
    plan = tg.fail_sends(0.3, codes=(500, 429), retry_after=1, seed=15)
    plan.spare_chats = frozenset({ASKER})
    progress(alerts_cli(bot, "send", ALERT_ID).strip().splitlines()[-2])
    stop = asyncio.Event()
    asker = asyncio.create_task(ask_meanwhile(tg, stop, seen))
    await until(
        lambda: sent_alerts(db) >= KILL_AT, DRAIN_S, "a third of the alerts sent", every=0.2
    )
    seen.down = (time.monotonic(), float("inf"))
    bot.kill()
    seen.sent_at_kill = sent_alerts(db)
    claimed = db.rows("SELECT id, idem_key, chat_id FROM outbox WHERE status = 'sending'")
    seen.in_flight = [(int(i), str(k), int(c)) for i, k, c in claimed]
    progress(f"killed with {seen.sent_at_kill} sent; in flight: {seen.in_flight}")
    bot.start()
    seen.down = (seen.down[0], time.monotonic())
    await until(lambda: unsent_alerts(db) == 0, DRAIN_S, "every alert sent or ended", every=1.0)
    stop.set()
    await asker
    tg.clear_faults()
    seen.seconds = time.monotonic() - start
    seen.status_line = alerts_cli(bot, "status", ALERT_ID).strip()
    return seen, plan
