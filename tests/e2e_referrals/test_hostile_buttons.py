"""Hostile button presses (issue 10) against the real bot process: malformed callback data is
refused quietly (never an exception, an apology or a change), another person's case reference
does nothing, and staff buttons signed before a key rotation keep working after it.

Every press is counted: the module's last test prints attempts, refusals and crashes.
"""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from cryptography.fernet import Fernet

from tests.e2e.driver import Oracle
from tests.e2e_referrals.scenes import Migrant, Org, card_arrives, connect_org, new_case, next_in
from tests.e2e_referrals.world import REPLY_TIMEOUT_S, Db, message_in, until, with_text
from tests.fakes import BotMessage, FakeTelegram
from tests.fakes.bot_process import BotProcess

pytestmark = pytest.mark.e2e

OLD_KEY = Fernet.generate_key().decode()
NEW_KEY = Fernet.generate_key().decode()
APOLOGY = "Sorry, something went wrong on my side."
CRASH = "Error while handling an update"
TALLY: Counter[str] = Counter()


@pytest.fixture(scope="module")
def bot_settings() -> dict[str, str]:
    return {"BOT_ENCRYPTION_KEYS": OLD_KEY}


@pytest.fixture(scope="module")
def fed(tg: FakeTelegram, bot: BotProcess) -> Org:
    return asyncio.run(connect_org(tg, bot.env, "FED", -100_620_001, 7_620_001))


@pytest.fixture(scope="module")
def case(tg: FakeTelegram, oracle: Oracle, bot: BotProcess, fed: Org) -> tuple[str, BotMessage]:
    """A's case, waiting in FED's inbox: (reference, card)."""

    async def make() -> tuple[str, BotMessage]:
        person = Migrant(tg, oracle, 918_800_001, "Aye", "aye_8")
        await person.onboard("en", "MM", "TH")
        ref = await new_case(person, fed, "The broker keeps my passport")
        return ref, await card_arrives(tg, fed, ref)

    return asyncio.run(make())


async def press(tg: FakeTelegram, user_id: int, card: BotMessage, data: str) -> None:
    """Send the callback; it must be answered (the spinner stops) whatever the data."""
    TALLY["attempts"] += 1
    query = tg.user_sends_callback(user_id, card, data)
    await until(lambda: tg.callback_answer(query) is not None, REPLY_TIMEOUT_S, f"answer {data!r}")


def assert_quiet(tg: FakeTelegram, bot: BotProcess, chats: list[int]) -> None:
    said = [m.text or "" for chat in chats for m in tg.messages_to(chat)]
    assert not any(APOLOGY in text for text in said), "an apology: something raised"
    assert CRASH not in bot.log_path.read_text(errors="replace"), "a handler raised"
    assert bot.alive


async def test_malformed_staff_data_is_refused_quietly(
    tg: FakeTelegram, bot: BotProcess, db: Db, fed: Org, case: tuple[str, BotMessage]
) -> None:
    ref, card = case
    case_id = db.case(ref)["id"]
    hostile = [
        f"cs:acc:{case_id}:ÄÄÄÄÄÄÄÄÄÄ",  # non-ASCII signature: compare_digest raised TypeError
        f"cs:acc:{case_id}:" + "A" * 4096,
        "cs:acc:" + "9" * 5000 + ":AAAAAAAAAA",  # an int too long for int()
        f"cs:acc:{case_id}",
        f"cs:acc:{case_id}:",
        "cs:acc:١:AAAAAAAAAA",  # Arabic-Indic digit one: isdigit() says yes
        f"cs:acc:{case_id}:AAAAAAAAAA:extra",
        "cs:" + "x" * 4096,
        "",
        "x" * 4096,
        "del:yes",  # the erasure button, pressed in a group
    ]
    for data in hostile:
        await press(tg, fed.caseworker, card, data)
    assert db.case(ref)["status"] == "new", "a forged button changed the case"
    assert_quiet(tg, bot, [fed.inbox, fed.caseworker])
    TALLY["refused"] += len(hostile)


async def test_another_persons_case_reference_does_nothing(
    tg: FakeTelegram, oracle: Oracle, bot: BotProcess, db: Db, case: tuple[str, BotMessage]
) -> None:
    ref, _card = case
    other = Migrant(tg, oracle, 918_800_002, "Sok", "sok_8")
    await other.onboard("en", "KH", "TH")
    menu = other.keyboard()
    for data in (f"wd:{ref}:yes", f"wd:{ref}", f"ans:{ref}", "del:yes:" + ref):
        await press(tg, other.user_id, menu, data)
        [reply] = await next_in(tg, other.user_id)
        assert ref not in (reply.text or "") or "old" in (reply.text or ""), reply
    # A staff button pressed by a migrant: refused to the presser alone (an alert, no message).
    await press(tg, other.user_id, menu, "cs:acc:1:ÄÄ")
    assert tg.unread(other.user_id) == []
    assert db.case(ref)["status"] == "new"
    assert db.value("SELECT count(*) FROM users WHERE uid = ?", "tg:918800001") == 1
    assert_quiet(tg, bot, [other.user_id])
    TALLY["refused"] += 5


async def test_buttons_signed_before_a_key_rotation_still_work(
    tg: FakeTelegram, bot: BotProcess, db: Db, fed: Org, case: tuple[str, BotMessage]
) -> None:
    ref, card = case
    bot.stop()
    bot.env["BOT_ENCRYPTION_KEYS"] = f"{NEW_KEY},{OLD_KEY}"  # the documented rotation
    bot.start()
    TALLY["attempts"] += 1
    tg.user_presses(fed.caseworker, card, "Accept")  # signed with the old key
    # The earlier refusals may still be unread in the inbox: look for the answer itself.
    await message_in(tg, fed.inbox, with_text(f"Case {ref} accepted by "))
    assert db.case(ref)["status"] == "accepted"
    assert_quiet(tg, bot, [fed.inbox])
    crashes = bot.log_path.read_text(errors="replace").count(CRASH)
    print(
        f"\nhostile buttons: {TALLY['attempts']} attempts, {TALLY['refused']} refused, "
        f"{crashes} crashes, bot restarts: {bot.starts - 1} (the rotation)"
    )
