"""Fault tests (issue 6) against the real bot process: a slow NLU, a busy database, Telegram
500s, time-outs and long flood waits, and kills at the worst moment. Nothing may be lost,
and the person must always be told what is happening.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator

import pytest

from tests.e2e.driver import Oracle
from tests.e2e_referrals.scenes import (
    Desk,
    Migrant,
    Org,
    card_arrives,
    connect_org,
    new_case,
    next_in,
)
from tests.e2e_referrals.world import REPLY_TIMEOUT_S, SENT_CONFIRMATION, Db, until
from tests.fakes import NO_ANSWER, FakeTelegram
from tests.fakes.bot_process import BotProcess
from tests.fakes.rasa_server import FakeRasa

pytestmark = pytest.mark.e2e

NLU_TIMEOUT_S = 1.0
NLU_DOWN = (
    "I cannot read free text right now. Please use the buttons: they work. Try writing again later."
)
APOLOGY = "Sorry, something went wrong on my side. Please try again, or use /menu."
BUSY_TIMEOUT_S = 30.0  # PRAGMA busy_timeout in bot/storage/db.py


@pytest.fixture(scope="module")
def bot_settings() -> dict[str, str]:
    return {"NLU_TIMEOUT": str(NLU_TIMEOUT_S)}


@pytest.fixture(scope="module")
def fed(tg: FakeTelegram, bot: BotProcess) -> Org:
    return asyncio.run(connect_org(tg, bot.env, "FED", -100_610_001, 7_610_001))


_ids = iter(range(918_400_000, 918_500_000))


@pytest.fixture
async def migrant(tg: FakeTelegram, oracle: Oracle, bot: BotProcess) -> Migrant:
    """A Myanmar worker in Thailand (routed to FED), past the profile questions."""
    person = Migrant(tg, oracle, next(_ids), "Aye Aye", "ayeaye_5")
    await person.onboard("en", "MM", "TH")
    return person


@pytest.fixture
def slow_nlu(fake_nlu: FakeRasa) -> Iterator[FakeRasa]:
    fake_nlu.hold()  # it answers nothing until released: slower than any time-out
    yield fake_nlu
    fake_nlu.release()


async def test_a_slow_nlu_gets_an_honest_answer_and_the_menu_in_time(
    tg: FakeTelegram, migrant: Migrant, slow_nlu: FakeRasa
) -> None:
    tg.user_sends_text(migrant.user_id, "my boss did not pay my salary")
    [reply] = await next_in(tg, migrant.user_id)
    # "In time" without a clock: the answer came while the NLU still held the question, so
    # the bot waited its own time-out, not the NLU (a busy machine only makes both slower).
    assert slow_nlu.held >= 1, "the bot waited for the NLU's answer"
    assert reply.text == NLU_DOWN
    assert "person" in reply.data and any(d and d.startswith("group:") for d in reply.data)

    slow_nlu.release()  # back to normal: free text is read again
    tg.user_sends_text(migrant.user_id, "my boss did not pay my salary")
    [answer] = await next_in(tg, migrant.user_id)
    assert answer.text != NLU_DOWN and "person:unpaid_wages" in answer.data


class WriteLock:
    """An exclusive write lock on the bot's SQLite file, held by the test."""

    def __init__(self, db: Db) -> None:
        self._connection = sqlite3.connect(db.path, timeout=5, isolation_level=None)

    def __enter__(self) -> WriteLock:
        self._connection.execute("BEGIN EXCLUSIVE")
        return self

    def __exit__(self, *exc: object) -> None:
        self._connection.execute("ROLLBACK")
        self._connection.close()


async def nothing_pending(tg: FakeTelegram) -> None:
    """An earlier test's update is answered before the bot records it as handled; a lock
    taken in between would hold that record, and polling rightly waits for it before it
    takes the next update. These tests are about their own update: start once all are in."""
    await until(lambda: tg.pending_updates == 0, REPLY_TIMEOUT_S, "earlier updates recorded")


