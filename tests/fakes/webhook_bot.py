"""The real bot in webhook mode (`python -m bot run --webhook`) as a child process.

Ready once its own HTTP server answers /healthz (it serves only after the database is up),
and, the first time, once it has called setWebhook on the fake.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import httpx

from tests.fakes.bot_process import BOT_PYTHON, ROOT, BotProcess, bot_env, dies_with_us
from tests.fakes.jsonhttp import free_port
from tests.fakes.telegram_webhook import WebhookTelegram

SECRET = "test-secret-0123456789abcdef"
WEBHOOK_PATH = "/telegram/webhook"


def webhook_env(tg: WebhookTelegram, home: Path, port: int, **settings: str) -> dict[str, str]:
    """One process's settings: its own port; the same secret and path for every process."""
    return bot_env(
        tg,
        home,
        WEBHOOK_URL=f"http://127.0.0.1:{port}{WEBHOOK_PATH}",
        WEBHOOK_SECRET=SECRET,
        WEBHOOK_LISTEN=f"127.0.0.1:{port}",
        **settings,
    )


class WebhookBot(BotProcess):
    def __init__(
        self, tg: WebhookTelegram, home: Path, port: int | None = None, **settings: str
    ) -> None:
        self.port = port or free_port()
        super().__init__(tg, webhook_env(tg, home, self.port, **settings), home / "bot.log")
        self.webhook_tg = tg

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, ready_timeout: float = 90.0) -> None:
        assert not self.alive, "the bot is already running"
        hooks = self.webhook_tg.webhook_calls()
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self._log.write(f"\n===== bot start #{self.starts + 1} (webhook) =====\n".encode())
        self._log.flush()
        self.process = subprocess.Popen(
            dies_with_us([str(BOT_PYTHON), "-m", "bot", "run", "--webhook"]),
            cwd=ROOT,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self.starts += 1
        deadline = time.monotonic() + ready_timeout
        while not (self._healthy() and self.webhook_tg.webhook_calls() > hooks):
            if self.process.poll() is not None:
                code = self.process.returncode
                self._close_log()
                raise RuntimeError(f"the bot exited with {code} before serving:\n{self.log()}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the bot did not serve within {ready_timeout} s:\n{self.log()}")
            time.sleep(0.1)

    def _healthy(self) -> bool:
        try:
            return httpx.get(f"{self.base_url}/healthz", timeout=2.0).status_code == 200
        except httpx.HTTPError:
            return False

    def post(self, body: bytes, secret: str | bytes | None = SECRET) -> httpx.Response:
        """A request to the webhook as anyone could send it (for refusal tests)."""
        headers: dict[str, str | bytes] = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        return httpx.post(f"{self.base_url}{WEBHOOK_PATH}", content=body, headers=headers)

    def get(self, path: str) -> httpx.Response:
        return httpx.get(f"{self.base_url}{path}", timeout=10.0)
