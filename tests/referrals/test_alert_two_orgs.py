"""/alert for an admin of two organisations (round 7-8, "Still open"): it acted for their
first organisation only, unsaid. The alert reaches the same subscribers whoever sends it;
what differs is which organisation it is recorded for (staff_events, /team's "last
active"). In private such an admin now gets one Send button per organisation, each naming
it, and the send is recorded for the one pressed; in an inbox group it is that group's."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness
from sqlalchemy import select
from test_org_admins import admin, alert_desk, subscribers

from bot.storage.models import Outbox
from bot.storage.staff_events import StaffEvent

BOSS = 7200


def sent_for(harness: Harness) -> list[str]:
    with harness.store.sessions() as session:
        return [e.org_id for e in session.scalars(select(StaffEvent)).all()]


def test_an_admin_of_two_organisations_chooses_which_one_sends_it(harness: Harness):
    admin(harness, "ALPHA", BOSS)
    admin(harness, "BETA", BOSS)
    subscribers(harness, 3)
    desk = alert_desk(harness)
    [preview] = desk.preview(BOSS, BOSS, "th-test-live") or []
    labels = [button.label for row in preview.buttons for button in row]
    assert labels == [
        "Send for Alpha Aid (fixture) to <5 subscribers",
        "Send for Beta Help (fixture) to <5 subscribers",
    ]
    assert "You are an admin of several organisations" in preview.text
    beta = preview.buttons[1][0].data
    [done] = desk.confirm(BOSS, BOSS, beta)
    assert "queued for <5 subscribers" in done.text and not done.alert
    assert sent_for(harness) == ["BETA"]
    assert harness.count(Outbox) == 3
    # The other button sends nothing twice.
    [again] = desk.confirm(BOSS, BOSS, preview.buttons[0][0].data)
    assert "already queued" in again.text and harness.count(Outbox) == 3


def test_a_choice_button_acts_only_for_its_admin_in_private(harness: Harness):
    harness.connect_inbox("ALPHA")
    admin(harness, "ALPHA", BOSS)
    admin(harness, "BETA", BOSS)
    other = admin(harness, "BETA", 7201)
    subscribers(harness, 2)
    desk = alert_desk(harness)
    [preview] = desk.preview(BOSS, BOSS, "th-test-live") or []
    beta = preview.buttons[1][0].data
    [refused] = desk.confirm(other, other, beta)  # someone else's membership
    assert refused.alert and "Only an organisation admin" in refused.text
    [refused] = desk.confirm(ORG_CHAT["ALPHA"], BOSS, beta)  # Beta's choice in Alpha's group
    assert refused.alert
    # (BOSS was told in private that 7201 joined BETA: round 26A. No alert was queued.)
    assert not [row for row in harness.all(Outbox) if row.idem_key.startswith("alert:")]


def test_an_admin_of_one_organisation_keeps_the_one_button(harness: Harness):
    admin(harness, "ALPHA", BOSS)
    subscribers(harness, 3)
    [preview] = alert_desk(harness).preview(BOSS, BOSS, "th-test-live") or []
    assert [[b.label for b in row] for row in preview.buttons] == [["Send to <5 subscribers"]]
    assert "several organisations" not in preview.text
