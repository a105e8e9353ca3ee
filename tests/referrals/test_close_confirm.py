"""Closing a case (exploratory test 7, finding 8): an outcome tap asks "Close case X as ...?"
and nothing reaches the person before "Yes, close"; the History of a closed case stays
readable, to its organisation's staff, while its words are kept (retention)."""

from __future__ import annotations

import datetime as dt

from referral_helpers import ORG_CHAT, Harness

from bot.desk import Said
from bot.referrals import retention
from bot.storage.models import Case, CaseEvent, utcnow

MIGRANT = "tg:5001"
PERSON = 5001
INBOX = ORG_CHAT["ALPHA"]


def labels(said: Said) -> list[str]:
    return [b.label for row in said.buttons for b in row]


def button(said: Said, label: str) -> str:
    [data] = [b.data for row in said.buttons for b in row if b.label == label]
    return data


def test_an_outcome_asks_first_and_nothing_reaches_the_person_before_yes(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    harness.staff_press(aye, INBOX, "acc", case.id)
    told_person = len(harness.texts_to(PERSON))
    [question] = harness.staff_press(aye, INBOX, "close", case.id)
    [confirm] = harness.desk.button(aye, aye, button(question, "Could not reach them"))
    assert confirm.chat_id == aye and not confirm.alert
    assert confirm.text.startswith(f"Close case {case.ref} as: Could not reach them?")
    assert labels(confirm) == ["Yes, close", "Back"]
    assert harness.only(Case).status == "accepted"
    assert len(harness.texts_to(PERSON)) == told_person, "the person is told nothing yet"
    assert "closed" not in [e.action for e in harness.all(CaseEvent)]

    [back] = harness.desk.button(aye, aye, button(confirm, "Back"))
    assert back.text == f"How did case {case.ref} end?"
    [confirm] = harness.desk.button(aye, aye, button(back, "Resolved"))
    [closed] = harness.desk.button(aye, aye, button(confirm, "Yes, close"))
    assert closed.text == f"Case {case.ref} closed."
    assert labels(closed) == ["History", "Reopen"]  # reopen: exploratory test 9, finding 7
    after = harness.only(Case)
    assert (after.status, after.outcome) == ("closed", "resolved")
    assert harness.texts_to(PERSON)[-1] == (
        f"Alpha Aid (fixture) closed your case {case.ref}. You can ask for help again any time."
    )
    [again] = harness.desk.button(aye, aye, button(confirm, "Yes, close"))
    assert again.alert and again.text == f"Case {case.ref}: closed (Resolved)"
    assert len(harness.texts_to(PERSON)) == told_person + 1


def test_a_confirmation_is_only_for_who_may_close_the_case(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye, bo = harness.join_named("ALPHA", 7001, "Aye"), harness.join_named("ALPHA", 7002, "Bo")
    harness.staff_press(aye, INBOX, "acc", case.id)
    [confirm] = harness.staff_press(aye, aye, "cres", case.id)
    [refused] = harness.desk.button(bo, bo, button(confirm, "Yes, close"))
    assert refused.alert and refused.text.startswith(f"Aye accepted case {case.ref}")
    assert harness.only(Case).status == "accepted"


def test_the_history_of_a_closed_case_is_read_until_retention_erases_its_words(
    harness: Harness,
):
    case = harness.sent_case(MIGRANT)
    aye, bo = harness.join_named("ALPHA", 7001, "Aye"), harness.join_named("ALPHA", 7002, "Bo")
    boss = harness.join_named("ALPHA", 7100, "Chenda", "admin")
    outsider = harness.join_named("BETA", 7300, "Cy")
    harness.staff_press(aye, INBOX, "acc", case.id)
    harness.staff_press(aye, INBOX, "note", case.id)
    harness.staff_text(aye, "called the employer")
    [closed] = harness.close(aye, aye, case.id, "cnoc")
    pages = harness.desk.button(aye, aye, button(closed, "History"))
    assert [page.chat_id for page in pages] == [aye] and not pages[0].alert
    text = "\n".join(page.text for page in pages)
    assert text.startswith(f"Case {case.ref}: closed (Could not reach them)\nHistory of case")
    assert "my boss owes me" in text and "called the employer" in text
    assert harness.only(Case).status == "closed", "read only"
    told_person = len(harness.texts_to(PERSON))
    [by_admin, *_more] = harness.staff_press(boss, boss, "hist", case.id)
    assert "called the employer" in by_admin.text, "the organisation's admin reads it too"
    [colleague] = harness.staff_press(bo, bo, "hist", case.id)
    assert colleague.alert and "called the employer" not in colleague.text
    [stranger] = harness.staff_press(outsider, outsider, "hist", case.id)
    assert stranger.alert and stranger.text == "You cannot act on this case."
    for refused in ("rep", "note", "close", "cres", "rel"):
        [said] = harness.staff_press(aye, aye, refused, case.id)
        assert said.alert and said.text == f"Case {case.ref}: closed (Could not reach them)", (
            refused
        )
    assert len(harness.texts_to(PERSON)) == told_person

    with harness.store.sessions.begin() as session:
        retention.purge(session, harness.service.kit, utcnow() + dt.timedelta(days=91), 90, 365)
    [gone] = harness.staff_press(aye, aye, "hist", case.id)
    assert gone.alert and gone.text == f"The conversation of case {case.ref} is no longer kept."


def test_the_question_says_when_the_persons_latest_message_has_no_answer(harness: Harness):
    """Round 17A: "the boss hits me, help", sent after the caseworker's last word, and then
    a Close whose question said nothing of it: the person read only that the case was
    closed. The question now says so first; a reply, or reaching them, answers it."""
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    harness.staff_press(aye, INBOX, "acc", case.id)
    unanswered = "The person's latest message has no answer yet."
    [confirm] = harness.staff_press(aye, aye, "cres", case.id)
    assert unanswered not in confirm.text, "accepted, nothing written yet: no message waits"

    harness.staff_press(aye, INBOX, "rep", case.id)
    harness.staff_text(aye, "We will call your employer today.")
    harness.press(MIGRANT, f"ans:{case.ref}")
    harness.say(MIGRANT, "ថៅកែវាយខ្ញុំ ជួយផង")
    [confirm] = harness.staff_press(aye, aye, "cres", case.id)
    assert confirm.text.startswith(unanswered + f"\nClose case {case.ref} as: Resolved?")

    harness.staff_press(aye, INBOX, "rep", case.id)
    harness.staff_text(aye, "I am calling you now.")
    [confirm] = harness.staff_press(aye, aye, "cres", case.id)
    assert confirm.text.startswith(f"Close case {case.ref} as: Resolved?")
