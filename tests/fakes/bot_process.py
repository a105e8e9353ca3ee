"""The real bot (`python -m bot run`) as a child process, pointed at a fake Telegram server.

Every setting is passed explicitly, so a developer's `.env` cannot leak into a test: the bot
reads `.env` only for variables the environment does not already have.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from tests.fakes.jsonhttp import free_port
from tests.fakes.telegram_server import FakeTelegram

ROOT = Path(__file__).resolve().parents[2]
BOT_PYTHON = ROOT / ".venv" / "bin" / "python"
TOKEN = "123:TEST"
STOP_GRACE_S = 15.0


def menus_only_nlu(tmp: Path) -> dict[str, str]:
    """The embedded default with no model: the bot runs menus-only and starts no Rasa."""
    empty = tmp / "no-models"
    empty.mkdir(parents=True, exist_ok=True)
    return {
        "NLU_URL": "",
        "NLU_MODELS_DIR": str(empty),
        "RASA_BIN": str(tmp / "no-rasa"),
        "NLU_PORT": str(free_port()),
    }


RASA_BIN = ROOT / ".venv-nlu" / "bin" / "rasa"
MODELS_DIR = ROOT / "models"


def dies_with_us(command: list[str]) -> list[str]:
    """`command` run so that it gets SIGTERM if this process dies first (Linux's parent-death
    signal, set by util-linux's setpriv before it execs the command: same pid, no preexec_fn).
    A test run or a benchmark that is killed then leaves no bot behind, still working on its
    database (one did, for 40 minutes, and made later PostgreSQL tests fail at random).
    The signal follows the thread that started the child, so only the main thread asks it."""
    setpriv = shutil.which("setpriv")
    if setpriv is None or threading.current_thread() is not threading.main_thread():
        return command
    return [setpriv, "--pdeathsig", "TERM", "--", *command]


RASA_READY_S = 240.0  # loads in 3-34 s measured; much more on a busy 2-core machine


def missing_rasa() -> str | None:
    """Why the real Rasa cannot run here (for a skip reason), or None."""
    if not RASA_BIN.exists():
        return f"{RASA_BIN.relative_to(ROOT)} is missing: run `make nlu-venv` (make test does)"
    if not any(MODELS_DIR.glob("*.tar.gz")):
        return "no trained model in models/: run `make nlu-model` (make test does)"
    return None


def embedded_nlu(port: int) -> dict[str, str]:
    """The embedded default with the real model: the bot starts and supervises Rasa itself."""
    return {
        "NLU_URL": "",
        "NLU_MODELS_DIR": str(MODELS_DIR),
        "RASA_BIN": str(RASA_BIN),
        "NLU_PORT": str(port),
        "NLU_TIMEOUT": "10",  # a first parse right after loading can be slow
    }


def bot_env(tg: FakeTelegram, home: Path, **settings: str) -> dict[str, str]:
    """The environment for one bot: its own database and var dir under `home`."""
    home.mkdir(parents=True, exist_ok=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "NLU_", "BOT_", "RASA_", "DATABASE_URL"))
    }
    env.update(
        TELEGRAM_BOT_TOKEN=tg.token,
        TELEGRAM_API_URL=tg.url,
        DATABASE_URL=f"sqlite:///{home / 'bot.sqlite3'}",
        BOT_VAR_DIR=str(home / "var"),
        CONTENT_DIR=str(ROOT / "content"),
        LOCALES_DIR=str(ROOT / "locales"),
        LOG_LEVEL="DEBUG",
        BOT_MODE="local",
        NLU_THRESHOLD="",
        NLU_TIMEOUT="",
        CONTENT_MAX_AGE_DAYS="",
        PYTHONUNBUFFERED="1",
        NO_PROXY="127.0.0.1,localhost",
        no_proxy="127.0.0.1,localhost",
        # A person's pace (one send a second to a chat, the bot's default) made every
        # conversation step here wait a second: 10x the time. This fake takes every send
        # unless a test asks for Telegram's limits (`enforce_limits`); the pace itself is
        # tested in tests/outbox/test_send_lanes.py and measured by `make bench`.
        SEND_PRIVATE_INTERVAL="0",
        # The scenes type the place a few milliseconds after the description: a person's
        # burst, which the form adds to the description (FORM_JOIN_SECONDS, tested in
        # tests/dialogue/test_description_in_parts.py). Off here: a person reads first.
        FORM_JOIN_SECONDS="0",
    )
    env.update(menus_only_nlu(home))
    env.update(settings)
    return env


class BotProcess:
    """Start, stop (SIGTERM, then SIGKILL), kill and restart one bot; output goes to a file."""

    def __init__(self, tg: FakeTelegram, env: dict[str, str], log_path: Path) -> None:
        self.tg = tg
        self.env = env
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self.starts = 0

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, ready_timeout: float = 60.0) -> None:
        """Returns once the bot polls the fake for updates; raises with its log if it dies."""
        assert not self.alive, "the bot is already running"
        polls = self.tg.polls_started
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self._log.write(f"\n===== bot start #{self.starts + 1} =====\n".encode())
        self._log.flush()
        self.process = subprocess.Popen(
            dies_with_us([str(BOT_PYTHON), "-m", "bot", "run"]),
            cwd=ROOT,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self.starts += 1
        deadline = time.monotonic() + ready_timeout
        while not self.tg.wait_until_polling(polls, timeout=0.2):
            if self.process.poll() is not None:
                code = self.process.returncode
                self._close_log()
                raise RuntimeError(f"the bot exited with {code} before polling:\n{self.log()}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the bot did not poll within {ready_timeout} s:\n{self.log()}")

    def stop(self, grace: float = STOP_GRACE_S) -> int | None:
        """SIGTERM, then SIGKILL after `grace` seconds; returns the exit code."""
        process = self.process
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(grace)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
        self._close_log()
        return process.returncode if process else None

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as in a crash or an OOM kill."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)
        self._close_log()

    @contextlib.contextmanager
    def running(self) -> Iterator[BotProcess]:
        """Started, and always stopped afterwards (for module fixtures)."""
        try:
            self.start()
            yield self
        finally:
            self.stop()

    def restart(self, hard: bool = False) -> None:
        self.kill() if hard else self.stop()
        self.start()

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def log(self, tail_lines: int = 200) -> str:
        if not self.log_path.exists():
            return "(no output)"
        lines = self.log_path.read_text(errors="replace").splitlines()
        return "\n".join(lines[-tail_lines:])
