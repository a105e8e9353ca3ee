"""What a benchmark runs against: the real Rasa (one for every scenario: it takes 10-60 s to
load), a proxy in front of it that can stall one marked parse, the bot as a child process, and
CPU and memory read from /proc.

The bot is driven only from outside (its settings, the fake Bot API, the NLU it is given), so
the same harness measures main today and the concurrent, webhook and multi-instance work later.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.nlu.models import newest_model
from bot.nlu.supervisor import server_command
from tests.fakes import FakeTelegram, free_port
from tests.fakes.bot_process import MODELS_DIR, RASA_BIN, ROOT, BotProcess, bot_env, dies_with_us
from tests.fakes.jsonhttp import JsonHttpServer, Response

RASA_READY_S = 300.0
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def real_rasa(log_path: Path, *, lean: bool = True) -> Iterator[tuple[str, int]]:
    """`rasa run --enable-api` on the newest model, as the bot's supervisor starts it
    (through nlu/server.py); yields (url, process group id) once /status answers."""
    model = newest_model(MODELS_DIR)
    if model is None or not RASA_BIN.exists():
        raise SystemExit("no Rasa or no model: run `make nlu-model` first (make bench does)")
    port = free_port()
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            dies_with_us(server_command(RASA_BIN, model, port, lean=lean)),
            cwd=ROOT,
            env={**os.environ, "RASA_TELEMETRY_ENABLED": "false", "LOG_LEVEL": "INFO"},
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process, log_path)
        yield url, process.pid
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + RASA_READY_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"Rasa exited with {process.returncode}; see {log_path}")
        with contextlib.suppress(OSError), _open(f"{url}/status", None, 2.0) as answer:
            if answer.status == 200:
                return
        time.sleep(0.5)  # a loading server has no event to wait on
    raise SystemExit(f"Rasa not ready after {RASA_READY_S:.0f} s; see {log_path}")


def _open(url: str, body: bytes | None, timeout: float) -> Any:
    request = urllib.request.Request(url, data=body, method="POST" if body else "GET")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never a proxy
    return opener.open(request, timeout=timeout)


class StallingProxy:
    """Forwards every request to the NLU; a parse whose text holds `marker` is held `stall_s`
    first. The bot gets this proxy's URL as NLU_URL."""

    def __init__(self, upstream: str, marker: str, stall_s: float) -> None:
        self.upstream = upstream
        self.marker = marker
        self.stall_s = stall_s
        self.stalled = 0
        self._http = JsonHttpServer(self._on_request)

    @property
    def url(self) -> str:
        return self._http.url

    def __enter__(self) -> StallingProxy:
        self._http.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._http.close()

    def _on_request(self, method: str, path: str, params: dict[str, Any]) -> Response:
        if self.marker in str(params.get("text", "")):
            self.stalled += 1
            time.sleep(self.stall_s)
        body = json.dumps(params).encode() if method == "POST" else None
        try:
            with _open(self.upstream + path, body, 30.0) as answer:
                return answer.status, json.loads(answer.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")


def bot_settings(tg: FakeTelegram, home: Path, nlu_url: str, **extra: str) -> dict[str, str]:
    """The bot's environment for a benchmark: its own SQLite database under `home`, the given
    NLU, INFO logs as in production (DEBUG would log every update), and the bot's own defaults
    otherwise: the tests' pace of 0 (bot_env) is not the bot's."""
    env = bot_env(
        tg,
        home,
        NLU_URL=nlu_url,
        NLU_TIMEOUT="10",
        LOG_LEVEL="INFO",
        FLOOD_PER_MINUTE="1000",
        **extra,
    )
    if "SEND_PRIVATE_INTERVAL" not in extra:
        del env["SEND_PRIVATE_INTERVAL"]
    return env


@contextlib.contextmanager
def running_bot(tg: FakeTelegram, env: dict[str, str], home: Path) -> Iterator[BotProcess]:
    with BotProcess(tg, env, home / "bot.log").running() as bot:
        yield bot


@dataclass
class Usage:
    cpu_s: float  # user + system time
    rss_mb: float


def usage(pids: list[int], groups: list[int]) -> Usage:
    """CPU seconds and resident memory of these processes plus every process in these
    process groups (Rasa runs in its own session)."""
    cpu_ticks = 0
    rss_kb = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            pid = int(stat.parent.name)
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if pid not in pids and int(fields[2]) not in groups:
                continue
            cpu_ticks += int(fields[11]) + int(fields[12])  # utime, stime
            rss_kb += int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, ValueError, IndexError):
            continue
    return Usage(cpu_ticks / CLOCK_TICKS, rss_kb / 1024)
