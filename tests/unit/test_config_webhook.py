"""Webhook settings fail closed: a URL needs a strong secret (Telegram's allowed characters),
production needs https, listen addresses are host:port; none of it is required for polling."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings

SECRET = "a" * 32
WEBHOOK = (
    "WEBHOOK_URL",
    "WEBHOOK_SECRET",
    "WEBHOOK_LISTEN",
    "METRICS_LISTEN",
    "BOT_MODE",
    "POLL_STORE_FIRST",
)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    for name in (*WEBHOOK, "DATABASE_URL", "TELEGRAM_API_URL", "HANDLE_CONCURRENCY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setattr("bot.config.ROOT", tmp_path)
    return monkeypatch


def test_polling_needs_no_webhook_setting(env: pytest.MonkeyPatch) -> None:
    settings = load_settings()
    assert settings.webhook_url is None
    assert settings.listen_address() == ("127.0.0.1", 8080)


def test_polling_stores_first_only_when_asked(env: pytest.MonkeyPatch) -> None:
    assert not load_settings().poll_store_first, "make run keeps ack-after-handled polling"
    env.setenv("POLL_STORE_FIRST", "1")
    assert load_settings().poll_store_first
    env.setenv("POLL_STORE_FIRST", "false")
    assert not load_settings().poll_store_first


def test_a_webhook_url_with_its_secret_gives_the_path_to_serve(env: pytest.MonkeyPatch) -> None:
    env.setenv("WEBHOOK_URL", "https://bot.example.org/tg/hook")
    env.setenv("WEBHOOK_SECRET", SECRET)
    env.setenv("WEBHOOK_LISTEN", "0.0.0.0:9000")
    settings = load_settings()
    assert settings.webhook_path == "/tg/hook"
    assert settings.listen_address() == ("0.0.0.0", 9000)


@pytest.mark.parametrize("secret", [None, "short", "a" * 257, "has space" + "a" * 20, "ä" * 20])
def test_a_webhook_url_without_a_good_secret_refuses_to_start(
    env: pytest.MonkeyPatch, secret: str | None
) -> None:
    env.setenv("WEBHOOK_URL", "https://bot.example.org/hook")
    if secret is not None:
        env.setenv("WEBHOOK_SECRET", secret)
    with pytest.raises(ConfigError, match="WEBHOOK_SECRET"):
        load_settings()


def test_production_needs_an_https_webhook(env: pytest.MonkeyPatch) -> None:
    env.setenv("WEBHOOK_URL", "http://bot.example.org/hook")
    env.setenv("WEBHOOK_SECRET", SECRET)
    assert load_settings().webhook_url is not None  # local: a fake Bot API may use http
    env.setenv("BOT_MODE", "production")
    env.setenv("DATABASE_URL", "postgresql://bot@db/bot")
    with pytest.raises(ConfigError, match="https"):
        load_settings()


@pytest.mark.parametrize("listen", ["8080", "host:", ":80", "a b:80", "127.0.0.1:port"])
def test_a_listen_address_must_be_host_and_port(env: pytest.MonkeyPatch, listen: str) -> None:
    env.setenv("METRICS_LISTEN", listen)
    with pytest.raises(ConfigError, match="METRICS_LISTEN"):
        load_settings()


def test_run_webhook_without_a_url_says_what_is_missing(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot import cli

    env.setenv("TELEGRAM_BOT_TOKEN", "123:TEST")
    assert cli.main(["run", "--webhook"]) == 2
    assert "WEBHOOK_URL" in capsys.readouterr().err
