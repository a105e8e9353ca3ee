"""Words waiting at "Send this to <org>?" and [Write to <org>], through the service and the
desk (exploratory test 8, finding 3): the caseworker asked; the person's answer and their
plea waited for Send; [Talk to a person], then [Write to <org>] dropped both, and the case
never became urgent. Now Write to asks about them first; sent, they reach the caseworker
and the plea makes the case urgent."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

MIGRANT = "tg:5001"
WORKER = 7001


def test_the_waiting_words_reach_the_caseworker_and_the_plea_makes_the_case_urgent(
    harness: Harness,
):
    worker, case = harness.accepted_case(MIGRANT, WORKER)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    harness.staff_text(worker, "How many workers are not paid?")
    harness.say(MIGRANT, "there are 5 of us")
    harness.say(MIGRANT, "please help")
    harness.press(MIGRANT, "person:emergency_help")
    asked = harness.press(MIGRANT, f"ans:{case.ref}")
    assert "there are 5 of us\nplease help" in asked[-1].text
    assert not harness.only(Case).urgent  # nothing went yet
    harness.press(MIGRANT, f"rel:{case.ref}")
    assert harness.only(Case).urgent
    relayed = harness.texts_to(WORKER)[-1]
    assert relayed.startswith("🔴 URGENT\nMessage from the person in case")
    assert "there are 5 of us\nplease help" in relayed
