"""Bot processes in webhook mode for the multi-instance scenario, and their database.

The settings are the bot's own (README, "Webhook mode"): WEBHOOK_URL (what setWebhook gets;
the bot serves its path), WEBHOOK_SECRET (checked in X-Telegram-Bot-Api-Secret-Token),
WEBHOOK_LISTEN (host:port of this process). Readiness is GET /healthz answering 200.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

import httpx

from tests.fakes import FakeTelegram, free_port
from tests.fakes.bot_process import BOT_PYTHON, ROOT, dies_with_us

PUBLIC_URL = "https://bot.example.org/telegram/webhook"
SECRET = "bench-secret-0123456789"
READY_S = 120.0


def fresh_database(server_url: str) -> str:
    """Drops and creates the database named in `server_url` (the benchmark's own; never
    bot_test, which the test runs use); returns its SQLAlchemy URL."""
    import psycopg  # the bot's PostgreSQL driver; only this scenario needs it

    name = urlsplit(server_url).path.lstrip("/")
    if not name or name == "bot_test":
        raise SystemExit(f"refusing to recreate database {name!r}: name the benchmark's own")
    admin = server_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        db.execute(f'CREATE DATABASE "{name}"')
    return server_url


def accept_set_webhook(tg: FakeTelegram) -> None:
    """The fake answers setWebhook (and remembers it) if it does not already."""
    methods: dict[str, Any] = tg._methods
    if "setwebhook" not in methods:
        methods["setwebhook"] = lambda params: True


class Instance:
    """One `python -m bot run --webhook` process listening on its own port."""

    def __init__(self, name: str, env: dict[str, str], home: Path) -> None:
        self.name = name
        self.port = free_port()
        self.env = {**env, "WEBHOOK_URL": PUBLIC_URL, "WEBHOOK_SECRET": SECRET}
        self.env["WEBHOOK_LISTEN"] = f"127.0.0.1:{self.port}"
        self.home = home
        self.url = f"http://127.0.0.1:{self.port}{urlsplit(PUBLIC_URL).path}"
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def start(self) -> None:
        self._log = open(self.home / f"{self.name}.log", "ab")  # noqa: SIM115 - closed in stop
        self.process = subprocess.Popen(
            dies_with_us([str(BOT_PYTHON), "-m", "bot", "run", "--webhook"]),
            cwd=ROOT,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + READY_S
        with httpx.Client(trust_env=False, timeout=2.0) as http:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise SystemExit(f"{self.name} exited; see {self.home}/{self.name}.log")
                with contextlib.suppress(httpx.HTTPError):
                    if http.get(f"http://127.0.0.1:{self.port}/healthz").status_code == 200:
                        return
                time.sleep(0.3)  # a starting process has no event to wait on
        raise SystemExit(f"{self.name} not healthy after {READY_S:.0f} s")

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        if self.alive and self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.alive and self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self._log is not None:
            self._log.close()
            self._log = None


def pg_server_url() -> str | None:
    """The benchmark's PostgreSQL database URL (make bench sets BENCH_PG_URL), or None."""
    return os.environ.get("BENCH_PG_URL") or None
