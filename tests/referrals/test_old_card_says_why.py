"""Release or Hand over pressed on an old card of a case that is no longer held says what is
true (back in the inbox, or how it ended), not "not open any more" for a case still open
(user testing, round 8, "Still open")."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

MIGRANT = "tg:5301"
WORKER = 7001


def test_release_or_hand_on_a_released_case_says_it_is_back_in_the_inbox(harness: Harness):
    worker, case = harness.accepted_case(MIGRANT, WORKER)
    boss = harness.join_named("ALPHA", 7100, "Chenda", "admin")
    harness.staff_press(boss, boss, "rel", case.id)
    assert harness.only(Case).status == "new"
    back = f"Nobody holds case {case.ref} now: it is back in the inbox. Accept it first."
    for action in ("rel", "hand"):
        for presser in (worker, boss):
            [said] = harness.staff_press(presser, presser, action, case.id)
            assert said.alert and said.text == back, (action, presser)
    assert harness.only(Case).status == "new"


def test_a_button_on_a_closed_case_says_how_it_ended(harness: Harness):
    worker, case = harness.accepted_case(MIGRANT, WORKER)
    harness.close(worker, worker, case.id, "cres")
    for action in ("rel", "hand", "rep", "note"):
        [said] = harness.staff_press(worker, worker, action, case.id)
        assert said.alert and said.text == f"Case {case.ref}: closed (Resolved)", action
    [in_group] = harness.staff_press(worker, ORG_CHAT["ALPHA"], "rel", case.id)
    assert in_group.alert and in_group.text == f"Case {case.ref}: closed (Resolved)"
