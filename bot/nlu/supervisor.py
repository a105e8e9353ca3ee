"""Starts, watches and stops a local Rasa NLU server (`rasa run --enable-api`).

The bot's embedded default: the Rasa process runs in its own Python 3.10 venv, in its own
process group so that stopping it also stops anything it spawned. It is started through
nlu/server.py, which is `rasa run` without TensorFlow for a pipeline that does not use it
(230 MB resident instead of 600).
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import ctypes
import logging
import os
import signal
import sys
import time
from pathlib import Path
from typing import IO

from bot.nlu.client import RasaHttpClient

log = logging.getLogger(__name__)

_POLL_S = 0.25
_HEALTH_EVERY_S = 5.0
# Consecutive failed health checks before a running server is restarted: about 40 s of
# silence. A loaded machine (two cores, a burst of parses) makes a live server answer late;
# killing it then costs a 10-30 s reload and every parse meanwhile.
_UNHEALTHY_LIMIT = 5
_FIRST_BACKOFF_S = 1.0
_MAX_BACKOFF_S = 60.0
_STABLE_AFTER_S = 120.0  # a process that ran this long resets the backoff
_STOP_GRACE_S = 10.0
# The model names its custom components by module path (nlu.components...), which Rasa
# imports relative to its working directory.
_PROJECT_ROOT = Path(__file__).resolve().parents[2]

# INFO, never DEBUG: at DEBUG Rasa logs every parsed text (rasa.core.processor), and the
# users' messages must not reach any log.
_CHILD_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "LOG_LEVEL": "INFO",
    "LOG_LEVEL_LIBRARIES": "ERROR",
    "TF_CPP_MIN_LOG_LEVEL": "3",
    "PYTHONWARNINGS": "ignore",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
}


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    # If the bot is killed outright, the kernel stops Rasa too (Linux PR_SET_PDEATHSIG).
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)


def server_command(rasa_bin: Path, model_path: Path, port: int, *, lean: bool = True) -> list[str]:
    """`rasa run --enable-api` on 127.0.0.1:`port`, through nlu/server.py when `rasa_bin`
    has its venv's Python beside it (a bare `rasa` executable is run as it is); `lean=False`
    is plain `rasa run` (the benchmark's comparison)."""
    args = ["run", "--enable-api", "--model", str(model_path.resolve())]
    args += ["--interface", "127.0.0.1", "--port", str(port)]
    python = rasa_bin.with_name("python")
    if lean and python.exists() and (_PROJECT_ROOT / "nlu" / "server.py").exists():
        return [str(python), "-m", "nlu.server", *args]
    return [str(rasa_bin), *args]


class RasaSupervisor:
    def __init__(self, rasa_bin: Path, model_path: Path, port: int, log_path: Path) -> None:
        self._rasa_bin = rasa_bin
        self._model_path = model_path
        self._port = port
        self._log_path = log_path.resolve()
        self._process: asyncio.subprocess.Process | None = None
        self._task: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self._stopping = False
        self.restarts = 0
        self.load_time_s: float | None = None
        atexit.register(self._kill_group, signal.SIGKILL)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    async def start(self) -> None:
        """Returns at once; the server loads in the background."""
        if self._task is None or self._task.done():
            self._stopping = False
            self._task = asyncio.create_task(self._supervise(), name="rasa-supervisor")

    async def wait_ready(self, timeout_s: float) -> bool:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout_s):
                await self._ready.wait()
        return self.ready

    async def stop(self) -> None:
        self._stopping = True
        self._ready.clear()
        process = self._process
        if process is not None and process.returncode is None:
            self._kill_group(signal.SIGTERM)
            try:
                async with asyncio.timeout(_STOP_GRACE_S):
                    await process.wait()
            except TimeoutError:
                self._kill_group(signal.SIGKILL)
                await process.wait()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _supervise(self) -> None:
        backoff = _FIRST_BACKOFF_S
        client = RasaHttpClient(self.url)
        try:
            while not self._stopping:
                started = time.monotonic()
                try:
                    await self._spawn()
                except OSError as exc:
                    log.error("NLU server could not start: %s", exc)
                    exit_code: int | None = None
                else:
                    exit_code = await self._watch(client, started)
                self._ready.clear()
                if self._stopping:
                    return
                if time.monotonic() - started > _STABLE_AFTER_S:
                    backoff = _FIRST_BACKOFF_S
                log.warning(
                    "NLU server stopped (exit %s); restarting in %.0f s", exit_code, backoff
                )
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, _MAX_BACKOFF_S)
                self.restarts += 1
        finally:
            await client.aclose()

    async def _spawn(self) -> None:
        self._log_path.parent.mkdir(parents=True, exist_ok=True)
        log_file: IO[bytes]
        with open(self._log_path, "ab") as log_file:
            self._process = await asyncio.create_subprocess_exec(
                *server_command(self._rasa_bin, self._model_path, self._port),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log_file,
                stderr=asyncio.subprocess.STDOUT,
                env={**os.environ, **_CHILD_ENV},
                cwd=_PROJECT_ROOT,
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )
        log.info("NLU server starting (pid %d, port %d)", self._process.pid, self._port)

    async def _watch(self, client: RasaHttpClient, started: float) -> int | None:
        """Marks the server ready once healthy; returns when the process ends or hangs."""
        process = self._process
        assert process is not None
        failures = 0
        next_check = 0.0
        while True:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(_POLL_S):
                    return await process.wait()
            if not self.ready:
                if await client.health():
                    self.load_time_s = time.monotonic() - started
                    log.info("NLU server ready in %.1f s", self.load_time_s)
                    self._ready.set()
                    next_check = time.monotonic() + _HEALTH_EVERY_S
            elif time.monotonic() >= next_check:
                failures = 0 if await client.health() else failures + 1
                next_check = time.monotonic() + _HEALTH_EVERY_S
                if failures >= _UNHEALTHY_LIMIT:
                    log.warning("NLU server not answering; killing it")
                    self._kill_group(signal.SIGKILL)

    def _kill_group(self, sig: signal.Signals) -> None:
        process = self._process
        if process is None or process.returncode is not None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, sig)
