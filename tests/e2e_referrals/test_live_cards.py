"""The inbox as a shared workspace (issue 14), through the real bot process: the card in the
group is the case's state, edited on every transition with only the buttons the state
allows; a caseworker hands a case to a colleague or releases it, and the colleague answers
the person without them; the case's history is shown only to who holds it, each view
recorded, and refused quietly to everyone else.
"""

from __future__ import annotations

import asyncio
import subprocess
import uuid
from collections.abc import Callable

import pytest

from tests.e2e.driver import Oracle
from tests.e2e_referrals.scenes import (
    DETAIL_BUTTONS,
    HELD_BUTTONS,
    ORG_NAMES,
    STAFF_BUTTONS,
    Desk,
    Migrant,
    Org,
    accept,
    card_arrives,
    close,
    connect_org,
    new_case,
    next_in,
    refused_by_alert,
    reply,
)
from tests.e2e_referrals.world import REPLY_TIMEOUT_S, Db, admin_invite, until
from tests.fakes import BotMessage, FakeTelegram
from tests.fakes.bot_process import BOT_PYTHON, ROOT, BotProcess

pytestmark = pytest.mark.e2e

REFUSED = "You cannot act on this case."
AYE, BO, CHIT = 7_140_001, 7_140_011, 7_140_012  # FED's caseworkers; Chit leaves


def tag() -> str:
    return uuid.uuid4().hex[:10]


@pytest.fixture(scope="module")
def orgs(tg: FakeTelegram, bot: BotProcess) -> dict[str, Org]:
    tg.user(AYE, first_name="Aye")
    made = {
        "FED": asyncio.run(connect_org(tg, bot.env, "FED", -100_140_001, AYE)),
        "FAR": asyncio.run(connect_org(tg, bot.env, "FAR", -100_140_002, 7_140_002)),
    }
    for user_id, name in ((BO, "Bo"), (CHIT, "Chit")):
        tg.user(user_id, first_name=name)
        tg.user_sends_command(user_id, "join", admin_invite(bot.env, "FED"))
        [welcome] = asyncio.run(next_in(tg, user_id))
        assert (welcome.text or "").startswith("Welcome.")
    return made


def colleague(tg: FakeTelegram, org: Org, user_id: int) -> Desk:
    """Another caseworker of the same organisation at their own desk."""
    return Desk(tg, Org(org.id, org.inbox, user_id, org.registered))


async def card_shows(card: BotMessage, head: str, labels: list[str]) -> None:
    """The card (edited in place) reaches this state: its first line and its buttons."""

    def shown() -> bool:
        return (card.text or "").split("\n")[0] == head and card.labels == labels

    await until(shown, REPLY_TIMEOUT_S, f"the card showing {head!r} with {labels}")


async def a_case(tg: FakeTelegram, oracle: Oracle, fed: Org, user_id: int) -> tuple[Migrant, str]:
    migrant = Migrant(tg, oracle, user_id, f"Person {user_id}", f"p{user_id}")
    await migrant.onboard("en", "MM", "TH")
    ref = await new_case(migrant, fed, f"The broker kept my passport {tag()}", f"Tak {tag()}")
    return migrant, ref


def card_rows(db: Db, ref: str) -> list[str]:
    """The outbox rows of the case's live card, oldest first: their status."""
    query = "SELECT status FROM outbox WHERE idem_key LIKE ? ORDER BY id"
    return [status for (status,) in db.rows(query, f"case:{ref}:card:%")]


async def migrant_answers(migrant: Migrant, relayed: BotMessage, ref: str, words: str) -> None:
    ask = await migrant.tap(f"ans:{ref}", relayed)
    assert ask.text == f"Write your answer to the caseworker (case {ref})."
    sent = await migrant.write(words)
    assert sent.text == "Sent to the caseworker."


async def got_in_private(tg: FakeTelegram, user_id: int, check: Callable[[str], bool]) -> str:
    """The newest such message; everything before it in the chat counts as read."""
    found = await until(
        lambda: [m for m in tg.messages_to(user_id) if check(m.text or "")],
        REPLY_TIMEOUT_S,
        f"a message to {user_id}",
    )
    if tg.unread(user_id):
        await tg.wait_for_messages(user_id, len(tg.unread(user_id)))
    return str(found[-1].text)


