"""What the bot promises a person about who sees their case, through the real bot process
(issue 10, points 5 and 7): the inbox group sees only the reference, topic, urgency and age;
the words, place and contact go only to the caseworker who opens or holds the case, in
private; refusals are callback alerts to the presser, in their language, never group posts;
revoked staff and staff of an organisation the case left are refused, and the inbox is told
to remove a revoked member; a group upgraded to a supergroup keeps receiving cases.
"""

from __future__ import annotations

import asyncio
import subprocess
import uuid

import pytest

from tests.e2e.driver import Oracle
from tests.e2e_referrals.scenes import (
    Migrant,
    Org,
    connect_org,
    new_case,
    next_in,
    refused_by_alert,
)
from tests.e2e_referrals.world import REPLY_TIMEOUT_S, Db, admin_invite, texts_seen_by, until
from tests.fakes import BotMessage, FakeTelegram
from tests.fakes.bot_process import BOT_PYTHON, ROOT, BotProcess

pytestmark = pytest.mark.e2e

REFUSED = "You cannot act on this case."


def tag() -> str:
    return uuid.uuid4().hex[:10]


@pytest.fixture(scope="module")
def orgs(tg: FakeTelegram, bot: BotProcess) -> dict[str, Org]:
    return {
        "FED": asyncio.run(connect_org(tg, bot.env, "FED", -100_820_001, 7_820_001)),
        "FAR": asyncio.run(connect_org(tg, bot.env, "FAR", -100_820_002, 7_820_002)),
    }


async def join(tg: FakeTelegram, env: dict[str, str], org: str, user_id: int, lang: str) -> None:
    tg.user(user_id, first_name=f"Second worker of {org}", language_code=lang)
    tg.user_sends_command(user_id, "join", admin_invite(env, org))
    [welcome] = await next_in(tg, user_id)
    assert org in (welcome.text or "")  # "Welcome ..." in the organisation's language


async def a_case(tg: FakeTelegram, oracle: Oracle, org: Org, user_id: int) -> tuple[str, str]:
    """A Myanmar worker in Thailand sends a case; returns (reference, their words)."""
    migrant = Migrant(tg, oracle, user_id, f"Person {user_id}", f"p{user_id}")
    await migrant.onboard("en", "MM", "TH")
    words = f"The broker took my passport {tag()}"
    ref = await new_case(migrant, org, words, f"Chiang Mai {tag()}")
    return ref, words


async def card_in(tg: FakeTelegram, chat_id: int, ref: str) -> BotMessage:
    new_case_heads = (f"New case {ref}", f"เคสใหม่ {ref}")  # FAR's inbox reads Thai

    def found() -> BotMessage | None:
        cards = [m for m in tg.messages_to(chat_id) if (m.text or "").startswith(new_case_heads)]
        return cards[-1] if cards else None

    card: BotMessage = await until(found, REPLY_TIMEOUT_S, f"the card of {ref} in {chat_id}")
    return card


async def test_the_group_sees_reference_topic_urgency_and_age_and_only_the_holder_the_rest(
    tg: FakeTelegram, bot: BotProcess, oracle: Oracle, orgs: dict[str, Org]
) -> None:
    fed = orgs["FED"]
    second = 7_820_011
    await join(tg, bot.env, "FED", second, "en")
    ref, words = await a_case(tg, oracle, fed, 918_820_001)
    card = await card_in(tg, fed.inbox, ref)
    text = card.text or ""
    assert ref in text and "Problem:" in text and "Waiting:" in text
    assert words not in text and "Chiang Mai" not in text and "Contact" not in text
    assert "Open" in card.labels and "Accept" in card.labels

    # Opening shows the details to the presser alone, in private.
    tg.user_presses(fed.caseworker, card, "Open")
    private = await until(
        lambda: [m for m in tg.messages_to(fed.caseworker) if words in (m.text or "")],
        REPLY_TIMEOUT_S,
        "the details in private",
    )
    assert "Chiang Mai" in (private[-1].text or "")
    assert not any(words in seen for seen in texts_seen_by(tg, [fed.inbox, second]))

    # Once the first caseworker holds it, a colleague can no longer open it.
    query = tg.user_presses(fed.caseworker, card, "Accept")
    await until(lambda: tg.callback_answer(query), REPLY_TIMEOUT_S, "Accept answered")
    open_data = card.button("Open").data
    assert open_data is not None
    held = f"accepted case {ref}; only they can act on it now."  # who holds it, not what
    await refused_by_alert(tg, second, card, open_data, lambda text: text.endswith(held))
    assert not any(words in seen for seen in texts_seen_by(tg, [fed.inbox, second]))


