"""Webhook mode end to end (one process, SQLite): Telegram's secret is required, an update is
stored before the 200 and handled even when the process dies right after it, nothing but
updates is stored, and /healthz and /metrics answer."""

from __future__ import annotations

import asyncio
import json

import pytest

from tests.e2e.driver import Oracle, Person
from tests.e2e_referrals.world import Db
from tests.fakes.rasa_server import FakeRasa
from tests.fakes.telegram_webhook import WebhookTelegram
from tests.fakes.webhook_bot import SECRET, WEBHOOK_PATH, WebhookBot

pytestmark = pytest.mark.e2e
MARKER = "zebra-quartz-7731"  # words no reply or log line contains unless the body leaked


def update_body(update_id: int, user_id: int, text: str) -> bytes:
    user = {"id": user_id, "is_bot": False, "first_name": "A"}
    message = {
        "message_id": 1,
        "date": 1_700_000_000,
        "chat": {"id": user_id, "type": "private", "first_name": "A"},
        "from": user,
        "text": text,
    }
    return json.dumps({"update_id": update_id, "message": message}).encode()


def stored(db: Db) -> int:
    return int(db.value("SELECT count(*) FROM inbound_updates"))


async def drained(db: Db, timeout: float = 30.0) -> bool:
    """Whether the queue empties (an update leaves it just after its replies were sent)."""
    for _ in range(int(timeout / 0.05)):
        if stored(db) == 0:
            return True
        await asyncio.sleep(0.05)
    return False


async def test_setwebhook_is_called_with_the_secret_and_keeps_pending_updates(
    bot: WebhookBot, tg: WebhookTelegram
) -> None:
    [call] = tg.calls_to("setWebhook")[:1]
    assert call.params["url"].endswith(WEBHOOK_PATH)
    assert call.params["secret_token"] == SECRET
    assert str(call.params.get("drop_pending_updates", "false")).lower() == "false"
    allowed = call.params["allowed_updates"]
    allowed = json.loads(allowed) if isinstance(allowed, str) else allowed
    assert {"message", "edited_message", "callback_query", "my_chat_member"} <= set(allowed)
    assert not tg.calls_to("getUpdates"), "webhook mode must not poll"


async def test_a_person_is_answered_through_the_webhook(
    bot: WebhookBot, tg: WebhookTelegram, oracle: Oracle, db: Db
) -> None:
    person = Person(tg, oracle, 7001)
    await person.command("start")
    await person.press("lang:en")
    await person.says("my boss did not pay me")
    await person.command("help")
    assert await drained(db), "a handled update leaves the queue"
    handled = db.value("SELECT count(*) FROM processed_updates")
    assert handled >= 4


async def test_a_wrong_or_missing_secret_is_refused_and_nothing_is_stored(
    bot: WebhookBot, tg: WebhookTelegram, db: Db
) -> None:
    body = update_body(900_001, 7002, f"/help {MARKER}")
    assert bot.post(body, secret=None).status_code == 401
    assert bot.post(body, secret="not-the-secret-at-all").status_code == 403
    assert bot.post(body, secret=SECRET[:-1]).status_code == 403
    assert bot.post(body, secret=SECRET + "x").status_code == 403
    assert (
        bot.post(body, secret="ŝecret".encode()).status_code == 403
    )  # not ASCII: refused, no crash
    assert stored(db) == 0
    assert not db.rows("SELECT 1 FROM processed_updates WHERE update_id = 900001")
    assert tg.messages_to(7002) == []
    assert MARKER not in bot.log_path.read_text(errors="replace")


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"[1, 2]",
        b'{"update_id": "7"}',
        b'{"update_id": -1}',
        b"\xff\xfe{",
        b'{"update_id": true}',
        b"[" * 100_000,
    ],
    ids=["empty", "text", "list", "id-text", "id-negative", "not-utf8", "id-bool", "deep"],
)
async def test_a_malformed_body_is_refused_unstored_and_unlogged(
    bot: WebhookBot, db: Db, body: bytes
) -> None:
    assert bot.post(body + MARKER.encode() if body else body).status_code == 400
    assert stored(db) == 0
    assert bot.alive
    assert MARKER not in bot.log_path.read_text(errors="replace")


async def test_a_body_too_big_for_an_update_is_refused(bot: WebhookBot, db: Db) -> None:
    assert bot.post(b'{"update_id": 5, "x": "' + b"a" * (2 << 20) + b'"}').status_code == 413
    assert stored(db) == 0 and bot.alive


async def test_health_and_metrics(bot: WebhookBot, tg: WebhookTelegram, oracle: Oracle) -> None:
    await Person(tg, oracle, 7003).command("help")
    health = bot.get("/healthz")
    assert health.status_code == 200
    assert health.json() == {"database": "ok", "nlu": "ok"}
    page = bot.get("/metrics")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/plain")
    values = {
        line.split(" ")[0]: float(line.split(" ")[1])
        for line in page.text.splitlines()
        if line and not line.startswith("#")
    }
    assert values["bot_updates_handled_total"] >= 1
    assert values["bot_update_handling_seconds_count"] == values["bot_updates_handled_total"]
    assert (
        values['bot_update_handling_seconds_bucket{le="+Inf"}']
        == values["bot_update_handling_seconds_count"]
    )
    assert values["bot_webhook_refused_total"] >= 0
    assert values["bot_outbox_backlog"] == 0
    assert values["bot_inbound_backlog"] == 0
    assert "bot_nlu_errors_total" in values
    assert "7003" not in page.text, "no user id in the metrics"


async def test_an_update_stored_before_the_200_is_handled_after_a_kill(
    bot: WebhookBot, tg: WebhookTelegram, oracle: Oracle, fake_nlu: FakeRasa, db: Db
) -> None:
    person = Person(tg, oracle, 7004)
    await person.command("start")
    await person.press("lang:en")
    text = "my boss did not pay me"
    event = await oracle.event_for_text(text)  # the oracle's own parse, before holding
    fake_nlu.hold()  # the next parse waits: the update is claimed and not handled
    held = fake_nlu.held
    try:
        update = tg.user_sends_text(person.user_id, text)
        update_id = tg.last_update_id
        await asyncio.to_thread(tg.webhook_drained, 30.0)
        assert tg.posted[update_id] == 1, "Telegram got its 200"
        while fake_nlu.held == held:  # the bot is handling it: its parse is held
            await asyncio.sleep(0.05)
        bot.kill()
    finally:
        fake_nlu.release()
    assert update["text"] == text
    [(body_enc,)] = db.rows("SELECT body_enc FROM inbound_updates WHERE update_id = ?", update_id)
    assert "boss" not in body_enc and "did not pay" not in body_enc, "the body is encrypted"
    assert not tg.unread(person.user_id), "not answered before the kill"

    bot.start()  # the lease of the killed process runs out; the new one handles it

    await person._expect(event)
    assert await drained(db)
    assert db.rows("SELECT 1 FROM processed_updates WHERE update_id = ?", update_id)
