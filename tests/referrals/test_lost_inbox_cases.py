"""An inbox lost (the bot removed from the group, or refused there for good) while cases
wait in it to be accepted (round 9, "Still open"): they waited 1.5 times their target for
no one, though the admins were told at once. Now they follow the rule for an organisation
with no inbox at once: to the next organisation the person agreed to that has one (the
person told, as for any move), else they wait for this one, and go back to it when the bot
can post there again. A case someone holds stays with them (they are reached in private)."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness
from test_consented_route import send_by_phone

from bot.storage.models import Case

PERSON_CHAT = 4101
WORKER = 7001


def test_a_new_case_in_a_lost_inbox_goes_at_once_to_the_next_agreed_organisation(
    harness: Harness,
):
    _, case = send_by_phone(harness, "ALPHA", "GAMMA")
    assert (case.org_id, case.status) == ("ALPHA", "new")
    assert harness.desk.inbox_lost(ORG_CHAT["ALPHA"]) == "ALPHA"
    moved = harness.only(Case)
    assert (moved.org_id, moved.status) == ("GAMMA", "new")
    assert moved.tried_orgs == "ALPHA,GAMMA"
    assert any(case.ref in text for text in harness.texts_to(ORG_CHAT["GAMMA"])), "its card"
    told = harness.texts_to(PERSON_CHAT)[-1]
    assert told.startswith(f"Your case {case.ref} was passed to ")


def test_with_no_other_inbox_it_waits_for_the_lost_one_and_goes_back_there(harness: Harness):
    _, case = send_by_phone(harness, "ALPHA")
    harness.desk.inbox_lost(ORG_CHAT["ALPHA"])
    waits = harness.only(Case)
    assert (waits.org_id, waits.status, waits.reminded_at) == ("ALPHA", "waiting", None)
    harness.desk.inbox_back(ORG_CHAT["ALPHA"])
    back = harness.only(Case)
    assert (back.org_id, back.status) == ("ALPHA", "new")
    assert any(case.ref in text for text in harness.texts_to(ORG_CHAT["ALPHA"])[-2:])


def test_a_held_case_stays_with_its_caseworker(harness: Harness):
    _, case = send_by_phone(harness, "ALPHA", "GAMMA")
    harness.join("ALPHA", WORKER)
    harness.staff_press(WORKER, ORG_CHAT["ALPHA"], "acc", case.id)
    harness.desk.inbox_lost(ORG_CHAT["ALPHA"])
    held = harness.only(Case)
    assert (held.org_id, held.status) == ("ALPHA", "accepted")
    assert held.assigned_staff_id is not None
