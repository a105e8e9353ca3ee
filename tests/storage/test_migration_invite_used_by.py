"""0017 invites.used_by: codes used before it keep working as used, with nobody named."""

from __future__ import annotations

from sqlalchemy import Engine, inspect, text
from test_migrations import migrate

from bot.storage import Store, upgrade
from bot.storage.crypto import CryptoBox
from bot.storage.models import Invite


def invite_columns(engine: Engine) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns("invites")}


def test_0017_gives_old_codes_no_user_and_downgrades(bare_engine: Engine, box: CryptoBox):
    migrate(bare_engine, "0016")
    with bare_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO invites (code_hash, org_id, purpose, role, created_at, expires_at,"
                " used_at, revoked) VALUES ('h1', 'ALPHA', 'staff', 'caseworker',"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, false)"
            )
        )
    assert "used_by" not in invite_columns(bare_engine)
    upgrade(bare_engine)
    with Store(bare_engine, box).sessions() as session:
        [old] = session.query(Invite).all()
        assert (old.code_hash, old.used_by, old.used_at is not None) == ("h1", None, True)
    migrate(bare_engine, "0016", down=True)
    assert "used_by" not in invite_columns(bare_engine)
    upgrade(bare_engine)
    assert "used_by" in invite_columns(bare_engine)
