"""A caseworker's typed words when the case changed while they typed (exploratory test 2,
sections 2, 3, 4 and 11): a decline never takes a case a colleague accepted meanwhile, and a
reply or note that cannot be used is explained and given back, never silently dropped."""

from __future__ import annotations

import asyncio
import datetime as dt

from referral_helpers import ORG_CHAT, Harness
from sqlalchemy import event

from bot.dialogue import referral_form
from bot.referrals import deadlines, revoking
from bot.storage.models import Case, CaseEvent, CaseMessage, utcnow

MIGRANT = "tg:5001"
INBOX = ORG_CHAT["ALPHA"]


def test_an_admins_decline_leaves_a_case_a_colleague_accepted_meanwhile(harness: Harness):
    harness.connect_inbox("GAMMA")
    case = harness.sent_case(MIGRANT)
    boss = harness.join_named("ALPHA", 7100, "Admin", "admin")
    bo = harness.join_named("ALPHA", 7002, "Bo")
    harness.staff_press(boss, INBOX, "dec", case.id)
    harness.staff_press(bo, INBOX, "acc", case.id)
    told_person = len(harness.texts_to(5001))
    [said] = harness.staff_text(boss, "we are full this week")
    assert said.text == f"Bo accepted case {case.ref} meanwhile; nothing was declined."
    after = harness.only(Case)
    assert (after.org_id, after.status) == ("ALPHA", "accepted")
    assert not [m for m in harness.all(CaseMessage) if m.kind == "decline"], "reason not kept"
    assert len(harness.texts_to(5001)) == told_person, "the person hears nothing more"