async def test_another_organisations_staff_get_an_alert_in_their_language(
    tg: FakeTelegram, bot: BotProcess, oracle: Oracle, orgs: dict[str, Org]
) -> None:
    fed = orgs["FED"]
    khmer_far_worker = 7_820_012
    await join(tg, bot.env, "FAR", khmer_far_worker, "km")
    ref, _words = await a_case(tg, oracle, fed, 918_820_002)
    card = await card_in(tg, fed.inbox, ref)
    expected = oracle.tr("km").gettext(REFUSED)
    assert expected != REFUSED, "the Khmer catalog translates the refusal"
    for data in card.data:
        assert data is not None
        await refused_by_alert(tg, khmer_far_worker, card, data, expected)


async def test_a_revoked_caseworker_is_removed_from_the_inbox_and_refused_on_old_buttons(
    tg: FakeTelegram, bot: BotProcess, db: Db, oracle: Oracle, orgs: dict[str, Org]
) -> None:
    fed = orgs["FED"]
    leaving = 7_820_013
    await join(tg, bot.env, "FED", leaving, "en")
    ref, _words = await a_case(tg, oracle, fed, 918_820_003)
    card = await card_in(tg, fed.inbox, ref)
    tg.make_bot_admin(fed.inbox)
    inbox_before = len(tg.messages_to(fed.inbox))

    done = subprocess.run(
        [str(BOT_PYTHON), "-m", "bot", "admin", "revoke", "--org", "FED", "--user", str(leaving)],
        cwd=ROOT,
        env=bot.env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    await until(lambda: leaving in tg.removed[fed.inbox], REPLY_TIMEOUT_S, "removed from the group")
    notices = await until(
        lambda: [
            m
            for m in tg.messages_to(fed.inbox)[inbox_before:]
            # By name, not by Telegram id: the whole group reads it (explore7, finding 13).
            if "Access removed" in (m.text or "") and str(leaving) not in (m.text or "")
        ],
        REPLY_TIMEOUT_S,
        "the inbox told to remove them",
    )
    assert notices
    told = await until(  # the person removed is told too (explore9, staff finding 9)
        lambda: [
            m for m in tg.messages_to(leaving) if "Your access to the cases of" in (m.text or "")
        ],
        REPLY_TIMEOUT_S,
        "the caseworker told of the removal",
    )
    assert told and tg.wait_idle(REPLY_TIMEOUT_S)

    for data in card.data:
        assert data is not None
        await refused_by_alert(tg, leaving, card, data, REFUSED)
    assert db.case(ref)["status"] == "new" and db.case(ref)["events"] == ["opened"]


async def test_after_a_reroute_the_first_organisations_staff_are_refused(
    tg: FakeTelegram, db: Db, oracle: Oracle, orgs: dict[str, Org]
) -> None:
    fed, far = orgs["FED"], orgs["FAR"]
    ref, words = await a_case(tg, oracle, fed, 918_820_004)
    card = await card_in(tg, fed.inbox, ref)
    tg.user_presses(fed.caseworker, card, "Decline")
    await until(
        lambda: db.step_of(fed.caseworker) is not None, REPLY_TIMEOUT_S, "asked for a reason"
    )
    tg.user_sends_text(fed.caseworker, f"Not our area {tag()}")
    await until(lambda: db.case(ref)["org"] == "FAR", REPLY_TIMEOUT_S, "re-routed to FAR")
    await card_in(tg, far.inbox, ref)

    for data in card.data:
        assert data is not None
        await refused_by_alert(tg, fed.caseworker, card, data, REFUSED)
    case = db.case(ref)
    assert (case["org"], case["status"]) == ("FAR", "new")
    assert not any(
        words in seen for seen in texts_seen_by(tg, [fed.inbox, fed.caseworker, far.inbox])
    )


async def test_an_inbox_upgraded_to_a_supergroup_keeps_receiving_cases(
    tg: FakeTelegram, bot: BotProcess, db: Db, oracle: Oracle
) -> None:
    old, new = -820_003, -100_820_003
    cwcc = await connect_org(tg, bot.env, "CWCC", old, 7_820_003)
    tg.migrate_group(old, new, "CWCC cases")
    migrant = Migrant(tg, oracle, 918_820_005, "Dara", "dara_05")
    await migrant.onboard("en", "KH", "TH")
    ref = await new_case(migrant, cwcc, f"My employer keeps back my wages {tag()}")
    await card_in(tg, new, ref)
    assert db.value("SELECT chat_id FROM inboxes WHERE org_id = 'CWCC'") == new
