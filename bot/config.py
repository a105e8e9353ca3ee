"""Settings, read once from the environment (and an optional `.env`).

Every setting is listed with its default in README.md and `.env.example`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import load_dotenv

ROOT = Path(__file__).resolve().parent.parent
MODES = ("local", "production")
SECRET_RE = re.compile(r"[A-Za-z0-9_-]{16,256}")  # Telegram allows 1-256 of these; 16 at least
LISTEN_RE = re.compile(r"(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):[0-9]{1,5}")
MAX_KEPT_DAYS = 30  # the words of unanswered questions, at most (bot/storage/counts.py)


class ConfigError(ValueError):
    """Settings the bot must not start with; `problems` says which, and how to fix each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def _bool(value: str | None, default: bool) -> bool:
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    return float(raw) if raw else default


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw else default


@dataclass(frozen=True)
class Settings:
    telegram_token: str | None
    telegram_api_url: str  # base URL of the Bot API; tests point it at the fake server
    database_url: str
    content_dir: Path
    locales_dir: Path
    nlu_url: str | None  # external Rasa servers, comma-separated; unset: the bot runs its own
    nlu_port: int
    nlu_timeout_s: float
    nlu_threshold: float | None  # None: the measured default of bot.nlu
    rasa_bin: Path
    models_dir: Path
    var_dir: Path
    log_level: str
    content_max_age_days: int
    mode: str  # "local" or "production"
    encryption_keys: str | None  # Fernet keys, comma-separated, newest first
    retention_case_days: int  # message content of closed cases is deleted after this
    retention_profile_days: int  # profiles not used for this long are deleted
    flood_per_minute: int  # messages a user may send per minute before being slowed down
    # Days the words of questions the bot could not answer are kept, encrypted, for content
    # editors: 0 (the default) keeps none; at most 30.
    keep_unanswered_days: int = 0
    # Bot API sends per second for the whole bot, every instance together (Telegram: ~30).
    telegram_sends_per_s: float = 29.0
    # Webhook mode (README "Webhook mode"): the public https URL Telegram posts updates to;
    # set, `python -m bot run` serves it instead of polling. Its path is the one served.
    webhook_url: str | None = None
    webhook_secret: str | None = None  # Telegram's X-Telegram-Bot-Api-Secret-Token
    webhook_listen: str = "127.0.0.1:8080"  # host:port of the bot's own HTTP server
    webhook_lease_s: float = 60.0  # a killed process's claimed updates wait this long
    # host:port serving /healthz and /metrics in polling mode; unset, none (webhook mode
    # serves them on webhook_listen).
    metrics_listen: str | None = None

    @property
    def webhook_path(self) -> str:
        return urlsplit(self.webhook_url or "").path or "/"

    def listen_address(self, webhook: bool = True) -> tuple[str, int]:
        """(host, port) of WEBHOOK_LISTEN, or of METRICS_LISTEN with webhook=False."""
        raw = self.webhook_listen if webhook else (self.metrics_listen or "")
        host, _, port = raw.rpartition(":")
        return host.strip("[]") or "127.0.0.1", int(port)

    # Updates of different chats handled at once (one chat's always one after another), in
    # polling and in webhook mode (per process). A crash loses no reply of an update in
    # flight: replies are written to the outbox with their answer (bot/outbox/replies.py).
    handle_concurrency: int = 16
    # Least seconds between two sends to one private chat (Telegram: about 1; 0: no pacing).
    send_private_interval_s: float = 1.0
    # Messages this soon after the form's description are added to it (the form's
    # JOIN_SECONDS; 0 turns it off, as the end-to-end tests do: they type at machine speed).
    form_join_seconds: float = 3.0
    # Polling that stores each getUpdates batch in the inbound queue before acknowledging it,
    # as webhook mode does (bot/telegram/stored_polling.py): the emergency lane sees a whole
    # burst, not 100 updates of it. Off (the default), an update is acknowledged only once
    # handled. Ignored in webhook mode.
    poll_store_first: bool = False

    @property
    def embedded_nlu(self) -> bool:
        return self.nlu_url is None

    def problems(self) -> list[str]:
        """Every problem of the mode and of the webhook settings (empty when all is fine)."""
        return self.webhook_problems() + self.mode_problems()

    def mode_problems(self) -> list[str]:
        """What makes these settings unsafe to start with (empty when they are fine).

        Fails closed: a mode that is neither `local` nor `production` (a typo such as
        "prod") is an error, never quietly local with a key file on disk."""
        if not 0 <= self.keep_unanswered_days <= MAX_KEPT_DAYS:
            return [
                f"KEEP_UNANSWERED_DAYS must be 0 (off) to {MAX_KEPT_DAYS} days, "
                f"not {self.keep_unanswered_days}."
            ]
        if not 0 < self.telegram_sends_per_s <= 30:
            return ["TELEGRAM_SENDS_PER_S must be above 0 and at most 30 (Telegram's limit)."]
        if self.mode not in MODES:
            shown = self.mode if len(self.mode) <= 40 else self.mode[:40] + "..."
            return [f"BOT_MODE must be 'local' or 'production', not {shown!r}."]
        if self.mode != "production":
            return []
        # A missing key is load_box's to refuse (bot/storage/crypto.py): `admin new-key`, which
        # makes the first one, must still run.
        found = []
        if self.database_url.startswith("sqlite"):
            found.append(
                "Production refuses SQLite (one file, one writer, no server-side backups): "
                "set DATABASE_URL to a PostgreSQL server, postgresql://user:password@host/db."
            )
        if not self.telegram_api_url.lower().startswith("https://"):
            found.append(
                "Production needs an https:// TELEGRAM_API_URL: the bot token and every "
                "message travel through it."
            )
        return found

    def webhook_problems(self) -> list[str]:
        found = []
        if self.webhook_url is not None:
            # Telegram posts to https:// only; local mode allows http:// for a fake Bot API.
            https = self.webhook_url.lower().startswith("https://")
            if not https and (self.mode == "production" or "://" not in self.webhook_url):
                found.append("WEBHOOK_URL must be an https:// URL (Telegram posts only there).")
            if not self.webhook_secret or not SECRET_RE.fullmatch(self.webhook_secret):
                found.append(
                    "WEBHOOK_SECRET must be set with WEBHOOK_URL: 16 to 256 characters of "
                    "A-Z, a-z, 0-9, _ and - (e.g. `openssl rand -hex 32`)."
                )
        for name, raw in (
            ("WEBHOOK_LISTEN", self.webhook_listen),
            ("METRICS_LISTEN", self.metrics_listen),
        ):
            if raw is not None and not LISTEN_RE.fullmatch(raw):
                found.append(f"{name} must be host:port, e.g. 127.0.0.1:8080.")
        if self.webhook_lease_s <= 0:
            found.append("WEBHOOK_LEASE_SECONDS must be above 0.")
        return found

    def check(self) -> None:
        """Raise ConfigError listing every problem, if there is any."""
        found = self.problems()
        if found:
            raise ConfigError(found)


