"""A case still open when the retention schedule deletes its person's profile (exploratory
round 10, finding 7): nobody can reach the person through the bot any more, yet an
accepted case never closed kept their name and number for ever. Now the bot closes it,
with an outcome of its own, tells its holder (or the inbox) in one line, and the closed
case's retention erases its words after the closed-case period."""

from __future__ import annotations

import datetime as dt

from referral_helpers import ORG_CHAT, Harness
from sqlalchemy import select

from bot.referrals import retention
from bot.reports.numbers import case_numbers
from bot.storage.models import Case, CaseEvent, Outbox, utcnow
from bot.values import CaseStatus

MIGRANT = "tg:731904683"
WORDS = "I am Thida, my employer keeps my work permit, phone 0811112222"


def purge(harness: Harness, days_later: int) -> retention.Purged:
    with harness.store.sessions.begin() as session:
        later = utcnow() + dt.timedelta(days=days_later)
        return retention.purge(session, harness.service.kit, later, 90, 365)


def texts_with(harness: Harness, chat_id: int, ref: str) -> list[str]:
    return [text for text in harness.texts_to(chat_id) if ref in text]


def test_an_accepted_case_is_closed_when_its_person_is_forgotten(harness: Harness):
    worker, case = harness.accepted_case(MIGRANT, 7001, words=WORDS)
    before = len(harness.texts_to(worker))
    done = purge(harness, 400)
    assert done.profiles == 1 and done.cases_closed == 1
    closed = harness.only(Case)
    assert closed.status == CaseStatus.CLOSED and closed.outcome == "gone"
    assert closed.uid == f"erased:{case.ref}"
    [event] = [e for e in harness.all(CaseEvent) if e.action == "closed"]
    assert (event.actor, event.detail) == ("system", "gone")
    # The holder is told, in one line, that the bot closed it and why.
    [told] = harness.texts_to(worker)[before:]
    assert case.ref in told and "365 days" in told and "\n" not in told
    # The card in the inbox says how it ended, with no Reopen (nobody to reopen it for).
    cards = [row for row in harness.all(Outbox) if row.slot and row.chat_id == ORG_CHAT["ALPHA"]]
    card = harness.outbox_to(ORG_CHAT["ALPHA"])[-1]
    assert cards and "closed" in card["text"] and "data deleted" in card["text"]
    assert not [b for row in card["buttons"] for b in row if b["data"].startswith("cs:reo:")]
    # From then on the closed case's retention: the words go after the closed-case period.
    assert purge(harness, 400 + 10).case_contents == 0
    assert harness.only(Case).description_enc is not None
    assert purge(harness, 400 + 91).case_contents == 1
    assert harness.only(Case).description_enc is None and harness.only(Case).contact_enc is None


def test_a_case_nobody_accepted_is_closed_and_its_inbox_told(harness: Harness):
    case = harness.sent_case(MIGRANT)
    assert case.status == CaseStatus.NEW
    done = purge(harness, 400)
    assert done.cases_closed == 1
    assert harness.only(Case).status == CaseStatus.CLOSED
    lines = [t for t in texts_with(harness, ORG_CHAT["ALPHA"], case.ref) if "365 days" in t]
    assert len(lines) == 1


def test_ended_cases_are_not_closed_again_and_a_recent_profile_keeps_its_case(
    harness: Harness,
):
    worker, case = harness.accepted_case(MIGRANT, 7001, words=WORDS)
    assert purge(harness, 100).cases_closed == 0  # seen 100 days ago: nothing happens
    assert harness.only(Case).status == CaseStatus.ACCEPTED
    harness.close(worker, ORG_CHAT["ALPHA"], case.id, "cnoc")
    assert purge(harness, 400).cases_closed == 0
    assert harness.only(Case).outcome == "no_contact"  # the caseworker's outcome stays


def test_the_reports_count_it_apart_from_the_caseworkers_outcomes(harness: Harness):
    harness.accepted_case(MIGRANT, 7001, words=WORDS)
    purge(harness, 400)
    with harness.store.sessions() as session:
        closed_at = session.scalars(select(Case.closed_at)).one()
        now = closed_at if closed_at.tzinfo else closed_at.replace(tzinfo=dt.UTC)
        numbers = case_numbers(session, "all", 4, {}, now + dt.timedelta(hours=1))
    assert sum(numbers.ended["gone"]) == 1
    assert sum(numbers.ended["other"]) == sum(numbers.ended["no_contact"]) == 0
