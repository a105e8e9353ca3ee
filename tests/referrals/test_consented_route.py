"""A case moves only to an organisation its summary named (exploratory test 7, finding 2).

The summary says where the case is sent and which organisations may get it if that one
cannot take it or does not answer in time; the case keeps that route (`cases.agreed_orgs`).
A decline, a missed deadline and a case opened in a race go only along it: when the next
organisation would be one the person never saw named (their profile changed since, or
content/partners.yml), the case stays where it is and its staff are told, as when there is
nowhere else to go.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from referral_helpers import FIXTURE_CONTENT, ORG_CHAT, ROOT, Harness
from sqlalchemy import Engine, update

from bot.content import CatalogHolder
from bot.desk import Desk
from bot.referrals import cases
from bot.service import BotService
from bot.storage import Store
from bot.storage.crypto import CryptoBox
from bot.storage.models import Case, utcnow
from bot.values import OpenCase

PERSON = "tg:4101"
WORDS = "I am Srey, in Rayong, agency ABC cheated me"
PHONE = "0812223333"
WORKER = {"ALPHA": 7001, "BETA": 7002, "GAMMA": 7003, "DELTA": 7004}


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A copy of the fixture content that a test may edit (reloaded at the next read)."""
    root = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, root)
    return root


@pytest.fixture
def harness(engine: Engine, box: CryptoBox, content: Path) -> Harness:
    store = Store(engine, box)
    holder = CatalogHolder(content, min_interval_s=0)
    service = BotService(store, holder, None, ROOT / "locales")
    return Harness(engine, store, service, Desk(store, service.kit))


def edit_partners(content: Path, old: str, new: str) -> None:
    path = content / "partners.yml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def send_by_phone(harness: Harness, *connected: str) -> tuple[str, Case]:
    """From Cambodia, in Thailand, with a phone number: (the summary, the case it sent)."""
    for org in connected:
        harness.connect_inbox(org)
    summary = harness.phone_summary(PERSON, WORDS, PHONE)
    harness.press_send(PERSON, summary)
    return summary.text, harness.only(Case)


def decline(harness: Harness, org: str, case: Case) -> str:
    """A caseworker of `org` presses Decline and gives a reason: the prompt they saw."""
    worker = harness.join(org, WORKER[org])
    [prompt] = harness.staff_press(worker, ORG_CHAT[org], "dec", case.id)
    harness.staff_text(worker, "not our area")
    return prompt.text


def opened_to(harness: Harness, org: str) -> bool:
    """Whether `org` was ever shown the case (a card in its inbox, with its Open)."""
    return bool(harness.texts_to(ORG_CHAT[org]))


def test_the_summary_names_the_organisation_that_gets_a_declined_case(harness: Harness):
    """d7_reroute.py: Alpha Aid declines, Gamma Door gets the words and the number. Now the
    summary the person pressed Send on said so."""
    summary, case = send_by_phone(harness, "ALPHA", "GAMMA")
    assert "all of this may be sent to Gamma Door (fixture) instead." in summary
    assert case.agreed_orgs == "ALPHA,GAMMA"
    decline(harness, "ALPHA", case)
    assert (harness.only(Case).org_id, harness.only(Case).status) == ("GAMMA", "new")


def test_a_profile_changed_after_send_does_not_send_a_declined_case_elsewhere(harness):
    """The person later says they are from Myanmar (/profile): Myanmar people in Thailand go
    to Beta Help, which the summary of this case never named. The decline takes the case
    where that summary said, Gamma Door."""
    _, case = send_by_phone(harness, "ALPHA", "BETA", "GAMMA")
    harness.command(PERSON, "profile")
    harness.press(PERSON, "origin:MM")
    harness.press(PERSON, "country:TH")
    assert (harness.state(PERSON).origin, harness.state(PERSON).country) == ("MM", "TH")
    decline(harness, "ALPHA", case)
    assert harness.only(Case).org_id == "GAMMA"
    assert not opened_to(harness, "BETA")


def test_a_route_added_to_partners_yml_after_send_does_not_get_a_declined_case(
    harness: Harness, content: Path
):
    _, case = send_by_phone(harness, "ALPHA", "GAMMA", "DELTA")
    alpha = "  - {origin: KH, partner: ALPHA}\n"
    edit_partners(content, alpha, alpha + "  - {origin: KH, partner: DELTA}\n")
    decline(harness, "ALPHA", case)
    assert harness.only(Case).org_id == "GAMMA"
    assert not opened_to(harness, "DELTA")


