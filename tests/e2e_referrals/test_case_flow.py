"""A case from a migrant's question to its closing, through the real bot process (issue 5),
with a caseworker of the organisation the migrant's profile routes to, and one of another
organisation who must be able to neither see nor act on it. At the end, nothing anyone
typed may be in the bot's log, even at DEBUG (issue 6).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator

import pytest

from tests.e2e.driver import Oracle
from tests.e2e_referrals.scenes import (
    STAFF_BUTTONS,
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
    note,
    refused_by_alert,
    reply,
    status_in_my_cases,
)
from tests.e2e_referrals.world import Db, admin_invite, staff_tr, texts_seen_by, until
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess

pytestmark = pytest.mark.e2e

REFUSED = "You cannot act on this case."
NOT_VALID = "This button is not valid."


def tag() -> str:
    """A word no one else writes: found in a log, it can only have come from one text."""
    return uuid.uuid4().hex[:10]


@pytest.fixture(scope="module")
def journal() -> list[str]:
    """Every text typed by anyone in this module (for the log scan)."""
    return []


@pytest.fixture(scope="module")
def orgs(tg: FakeTelegram, bot: BotProcess) -> dict[str, Org]:
    """FED (where Myanmar workers in Thailand are routed) and FAR, each with an inbox."""
    return {
        "FED": asyncio.run(connect_org(tg, bot.env, "FED", -100_510_001, 7_510_001)),
        "FAR": asyncio.run(connect_org(tg, bot.env, "FAR", -100_510_002, 7_510_002)),
    }


@pytest.fixture
def migrants(tg: FakeTelegram, oracle: Oracle, journal: list[str]) -> Iterator[list[Migrant]]:
    made: list[Migrant] = []
    yield made
    for migrant in made:
        journal.extend(migrant.typed)


def forged_variants(data: str) -> list[str]:
    """Altered copies of signed button data "cs:<action>:<case id>:<signature>"."""
    _cs, action, case_id, sig = data.split(":")
    flipped = sig[:-1] + ("A" if sig[-1] != "A" else "B")
    other_case = f"cs:{action}:{int(case_id) + 1}:{sig}"
    return [
        f"cs:{action}:{case_id}:{flipped}",  # one character of the signature changed
        f"cs:{action}:{case_id}:{sig.swapcase()}",
        other_case,  # the signature of another case
        f"cs:cres:{case_id}:{sig}",  # another action with this button's signature
        f"cs:{action}:{case_id}",  # unsigned
        f"cs:{action}:{case_id}:",
        f"{data}:x",
        f"cs:{action}:x{case_id}:{sig}",
        "cs:acc",
    ]


async def test_a_migrant_and_a_caseworker_work_a_case_from_question_to_closed(
    tg: FakeTelegram,
    bot: BotProcess,
    db: Db,
    oracle: Oracle,
    orgs: dict[str, Org],
    migrants: list[Migrant],
    journal: list[str],
) -> None:
    fed, far = orgs["FED"], orgs["FAR"]
    desk, other_desk = Desk(tg, fed), Desk(tg, far)
    migrant = Migrant(tg, oracle, 918_273_645, "Thiri Zin Oo", "thiri_zin_87")
    migrants.append(migrant)
    await migrant.onboard("en", "MM", "TH")

    # A question in their own words; the answer offers a person first (an urgent topic).
    answer_ = await migrant.ask(f"My boss did not pay my salary for two months {tag()}")
    assert oracle.title("unpaid_wages", "en") in (answer_[0].text or "")
    offer = migrant.keyboard().button("person:unpaid_wages")
    assert offer.label == "Talk to a person"

    words = f"The boss keeps 2 months of wages, 9000 baht {tag()}"
    place = f"Mae Sot, Tak {tag()}"
    ref = await new_case(migrant, fed, words, place, topic="unpaid_wages")

    # The inbox gets the card: reference, topic, urgency and age; not their words or place.
    card = await card_arrives(tg, fed, ref)
    text = card.text or ""
    assert f"Problem: {oracle.title('unpaid_wages', 'en')}" in text
    assert words not in text and place not in text and "Contact" not in text
    assert "\nFrom: Myanmar · Now in: Thailand\n" in text  # as their summary showed
    opened = db.case(ref)
    assert (opened["status"], opened["org"], opened["events"]) == ("new", "FED", ["opened"])

    # Another organisation's caseworker replays every button of the card: refused, by an
    # alert only they see.
    far_welcome = tg.messages_to(far.caseworker)[0]
    for label in STAFF_BUTTONS:
        data = card.button(label).data
        assert data is not None
        # as if they were in FED's group, then from their own chat
        await refused_by_alert(tg, far.caseworker, card, data, REFUSED)
        await refused_by_alert(tg, far.caseworker, far_welcome, data, REFUSED)
    # ... nor can they list it, in their inbox or in FED's.
    tg.group_message(far.inbox, far.caseworker, "/cases")
    no_cases = staff_tr(bot.env, "FAR").gettext("No open cases.")  # FAR reads Thai
    assert no_cases != "No open cases."
    assert (await next_in(tg, far.inbox))[0].text == no_cases
    tg.group_message(fed.inbox, far.caseworker, "/cases")
    [listing] = await next_in(tg, fed.inbox)
    assert listing.text == "Only staff can list cases, in their organisation's inbox."
    tg.group_message(fed.inbox, fed.caseworker, "/cases")
    [listing] = await next_in(tg, fed.inbox)
    assert (listing.text or "").startswith("Open cases of FED:") and f"{ref} · new" in listing.text
    assert " · Myanmar → Thailand" in (listing.text or "")

    # Forged or altered button data, even from FED's own caseworker: refused.
    fed_welcome = tg.messages_to(fed.caseworker)[0]
    accept_data = card.button("Accept").data
    assert accept_data is not None
    for forged in forged_variants(accept_data):
        await refused_by_alert(tg, fed.caseworker, fed_welcome, forged, NOT_VALID)
    assert db.case(ref)["status"] == "new" and db.case(ref)["events"] == ["opened"]
    assert tg.unread(migrant.user_id) == [], "the migrant was told something"

    # Accept, reply, an internal note, the migrant's answer, and close. Accepting gives the
    # caseworker the case in full, in private, and nothing that identifies the person.
    await accept(desk, card, migrant, ref)
    details = desk.details[ref].text or ""
    assert f"Where: {place}" in details and details.endswith(f"In their words:\n{words}")
    assert "\nFrom: Myanmar · Now in: Thailand\n" in details
    assert "Contact: only through this bot (identity hidden): use Reply" in details
    relayed = await reply(desk, card, migrant, ref, f"Which factory, and since when? {tag()}")
    internal = f"Called the labour office, waiting {tag()}"
    await note(desk, card, ref, internal)
    await answer(desk, relayed, migrant, ref, f"A garment factory, since March {tag()}")
    question = await close(desk, card, migrant, ref, unanswered=True)
    resolved = question.button("Resolved").data
    assert resolved is not None
    # a signed outcome, replayed
    await refused_by_alert(tg, far.caseworker, far_welcome, resolved, REFUSED)

    line = await status_in_my_cases(migrant, ref)
    assert " · closed · " in line
    case = db.case(ref)
    assert (case["status"], case["outcome"]) == ("closed", "resolved")
    assert case["events"] == ["opened", "accepted", "replied", "note", "message", "closed"]
    assert db.value("SELECT count(*) FROM cases WHERE uid = ?", migrant.uid) == 1

    # The card came once, and was edited to the case's end; FAR saw nothing of the case; no
    # one at a desk saw who they are.
    await until(lambda: (card.text or "").startswith(f"Case {ref}: closed"), 10, "closed card")
    assert card.labels == ["Reopen"], "for 7 days (exploratory test 9, finding 7)"
    others = [m for m in tg.messages_to(fed.inbox) if ref in (m.text or "") and m.buttons]
    assert others == [card]
    assert not any(ref in seen for seen in texts_seen_by(tg, [far.inbox, far.caseworker]))
    staff_saw = texts_seen_by(tg, [fed.inbox, fed.caseworker, far.inbox, far.caseworker])
    for secret in (str(migrant.user_id), migrant.first_name, "Thiri", migrant.username):
        assert not any(secret in seen for seen in staff_saw), f"staff saw {secret!r}"
    assert not any(internal in seen for seen in texts_seen_by(tg, [migrant.user_id]))
    journal.extend(desk.typed + other_desk.typed)


async def test_a_shortened_or_guessed_signature_is_refused(
    tg: FakeTelegram, db: Db, oracle: Oracle, orgs: dict[str, Org], migrants: list[Migrant]
) -> None:
    fed = orgs["FED"]
    migrant = Migrant(tg, oracle, 918_273_646, "Sokha", "sokha_91")
    migrants.append(migrant)
    await migrant.onboard("en", "MM", "TH")
    ref = await new_case(migrant, fed, f"Agency took my fee and left {tag()}")
    card = await card_arrives(tg, fed, ref)
    open_data = card.button("Open").data
    assert open_data is not None
    head, sig = open_data.rsplit(":", 1)

    # "Open" only shows the case (nothing changes). A one-character signature is one
    # of 64 guesses; the bot's flood limit (20 a minute) slows guessing down, no more.
    forged = [f"{head}:{sig[:4]}", f"{head}:{sig[:1]}"]
    welcome = tg.messages_to(fed.caseworker)[0]
    for data in forged:
        await refused_by_alert(tg, fed.caseworker, welcome, data, NOT_VALID)
    assert db.case(ref)["events"] == ["opened"]


async def test_nothing_anyone_typed_reaches_the_log_even_at_debug(
    tg: FakeTelegram,
    bot: BotProcess,
    db: Db,
    oracle: Oracle,
    migrants: list[Migrant],
    journal: list[str],
) -> None:
    assert bot.env["LOG_LEVEL"] == "DEBUG"
    cwcc = await connect_org(tg, bot.env, "CWCC", inbox=-100_510_003, caseworker=7_510_003)
    desk = Desk(tg, cwcc)
    migrant = Migrant(tg, oracle, 918_273_647, "Srey Pov", "sreypov_22")
    migrants.append(migrant)
    await migrant.onboard("en", "KH", "TH")
    await migrant.ask(f"The employer took my passport and keeps it {tag()}")
    ref = await new_case(
        migrant,
        cwcc,
        f"My passport is with the employer since June {tag()}",
        f"Rayong {tag()}",
        topic="documents_confiscated",
    )
    card = await card_arrives(tg, cwcc, ref)
    await accept(desk, card, migrant, ref)
    relayed = await reply(desk, card, migrant, ref, f"Is your work permit with you? {tag()}")
    await note(desk, card, ref, f"Possible forced labour, ask about debts {tag()}")
    await answer(desk, relayed, migrant, ref, f"No, they keep that too {tag()}")
    await close(desk, card, migrant, ref, "Referred elsewhere", unanswered=True)
    assert db.case(ref)["outcome"] == "referred"

    typed = [*journal, *migrant.typed, *desk.typed]
    assert len(typed) >= 6
    log = bot.log_path.read_text(errors="replace")
    assert "DEBUG" in log, "the log is not at DEBUG level"
    leaked = [text for text in typed if text in log or text.split()[-1] in log]
    assert leaked == [], "typed text in the bot's log"


async def test_a_caseworkers_start_and_menu_are_their_own_help(
    tg: FakeTelegram, bot: BotProcess, orgs: dict[str, Org]
) -> None:
    """User testing, 2026-12-05: a caseworker's /start and /menu showed the migrants'
    greeting and topics. Now their own help, in private and in their inbox, in their
    organisation's language; what migrants see stays one tap away."""
    fed = orgs["FED"]
    # New colleagues: those of the tests above pressed and wrote enough to be slowed down.
    aye, bo = 7_510_101, 7_510_102
    for worker, org in ((aye, "FED"), (bo, "FAR")):
        tg.user(worker, first_name=f"New at {org}")
        tg.user_sends_command(worker, "join", admin_invite(bot.env, org))
        await next_in(tg, worker)  # welcome
    tg.user_sends_command(aye, "start")
    [helped] = await next_in(tg, aye)
    assert (helped.text or "").startswith("You are caseworker for ")
    assert "/cases - open cases (in private or in the inbox group)" in (helped.text or "")
    assert helped.labels == ["Menu for migrants", "Help for migrants"]
    tg.user_presses(aye, helped, "Menu for migrants")
    [menu] = await next_in(tg, aye)  # as a migrant: their language first
    assert "English" in menu.labels
    tg.group_message(fed.inbox, aye, "/menu")
    [in_group] = await next_in(tg, fed.inbox)
    assert (in_group.text or "").startswith("You are caseworker for ") and not in_group.labels
    _ = staff_tr(bot.env, "FAR").gettext  # FAR reads Thai
    tg.user_sends_command(bo, "menu")
    [thai] = await next_in(tg, bo)
    assert _("/cancel - stop a Reply, Note or Decline you started") in (thai.text or "")
    assert "/cancel - stop" not in (thai.text or "")
