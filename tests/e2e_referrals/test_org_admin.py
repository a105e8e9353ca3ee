"""Organisation admins through the real bot process and the fake Bot API (issues 14, 15):
`/team` answers an admin only; `/alert ID` previews an alert with a signed confirm button,
the confirm queues it once (the running bot's outbox sends it), a caseworker's press is
refused, a second confirm sends nothing twice; `/alert_status ID` follows it."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest
import yaml

from tests.e2e.driver import CONTENT_DIR, Oracle
from tests.e2e_referrals.scenes import Migrant, Org, connect_org, next_in
from tests.e2e_referrals.world import REPLY_TIMEOUT_S, Db, admin_invite, org_name, until
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess

pytestmark = pytest.mark.e2e

ALERT = "mm-owic-training-2025-12"  # Myanmar workers anywhere, documents
ADMIN = 7_150_009


@pytest.fixture(scope="module")
def admin_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's content, with one alert marked reviewed and live today. Only for this
    test: the real file stays a draft until a native speaker reviews it."""
    target = tmp_path_factory.mktemp("content") / "content"
    target.mkdir()
    for item in CONTENT_DIR.iterdir():
        if item.name != "alerts":
            (target / item.name).symlink_to(item)
    (target / "alerts").mkdir()
    data = yaml.safe_load((CONTENT_DIR / "alerts" / f"{ALERT}.yml").read_text("utf-8"))
    today = dt.date.today()
    data["published_on"], data["expires_on"] = (
        today - dt.timedelta(days=1),
        today + dt.timedelta(days=30),
    )
    done = {"status": "reviewed", "by": "e2e test (not a real review)", "on": today}
    data["review"] = {lang: dict(done) for lang in ("my", "km", "en")}
    (target / "alerts" / f"{ALERT}.yml").write_text(yaml.safe_dump(data, allow_unicode=True))
    return target


@pytest.fixture(scope="module")
def bot_settings(admin_content: Path) -> dict[str, str]:
    return {"CONTENT_DIR": str(admin_content)}


@pytest.fixture(scope="module")
def fed(tg: FakeTelegram, bot: BotProcess) -> Org:
    org = asyncio.run(connect_org(tg, bot.env, "FED", -100_150_001, 7_150_001))
    tg.user(ADMIN, first_name="Admin of FED")
    tg.user_sends_command(ADMIN, "join", admin_invite(bot.env, "FED", role="admin"))
    [welcome] = asyncio.run(next_in(tg, ADMIN))
    admin_for = f"organisation admin for {org_name(bot.env, 'FED')}."  # its name, not its id
    assert welcome.text is not None and admin_for in welcome.text
    return org


async def subscriber(tg: FakeTelegram, oracle: Oracle, user_id: int) -> Migrant:
    migrant = Migrant(tg, oracle, user_id, f"Person {user_id}", f"p{user_id}")
    await migrant.onboard("en", "MM", "TH")
    await migrant.command("alerts")
    await migrant.press("al:sub")
    return migrant


async def test_team_answers_an_admin_and_nobody_else(tg: FakeTelegram, fed: Org) -> None:
    tg.user_sends_command(ADMIN, "team")
    [team] = await next_in(tg, ADMIN)
    lines = (team.text or "").splitlines()
    assert lines[0] == "Team of Foundation for Education and Development (FED): 2 active"
    assert any(str(fed.caseworker) in line and "caseworker" in line for line in lines)
    tg.group_message(fed.inbox, ADMIN, "/team")
    [in_inbox] = await next_in(tg, fed.inbox)
    assert in_inbox.text == team.text
    # A caseworker: in private, the answer to any unknown command; in the inbox, silence.
    tg.user_sends_command(fed.caseworker, "team")
    [unknown] = await next_in(tg, fed.caseworker)
    assert "Team of" not in (unknown.text or "")
    before = len(tg.messages_to(fed.inbox))
    tg.group_message(fed.inbox, fed.caseworker, "/team")
    tg.group_message(fed.inbox, ADMIN, "/team")  # answered after the caseworker's, if any
    await next_in(tg, fed.inbox)
    assert len(tg.messages_to(fed.inbox)) == before + 1


async def test_an_admin_previews_confirms_once_and_follows_an_alert(
    tg: FakeTelegram, oracle: Oracle, db: Db, fed: Org
) -> None:
    people = [await subscriber(tg, oracle, 915_000_001 + n) for n in range(3)]
    tg.group_message(fed.inbox, ADMIN, f"/alert {ALERT}")  # in the inbox: colleagues see it
    [preview] = await next_in(tg, fed.inbox)
    text = preview.text or ""
    assert f"Alert {ALERT}" in text and "people from Myanmar in any country" in text
    assert "It will reach <5 subscribers; 0 were queued before." in text
    assert "— Burmese —" in text and "— Khmer —" in text and "— English —" in text
    assert preview.labels == ["Send to <5 subscribers"]  # people: under 5 reads "<5"
    # A caseworker presses the admin's button: refused to them alone, nothing queued.
    query = tg.user_presses(fed.caseworker, preview, preview.data[0] or "")
    answer = await until(lambda: tg.callback_answer(query), REPLY_TIMEOUT_S, "refusal")
    assert "Only an organisation admin" in str(answer)
    assert db.value("SELECT count(*) FROM outbox WHERE idem_key LIKE 'alert:%'") == 0
    # The admin confirms: one message per subscriber, sent by the running bot.
    tg.user_presses(ADMIN, preview, preview.data[0] or "")
    [queued] = await next_in(tg, fed.inbox)
    assert f"Alert {ALERT} is queued for <5 subscribers" in (queued.text or "")
    for person in people:
        [alert] = await next_in(tg, person.user_id)
        assert "Overseas Worker Identification Card" in (alert.text or "")
    # A second confirm sends nothing twice.
    tg.user_presses(ADMIN, preview, preview.data[0] or "")
    [again] = await next_in(tg, fed.inbox)
    assert "already queued" in (again.text or "")
    await asyncio.sleep(1.0)
    for person in people:
        received = [m for m in tg.messages_to(person.user_id) if "OWIC" in (m.text or "")]
        assert len(received) == 1
    assert db.value("SELECT count(*) FROM staff_events WHERE action = 'alert_sent'") == 1
    tg.user_sends_command(ADMIN, "alert_status", ALERT)
    [status] = await next_in(tg, ADMIN)
    # Under 5 messages in all: no state is shown (its sender knows the total).
    assert (status.text or "").startswith(f"Alert {ALERT}: – waiting, – sent, – failed")
