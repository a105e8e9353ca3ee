"""BOT_MODE fails closed (issue 10): `local` or `production`, anything else stops the start
with a clear message; production refuses SQLite and a Bot API URL that is not https."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot import cli
from bot.config import ConfigError, load_settings
from bot.runtime import open_store
from bot.storage.crypto import LOCAL_KEY_FILE, MissingKey, load_box

PG = "postgresql://bot:pw@db.example.org/bot"
KEY = "LrQKyQm0dNtpY1y1CkmMmPuWJxmwl30xsrrbmp25t8o="  # a Fernet key for tests only


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    """A clean environment: no .env is read, var/ is a temporary folder."""
    for name in ("BOT_MODE", "DATABASE_URL", "TELEGRAM_API_URL", "BOT_ENCRYPTION_KEYS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setattr("bot.config.ROOT", tmp_path)  # its .env: none
    return monkeypatch


def test_no_mode_is_local(env: pytest.MonkeyPatch) -> None:
    assert load_settings().mode == "local"
    env.setenv("BOT_MODE", "")
    assert load_settings().mode == "local"
    env.setenv("BOT_MODE", " production ")
    env.setenv("DATABASE_URL", PG)
    assert load_settings().mode == "production"


@pytest.mark.parametrize("mode", ["prod", "Production", "PRODUCTION", "dev", "true", "local,x"])
def test_any_other_mode_is_an_error_at_start(env: pytest.MonkeyPatch, mode: str) -> None:
    env.setenv("BOT_MODE", mode)
    with pytest.raises(ConfigError) as raised:
        load_settings()
    assert raised.value.problems == [f"BOT_MODE must be 'local' or 'production', not {mode!r}."]


def test_production_refuses_sqlite_and_a_plain_http_api_url(env: pytest.MonkeyPatch) -> None:
    env.setenv("BOT_MODE", "production")
    env.setenv("TELEGRAM_API_URL", "http://api.telegram.org")
    with pytest.raises(ConfigError) as raised:
        load_settings()  # DATABASE_URL unset: the SQLite default
    [sqlite, http] = raised.value.problems
    assert "refuses SQLite" in sqlite and "DATABASE_URL" in sqlite
    assert "https://" in http and "TELEGRAM_API_URL" in http
    env.setenv("DATABASE_URL", PG)
    env.setenv("TELEGRAM_API_URL", "https://api.telegram.org")
    assert load_settings().problems() == []


def test_local_mode_may_use_sqlite_and_a_local_api_server(env: pytest.MonkeyPatch) -> None:
    env.setenv("TELEGRAM_API_URL", "http://127.0.0.1:8081")
    assert load_settings().problems() == []


def test_settings_built_in_code_are_checked_before_the_store_opens(
    env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = dataclasses.replace(load_settings(), mode="prod", encryption_keys=None)
    with pytest.raises(ConfigError):
        open_store(settings)
    assert not (settings.var_dir / LOCAL_KEY_FILE).exists(), "failed open: a key was written"
    production = dataclasses.replace(settings, mode="production", encryption_keys=KEY)
    with pytest.raises(ConfigError, match="SQLite"):
        open_store(production)
    assert not Path(production.database_url.split("///", 1)[-1]).exists()


def test_only_local_mode_writes_a_key_file(tmp_path: Path) -> None:
    with pytest.raises(MissingKey):
        load_box(None, "prod", tmp_path)  # a typo reaching load_box directly: still closed
    assert not (tmp_path / LOCAL_KEY_FILE).exists()


def test_the_command_line_says_why_and_exits_2(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("BOT_MODE", "prod")
    assert cli.main(["content", "check"]) == 2
    err = capsys.readouterr().err
    assert "will not start" in err and "BOT_MODE must be 'local' or 'production'" in err
