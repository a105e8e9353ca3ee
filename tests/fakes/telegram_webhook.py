"""The fake Telegram Bot API delivering updates by webhook, as Telegram does after setWebhook.

    with WebhookTelegram() as tg:
        env.update(WEBHOOK_URL="http://127.0.0.1:PORT/tg", WEBHOOK_SECRET=...)
        ... the bot calls setWebhook; tg.user_sends_text(42, "hi") is then POSTed to it

Like Telegram: updates go out one at a time in update-id order, each with the secret token
setWebhook was given in X-Telegram-Bot-Api-Secret-Token; one leaves the queue only when the
bot answers 2xx, otherwise it is tried again (the same update, so nothing overtakes it).
`targets` stands for a reverse proxy in front of several bot processes: when set, updates are
posted to those URLs in turn (the path of setWebhook's URL kept), and a target that refuses
the connection or fails is skipped for the next.
"""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

import httpx

from tests.fakes.telegram_server import FakeTelegram

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
RETRY_PAUSE_S = 0.05  # between two tries of an update no target took


class WebhookTelegram(FakeTelegram):
    def __init__(self, token: str = "123:TEST", bot_username: str = "test_bot") -> None:
        super().__init__(token, bot_username)
        self.webhook: dict[str, Any] | None = None  # setWebhook's parameters
        self.targets: list[str] | None = None  # base URLs (scheme://host:port) of processes
        self.posted: Counter[int] = Counter()  # update id -> times answered 2xx
        self.post_failures = 0
        self._next_target = 0
        self._methods.update(
            setwebhook=self._set_webhook,
            deletewebhook=self._delete_webhook,
            getwebhookinfo=self._webhook_info,
        )
        self._deliverer = threading.Thread(target=self._post_updates, daemon=True)

    def start(self) -> None:
        super().start()
        self._deliverer.start()

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = dict(params)
        self._cond.notify_all()
        return True

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        return True

    def _webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        url = str(self.webhook.get("url", "")) if self.webhook else ""
        return {"url": url, "has_custom_certificate": False, "pending_update_count": 0}

    def webhook_calls(self) -> int:
        return len(self.calls_to("setWebhook"))

    # --- delivery -----------------------------------------------------------------------------
    def _post_updates(self) -> None:
        with httpx.Client(timeout=30.0) as client:
            while True:
                with self._cond:
                    self._cond.wait_for(
                        lambda: self._closing or (self.webhook is not None and self._updates)
                    )
                    if self._closing:
                        return
                    update, hook = self._updates[0], dict(self.webhook or {})
                if self._post(client, update, hook):
                    with self._cond:
                        if self._updates and self._updates[0] is update:
                            self._updates.pop(0)
                        self.posted[update["update_id"]] += 1
                        self._cond.notify_all()
                else:
                    with self._cond:
                        self.post_failures += 1
                        self._cond.wait(RETRY_PAUSE_S)

    def _post(self, client: httpx.Client, update: dict[str, Any], hook: dict[str, Any]) -> bool:
        url = str(hook.get("url", ""))
        if self.targets:
            base = self.targets[self._next_target % len(self.targets)]
            self._next_target += 1
            url = base.rstrip("/") + (urlsplit(url).path or "/")
        headers = {SECRET_HEADER: str(hook.get("secret_token", ""))}
        try:
            response = client.post(url, json=update, headers=headers)
        except httpx.HTTPError:
            return False
        return 200 <= response.status_code < 300

    def webhook_drained(self, timeout: float = 30.0) -> bool:
        """True once every update was taken by the bot (answered 2xx)."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._updates, timeout)