async def test_a_database_busy_for_seconds_only_delays_the_answer(
    tg: FakeTelegram, db: Db, migrant: Migrant
) -> None:
    held_s = 3.0
    before = len(tg.messages_to(migrant.user_id))
    await nothing_pending(tg)
    with WriteLock(db):
        tg.user_sends_command(migrant.user_id, "help")
        # The bot fetches the update at once but acknowledges it only once handled, which
        # the lock delays: it stays pending with Telegram until then.
        await asyncio.sleep(held_s)  # the fault itself: the lock is held this long
        assert tg.pending_updates >= 1, "acknowledged before it was handled"
        assert tg.unread(migrant.user_id) == [], "answered while the database was locked"
    [reply] = await next_in(tg, migrant.user_id, timeout=BUSY_TIMEOUT_S)
    # Only delayed: the answer itself, and no apology before it (that would mean a failure).
    assert (reply.text or "").startswith("I answer questions about going abroad safely")
    assert len(tg.messages_to(migrant.user_id)) == before + 1


async def test_a_database_busy_longer_than_its_timeout_gets_an_apology_then_the_answer(
    tg: FakeTelegram, db: Db, migrant: Migrant
) -> None:
    await nothing_pending(tg)
    with WriteLock(db):
        tg.user_sends_command(migrant.user_id, "help")
        [apology] = await next_in(tg, migrant.user_id, timeout=BUSY_TIMEOUT_S * 3)
        assert apology.text == APOLOGY
    # The update is handled on (PTB runs the next handler group): the answer follows.
    [reply] = await next_in(tg, migrant.user_id, timeout=BUSY_TIMEOUT_S * 3)
    assert (reply.text or "").startswith("I answer questions about going abroad safely")


async def test_replies_telegram_refused_or_dropped_arrive_later_once_and_in_order(
    tg: FakeTelegram, migrant: Migrant
) -> None:
    me = migrant.user_id
    start = len(tg.messages_to(me))
    try:
        tg.fail_sends(1.0, codes=(500,), limit=1)  # the only reply is refused
        tg.user_sends_command(me, "profile")
        [question] = await next_in(tg, me)
        tg.user_presses(me, question, "origin:MM")
        [country_question] = await next_in(tg, me)
        tg.fail_sends(1.0, codes=(500,), limit=1)  # the first of two replies is refused
        tg.user_presses(me, country_question, "country:TH")
        thanks, menu = await next_in(tg, me, 2)
        plan = tg.fail_sends(1.0, codes=(NO_ANSWER,), hang_s=1.0, limit=1)  # no answer at all
        tg.user_sends_command(me, "menu")
        await next_in(tg, me)
    finally:
        tg.clear_faults()
    assert plan.injected == [("sendMessage", NO_ANSWER)]
    # Updates are handled in order: anything sent twice would show before this answer.
    [help_] = await migrant.command("help")
    texts = [m.text for m in tg.messages_to(me)[start:]]
    assert texts == [
        question.text,
        country_question.text,
        thanks.text,
        menu.text,
        menu.text,
        help_.text,
    ]
    assert (thanks.text or "").startswith("Thank you.") and "person" in menu.data


async def test_a_flood_wait_longer_than_twelve_tries_loses_no_case(
    tg: FakeTelegram, db: Db, fed: Org, migrant: Migrant
) -> None:
    await migrant.fill_form(None, "They moved us to another farm and keep our papers", None)
    plan = tg.fail_sends(1.0, codes=(429,), retry_after=1)
    try:
        tg.user_presses(migrant.user_id, migrant.keyboard(), "ref:send")

        def flood_outlasted_twelve_tries() -> bool:
            refused = sum(
                1
                for call in tg.calls_to("sendMessage")
                if call.status == 429 and str(call.params.get("chat_id")) == str(fed.inbox)
            )
            unsent = db.value(
                "SELECT count(*) FROM outbox WHERE chat_id = ? AND status IN (?, ?)",
                fed.inbox,
                "pending",
                "sending",
            )
            return refused > 12 or (refused > 0 and unsent == 0)

        await until(flood_outlasted_twelve_tries, 120, "a flood of twelve tries", every=0.2)
    finally:
        tg.clear_faults()
    assert plan.injected
    await until(lambda: db.outbox_unsent() == 0, 30, "the outbox drains")
    assert db.value("SELECT count(*) FROM outbox WHERE status = 'failed'") == 0
    [confirmation] = await next_in(tg, migrant.user_id)  # deferred until the flood ended
    found = SENT_CONFIRMATION.search(confirmation.text or "")
    assert found, confirmation
    await card_arrives(tg, fed, found.group(1))


