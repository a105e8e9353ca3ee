"""What the bot promises a person about forgetting, checked through the real bot process
(issue 10, points 2 and 6): /clear deletes every bot message of a case, whichever path sent
it, and says honestly what Telegram refused; /privacy states the configured retention; a
case with nothing but its history is purged; /delete_my_data leaves no decline reason and no
Telegram id in any table.
"""

from __future__ import annotations

import asyncio
import re
import uuid

import pytest

from tests.e2e.driver import Oracle
from tests.e2e_referrals.scenes import (
    Desk,
    Migrant,
    Org,
    accept,
    answer,
    card_arrives,
    close,
    connect_org,
    new_case,
    next_in,
    reply,
)
from tests.e2e_referrals.world import Db, until
from tests.fakes import BotMessage, FakeTelegram
from tests.fakes.bot_process import BotProcess

pytestmark = pytest.mark.e2e

CASE_DAYS = "30"  # not the default 90, so /privacy must read the configuration
PROFILE_DAYS = "200"  # not the default 365
CLEARED = "Done. I deleted our messages from the last 48 hours that I could."
REMOVE_CHAT = "To remove this chat from your list: press and hold it, then Delete."


def tag() -> str:
    return uuid.uuid4().hex[:10]


@pytest.fixture(scope="module")
def bot_settings() -> dict[str, str]:
    return {"RETENTION_CASE_DAYS": CASE_DAYS, "RETENTION_PROFILE_DAYS": PROFILE_DAYS}


@pytest.fixture(scope="module")
def orgs(tg: FakeTelegram, bot: BotProcess) -> dict[str, Org]:
    return {
        "FED": asyncio.run(connect_org(tg, bot.env, "FED", -100_810_001, 7_810_001)),
        "FAR": asyncio.run(connect_org(tg, bot.env, "FAR", -100_810_002, 7_810_002)),
    }


def shown(tg: FakeTelegram, chat_id: int) -> list[BotMessage]:
    return [m for m in tg.messages_to(chat_id) if not m.deleted]


async def outbox_settled(db: Db) -> None:
    """Every outbox row sent and its 'sent' committed (a person is never that fast)."""
    await until(lambda: db.outbox_unsent() == 0, 10, "the outbox is empty")


