"""An organisation a case only waited for (it had no inbox then) has not had the case
(exploratory test 8, finding 3).

A Myanmar worker in Thailand sends a case while no inbox is connected: it waits for Beta Help,
and the summary said it may go to Gamma Door instead. Gamma Door connects, and once Beta Help's
target passes the job moves the case there. Beta Help then connects. Before, Beta Help counted
as tried although it never saw the case: a decline at Gamma Door told the person that no
organisation could take it, and a Gamma Door that did not answer kept it for ever. An
organisation now counts as tried once its inbox got the case (or it declined or missed it).
"""

from __future__ import annotations

import datetime as dt

from referral_helpers import ORG_CHAT, Harness

from bot.referrals.routing import onward
from bot.reports.numbers import case_numbers
from bot.storage.models import Case, utcnow

PERSON = "tg:8301"
PERSON_CHAT = 8301
WORKER = {"BETA": 8401, "GAMMA": 8402}
BETA, GAMMA = ORG_CHAT["BETA"], ORG_CHAT["GAMMA"]
NOBODY = "No other organisation can take it"
BETA_HOURS = 12  # Beta Help's response target (tests/fixtures/content/partners.yml)


def send_waiting(harness: Harness) -> Case:
    """From Myanmar, in Thailand, with no inbox connected: the case waits for Beta Help."""
    harness.profile(PERSON, "MM", "TH")
    harness.fill_form(PERSON, "unpaid_wages", "no salary 3 months, boss keeps my passport")
    case: Case = harness.only(Case)
    assert (case.org_id, case.status, case.agreed_orgs) == ("BETA", "waiting", "BETA,GAMMA")
    return case


def moved_to_gamma(harness: Harness) -> Case:
    """The waiting case, moved by the job to Gamma Door (connected) once Beta Help's target
    passed; Beta Help connects after that."""
    send_waiting(harness)
    harness.connect_inbox("GAMMA")
    later = utcnow() + dt.timedelta(hours=BETA_HOURS, minutes=1)
    assert harness.desk.check_deadlines(later) == 1
    case: Case = harness.only(Case)
    assert (case.org_id, case.status) == ("GAMMA", "new")
    harness.connect_inbox("BETA")
    return case


def decline(harness: Harness, org: str, case: Case) -> str:
    """A caseworker of `org` presses Decline and gives a reason: the prompt they saw."""
    worker = harness.join(org, WORKER[org])
    [prompt] = harness.staff_press(worker, ORG_CHAT[org], "dec", case.id)
    harness.staff_text(worker, "Myanmar workers in Thailand: Beta Help is the right org")
    return prompt.text


def test_a_waiting_case_has_been_with_no_organisation_yet(harness: Harness):
    case = send_waiting(harness)
    assert case.tried == []
    assert onward(case) == ["GAMMA"]  # not the one it waits for, which may yet connect


def test_a_case_moved_on_while_its_first_organisation_waited_stays_when_that_one_connects(
    harness: Harness,
):
    """Gamma Door is handling the case: Beta Help's inbox connecting does not take it away."""
    case = moved_to_gamma(harness)
    assert harness.texts_to(BETA) == []
    again = harness.only(Case)
    assert (again.org_id, again.status, again.version) == ("GAMMA", "new", case.version)


def test_a_decline_passes_the_case_to_the_first_organisation_once_connected(harness: Harness):
    case = moved_to_gamma(harness)
    prompt = decline(harness, "GAMMA", case)
    assert NOBODY not in prompt and "It goes to the next organisation" in prompt
    moved = harness.only(Case)
    assert (moved.org_id, moved.status, moved.tried_orgs) == ("BETA", "new", "GAMMA,BETA")
    assert harness.texts_to(BETA)[-1].startswith(f"New case {case.ref}")
    told = harness.texts_to(PERSON_CHAT)[-1]
    assert told == f"Your case {case.ref} was passed to Beta Help (fixture)."
    # Beta Help has now had it: its decline passes it nowhere, never back to Gamma Door.
    assert NOBODY in decline(harness, "BETA", case)
    assert (harness.only(Case).org_id, harness.only(Case).status) == ("BETA", "declined")
    assert "No partner organisation could take your case" in harness.texts_to(PERSON_CHAT)[-1]


def test_a_fallback_that_does_not_accept_in_time_passes_it_to_the_first_organisation(
    harness: Harness,
):
    """The summary said: if Gamma Door does not answer in time, Beta Help may get it."""
    case = moved_to_gamma(harness)
    start = utcnow()
    assert harness.desk.check_deadlines(start + dt.timedelta(hours=25)) == 1  # reminded
    assert harness.only(Case).org_id == "GAMMA"
    assert harness.desk.check_deadlines(start + dt.timedelta(hours=37)) == 1
    moved = harness.only(Case)
    assert (moved.org_id, moved.status, moved.tried_orgs) == ("BETA", "new", "GAMMA,BETA")
    assert harness.texts_to(BETA)[-1].startswith(f"New case {case.ref}")
    # Beta Help does not accept in time either: reminded, never back to Gamma Door.
    later = utcnow() + dt.timedelta(hours=BETA_HOURS * 1.5 + 1)
    harness.desk.check_deadlines(later - dt.timedelta(hours=BETA_HOURS * 0.5))
    harness.desk.check_deadlines(later)
    assert harness.only(Case).org_id == "BETA"
    assert sum("Reminder" in text for text in harness.texts_to(BETA)) == 2


def test_a_case_delivered_to_its_first_organisation_never_goes_back_there(harness: Harness):
    """Beta Help connects while the case waits: delivered, so it has had the case. Declined
    there, the case goes to Gamma Door; Gamma Door neither declines it back nor, past its
    target, passes it back."""
    case = send_waiting(harness)
    harness.connect_inbox("BETA")
    delivered = harness.only(Case)
    assert (delivered.org_id, delivered.status, delivered.tried_orgs) == ("BETA", "new", "BETA")
    assert harness.texts_to(BETA)[-1].startswith(f"New case {case.ref}")
    harness.connect_inbox("GAMMA")
    decline(harness, "BETA", case)
    assert (harness.only(Case).org_id, harness.only(Case).tried_orgs) == ("GAMMA", "BETA,GAMMA")
    start = utcnow()
    harness.desk.check_deadlines(start + dt.timedelta(hours=25))
    harness.desk.check_deadlines(start + dt.timedelta(hours=37))
    assert harness.only(Case).org_id == "GAMMA"
    assert NOBODY in decline(harness, "GAMMA", case)
    assert harness.only(Case).status == "declined"


def test_the_first_organisations_figures_count_the_case_it_waited_for(harness: Harness):
    """Beta Help's report: the case reached it (opened to it), moved on while it had no
    inbox (no target ran there), then came back by Gamma Door's decline and waits there."""
    case = moved_to_gamma(harness)
    with harness.store.sessions() as session:
        beta = case_numbers(session, "BETA", 8, {"BETA": 12.0}, utcnow())
    assert (beta.fates, beta.timing) == ((0, 1, 0, 0), (0, 0, 1))
    decline(harness, "GAMMA", case)
    with harness.store.sessions() as session:
        beta = case_numbers(session, "BETA", 8, {"BETA": 12.0}, utcnow())
    assert (beta.fates, beta.timing) == ((0, 1, 1, 0), (0, 0, 2))