async def test_a_desk_answer_telegram_refused_reaches_the_caseworker_later(
    tg: FakeTelegram, fed: Org, migrant: Migrant
) -> None:
    ref = await new_case(migrant, fed, "The agent wants 30000 baht more for my visa")
    card = await card_arrives(tg, fed, ref)
    desk = Desk(tg, fed)
    opened = await desk.press(card, "Open", fed.caseworker)  # the case in full, in private
    prompt = await desk.press(opened, "Reply", fed.caseworker)
    assert (prompt.text or "").startswith(f"Write your reply to case {ref}.")
    tg.user_sends_text(fed.caseworker, "Do not pay. Which agency is it?")
    [shown] = await next_in(tg, fed.caseworker)  # shown back first: only Send sends it
    assert (shown.text or "").endswith("\n\nDo not pay. Which agency is it?")
    plan = tg.fail_sends(1.0, codes=(500,), limit=1)  # "Sent to the person" is refused once
    try:
        tg.user_presses(fed.caseworker, shown, "Send")
        [relayed] = await next_in(tg, migrant.user_id)
        [done] = await next_in(tg, fed.caseworker)
    finally:
        tg.clear_faults()
    assert plan.injected == [("sendMessage", 500)]
    assert (relayed.text or "").endswith("Do not pay. Which agency is it?")
    assert done.text == f"Sent to the person in case {ref}."


async def test_a_kill_before_the_confirmation_still_tells_the_person_their_number(
    tg: FakeTelegram, bot: BotProcess, db: Db, fed: Org, migrant: Migrant
) -> None:
    """The confirmation was written to the outbox with the case (bot/outbox/replies.py): the
    restarted bot sends it, once; pressing Send again still tells the number."""
    summary = await migrant.fill_form(None, "My employer hits us when we ask for pay", None)
    tg.fail_sends(1.0, codes=(NO_ANSWER,), hang_s=15.0)  # every send hangs: none returns
    try:
        calls_before = len(tg.calls)
        tg.user_presses(migrant.user_id, summary, "ref:send")
        await tg.wait_for_call(
            "sendMessage",
            REPLY_TIMEOUT_S,
            where=lambda call: str(call.params.get("chat_id")) == str(migrant.user_id),
            after=calls_before,
        )
        bot.kill()  # the case is stored; its confirmation is on its way
    finally:
        tg.clear_faults()
    [ref] = [r for (r,) in db.rows("SELECT ref FROM cases WHERE uid = ?", migrant.uid)]
    assert tg.unread(migrant.user_id) == []  # the send in flight never reached Telegram
    bot.start()
    await until(lambda: db.outbox_unsent() == 0, 30, "the outbox drains")
    [confirmation] = await next_in(tg, migrant.user_id)
    assert ref in (confirmation.text or ""), f"never told the case number: {confirmation}"
    tg.user_presses(migrant.user_id, summary, "ref:send")  # pressed again all the same
    answers = await next_in(tg, migrant.user_id)
    assert ref in (answers[0].text or ""), f"not told the case number again: {answers[0]}"
    assert db.value("SELECT count(*) FROM cases WHERE uid = ?", migrant.uid) == 1
    await card_arrives(tg, fed, ref)  # claimed when the kill struck, sent after the restart