def dump_every_table(db: Db) -> str:
    """Every row of every table of the bot's database, as one text."""
    names = [name for (name,) in db.rows("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert {"users", "cases", "case_events", "case_messages", "outbox"} <= set(names)
    rows = [(name, row) for name in names for row in db.rows(f'SELECT * FROM "{name}"')]
    return repr(rows)


async def test_clear_after_a_whole_case_deletes_every_bot_message(
    tg: FakeTelegram, db: Db, oracle: Oracle, orgs: dict[str, Org]
) -> None:
    fed = orgs["FED"]
    desk = Desk(tg, fed)
    migrant = Migrant(tg, oracle, 918_810_001, "Hnin", "hnin_81")
    await migrant.onboard("en", "MM", "TH")
    await migrant.ask(f"My boss did not pay my salary {tag()}")
    ref = await new_case(
        migrant, fed, f"Two months unpaid {tag()}", f"Mae Sot {tag()}", "unpaid_wages"
    )
    card = await card_arrives(tg, fed, ref)
    accepted = await accept(desk, card, migrant, ref)
    relayed = await reply(desk, card, migrant, ref, f"Since when? {tag()}")
    await answer(desk, relayed, migrant, ref, f"Since March {tag()}")
    await close(desk, card, migrant, ref, unanswered=True)
    await outbox_settled(db)

    before = shown(tg, migrant.user_id)
    by_outbox = [accepted, relayed, before[-1]]
    assert (before[-1].text or "").startswith(
        f"Foundation for Education and Development (FED) closed your case {ref}."
    )
    assert all(m in before for m in by_outbox) and len(before) >= 14

    tg.user_sends_command(migrant.user_id, "clear")
    [note] = await next_in(tg, migrant.user_id)
    en = oracle.tr("en").gettext
    assert note.text == en(CLEARED) + "\n" + en(REMOVE_CHAT)
    left = [m for m in shown(tg, migrant.user_id) if m.message_id != note.message_id]
    assert left == [], f"still on the phone: {[str(m) for m in left]}"


async def test_clear_says_honestly_how_many_messages_telegram_refused_to_delete(
    tg: FakeTelegram, oracle: Oracle
) -> None:
    migrant = Migrant(tg, oracle, 918_810_002, "Sophea", "sophea_02")
    await migrant.onboard("en", "KH", "TH")
    old = shown(tg, migrant.user_id)
    tg.age_messages(migrant.user_id, hours=49)  # what the bot sent so far is now too old
    tg.user_sends_command(migrant.user_id, "privacy")  # the oracle would expect 90 days
    await next_in(tg, migrant.user_id)
    fresh = [m for m in shown(tg, migrant.user_id) if m not in old]
    assert old and fresh

    tg.user_sends_command(migrant.user_id, "clear")
    [note] = await next_in(tg, migrant.user_id)
    assert all(m.deleted for m in fresh), "what Telegram allows is deleted"
    assert not any(m.deleted for m in old), "the fake refused the old ones"
    text = note.text or ""
    assert text != oracle.tr("en").gettext(CLEARED), "it may not claim all were deleted"
    assert re.search(rf"(?<!\d){len(old)}(?!\d)", text), f"the refused count in {text!r}"


async def test_privacy_states_the_configured_retention(tg: FakeTelegram, oracle: Oracle) -> None:
    migrant = Migrant(tg, oracle, 918_810_003, "Aung", "aung_03")
    await migrant.onboard("en", "MM", "TH")
    tg.user_sends_command(migrant.user_id, "privacy")
    [said] = await next_in(tg, migrant.user_id)
    text = said.text or ""
    assert f"after {CASE_DAYS} days" in text and "90 days" not in text
    assert f"Profiles not used for {PROFILE_DAYS} days are deleted" in text


async def test_delete_my_data_after_a_decline_leaves_no_reason_and_no_telegram_id(
    tg: FakeTelegram, db: Db, oracle: Oracle, orgs: dict[str, Org]
) -> None:
    fed, far = orgs["FED"], orgs["FAR"]
    desk = Desk(tg, fed)
    migrant = Migrant(tg, oracle, 918_810_004, "Kyaw", "kyaw_04")
    await migrant.onboard("en", "MM", "TH")
    ref = await new_case(migrant, fed, f"The agent keeps my papers {tag()}")
    card = await card_arrives(tg, fed, ref)
    prompt = await desk.press(card, "Decline", desk.me)
    assert (prompt.text or "").startswith(f"Why do you decline case {ref}?")
    reason = f"Outside our area, the person lives in Ranong {tag()}"
    done = await desk.write(reason)
    assert done.text == f"Case {ref} was passed to the next organisation."
    await until(lambda: db.case(ref)["org"] == "FAR", 10, "re-routed to FAR")
    [rerouted] = await next_in(tg, migrant.user_id)
    assert f"Your case {ref} was passed to" in (rerouted.text or "")
    await until(lambda: any(ref in (m.text or "") for m in tg.messages_to(far.inbox)), 10, "card")

    tg.user_sends_command(migrant.user_id, "delete_my_data")
    [question] = await next_in(tg, migrant.user_id)
    tg.user_presses(migrant.user_id, question, "del:yes")
    [gone] = await next_in(tg, migrant.user_id)
    assert (gone.text or "").startswith("Done. I deleted your profile")
    await outbox_settled(db)

    everything = dump_every_table(db)
    assert reason not in everything and reason.split()[-1] not in everything
    assert str(migrant.user_id) not in everything, "the Telegram id is still in a table"
    assert db.case(ref)["status"] == "withdrawn"


async def test_a_minimal_case_is_purged_after_the_retention_period(
    tg: FakeTelegram, bot: BotProcess, db: Db, oracle: Oracle, orgs: dict[str, Org]
) -> None:
    fed = orgs["FED"]
    desk = Desk(tg, fed)
    migrant = Migrant(tg, oracle, 918_810_005, "Mya", "mya_05")
    await migrant.onboard("en", "MM", "TH")
    await migrant.tap("person")  # from the menu: no topic
    await migrant.tap("ref:skip:description")
    await migrant.tap("ref:skip:place")
    await migrant.tap("ref:contact:bot")
    await migrant.tap("ref:urgent:no")
    ref = await migrant.send()
    card = await card_arrives(tg, fed, ref)
    await accept(desk, card, migrant, ref)
    relayed = await reply(desk, card, migrant, ref, f"Please tell us more {tag()}")
    await answer(desk, relayed, migrant, ref, f"Wages for May {tag()}")
    await close(desk, card, migrant, ref, unanswered=True)
    await outbox_settled(db)
    [(case_id,)] = db.rows("SELECT id FROM cases WHERE ref = ?", ref)
    assert db.value("SELECT count(*) FROM case_messages WHERE case_id = ?", case_id) == 2

    # Retention runs at start; with 0 days, a case closed a moment ago is past it.
    bot.env["RETENTION_CASE_DAYS"] = "0"
    try:
        bot.restart()

        def purged() -> bool:
            messages = db.value("SELECT count(*) FROM case_messages WHERE case_id = ?", case_id)
            [(uid,)] = db.rows("SELECT uid FROM cases WHERE id = ?", case_id)
            return messages == 0 and uid == f"erased:{ref}"

        await until(purged, 30, "the minimal case's messages and link purged")
        about = db.rows("SELECT count(*) FROM outbox WHERE idem_key LIKE ?", f"case:{ref}:%")
        assert about == [(0,)]
    finally:
        bot.env["RETENTION_CASE_DAYS"] = CASE_DAYS
        bot.restart()
