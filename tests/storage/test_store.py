from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from bot.storage import Store, upgrade
from bot.values import UserState


def test_migrations_create_the_tables_and_are_idempotent(engine):
    upgrade(engine)  # a second run at start must be a no-op
    tables = set(inspect(engine).get_table_names())
    assert {"users", "processed_updates", "alembic_version"} <= tables
    with engine.connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    assert len(versions) == 1


def test_an_unknown_user_starts_with_a_blank_state(store: Store):
    assert store.load_state("tg:1") == UserState()


@pytest.mark.parametrize(
    "state",
    [
        UserState(language="km", origin="KH", country="TH", profile_asked=True),
        UserState(
            language="my", encoding="zawgyi", step="country", pending_topic="embassy_contact"
        ),
        UserState(language="en", misses=2),
    ],
)
def test_state_round_trips_and_survives_a_new_store(engine, box, store: Store, state):
    store.save_state("tg:42", state)
    assert Store(engine, box).load_state("tg:42") == state  # as after a restart


def test_saving_again_overwrites_and_users_are_separate(store: Store):
    store.save_state("tg:1", UserState(language="km"))
    store.save_state("tg:1", UserState(language="my"))
    store.save_state("tg:2", UserState(language="en"))
    assert store.load_state("tg:1").language == "my"
    assert store.load_state("tg:2").language == "en"


def test_an_update_id_is_processed_once(store: Store):
    assert store.first_time_update(1001) is True
    assert store.first_time_update(1001) is False
    assert store.first_time_update(1002) is True


def test_no_message_text_columns_exist(engine):
    """Users may be undocumented: the user table holds choices, never words or names."""
    columns = {column["name"] for column in inspect(engine).get_columns("users")}
    assert not columns & {"text", "message", "name", "username", "first_name", "phone"}
