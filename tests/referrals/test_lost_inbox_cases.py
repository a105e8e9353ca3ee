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


# --- a case released while its inbox is lost (round 10, still open) ----------------------------
def held_then_lost(harness: Harness, *connected: str) -> Case:
    """A case ALPHA's caseworker accepted, then ALPHA's inbox lost."""
    _, case = send_by_phone(harness, *connected)
    harness.join("ALPHA", WORKER)
    harness.staff_press(WORKER, ORG_CHAT["ALPHA"], "acc", case.id)
    assert harness.desk.inbox_lost(ORG_CHAT["ALPHA"]) == "ALPHA"
    return case


def test_a_case_released_while_its_inbox_is_lost_goes_to_the_next_agreed_organisation(
    harness: Harness,
):
    case = held_then_lost(harness, "ALPHA", "GAMMA")
    [said] = harness.staff_press(WORKER, WORKER, "rel", case.id)
    moved = harness.only(Case)
    assert (moved.org_id, moved.status, moved.assigned_staff_id) == ("GAMMA", "new", None)
    assert moved.tried_orgs == "ALPHA,GAMMA"
    assert any(case.ref in text for text in harness.texts_to(ORG_CHAT["GAMMA"])), "its card"
    assert harness.texts_to(PERSON_CHAT)[-1].startswith(f"Your case {case.ref} was passed to ")
    gamma = harness.service.kit.routing.partner_name("GAMMA", "en")
    assert said.chat_id == WORKER
    assert said.text == (
        f"You released case {case.ref}. I cannot post in your inbox group, so it went to "
        f"{gamma}, the next organisation the person agreed to."
    )


def test_with_no_other_inbox_a_released_case_waits_for_the_lost_one(harness: Harness):
    case = held_then_lost(harness, "ALPHA")
    [said] = harness.staff_press(WORKER, WORKER, "rel", case.id)
    waits = harness.only(Case)
    assert (waits.org_id, waits.status, waits.assigned_staff_id) == ("ALPHA", "waiting", None)
    assert said.text == (
        f"You released case {case.ref}. I cannot post in your inbox group now: it waits, "
        "and goes back there when I can post again."
    )
    harness.desk.inbox_back(ORG_CHAT["ALPHA"])
    assert (harness.only(Case).org_id, harness.only(Case).status) == ("ALPHA", "new")


def test_a_revoke_while_the_inbox_is_lost_says_where_the_held_cases_went(harness: Harness):
    from bot.referrals import revoking

    case = held_then_lost(harness, "ALPHA", "GAMMA")
    admin = harness.join_named("ALPHA", 7009, "Ko", role="admin")
    with harness.store.sessions.begin() as session:
        member = revoking.revoke_member(session, "ALPHA", WORKER, harness.service.kit)
    assert (member.held, member.moved, member.waiting) == ([], [case.ref], [])
    assert (harness.only(Case).org_id, harness.only(Case).status) == ("GAMMA", "new")
    [notice] = [t for t in harness.texts_to(admin) if t.startswith("Access removed")]
    assert "back in the inbox" not in notice
    assert notice.endswith(
        "\nI cannot post in the inbox group, so these went to the next organisation the "
        f"person agreed to: {case.ref}."
    )


def test_the_holder_of_a_case_an_admin_released_is_told_where_it_went(harness: Harness):
    case = held_then_lost(harness, "ALPHA", "GAMMA")
    admin = harness.join_named("ALPHA", 7009, "Ko", role="admin")
    [said] = harness.staff_press(admin, admin, "rel", case.id)
    assert not said.alert and harness.only(Case).org_id == "GAMMA"
    gamma = harness.service.kit.routing.partner_name("GAMMA", "en")
    assert harness.texts_to(WORKER)[-1] == (
        f"Ko released your case {case.ref}. I cannot post in your inbox group, so it went to "
        f"{gamma}, the next organisation the person agreed to."
    )
