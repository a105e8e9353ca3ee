"""`python -m bot admin revoke` says what it did (exploratory test 9, finding 6): a code
already used printed "Revoked: 1" while the caseworker who joined with it stayed; a user
who was no member, or revoked twice, got only a count."""

from __future__ import annotations

import argparse

import pytest
from referral_helpers import FIXTURE_CONTENT, Harness

from bot import admin
from bot.config import load_settings
from bot.referrals import staff
from bot.storage.models import Staff

TEST_KEY = "LrQKyQm0dNtpY1y1CkmMmPuWJxmwl30xsrrbmp25t8o="  # tests/conftest.py's


def revoke(
    harness: Harness,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path,
    org: str,
    user: int | None = None,
    code: str | None = None,
) -> int:
    """The CLI's revoke on the harness's database, as an operator runs it (no bot token)."""
    if harness.engine.dialect.name != "sqlite":
        pytest.skip("the CLI opens the database by its URL: the SQLite file is enough")
    monkeypatch.setenv("DATABASE_URL", harness.engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("CONTENT_DIR", str(FIXTURE_CONTENT))
    monkeypatch.setenv("BOT_ENCRYPTION_KEYS", TEST_KEY)
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path))
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    settings = load_settings(tmp_path / "none.env")
    args = argparse.Namespace(admin_command="revoke", org=org, user=user, code=code)
    return admin.run(args, settings)


def active(harness: Harness, tg_user_id: int, org: str) -> bool:
    return any(
        row.active
        for row in harness.all(Staff)
        if (row.tg_user_id, row.org_id) == (tg_user_id, org)
    )


def test_a_used_code_is_not_revoked_and_the_member_who_joined_with_it_is_named(
    harness: Harness, monkeypatch, tmp_path, capsys
):
    harness.connect_inbox("ALPHA")
    code = harness.invite("ALPHA", "staff")
    harness.desk.join(555111, code, "Sokha")
    assert revoke(harness, monkeypatch, tmp_path, "ALPHA", code=code) == 1, "nothing done"
    out = capsys.readouterr().out
    assert "Revoked" not in out
    assert "already used" in out and "Telegram id 555111" in out
    assert "--org ALPHA --user 555111" in out, "how to remove that member"
    assert active(harness, 555111, "ALPHA"), "a code is not a member: nobody removed unasked"


def test_an_unused_code_is_revoked_and_cannot_be_used(
    harness: Harness, monkeypatch, tmp_path, capsys
):
    code = harness.invite("ALPHA", "staff")
    assert revoke(harness, monkeypatch, tmp_path, "ALPHA", code=code) == 0
    assert "Code revoked" in capsys.readouterr().out
    assert "was cancelled" in harness.desk.join(555111, code)[0].text
    assert revoke(harness, monkeypatch, tmp_path, "ALPHA", code=code) == 1
    assert "already revoked" in capsys.readouterr().out
    assert revoke(harness, monkeypatch, tmp_path, "BETA", code=code) == 1
    assert "No such code for BETA" in capsys.readouterr().out


def test_a_member_is_removed_once_and_a_stranger_is_said_to_be_none(
    harness: Harness, monkeypatch, tmp_path, capsys
):
    harness.connect_inbox("ALPHA")
    harness.join_named("ALPHA", 555111, "Sokha")
    assert revoke(harness, monkeypatch, tmp_path, "ALPHA", user=555111) == 0
    out = capsys.readouterr().out
    assert "Removed Telegram id 555111 (Sokha) from ALPHA." in out
    assert not active(harness, 555111, "ALPHA")
    assert revoke(harness, monkeypatch, tmp_path, "ALPHA", user=555111) == 1
    assert "already removed from ALPHA" in capsys.readouterr().out
    assert revoke(harness, monkeypatch, tmp_path, "ALPHA", user=999) == 1
    assert "Telegram id 999 is not a member of ALPHA" in capsys.readouterr().out
    harness.join_named("BETA", 555222, "Dara")
    assert revoke(harness, monkeypatch, tmp_path, "ALPHA", user=555222) == 1
    out = capsys.readouterr().out
    assert "not a member of ALPHA" in out and "BETA" in out, "where they are a member"
    assert active(harness, 555222, "BETA")


def test_revoke_without_a_user_or_a_code_says_what_to_give(
    harness: Harness, monkeypatch, tmp_path, capsys
):
    assert revoke(harness, monkeypatch, tmp_path, "ALPHA") == 2
    assert "--user" in capsys.readouterr().err


def test_a_code_used_before_its_user_was_recorded_still_says_it_was_used(
    harness: Harness, monkeypatch, tmp_path, capsys
):
    with harness.store.sessions.begin() as session:
        code = staff.create_invite(session, "ALPHA", "staff", "caseworker")
    harness.desk.join(555111, code)
    with harness.store.sessions.begin() as session:
        from bot.storage.models import Invite

        for invite in session.query(Invite).all():
            invite.used_by = None  # as codes used before the bot kept who used them
    assert revoke(harness, monkeypatch, tmp_path, "ALPHA", code=code) == 1
    out = capsys.readouterr().out
    assert "already used" in out and "/team" in out
