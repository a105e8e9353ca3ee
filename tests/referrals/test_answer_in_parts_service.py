"""An answer to a caseworker in several messages, through the service and the desk
(findings part 5, section 7): after "Answer" only the first message went; the next ones
reached the NLU. Now they are offered with "Send this to <org>?", and Send relays them."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.referrals import cases
from bot.values import CaseView

MIGRANT = "tg:5001"


def test_the_messages_after_an_answer_reach_the_caseworker_with_one_press(harness: Harness):
    worker, case = harness.accepted_case(MIGRANT, 7001)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    harness.staff_text(worker, "How many months? How much money? Do you have a payslip?")
    harness.press(MIGRANT, f"ans:{case.ref}")
    harness.say(MIGRANT, "3 months")
    assert "3 months" in harness.outbox_to(7001)[-1]["text"]
    [offer] = harness.say(MIGRANT, "27000 baht")
    assert offer.text.startswith("Send this to ") and case.ref in offer.text
    harness.say(MIGRANT, "no payslip")
    [sent] = harness.press(MIGRANT, f"rel:{case.ref}")
    assert sent.text == "Sent to the caseworker."
    assert "27000 baht\nno payslip" in harness.outbox_to(7001)[-1]["text"]


def test_the_case_says_when_the_person_wrote_last(harness: Harness):
    _, case = harness.accepted_case(MIGRANT, 7001)
    harness.press(MIGRANT, f"ans:{case.ref}")
    harness.say(MIGRANT, "hello")
    with harness.store.sessions() as session:
        [view] = cases.cases_of(session, MIGRANT)
    assert isinstance(view, CaseView) and view.answered_at and not view.awaits_answer