def test_a_fallback_changed_after_send_does_not_get_a_case_past_its_deadline(
    harness: Harness, content: Path
):
    """Not accepted in time, a case goes to the fallback: not to a new one the summary never
    named. It stays, and its inbox is reminded again, as when there is nowhere else to go."""
    _, case = send_by_phone(harness, "ALPHA", "GAMMA", "DELTA")
    edit_partners(content, "fallback: GAMMA", "fallback: DELTA")
    start = utcnow()
    assert harness.desk.check_deadlines(start + dt.timedelta(hours=25)) == 1
    assert harness.desk.check_deadlines(start + dt.timedelta(hours=37)) == 1
    case = harness.only(Case)
    assert (case.org_id, case.status, case.tried_orgs) == ("ALPHA", "new", "ALPHA")
    assert not opened_to(harness, "DELTA")
    reminders = [t for t in harness.texts_to(ORG_CHAT["ALPHA"]) if "Reminder" in t]
    assert len(reminders) == 2
    assert not any("was passed to" in t for t in harness.texts_to(4101))


def old_case(harness: Harness, case: Case) -> None:
    """As a case opened before summaries named the organisations it may be passed to."""
    with harness.store.sessions.begin() as session:
        session.execute(update(Case).where(Case.id == case.id).values(agreed_orgs=""))


def test_a_case_sent_under_the_old_summary_is_not_passed_on_when_declined(harness: Harness):
    """Its summary named Alpha Aid alone. The caseworker is told before typing a reason that
    no other organisation can take it, and the person that no one could."""
    _, case = send_by_phone(harness, "ALPHA", "GAMMA")
    old_case(harness, case)
    prompt = decline(harness, "ALPHA", case)
    assert "No other organisation can take it" in prompt
    assert (harness.only(Case).org_id, harness.only(Case).status) == ("ALPHA", "declined")
    assert not opened_to(harness, "GAMMA")
    assert "No partner organisation could take your case" in harness.texts_to(4101)[-1]


def test_a_case_sent_under_the_old_summary_stays_past_its_deadline(harness: Harness):
    _, case = send_by_phone(harness, "ALPHA", "GAMMA")
    old_case(harness, case)
    start = utcnow()
    harness.desk.check_deadlines(start + dt.timedelta(hours=25))
    harness.desk.check_deadlines(start + dt.timedelta(hours=37))
    assert harness.only(Case).org_id == "ALPHA"
    assert not opened_to(harness, "GAMMA")
    assert sum("Reminder" in t for t in harness.texts_to(ORG_CHAT["ALPHA"])) == 2


def opening(route: tuple[str, ...]) -> OpenCase:
    return OpenCase(
        ref="RACE23", route=route, topic="unpaid_wages", description=WORDS, place=None,
        contact_method="phone", contact=PHONE, urgent=False, language="en", origin="KH",
        country="TH",
    )  # fmt: skip


def test_a_case_opens_only_at_an_organisation_its_summary_named(harness: Harness):
    """Alpha Aid connected just after the summary named Gamma Door alone (from the person's
    side, the inbox list is read before the message is handled): the case goes to Gamma Door,
    as the summary said, not to the first candidate found connected at that moment."""
    for org in ("ALPHA", "GAMMA"):
        harness.connect_inbox(org)
    with harness.store.sessions.begin() as session:
        cases.open_case(session, harness.service.kit, PERSON, opening(("GAMMA",)))
    case = harness.only(Case)
    assert (case.org_id, case.agreed_orgs) == ("GAMMA", "GAMMA")
    assert not opened_to(harness, "ALPHA")


def test_a_case_whose_first_organisation_went_away_opens_at_the_next_one_named(harness):
    """Alpha Aid's inbox is gone by the time Send is handled: the case opens at Gamma Door,
    which the summary named next, instead of waiting (a guard: so it did before)."""
    harness.connect_inbox("GAMMA")
    with harness.store.sessions.begin() as session:
        cases.open_case(session, harness.service.kit, PERSON, opening(("ALPHA", "GAMMA")))
    assert (harness.only(Case).org_id, harness.only(Case).status) == ("GAMMA", "new")
