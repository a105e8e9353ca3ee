"""The person's Answer under a caseworker's earlier message, on a case closed within the
reopening window (bot/referrals/closed.py): their words reach the organisation that closed
it, the closer in private with Reopen, the inbox with Reopen and none of their words; the
person reads that the case is closed, that the organisation was told and may reopen it, and
how to ask for help again. A case that cannot be reopened any more gets "closed" and Talk to
a person, not "That button is old"."""

from __future__ import annotations

import datetime as dt

from referral_helpers import Harness
from sqlalchemy import select
from test_reopen_closed import AYE, BO, BOSS, INBOX, MIGRANT, closed_case, labels, reopen

from bot.storage.models import Case, CaseMessage, Staff, utcnow

WORDS = "they still did not pay me, please help"


def datas(buttons: object) -> list[str]:
    return [b.data for row in buttons for b in row]  # type: ignore[attr-defined]


def test_answer_on_a_recently_closed_case_reaches_who_closed_it(harness: Harness):
    case, _ = closed_case(harness)
    before_inbox = len(harness.outbox_to(INBOX))
    [asked] = harness.press(MIGRANT, f"ans:{case.ref}")
    assert "old or not valid" not in asked.text
    assert case.ref in asked.text and "closed" in asked.text
    [told, *rest] = harness.say(MIGRANT, WORDS)
    assert told.text == (
        f"Your case {case.ref} is closed. Alpha Aid (fixture) was told that you wrote, and "
        "may open it again. To ask for help again, press 'Talk to a person'."
    )
    assert not rest and "person:unpaid_wages" in datas(told.buttons)
    to_aye = harness.outbox_to(AYE)[-1]
    assert to_aye["text"] == f"The person of closed case {case.ref} wrote again:\n\n{WORDS}"
    assert labels(to_aye["buttons"]) == ["Reopen"]
    [notice] = harness.outbox_to(INBOX)[before_inbox:]
    assert notice["text"].startswith(f"The person of closed case {case.ref} wrote again.")
    assert WORDS not in notice["text"] and "please help" not in notice["text"]
    assert labels(notice["buttons"]) == ["Reopen"]
    assert harness.only(Case).status == "closed"
    kept = harness.all(CaseMessage)[-1]
    assert kept.kind == "to_staff" and WORDS not in kept.body_enc

    _done, details = reopen(harness, AYE, case, chat=AYE)  # its Reopen: the words are there
    assert harness.only(Case).status == "accepted"
    assert WORDS in details.text


def test_only_who_closed_it_or_an_admin_may_reopen_from_the_notice(harness: Harness):
    case, _ = closed_case(harness)
    harness.press(MIGRANT, f"ans:{case.ref}")
    harness.say(MIGRANT, WORDS)
    [refused] = harness.staff_press(BO, INBOX, "reo", case.id)
    assert refused.alert and "Only who closed" in refused.text
    reopen(harness, BOSS, case)
    assert harness.only(Case).status == "accepted"


def test_the_closer_out_of_reach_the_inbox_is_still_told(harness: Harness):
    case, _ = closed_case(harness)
    with harness.store.sessions.begin() as session:  # Aye blocked the bot since
        for member in session.scalars(select(Staff).where(Staff.tg_user_id == AYE)):
            member.unreachable_at = utcnow()
    before_aye = len(harness.outbox_to(AYE))
    harness.press(MIGRANT, f"ans:{case.ref}")
    harness.say(MIGRANT, WORDS)
    assert len(harness.outbox_to(AYE)) == before_aye
    notice = harness.outbox_to(INBOX)[-1]
    assert notice["text"].startswith(f"The person of closed case {case.ref} wrote again.")
    assert WORDS not in notice["text"]


def test_a_case_closed_long_ago_says_closed_and_offers_a_person(harness: Harness):
    case, _ = closed_case(harness)
    with harness.store.sessions.begin() as session:
        old = session.get(Case, case.id)
        assert old is not None
        old.closed_at = utcnow() - dt.timedelta(days=8)
    before_inbox = len(harness.outbox_to(INBOX))
    [said] = harness.press(MIGRANT, f"ans:{case.ref}")
    assert "old or not valid" not in said.text
    assert said.text == (
        f"Your case {case.ref} is closed. To ask for help again, press 'Talk to a person'."
    )
    assert any(data.startswith("person") for data in datas(said.buttons))
    assert len(harness.outbox_to(INBOX)) == before_inbox
    assert harness.state(MIGRANT).step is None


def test_a_withdrawn_case_says_closed_and_offers_a_person(harness: Harness):
    case = harness.sent_case(MIGRANT)
    harness.press(MIGRANT, f"wd:{case.ref}:yes")
    [said] = harness.press(MIGRANT, f"ans:{case.ref}")
    assert said.text.startswith(f"Your case {case.ref} is closed.")
    assert any(data.startswith("person") for data in datas(said.buttons))


def test_not_once_a_newer_case_exists(harness: Harness):
    case, _ = closed_case(harness)
    harness.fill_form(MIGRANT, "unpaid_wages", "it happened again")
    before_aye = len(harness.outbox_to(AYE))
    [said] = harness.press(MIGRANT, f"ans:{case.ref}")
    assert said.text.startswith(f"Your case {case.ref} is closed.")
    assert len(harness.outbox_to(AYE)) == before_aye
