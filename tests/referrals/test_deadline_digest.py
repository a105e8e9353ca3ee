"""The response-time job over a working week (exploratory test 7, the CSO side): a case
waiting for an organisation that never connects moves to one that can take it (finding 1);
a person answered by phone stops the reminders (3); the card shows how long the person has
really waited (4); one reminder list per chat per run, urgent cases first (9); the bot's own
events are nobody's "last activity" (12)."""

from __future__ import annotations

import datetime as dt

from referral_helpers import ORG_CHAT, Harness
from sqlalchemy import event, update

from bot.outbox.queue import PRIORITY_URGENT
from bot.referrals import deadlines
from bot.referrals.digest import DIGEST_LINES
from bot.reports.numbers import case_numbers
from bot.storage.models import Case, CaseEvent, Outbox, Staff, utcnow

MIGRANT = "tg:5001"
PERSON_CHAT = 5001
ALPHA, GAMMA = ORG_CHAT["ALPHA"], ORG_CHAT["GAMMA"]


def send_form(
    harness: Harness, urgent: bool, contact: str = "bot", words: str = "my boss keeps my pay"
) -> Case:
    """A person from Cambodia in Thailand sends a case about unpaid wages, to be reached
    through the bot or (`contact` "phone") by phone."""
    urgency = "yes" if urgent else "no"
    if contact == "phone":
        harness.press_send(MIGRANT, harness.phone_summary(MIGRANT, words, urgent=urgency))
    else:
        harness.profile(MIGRANT, "KH", "TH")
        harness.fill_form(MIGRANT, "unpaid_wages", words, urgent=urgency)
    case: Case = harness.only(Case)
    assert case.urgent == urgent
    return case


def backdate(harness: Harness, hours: float, reminded: bool = False) -> None:
    """Every case and its events as if they happened `hours` ago (and, with `reminded`,
    as if the inbox was reminded then)."""
    then = utcnow() - dt.timedelta(hours=hours)
    values = {"created_at": then, "routed_at": then, "reminded_at": then if reminded else None}
    with harness.store.sessions.begin() as session:
        session.execute(update(Case).values(**values))
        session.execute(update(CaseEvent).values(at=then))


def cards_in(harness: Harness, chat: int) -> list[str]:
    """The versions of case cards sent to a chat (rows with a live slot), oldest first."""
    rows = [row for row in harness.all(Outbox) if row.chat_id == chat]
    texts = harness.texts_to(chat)
    return [text for row, text in zip(rows, texts, strict=True) if row.slot]


def posts_in(harness: Harness, chat: int) -> list[str]:
    """The messages posted to a chat that are no card."""
    rows = [row for row in harness.all(Outbox) if row.chat_id == chat]
    texts = harness.texts_to(chat)
    return [text for row, text in zip(rows, texts, strict=True) if not row.slot]


# --- finding 1: a case waiting for an inbox that never connects ----------------------------
def test_an_urgent_case_waiting_for_an_unconnected_inbox_goes_to_the_connected_fallback(
    harness: Harness,
):
    case = send_form(harness, urgent=True, words="boss locked us in, took passports, help")
    assert (case.org_id, case.status) == ("ALPHA", "waiting")  # no inbox at all yet
    harness.connect_inbox("GAMMA")  # the fallback connects; ALPHA never does
    assert harness.only(Case).status == "waiting"
    start = utcnow()
    assert harness.desk.check_deadlines(start + dt.timedelta(minutes=30)) == 0  # ALPHA's turn
    assert harness.desk.check_deadlines(start + dt.timedelta(minutes=65)) == 1
    moved = harness.only(Case)
    # ALPHA never had it in an inbox: it may still get it (exploratory test 8, finding 3).
    assert (moved.org_id, moved.status, moved.tried_orgs) == ("GAMMA", "new", "GAMMA")
    assert cards_in(harness, GAMMA)[-1].startswith(f"🔴 URGENT\nNew case {case.ref}")
    told = harness.texts_to(PERSON_CHAT)[-1]
    assert told == f"Your case {case.ref} was passed to Gamma Door (fixture)."
    rerouted = [e.detail for e in harness.all(CaseEvent) if e.action == "rerouted"]
    assert rerouted == ["no inbox in time; to GAMMA"]


