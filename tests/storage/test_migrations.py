"""Migrations on a database the bot already ran on, SQLite and PostgreSQL: its rows survive,
and the new columns read as "not known" (the `engine` fixture starts from an empty one)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, inspect, text

from bot.content import CatalogHolder
from bot.referrals.routing import onward
from bot.service import BotService
from bot.storage import Store, upgrade
from bot.storage.crypto import CryptoBox
from bot.storage.db import MIGRATIONS
from bot.storage.models import Case

ROOT = Path(__file__).resolve().parents[2]


def migrate(engine: Engine, revision: str, down: bool = False) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def case_columns(engine: Engine) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns("cases")}


def test_0012_gives_old_cases_no_countries_and_their_cards_none(
    bare_engine: Engine, box: CryptoBox
):
    migrate(bare_engine, "0011")
    with bare_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cases (ref, uid, org_id, topic, language, urgent, contact_method,"
                " status, tried_orgs, created_at, routed_at) VALUES ('OLD234', 'tg:9001',"
                " 'ALPHA', 'unpaid_wages', 'en', false, 'bot', 'new', 'ALPHA',"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            )
        )
    assert not case_columns(bare_engine) & {"origin", "country"}
    upgrade(bare_engine)  # what the bot does at start
    assert {"origin", "country"} <= case_columns(bare_engine)
    store = Store(bare_engine, box)
    service = BotService(
        store, CatalogHolder(ROOT / "tests/fixtures/content"), None, ROOT / "locales"
    )
    with store.sessions() as session:
        [old] = session.query(Case).all()
        assert (old.ref, old.origin, old.country) == ("OLD234", None, None)
        group, _ = service.kit.cards.inbox_card(session, old, "ALPHA")
        details, _ = service.kit.cards.case_details(session, old)
    for card in (group, details):
        assert "OLD234" in card and "From:" not in card and "Now in:" not in card


def test_0012_downgrades_to_the_old_columns(bare_engine: Engine):
    upgrade(bare_engine)
    migrate(bare_engine, "0011", down=True)
    assert not case_columns(bare_engine) & {"origin", "country"}
    assert "contact_enc" in case_columns(bare_engine)
    upgrade(bare_engine)
    assert {"origin", "country"} <= case_columns(bare_engine)


def test_0013_gives_old_cases_no_blocking_and_downgrades(bare_engine: Engine, box: CryptoBox):
    """cases.unreachable_at (bot/referrals/unreachable.py): a case from before reads as a
    person reachable, as far as anyone knew, and the migration goes back cleanly."""
    migrate(bare_engine, "0012")
    with bare_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cases (ref, uid, org_id, topic, language, urgent, contact_method,"
                " status, tried_orgs, created_at, routed_at) VALUES ('OLD567', 'tg:9002',"
                " 'ALPHA', 'unpaid_wages', 'en', false, 'bot', 'accepted', 'ALPHA',"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            )
        )
    assert "unreachable_at" not in case_columns(bare_engine)
    upgrade(bare_engine)
    store = Store(bare_engine, box)
    with store.sessions() as session:
        [old] = session.query(Case).all()
        assert (old.ref, old.unreachable_at) == ("OLD567", None)
    migrate(bare_engine, "0012", down=True)
    assert "unreachable_at" not in case_columns(bare_engine)
    upgrade(bare_engine)
    assert "unreachable_at" in case_columns(bare_engine)


def test_0015_gives_old_cases_no_other_organisation_and_downgrades(
    bare_engine: Engine, box: CryptoBox
):
    """cases.agreed_orgs (bot/referrals/routing.onward): a case sent under a summary that
    named one organisation may be passed to none, and the migration goes back cleanly."""
    migrate(bare_engine, "0014")
    with bare_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cases (ref, uid, org_id, topic, language, urgent, contact_method,"
                " status, tried_orgs, created_at, routed_at) VALUES ('OLD789', 'tg:9003',"
                " 'ALPHA', 'unpaid_wages', 'en', false, 'bot', 'new', 'ALPHA',"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            )
        )
    assert "agreed_orgs" not in case_columns(bare_engine)
    upgrade(bare_engine)
    with Store(bare_engine, box).sessions() as session:
        [old] = session.query(Case).all()
        assert (old.ref, old.agreed, onward(old)) == ("OLD789", [], [])
    migrate(bare_engine, "0014", down=True)
    assert "agreed_orgs" not in case_columns(bare_engine)
    upgrade(bare_engine)
    assert "agreed_orgs" in case_columns(bare_engine)


def test_0016_takes_organisations_a_case_only_waited_for_out_of_tried_and_downgrades(
    bare_engine: Engine, box: CryptoBox
):
    """cases.tried_orgs names only the organisations that had the case in their inbox
    (exploratory test 8, finding 3): a waiting case has had none, and one the job moved on
    for want of an inbox may still go to the first one; others keep theirs."""
    migrate(bare_engine, "0015")
    rows = [  # ref, org_id, status, tried_orgs
        ("WAIT23", "BETA", "waiting", "BETA"),
        ("MOVE23", "GAMMA", "new", "BETA,GAMMA"),
        ("DECL23", "GAMMA", "new", "ALPHA,GAMMA"),
    ]
    with bare_engine.begin() as connection:
        for ref, org, status, tried in rows:
            connection.execute(
                text(
                    "INSERT INTO cases (ref, uid, org_id, topic, language, urgent,"
                    " contact_method, status, tried_orgs, agreed_orgs, created_at, routed_at)"
                    " VALUES (:ref, 'tg:9004', :org, 'unpaid_wages', 'en', false, 'bot',"
                    " :status, :tried, :agreed, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                ),
                {"ref": ref, "org": org, "status": status, "tried": tried,
                 "agreed": tried if ref == "DECL23" else "BETA,GAMMA"},
            )  # fmt: skip
        moves = [("MOVE23", "no inbox in time; to GAMMA"), ("DECL23", "declined; to GAMMA")]
        for ref, detail in moves:
            connection.execute(
                text(
                    "INSERT INTO case_events (case_id, at, actor, action, detail) SELECT id,"
                    " CURRENT_TIMESTAMP, 'system', 'rerouted', :detail FROM cases"
                    " WHERE ref = :ref"
                ),
                {"ref": ref, "detail": detail},
            )
    upgrade(bare_engine)

    def tried() -> dict[str, tuple[str, list[str]]]:
        with Store(bare_engine, box).sessions() as session:
            return {c.ref: (c.tried_orgs, onward(c)) for c in session.query(Case).all()}

    assert tried() == {
        "WAIT23": ("", ["GAMMA"]),
        "MOVE23": ("GAMMA", ["BETA"]),
        "DECL23": ("ALPHA,GAMMA", []),
    }
    migrate(bare_engine, "0015", down=True)
    assert tried()["WAIT23"][0] == "BETA" and tried()["MOVE23"][0] == "GAMMA"
    upgrade(bare_engine)
    assert tried()["WAIT23"][0] == ""
