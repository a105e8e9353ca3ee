"""The response target an organisation's card measures counts from when the case reached
that organisation, not from when the person sent it (round 8, "Still open"): a case passed on
by a decline or a missed target, or delivered when an inbox connects, showed "⏰ Past the
response target" at once in an inbox that had just got it. The card still says how long the
person has waited ("Waiting: ..."), since they sent it."""

from __future__ import annotations

import datetime as dt

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case, CaseEvent, utcnow

MIGRANT = "tg:5401"
ALPHA, GAMMA = ORG_CHAT["ALPHA"], ORG_CHAT["GAMMA"]
PAST = "⏰ Past the response target."


def backdate(harness: Harness, hours: float) -> None:
    """The case and its history as if all of it happened `hours` earlier."""
    delta = dt.timedelta(hours=hours)
    with harness.store.sessions.begin() as session:
        for case in session.query(Case).all():
            case.created_at -= delta
            case.routed_at -= delta
        for event in session.query(CaseEvent).all():
            event.at -= delta


def card(harness: Harness, org: str, worker: int, ref: str) -> str:
    """The case's card in `org`'s inbox as it is now (/case REF there)."""
    [said] = harness.desk.show_case(ORG_CHAT[org], worker, f"/case {ref}".split()[1])
    return said.text


def send(harness: Harness) -> Case:
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "my boss owes me")
    case: Case = harness.only(Case)
    assert case.agreed_orgs == "ALPHA,GAMMA"
    return case


def test_a_case_declined_after_a_day_starts_a_new_target_at_the_next_organisation(
    harness: Harness,
):
    harness.connect_inbox("ALPHA")
    harness.connect_inbox("GAMMA")
    case = send(harness)
    alpha = harness.join("ALPHA", 7001)
    gamma = harness.join("GAMMA", 7003)
    backdate(harness, hours=30)
    assert PAST in card(harness, "ALPHA", alpha, case.ref)  # Alpha Aid's 24 hours are past
    harness.staff_press(alpha, ALPHA, "dec", case.id)
    harness.staff_text(alpha, "not our area")
    assert harness.only(Case).org_id == "GAMMA"
    now = card(harness, "GAMMA", gamma, case.ref)
    assert "\nWaiting: 30 hours (response target 24 hours)" in now  # the person's real wait
    assert PAST not in now
    assert PAST not in harness.texts_to(GAMMA)[-1], "the card Gamma Door got"
    backdate(harness, hours=25)  # Gamma Door's own 24 hours pass
    assert PAST in card(harness, "GAMMA", gamma, case.ref)


def test_a_case_the_job_moves_on_is_not_past_the_target_where_it_arrives(harness: Harness):
    harness.connect_inbox("ALPHA")
    harness.connect_inbox("GAMMA")
    case = send(harness)
    gamma = harness.join("GAMMA", 7003)
    backdate(harness, hours=25)
    assert harness.desk.check_deadlines(utcnow()) == 1  # reminded at Alpha Aid
    backdate(harness, hours=12)
    assert harness.desk.check_deadlines(utcnow()) == 1  # 1.5 targets: passed on
    assert harness.only(Case).org_id == "GAMMA"
    now = card(harness, "GAMMA", gamma, case.ref)
    assert "\nWaiting: 37 hours" in now and PAST not in now


def test_a_case_delivered_when_its_inbox_connects_starts_its_target_then(harness: Harness):
    case = send(harness)  # no inbox: it waits for Alpha Aid
    backdate(harness, hours=49)
    harness.connect_inbox("ALPHA")
    alpha = harness.join("ALPHA", 7001)
    now = card(harness, "ALPHA", alpha, case.ref)
    assert "\nWaiting: 2 days (response target 24 hours)" in now and PAST not in now