def test_an_ordinary_waiting_case_moves_after_its_target_and_only_to_a_connected_one(
    harness: Harness,
):
    case = send_form(harness, urgent=False)
    start = utcnow()
    assert harness.desk.check_deadlines(start + dt.timedelta(hours=30)) == 0, "none to go to"
    harness.connect_inbox("BETA")  # not one of this case's organisations (Myanmar → Thailand)
    assert harness.desk.check_deadlines(start + dt.timedelta(hours=31)) == 0
    assert harness.only(Case).status == "waiting"
    harness.connect_inbox("GAMMA")
    assert harness.desk.check_deadlines(start + dt.timedelta(hours=32)) == 1
    assert (harness.only(Case).org_id, harness.only(Case).status) == ("GAMMA", "new")
    assert harness.texts_to(PERSON_CHAT)[-1].endswith("was passed to Gamma Door (fixture).")
    # The organisation that never had an inbox missed no target: none ran there.
    with harness.store.sessions() as session:
        alpha = case_numbers(session, "ALPHA", 8, {"ALPHA": 24.0}, utcnow())
    assert alpha.fates[1] == 1 and alpha.timing == (0, 0, 1), (alpha.fates, alpha.timing)
    assert case.ref  # the same case throughout


def test_the_deadline_check_reads_waiting_cases_in_a_few_queries(harness: Harness):
    """Every minute: 600 cases waiting past their target for an inbox, with other inboxes
    connected, are judged without a query per case."""
    harness.connect_inbox("DELTA")  # connected, but no case's organisation
    old = utcnow() - dt.timedelta(hours=30)
    with harness.store.sessions.begin() as session:
        session.add_all(
            Case(
                ref=f"W{n:05d}", uid=f"tg:{9000 + n}", org_id="ALPHA", topic="unpaid_wages",
                language="en", contact_method="bot", status="waiting", tried_orgs="ALPHA",
                agreed_orgs="ALPHA,GAMMA", created_at=old, routed_at=old,
            )
            for n in range(600)
        )  # fmt: skip
    statements: list[str] = []

    def count(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    kit = harness.service.kit
    event.listen(harness.engine, "before_cursor_execute", count)
    try:
        with harness.store.sessions() as session:
            stuck = deadlines.overdue(session, kit, utcnow())
        harness.connect_inbox("GAMMA")  # now the fallback can take every one of them
        before = len(statements)
        with harness.store.sessions() as session:
            due = deadlines.overdue(session, kit, utcnow())
        after = len(statements) - before
    finally:
        event.remove(harness.engine, "before_cursor_execute", count)
    assert stuck == [] and len(statements) - after <= 20, statements
    assert [item.action for item in due] == ["move"] * 600
    assert after <= 10, f"{after} queries for 600 waiting cases"


# --- finding 3: answered by phone --------------------------------------------------------------
def test_a_caseworker_who_reached_the_person_by_phone_stops_the_reminders(harness: Harness):
    harness.connect_inbox("ALPHA")
    sokha = harness.join_named("ALPHA", 7001, "Sokha")
    case = send_form(harness, urgent=True, contact="phone", words="they beat me, help")
    said = harness.staff_press(sokha, ALPHA, "acc", case.id)
    details = [b.label for row in said[-1].buttons for b in row]
    assert "Reached them" in details
    card = harness.outbox_to(ALPHA)[-1]
    assert "Reached them" in [b["label"] for row in card["buttons"] for b in row]
    start = utcnow()
    # A note answers no one ("tried to call, no answer" is a note too): still reminded.
    harness.staff_press(sokha, sokha, "note", case.id)
    harness.staff_text(sokha, "Tried to call 10:00, no answer.")
    assert harness.desk.check_deadlines(start + dt.timedelta(minutes=65)) == 1
    told_person = len(harness.texts_to(PERSON_CHAT))
    [prompt] = harness.staff_press(sokha, sokha, "rch", case.id)
    assert prompt.text.startswith(f"Write what you said to the person of case {case.ref}")
    [done] = harness.staff_text(sokha, "Called her 10:05. Safe now at a friend's house.")
    assert done.text.startswith(f"Saved on case {case.ref}: you reached the person.")
    assert len(harness.texts_to(PERSON_CHAT)) == told_person, "the bot sends them nothing"
    for minutes in (130, 200, 600):
        assert harness.desk.check_deadlines(start + dt.timedelta(minutes=minutes)) == 0
    [noted, reached] = [e.action for e in harness.all(CaseEvent) if e.action in ("note", "reached")]
    assert (noted, reached) == ("note", "reached")
    # Their next message through the bot waits for an answer again.
    harness.press(MIGRANT, f"ans:{case.ref}")
    harness.say(MIGRANT, "please come today")
    assert harness.desk.check_deadlines(start + dt.timedelta(minutes=700)) == 1


def test_reached_them_is_only_for_a_person_who_gave_a_phone_or_an_account(harness: Harness):
    harness.connect_inbox("ALPHA")
    aye = harness.join_named("ALPHA", 7001, "Aye")
    case = send_form(harness, urgent=False)  # through the bot only: no one to call
    said = harness.staff_press(aye, ALPHA, "acc", case.id)
    assert "Reached them" not in [b.label for row in said[-1].buttons for b in row]
    [refused] = harness.staff_press(aye, aye, "rch", case.id)
    assert refused.alert and refused.text == "You cannot act on this case."


# --- finding 4: the card's waiting time --------------------------------------------------------
def test_a_case_delivered_after_two_days_shows_how_long_it_waited(harness: Harness):
    send_form(harness, urgent=False)
    backdate(harness, hours=49)
    harness.connect_inbox("ALPHA")
    card = cards_in(harness, ALPHA)[-1]
    assert "\nWaiting: 2 days (response target 24 hours)\n" in card
    # Alpha Aid's target runs from when the case reached it (tests/referrals/
    # test_target_at_this_org.py): just now, so not past it yet.
    assert "⏰ Past the response target." not in card
    worker = harness.join_named("ALPHA", 7001, "Aye")
    said = harness.staff_press(worker, ALPHA, "open", harness.only(Case).id)
    assert "\nAge: 2 days\n" in said[0].text


def test_an_urgent_case_reminded_again_at_the_last_organisation_keeps_its_age(harness: Harness):
    harness.connect_inbox("GAMMA")  # the only inbox: nowhere else to go
    send_form(harness, urgent=True)
    backdate(harness, hours=51, reminded=True)
    assert harness.desk.check_deadlines(utcnow()) == 1  # "nowhere else to go": reminded again
    card = cards_in(harness, GAMMA)[-1]
    assert card.startswith("🔴 URGENT\nNew case")
    assert "\nWaiting: 2 days (response target 60 minutes)\n⏰ Past the response target." in card


# --- finding 12: the bot's own events are nobody's activity ------------------------------------
def test_a_reminder_is_not_last_activity_on_the_card(harness: Harness):
    harness.connect_inbox("ALPHA")
    send_form(harness, urgent=False)
    backdate(harness, hours=30)
    assert harness.desk.check_deadlines(utcnow()) == 1
    card = cards_in(harness, ALPHA)[-1]
    assert "⏰ Past the response target." in card
    assert "\nLast activity: 30 hours ago" in card and "just now" not in card


# --- finding 9: one list per chat per run ------------------------------------------------------
def many_overdue(harness: Harness, new: int, urgent_every: int, held: int = 0) -> list[str]:
    """`new` cases past ALPHA's target, every `urgent_every`-th urgent, and `held` accepted
    ones nobody answered for four days, held by Aye (Telegram id 7001)."""
    harness.connect_inbox("ALPHA")
    harness.join_named("ALPHA", 7001, "Aye")
    [aye] = harness.all(Staff)
    old, late = utcnow() - dt.timedelta(hours=96), utcnow() - dt.timedelta(hours=25)
    with harness.store.sessions.begin() as session:
        rows = [
            Case(
                ref=f"R{n:05d}", uid=f"tg:{9000 + n}", org_id="ALPHA", topic="unpaid_wages",
                language="en", contact_method="bot", status="new", tried_orgs="ALPHA",
                urgent=n % urgent_every == urgent_every - 1,
                created_at=old + dt.timedelta(minutes=n + 1), routed_at=late,
            )
            for n in range(new)
        ] + [
            Case(
                ref=f"H{n:05d}", uid=f"tg:{8000 + n}", org_id="ALPHA", topic="unpaid_wages",
                language="en", contact_method="phone", status="accepted", tried_orgs="ALPHA",
                assigned_staff_id=aye.id, created_at=old, routed_at=old,
            )
            for n in range(held)
        ]  # fmt: skip
        session.add_all(rows)
        session.flush()
        for row in rows[new:]:
            session.add(
                CaseEvent(case_id=row.id, actor=f"staff:{aye.id}", action="accepted", at=old)
            )
    return [row.ref for row in rows]


def test_one_deadline_run_posts_one_list_per_inbox_urgent_first(harness: Harness):
    refs = many_overdue(harness, new=40, urgent_every=10, held=3)
    assert harness.desk.check_deadlines(utcnow()) == 43
    [digest] = posts_in(harness, ALPHA)
    lines = digest.split("\n")
    assert lines[0] == "🔴 Reminder, past the response target:"
    urgent = [ref for n, ref in enumerate(refs[:40]) if n % 10 == 9]
    assert [line[:14] for line in lines[1:5]] == [f"🔴 /case_{ref}" for ref in urgent]
    assert lines[1] == f"🔴 /case_{urgent[0]}: not accepted, waiting 4 days"
    assert lines[5] == f"/case_{refs[40]}: held by Aye, no answer to the person for 4 days"
    assert len(lines) == 1 + DIGEST_LINES + 3
    assert lines[1 + DIGEST_LINES] == f"… and {43 - DIGEST_LINES} more."
    assert lines[-2].startswith("If the one holding a case is away, an admin can hand it over")
    assert lines[-1].startswith('Reached the person by phone or on Telegram? Press "Reached them"')
    rows = [row for row in harness.all(Outbox) if row.chat_id == ALPHA]
    [post] = [row for row in rows if not row.slot]
    assert post.priority == PRIORITY_URGENT, "sent before anything else waiting"
    edits = [row for row in rows if row.slot]  # the cards of the cases not accepted
    assert len(edits) == 40 and min(row.id for row in edits) > post.id, "the list goes first"
    [private] = harness.texts_to(7001)  # the holder: their own cases, in one message
    assert private.startswith(
        "Reminder for Alpha Aid (fixture), past the response target:\n/case_H00000: held by Aye"
    )
    assert len(private.split("\n")) == 1 + 3 + 1


def test_a_list_with_no_urgent_case_takes_its_ordinary_turn(harness: Harness):
    many_overdue(harness, new=3, urgent_every=1000)
    assert harness.desk.check_deadlines(utcnow()) == 3
    [post] = [row for row in harness.all(Outbox) if row.chat_id == ALPHA and not row.slot]
    assert post.priority == 0
    assert posts_in(harness, ALPHA)[0].split("\n") == [
        "Reminder, past the response target:",
        "/case_R00000: not accepted, waiting 4 days",
        "/case_R00001: not accepted, waiting 4 days",
        "/case_R00002: not accepted, waiting 4 days",
    ]


def test_an_ordinary_reminder_again_is_only_in_the_list_not_a_card_edit(harness: Harness):
    """At the last organisation a case is reminded again each period: its card already
    shows it past its target, and 140 edits at once would hold up the inbox's new cases
    (about 20 messages a minute to a group); an urgent card is kept near its true age."""
    harness.connect_inbox("GAMMA")
    send_form(harness, urgent=False)
    backdate(harness, hours=40, reminded=True)
    cards_before = len(cards_in(harness, GAMMA))
    assert harness.desk.check_deadlines(utcnow()) == 1
    assert len(cards_in(harness, GAMMA)) == cards_before
    [post] = posts_in(harness, GAMMA)
    assert post.endswith(": not accepted, waiting 40 hours")