async def test_the_card_follows_accept_reply_handover_and_close_and_the_new_holder_answers(
    tg: FakeTelegram, db: Db, oracle: Oracle, orgs: dict[str, Org]
) -> None:
    fed = orgs["FED"]
    aye, bo = Desk(tg, fed), colleague(tg, fed, BO)
    migrant, ref = await a_case(tg, oracle, fed, 918_140_001)
    card = await card_arrives(tg, fed, ref)  # "New case ...", Open / Accept / Decline
    assert "(response target " in (card.text or "")

    await accept(aye, card, migrant, ref)
    await card_shows(card, f"Case {ref}: accepted by Aye", HELD_BUTTONS)
    assert aye.details[ref].labels == DETAIL_BUTTONS
    relayed = await reply(aye, card, migrant, ref, f"Which province are you in? {tag()}")
    # Every transition refreshes the card (within the same minute it reads the same, and
    # Telegram's "not modified" counts as done): opened, accepted, replied.
    await until(lambda: card_rows(db, ref) == ["sent"] * 3, REPLY_TIMEOUT_S, "3 card versions")
    assert card.labels == HELD_BUTTONS and "Last activity:" in (card.text or "")

    # Hand over: a list of FED's active caseworkers but the holder, in the holder's chat.
    choose = await aye.press(aye.details[ref], "Hand over", AYE)
    assert choose.text == f"Hand case {ref} to:" and sorted(choose.labels) == ["Bo", "Chit"]
    done = await aye.press(choose, "Bo", AYE)
    assert done.text == f"Case {ref} is now with Bo."
    handed = await got_in_private(tg, BO, lambda t: t.startswith(f"Aye handed case {ref} to you."))
    assert "In their words:" in handed, "the new holder reads the case in full"
    await card_shows(card, f"Case {ref}: accepted by Bo", HELD_BUTTONS)

    # The person's answer reaches the new holder, and the first too, who asked the question
    # it answers, each told the other has it (holders.py: until the holder writes to the
    # person; explore8, finding 7). The new holder replies.
    words = f"Mae Sot, near the market {tag()}"
    await migrant_answers(migrant, relayed, ref, words)
    to_bo = await got_in_private(
        tg, BO, lambda t: t.startswith(f"Message from the person in case {ref}:")
    )
    assert words in to_bo and "Aye wrote the last reply to the person and got this too." in to_bo
    to_aye = await got_in_private(tg, AYE, lambda t: words in t)
    assert "An answer to your reply. Bo holds the case and got it too." in to_aye
    bo_card = [m for m in tg.messages_to(BO) if (m.text or "").startswith("Aye handed")][-1]
    bo.details[ref] = bo_card
    await reply(bo, card, migrant, ref, f"We will call the office in Mae Sot {tag()}")
    # ... and the first caseworker can no longer act on it.
    reply_data = aye.details[ref].button("Reply").data
    assert reply_data is not None
    held = f"Bo accepted case {ref}; only they can act on it now."
    await refused_by_alert(tg, AYE, aye.details[ref], reply_data, held)

    await close(bo, card, migrant, ref)
    await card_shows(card, f"Case {ref}: closed (Resolved)", ["Reopen"])
    case = db.case(ref)
    assert case["events"] == [
        "opened", "accepted", "replied", "handed_over", "message", "replied", "closed",
    ]  # fmt: skip
    # The person was never told a caseworker's name.
    seen = " ".join(m.text or "" for m in tg.messages_to(migrant.user_id))
    assert "Aye" not in seen and "Bo " not in seen and ORG_NAMES["FED"] in seen
    # One card for the whole case, edited in place.
    inbox = tg.messages_to(fed.inbox)
    assert [m for m in inbox if ref in (m.text or "") and (m.buttons or m.history)] == [card]


async def test_a_released_case_is_accepted_by_a_colleague_and_an_old_handover_is_refused(
    tg: FakeTelegram, db: Db, oracle: Oracle, orgs: dict[str, Org]
) -> None:
    fed = orgs["FED"]
    aye, bo = Desk(tg, fed), colleague(tg, fed, BO)
    migrant, ref = await a_case(tg, oracle, fed, 918_140_002)
    card = await card_arrives(tg, fed, ref)
    relayed = await accept(aye, card, migrant, ref)  # "FED accepted your case", with Answer
    choose = await aye.press(aye.details[ref], "Hand over", AYE)  # offered, then not used

    released = await aye.press(aye.details[ref], "Release", AYE)
    assert released.text == f"You released case {ref}."
    [notice] = await next_in(tg, fed.inbox)
    assert notice.text == f"Aye released case {ref}: anyone here can accept it."
    await card_shows(card, f"New case {ref}", STAFF_BUTTONS)

    # The list was offered on the case as it was: pressing it now hands nothing.
    stale = choose.button("Bo").data
    assert stale is not None
    await refused_by_alert(tg, AYE, choose, stale, "This case changed just now. Look at it again.")

    said = await bo.press(card, "Accept", fed.inbox)
    assert said.text == f"Case {ref} accepted by Bo."
    await card_shows(card, f"Case {ref}: accepted by Bo", HELD_BUTTONS)
    words = f"I am still waiting {tag()}"
    await migrant_answers(migrant, relayed, ref, words)
    await got_in_private(
        tg, BO, lambda t: t == f"Message from the person in case {ref}:\n\n{words}"
    )
    assert db.case(ref)["events"][-4:] == ["accepted", "released", "accepted", "message"]


