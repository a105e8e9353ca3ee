"""Alert subscriptions through the real service and database (SQLite and PostgreSQL):
subscribing stores only the corridor and topics, /stop and /delete_my_data remove them."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import func, select

from bot.content import CatalogHolder
from bot.content.alerts import ALERT_TOPICS
from bot.dialogue.events import ButtonPress, Command, Event
from bot.service import BotService
from bot.storage import Store, subscriptions
from bot.storage.models import AlertSubscription
from bot.values import Subscription

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_CONTENT = ROOT / "tests" / "fixtures" / "content"


def service_for(store: Store) -> BotService:
    return BotService(store, CatalogHolder(FIXTURE_CONTENT), None, ROOT / "locales")


def play(service: BotService, uid: str, *events: Event) -> str:
    said = ""
    for event in events:
        said = "\n".join(r.text for r in asyncio.run(service.handle(uid, event)))
    return said


def test_subscribe_change_and_stop_are_stored(store: Store) -> None:
    service, uid = service_for(store), "tg:4242"
    play(service, uid, ButtonPress("lang:en"), ButtonPress("origin:MM"), ButtonPress("country:TH"))
    with store.sessions() as session:
        assert subscriptions.get(session, uid) is None  # opt-in only: nothing yet
    play(service, uid, Command("alerts"), ButtonPress("al:sub"))
    with store.sessions() as session:
        assert subscriptions.get(session, uid) == Subscription("MM", "TH", ALERT_TOPICS)
        assert session.get(AlertSubscription, uid).chat_id == 4242
    shown = play(service, uid, ButtonPress("al:t:safety"), Command("alerts"))
    assert "Safety" not in shown.split("about:")[1].split("\n")[0]
    with store.sessions() as session:
        assert subscriptions.get(session, uid) == Subscription(
            "MM", "TH", ("documents", "jobs_scams", "going_home")
        )
    play(service, uid, Command("stop"))
    with store.sessions() as session:
        assert subscriptions.get(session, uid) is None


def test_delete_my_data_erases_the_subscription(store: Store) -> None:
    service = service_for(store)
    for uid in ("tg:1", "tg:2"):
        play(service, uid, ButtonPress("lang:km"), ButtonPress("al:o:KH"))
        play(service, uid, ButtonPress("al:c:KH:MY"))
    play(service, "tg:1", Command("delete_my_data"), ButtonPress("del:yes"))
    with store.sessions() as session:
        left = session.scalars(select(AlertSubscription.uid)).all()
        assert left == ["tg:2"]
        assert session.scalar(select(func.count()).select_from(AlertSubscription)) == 1


def test_a_blocked_chat_ends_its_subscription(store: Store) -> None:
    with store.sessions.begin() as session:
        subscriptions.save(session, "tg:77", Subscription("MM", "MY", ("safety",)))
        subscriptions.save(session, "tg:78", Subscription("MM", "MY", ("safety",)))
    with store.sessions.begin() as session:
        assert subscriptions.end_for_chat(session, 77) == 1
    with store.sessions() as session:
        assert subscriptions.get(session, "tg:77") is None
        assert subscriptions.get(session, "tg:78") is not None


def test_console_users_may_subscribe_but_have_no_chat(store: Store) -> None:
    with store.sessions.begin() as session:
        subscriptions.save(session, "console:local", Subscription("KH", "TH", ("documents",)))
    with store.sessions() as session:
        assert session.get(AlertSubscription, "console:local").chat_id is None
        assert list(subscriptions.subscribers(session)) == []  # no profile, no chat: no alerts