def load_settings(env_file: Path | None = None) -> Settings:
    """Read and check the settings (ConfigError when unsafe); `.env` values never override
    real environment variables."""
    load_dotenv(env_file or ROOT / ".env", override=False)
    var_dir = Path(os.environ.get("BOT_VAR_DIR", str(ROOT / "var")))
    threshold = os.environ.get("NLU_THRESHOLD")
    settings = Settings(
        telegram_token=os.environ.get("TELEGRAM_BOT_TOKEN") or None,
        telegram_api_url=os.environ.get("TELEGRAM_API_URL", "https://api.telegram.org"),
        database_url=os.environ.get("DATABASE_URL", f"sqlite:///{var_dir / 'bot.sqlite3'}"),
        content_dir=Path(os.environ.get("CONTENT_DIR", str(ROOT / "content"))),
        locales_dir=Path(os.environ.get("LOCALES_DIR", str(ROOT / "locales"))),
        nlu_url=os.environ.get("NLU_URL") or None,
        nlu_port=_int("NLU_PORT", 5055),
        nlu_timeout_s=_float("NLU_TIMEOUT", 2.0),
        nlu_threshold=float(threshold) if threshold else None,
        rasa_bin=Path(os.environ.get("RASA_BIN", str(ROOT / ".venv-nlu" / "bin" / "rasa"))),
        models_dir=Path(os.environ.get("NLU_MODELS_DIR", str(ROOT / "models"))),
        var_dir=var_dir,
        log_level=os.environ.get("LOG_LEVEL", "INFO").upper(),
        content_max_age_days=_int("CONTENT_MAX_AGE_DAYS", 365),
        mode=(os.environ.get("BOT_MODE") or "local").strip(),
        encryption_keys=os.environ.get("BOT_ENCRYPTION_KEYS") or None,
        retention_case_days=_int("RETENTION_CASE_DAYS", 90),
        retention_profile_days=_int("RETENTION_PROFILE_DAYS", 365),
        flood_per_minute=_int("FLOOD_PER_MINUTE", 20),
        keep_unanswered_days=_int("KEEP_UNANSWERED_DAYS", 0),
        telegram_sends_per_s=_float("TELEGRAM_SENDS_PER_S", 29.0),
        webhook_url=os.environ.get("WEBHOOK_URL") or None,
        webhook_secret=os.environ.get("WEBHOOK_SECRET") or None,
        webhook_listen=os.environ.get("WEBHOOK_LISTEN") or "127.0.0.1:8080",
        webhook_lease_s=_float("WEBHOOK_LEASE_SECONDS", 60.0),
        metrics_listen=os.environ.get("METRICS_LISTEN") or None,
        handle_concurrency=max(1, _int("HANDLE_CONCURRENCY", 16)),
        send_private_interval_s=max(0.0, _float("SEND_PRIVATE_INTERVAL", 1.0)),
        form_join_seconds=max(0.0, _float("FORM_JOIN_SECONDS", 3.0)),
        poll_store_first=_bool(os.environ.get("POLL_STORE_FIRST"), False),
    )
    settings.check()
    return settings