async def test_history_only_for_the_holder_and_every_view_recorded(
    tg: FakeTelegram, bot: BotProcess, db: Db, oracle: Oracle, orgs: dict[str, Org]
) -> None:
    fed, far = orgs["FED"], orgs["FAR"]
    aye = Desk(tg, fed)
    migrant, ref = await a_case(tg, oracle, fed, 918_140_003)
    card = await card_arrives(tg, fed, ref)
    await accept(aye, card, migrant, ref)
    asked = f"Do you still have your work permit? {tag()}"
    relayed = await reply(aye, card, migrant, ref, asked)
    answered = f"No, the broker has it {tag()}"
    await migrant_answers(migrant, relayed, ref, answered)
    await got_in_private(tg, AYE, lambda t: answered in t)

    # The holder: the conversation, decrypted, in private.
    history_data = card.button("History").data
    assert history_data is not None
    tg.user_presses(AYE, aye.details[ref], "History")
    page = await got_in_private(tg, AYE, lambda t: t.startswith(f"History of case {ref}."))
    assert asked in page and answered in page and "Reply by Aye:" in page
    assert page.index(asked) < page.index(answered), "oldest first"

    # A colleague who does not hold it, another organisation's caseworker, and a revoked
    # caseworker: refused by an alert, nothing posted, no view recorded.
    held = f"Aye accepted case {ref}; only they can act on it now."  # who to ask
    await refused_by_alert(tg, BO, card, history_data, held)
    await refused_by_alert(tg, far.caseworker, card, history_data, REFUSED)
    done = subprocess.run(
        [str(BOT_PYTHON), "-m", "bot", "admin", "revoke", "--org", "FED", "--user", str(CHIT)],
        cwd=ROOT, env=bot.env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # The revocation tells the inbox through the outbox, when its sender next looks: wait for
    # that notice first, or it lands while the press below is watched and reads as a refusal.
    await until(
        lambda: any(
            (m.text or "").startswith("Access removed: Chit ") for m in tg.messages_to(fed.inbox)
        ),
        REPLY_TIMEOUT_S,
        "the inbox told of the revocation",
    )
    # And Chit, in private, the same way (round 9): on a busy machine their notice came while
    # their press was watched, and read as a refusal posted.
    await until(
        lambda: any(
            (m.text or "").startswith("Your access to the cases of ") for m in tg.messages_to(CHIT)
        ),
        REPLY_TIMEOUT_S,
        "Chit told of the revocation",
    )
    await refused_by_alert(tg, CHIT, card, history_data, REFUSED)
    # The group itself never sees the history.
    assert not any(answered in (m.text or "") for m in tg.messages_to(fed.inbox))

    views = db.rows(
        "SELECT actor, detail FROM case_events WHERE case_id = ? AND action = 'history_viewed'",
        db.case(ref)["id"],
    )
    aye_staff = db.value("SELECT id FROM staff WHERE tg_user_id = ? AND org_id = 'FED'", AYE)
    assert views == [(f"staff:{aye_staff}", None)], "one view, by its holder, with no text"


async def test_a_card_that_cannot_be_edited_is_sent_again_and_follows_a_migrated_inbox(
    tg: FakeTelegram, bot: BotProcess, db: Db, oracle: Oracle
) -> None:
    old, new = -140_003, -100_140_003
    cwcc = await connect_org(tg, bot.env, "CWCC", old, 7_140_003)
    desk = Desk(tg, cwcc)
    migrant = Migrant(tg, oracle, 918_140_004, "Dara", "dara_14")
    await migrant.onboard("en", "KH", "TH")
    ref = await new_case(migrant, cwcc, f"My employer keeps back my wages {tag()}")
    card = await card_arrives(tg, cwcc, ref)

    # Someone deletes the card in the group; the case is accepted from a private chat.
    card.deleted = True
    accept_data = card.button("Accept").data
    assert accept_data is not None
    welcome = tg.messages_to(cwcc.caseworker)[0]
    tg.user_sends_callback(cwcc.caseworker, welcome, accept_data)
    said, details = await next_in(tg, cwcc.caseworker, 2)
    assert said.text == f"Case {ref} accepted by {desk.name}."
    desk.details[ref] = details
    await next_in(tg, migrant.user_id)  # "CWCC accepted your case"
    held = f"Case {ref}: accepted by {desk.name}"
    [again] = await next_in(tg, cwcc.inbox)  # the state is not lost: a new card carries it
    await card_shows(again, held, HELD_BUTTONS)
    assert again.message_id != card.message_id

    # The group becomes a supergroup: the closed card goes to its new id.
    tg.migrate_group(old, new, "CWCC cases")
    await close(desk, again, migrant, ref)
    closed = await next_in(tg, new)
    await card_shows(closed[-1], f"Case {ref}: closed (Resolved)", ["Reopen"])
    assert db.value("SELECT chat_id FROM inboxes WHERE org_id = 'CWCC'") == new
    # opened, accepted, closed: none lost
    await until(lambda: card_rows(db, ref) == ["sent"] * 3, REPLY_TIMEOUT_S, "3 card versions")
