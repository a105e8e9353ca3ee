"""Queueing an alert for its subscribers and counting what became of it (issue 15), on
SQLite and PostgreSQL, and the `python -m bot alerts` commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select, update

from bot import broadcast
from bot.cli import main
from bot.content import load_catalog
from bot.content.alerts import ALERT_TOPICS
from bot.i18n import translator
from bot.language import to_zawgyi
from bot.outbox.queue import PRIORITY_BROADCAST, unseal
from bot.storage import Store, subscriptions
from bot.storage.models import Outbox
from bot.values import Subscription, UserState
from tests.conftest import TEST_KEY

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_CONTENT = ROOT / "tests" / "fixtures" / "content"
CATALOG = load_catalog(FIXTURE_CONTENT)


def tr(language: str | None):
    return translator(ROOT / "locales", language)


def person(store: Store, chat: int, sub: Subscription, language: str, encoding=None) -> None:
    uid = f"tg:{chat}"
    with store.sessions.begin() as session:
        store.write_state(session, uid, UserState(language=language, encoding=encoding))
        subscriptions.save(session, uid, sub)


def crowd(store: Store) -> None:
    person(store, 1, Subscription("MM", "TH", ALERT_TOPICS), "my")
    person(store, 2, Subscription("MM", "TH", ALERT_TOPICS), "my", "zawgyi")
    person(store, 3, Subscription("MM", "TH", ("safety",)), "en")  # not the alert's topic
    person(store, 4, Subscription("MM", "MY", ALERT_TOPICS), "en")  # not its corridor
    person(store, 5, Subscription("MM", "TH", ("documents",)), "km")


def sent_rows(store: Store) -> list[Outbox]:
    with store.sessions() as session:
        return list(session.scalars(select(Outbox).order_by(Outbox.chat_id)))


def test_one_row_per_matching_subscriber_in_their_language_and_script(store: Store) -> None:
    crowd(store)
    alert = CATALOG.alerts["th-test-live"]  # MM in TH, documents
    queued = broadcast.queue_alert(store, alert, tr)
    assert (queued.matched, queued.added, queued.zawgyi) == (3, 3, 1)
    rows = sent_rows(store)
    assert [row.chat_id for row in rows] == [1, 2, 5]
    assert {row.priority for row in rows} == {PRIORITY_BROADCAST}
    texts = {row.chat_id: unseal(store.box, row.payload_enc)[0] for row in rows}  # type: ignore[index]
    burmese = broadcast.message_for_language(alert, tr("my"))
    assert texts[1] == burmese
    assert texts[2] == to_zawgyi(burmese) != burmese
    assert (
        "Test alert th-test-live (km)" in texts[5]
        and "https://example.org/th-test-live" in texts[5]
    )


def test_sending_again_or_after_a_crash_adds_only_what_is_missing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    for chat in range(10, 20):
        person(store, chat, Subscription("KH", "KR", ("safety",)), "km")
    alert = CATALOG.alerts["kh-kr-long"]
    real_batch = broadcast._queue_batch
    calls = 0

    def crash_on_second_batch(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt  # the process dies between two batches
        return real_batch(*args, **kwargs)

    monkeypatch.setattr(broadcast, "BATCH", 4)
    monkeypatch.setattr(broadcast, "_queue_batch", crash_on_second_batch)
    with pytest.raises(KeyboardInterrupt):
        broadcast.queue_alert(store, alert, tr)
    assert len(sent_rows(store)) == 4  # the first batch was committed, whole
    monkeypatch.setattr(broadcast, "_queue_batch", real_batch)
    again = broadcast.queue_alert(store, alert, tr)
    assert (again.matched, again.added) == (10, 6)
    assert broadcast.queue_alert(store, alert, tr).added == 0
    chats = [row.chat_id for row in sent_rows(store)]
    assert sorted(chats) == list(range(10, 20))  # everyone once, nobody twice


def test_status_counts_queued_sent_failed_and_unsubscribed(store: Store) -> None:
    for chat in range(1, 7):
        person(store, chat, Subscription("KH", "KR", ("safety",)), "en")
    broadcast.queue_alert(store, CATALOG.alerts["kh-kr-long"], tr)
    outcomes = {1: ("sent", None), 2: ("sent", None), 3: ("failed", "Transient")}
    outcomes[4] = ("failed", "Unsubscribed")
    with store.sessions.begin() as session:
        for chat, (status, error) in outcomes.items():
            session.execute(
                update(Outbox).where(Outbox.chat_id == chat).values(status=status, last_error=error)
            )
    counts = broadcast.status(store, "kh-kr-long")
    assert counts == {"queued": 2, "sent": 2, "failed": 1, "unsubscribed": 1}
    assert broadcast.status(store, "th-test-live") == dict.fromkeys(counts, 0)


def test_stop_means_a_queued_alert_is_not_sent(store: Store) -> None:
    from bot.service import _end_alerts

    person(store, 1, Subscription("KH", "KR", ("safety",)), "en")
    broadcast.queue_alert(store, CATALOG.alerts["kh-kr-long"], tr)
    with store.sessions.begin() as session:
        _end_alerts(session, "tg:1")
    assert broadcast.status(store, "kh-kr-long")["unsubscribed"] == 1
    assert broadcast.status(store, "kh-kr-long")["queued"] == 0


def test_an_expired_or_unknown_alert_is_refused() -> None:
    with pytest.raises(broadcast.AlertRefused, match="not live"):
        broadcast.find_live(CATALOG, "mm-test-expired", CATALOG.alerts["th-test-live"].published_on)
    with pytest.raises(broadcast.AlertRefused, match="no alert"):
        broadcast.find_live(CATALOG, "nope", CATALOG.alerts["th-test-live"].published_on)


def test_cli_send_then_status(
    engine: Engine,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("the command opens its own database: SQLite is enough here")
    database = tmp_path / "cli.sqlite3"
    for name, value in {
        "DATABASE_URL": f"sqlite:///{database}",
        "CONTENT_DIR": str(FIXTURE_CONTENT),
        "BOT_VAR_DIR": str(tmp_path),
        "BOT_ENCRYPTION_KEYS": TEST_KEY,
        "BOT_MODE": "local",
    }.items():
        monkeypatch.setenv(name, value)
    assert main(["alerts", "status", "kh-kr-long"]) == 0  # creates the schema, counts 0
    from bot.storage import make_engine
    from bot.storage.crypto import CryptoBox

    store = Store(make_engine(f"sqlite:///{database}"), CryptoBox([TEST_KEY]))
    person(store, 31, Subscription("KH", "KR", ("safety",)), "km")
    person(store, 32, Subscription("MM", "KR", ("jobs_scams",)), "my", "zawgyi")
    capsys.readouterr()
    assert main(["alerts", "send", "kh-kr-long", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2 subscribers (1 in Zawgyi); would queue 2 new" in out
    assert "Test alert kh-kr-long (en)." in out and "not reviewed yet in my, km, en" in out
    assert main(["alerts", "send", "kh-kr-long"]) == 0
    assert "queued 2 new, 0 already queued before" in capsys.readouterr().out
    assert main(["alerts", "send", "kh-kr-long"]) == 0
    assert "queued 0 new, 2 already queued before" in capsys.readouterr().out
    assert main(["alerts", "status", "kh-kr-long"]) == 0
    assert capsys.readouterr().out.strip() == "queued 2, sent 0, failed 0, unsubscribed 0"
    assert main(["alerts", "send", "mm-test-expired"]) == 1
    assert "Not sent: alert mm-test-expired is not live" in capsys.readouterr().out
    store.engine.dispose()