def test_a_caseworkers_decline_says_who_accepted_the_case(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye, bo = harness.join_named("ALPHA", 7001, "Aye"), harness.join_named("ALPHA", 7002, "Bo")
    harness.staff_press(aye, INBOX, "dec", case.id)
    harness.staff_press(bo, INBOX, "acc", case.id)
    [said] = harness.staff_text(aye, "not ours")
    assert said.text == f"Bo accepted case {case.ref} meanwhile; nothing was declined."
    assert harness.only(Case).status == "accepted"
    assert not [m for m in harness.all(CaseMessage) if m.kind == "decline"]


def test_decline_on_an_accepted_case_is_refused_at_the_press(harness: Harness):
    case = harness.sent_case(MIGRANT)
    boss = harness.join_named("ALPHA", 7100, "Admin", "admin")
    bo = harness.join_named("ALPHA", 7002, "Bo")
    harness.staff_press(bo, INBOX, "acc", case.id)
    [said] = harness.staff_press(boss, bo, "dec", case.id)
    assert said.alert and said.text.startswith("Bo accepted case")


def test_a_second_reply_to_a_new_case_is_explained_and_given_back(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye, bo = harness.join_named("ALPHA", 7001, "Aye"), harness.join_named("ALPHA", 7002, "Bo")
    harness.staff_press(aye, INBOX, "rep", case.id)
    harness.staff_press(bo, INBOX, "rep", case.id)
    harness.staff_text(bo, "Hi from Bo: where do you work?")
    why, words = harness.staff_text(aye, "Hi from Aye: do you have a contract?")
    assert why.chat_id == words.chat_id == aye
    assert why.text.startswith(f"Bo took case {case.ref} before you sent this.")
    assert "not sent" in why.text
    assert words.text == "Hi from Aye: do you have a contract?"
    assert not any("from Aye" in t for t in harness.texts_to(5001))


def test_a_note_on_a_closed_case_is_given_back_with_the_reason(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    harness.staff_press(aye, INBOX, "acc", case.id)
    harness.staff_press(aye, INBOX, "note", case.id)
    harness.close(aye, INBOX, case.id)
    why, words = harness.staff_text(aye, "called the employer")
    assert why.text.startswith(f"Case {case.ref}: closed (Resolved)")
    assert words.text == "called the employer"


def test_a_reply_after_the_case_was_passed_on_says_so(harness: Harness):
    harness.connect_inbox("GAMMA")
    case = harness.sent_case(MIGRANT)
    aye, bo = harness.join_named("ALPHA", 7001, "Aye"), harness.join_named("ALPHA", 7002, "Bo")
    harness.staff_press(aye, INBOX, "rep", case.id)
    harness.staff_press(bo, INBOX, "dec", case.id)
    harness.staff_text(bo, "outside our area")
    why, words = harness.staff_text(aye, "a question")
    assert why.text.startswith(f"Case {case.ref}: passed to another organisation")
    assert words.text == "a question"


def test_a_revoked_members_text_is_refused_in_the_staff_language(harness: Harness):
    harness.connect_inbox("DELTA")  # a Thai-speaking partner (fixture partners.yml)
    case = harness.sent_case(MIGRANT)
    with harness.store.sessions.begin() as session:  # no route sends one there: moved by hand
        moved = session.get(Case, case.id)
        moved.org_id, moved.tried_orgs = "DELTA", "DELTA"
    worker = harness.join_named("DELTA", 7301, "Chit")
    harness.staff_press(worker, ORG_CHAT["DELTA"], "rep", case.id)
    with harness.store.sessions.begin() as session:
        revoking.revoke_member(session, "DELTA", worker, harness.service.kit)
    why, words = harness.staff_text(worker, "a reply")
    assert "You cannot act" not in why.text and "Your text" not in why.text
    # Why, in Thai: their access was removed (exploratory test 9, staff finding 9).
    assert why.text.split("\n")[0] == revoking.removed_line(harness.service.kit, "DELTA")
    assert "คุณ" in why.text
    assert words.text == "a reply"


# --- the person's side (section 1) ----------------------------------------------------------
def test_an_answer_typed_after_the_case_closed_is_given_back_with_the_way_to_a_person(
    harness: Harness,
):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    harness.staff_press(aye, INBOX, "acc", case.id)
    harness.press(MIGRANT, f"ans:{case.ref}")
    harness.close(aye, INBOX, case.id)
    # typed after the reopening window: within it the words go to who closed it
    # (tests/referrals/test_answer_after_close.py)
    with harness.store.sessions.begin() as session:
        closed = session.get(Case, case.id)
        assert closed is not None
        closed.closed_at = utcnow() - dt.timedelta(days=8)
    to_staff = len(harness.texts_to(aye))
    words = "Sorry, one more thing: my friend also not paid, 5 people"
    told, echoed = harness.say(MIGRANT, words)
    assert told.text.startswith(f"Your case {case.ref} was closed, so this was not sent.")
    assert "old" not in told.text
    assert echoed.text == words
    buttons = [b.data for row in echoed.buttons for b in row]
    assert buttons == ["person:unpaid_wages", "menu"]
    assert len(harness.texts_to(aye)) == to_staff
    assert not [m for m in harness.all(CaseMessage) if m.kind == "to_staff"]
    harness.press(MIGRANT, "person:unpaid_wages")
    form = dict(harness.state(MIGRANT).form or {})
    form.pop(referral_form.TOUCHED_AT)  # when its question was shown
    assert form == {"topic": "unpaid_wages"}  # a new request


# --- a caseworker leaving, or away (section 4) ------------------------------------------------
def test_revoking_a_caseworker_puts_their_cases_back_in_the_inbox_and_lists_them(
    harness: Harness,
):
    case = harness.sent_case(MIGRANT)
    aye, bo = harness.join_named("ALPHA", 7001, "Aye"), harness.join_named("ALPHA", 7002, "Bo")
    harness.staff_press(aye, INBOX, "acc", case.id)
    told_person = len(harness.texts_to(5001))
    with harness.store.sessions.begin() as session:
        assert (
            revoking.revoke_member(session, "ALPHA", aye, harness.service.kit).result == "removed"
        )
    back = harness.only(Case)
    assert (back.status, back.assigned_staff_id) == ("new", None)
    group = harness.texts_to(INBOX)
    notice = next(t for t in group if t.startswith("Access removed"))
    assert f"back in the inbox for anyone to accept: {case.ref}." in notice
    assert any(t.startswith(f"New case {case.ref}") for t in group[-2:]), "the card is new again"
    said = harness.staff_press(bo, INBOX, "acc", case.id)
    assert said[0].text == f"Case {case.ref} accepted by Bo."
    assert len(harness.texts_to(5001)) == told_person, "the person was told 'accepted' once"


def test_an_accepted_case_nobody_answers_is_reminded_to_the_holder_and_the_inbox(
    harness: Harness,
):
    case = harness.sent_case(MIGRANT)  # not urgent, ALPHA's target 24 hours
    aye = harness.join_named("ALPHA", 7001, "Aye")
    harness.staff_press(aye, INBOX, "acc", case.id)
    start = utcnow()
    assert harness.desk.check_deadlines(start + dt.timedelta(hours=49)) == 0
    assert harness.desk.check_deadlines(start + dt.timedelta(hours=73)) == 1
    nudge = f"Reminder, past the response target:\n/case_{case.ref}: held by Aye, no answer to the"
    assert harness.texts_to(INBOX)[-1].startswith(nudge)
    private = nudge.replace("Reminder,", "Reminder for Alpha Aid (fixture),")
    assert harness.texts_to(aye)[-1].startswith(private)  # in private: whose case it is
    assert harness.desk.check_deadlines(start + dt.timedelta(hours=100)) == 0
    assert harness.desk.check_deadlines(start + dt.timedelta(hours=146)) == 1  # again
    assert harness.only(Case).status == "accepted"
    reminded = [e.detail for e in harness.all(CaseEvent) if e.action == "reminded"]
    assert reminded == ["not answered", "not answered"]
    harness.staff_press(aye, INBOX, "rep", case.id)
    harness.staff_text(aye, "I called your employer.")
    assert harness.desk.check_deadlines(start + dt.timedelta(days=30)) == 0


def test_the_deadline_check_reads_every_accepted_case_in_a_few_queries(harness: Harness):
    """Once a minute: with 1,200 accepted cases it must not ask the database once per case
    (it did), and each case must still be judged by its own latest event."""
    harness.connect_inbox("ALPHA")
    start = utcnow()
    histories = [("accepted",), ("accepted", "replied"), ("accepted", "replied", "message")]
    with harness.store.sessions.begin() as session:
        cases = [
            Case(
                ref=f"H{n:05d}", uid=f"tg:{9000 + n}", org_id="ALPHA", topic="unpaid_wages",
                language="en", contact_method="bot", status="accepted", tried_orgs="ALPHA",
            )
            for n in range(1200)
        ]  # fmt: skip
        session.add_all(cases)
        session.flush()
        for n, case in enumerate(cases):
            for action in histories[n % 3]:
                session.add(CaseEvent(case_id=case.id, actor="x", action=action, at=start))
    statements: list[str] = []

    def count(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(harness.engine, "before_cursor_execute", count)
    try:
        with harness.store.sessions() as session:
            due = deadlines.overdue(session, harness.service.kit, start + dt.timedelta(hours=73))
    finally:
        event.remove(harness.engine, "before_cursor_execute", count)
    assert sorted(item.case.ref for item in due if item.action == "answer") == [
        f"H{n:05d}" for n in range(1200) if n % 3 != 1
    ], "waiting since acceptance or since their own message; a reply answers"
    assert len(statements) <= 10, f"{len(statements)} queries for 1,200 cases"


# --- a way out of Reply, and the end of a case (sections 10 and 11) ---------------------------
def test_a_reply_prompt_has_a_cancel_button_that_drops_the_step(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    [prompt] = harness.staff_press(aye, INBOX, "rep", case.id)
    [[cancel]] = prompt.buttons
    assert cancel.label == "Cancel"
    [said] = harness.desk.button(aye, aye, cancel.data)
    assert said.text == "Cancelled. Nothing was sent."
    assert harness.state("tg:7001").step is None
    [again] = harness.desk.button(aye, aye, cancel.data)  # nothing left to cancel
    assert again.alert and again.text == "Nothing is waiting for your text."


def test_slash_cancel_from_a_caseworker_is_answered_in_staff_words(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    harness.staff_press(aye, INBOX, "dec", case.id)
    [said] = harness.desk.cancel(aye)
    assert said.text == "Cancelled. Nothing was declined." and not said.buttons
    assert harness.state("tg:7001").step is None
    assert harness.desk.cancel(aye) == [], "then /cancel is the dialogue's, as for anyone"
    assert harness.only(Case).status == "new"


def test_slash_cancel_reaches_the_desk_before_the_migrant_menu(monkeypatch):
    from types import SimpleNamespace

    from bot.telegram import handlers

    said: list[object] = []

    async def say(_context, items, _update_id):
        said.extend(items)
        return True

    async def respond(*_args, **_kwargs):
        said.append("dialogue")

    desk = SimpleNamespace(cancel=lambda user_id: [f"cancelled for {user_id}"])
    monkeypatch.setattr(handlers, "say", say)
    monkeypatch.setattr(handlers, "respond", respond)

    async def no_admin(*_args):
        return False

    monkeypatch.setattr(handlers.org_admin, "command", no_admin)
    update = SimpleNamespace(
        effective_message=SimpleNamespace(text="/cancel"),
        effective_user=SimpleNamespace(id=7001),
        effective_chat=SimpleNamespace(id=7001),
        update_id=1,
    )
    context = SimpleNamespace(bot_data={handlers.DESK: desk})
    asyncio.run(handlers.on_command(update, context))  # type: ignore[arg-type]
    assert said == ["cancelled for 7001"]
    desk.cancel = lambda _user_id: []
    said.clear()
    asyncio.run(handlers.on_command(update, context))  # type: ignore[arg-type]
    assert said == ["dialogue"]


def test_the_holder_is_told_in_private_when_the_person_withdraws(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    harness.staff_press(aye, INBOX, "acc", case.id)
    harness.press(MIGRANT, f"wd:{case.ref}:yes")
    told = harness.texts_to(aye)[-1]
    assert told == (
        f"The person withdrew case {case.ref}. Nothing more can be sent to them about it."
    )


def test_the_holder_is_told_when_the_person_deletes_their_data(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    harness.staff_press(aye, INBOX, "acc", case.id)
    harness.command(MIGRANT, "delete_my_data")
    harness.press(MIGRANT, "del:yes")
    assert harness.only(Case).status == "withdrawn"
    assert harness.texts_to(aye)[-1].startswith(f"The person withdrew case {case.ref}.")
    assert "my boss" not in harness.texts_to(aye)[-1]


def test_a_press_on_a_case_a_colleague_holds_says_who_holds_it(harness: Harness):
    # "You cannot act on this case." told a colleague nothing; an outsider still learns
    # nothing about the case.
    case = harness.sent_case(MIGRANT)
    aye, bo = harness.join_named("ALPHA", 7001, "Aye"), harness.join_named("ALPHA", 7002, "Bo")
    harness.staff_press(bo, INBOX, "acc", case.id)
    for action in ("rep", "note", "open", "dec"):
        [said] = harness.staff_press(aye, INBOX, action, case.id)
        assert said.alert and said.text.startswith(f"Bo accepted case {case.ref}"), action
    outsider = harness.join_named("BETA", 7300, "Cy")
    [said] = harness.staff_press(outsider, INBOX, "rep", case.id)
    assert said.text == "You cannot act on this case."
