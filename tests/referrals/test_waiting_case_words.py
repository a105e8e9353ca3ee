"""A person whose case still waits for an organisation (none has connected its inbox) and who
writes to it (exploratory test 8, finding 9): they were told "Sent to the caseworker." though
nobody could be told. They are told the truth: the words are kept with the case, and the
organisation that takes it reads them."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

MIGRANT = "tg:5101"
KEPT = (
    "Kept with your case {ref}. No organisation has taken it yet: the one that takes it "
    "reads your message."
)


def waiting_case(harness: Harness) -> Case:
    harness.profile(MIGRANT, "KH", "TH")  # to ALPHA, whose inbox is not connected
    harness.fill_form(MIGRANT, "unpaid_wages", "my boss owes me")
    case: Case = harness.only(Case)
    assert case.status == "waiting"
    return case


def said(replies: tuple) -> str:  # type: ignore[type-arg]
    return "\n".join(reply.text for reply in replies)


def test_an_answer_to_a_waiting_case_says_it_is_kept_not_sent(harness: Harness):
    case = waiting_case(harness)
    harness.press(MIGRANT, f"ans:{case.ref}")
    replies = harness.say(MIGRANT, "they move us tomorrow night to Rayong")
    assert said(replies) == KEPT.format(ref=case.ref)
    assert "Sent to the caseworker" not in said(replies)


def test_more_words_sent_to_a_waiting_case_say_it_is_kept_too(harness: Harness):
    case = waiting_case(harness)
    harness.press(MIGRANT, f"ans:{case.ref}")
    harness.say(MIGRANT, "they move us tomorrow night")
    offered = harness.say(MIGRANT, "the bus leaves at 9")  # "Send this to ... ?"
    assert f"rel:{case.ref}" in [b.data for r in offered for row in r.buttons for b in row]
    replies = harness.press(MIGRANT, f"rel:{case.ref}")
    assert said(replies) == KEPT.format(ref=case.ref)


def test_the_kept_words_reach_the_caseworker_who_accepts_the_case(harness: Harness):
    case = waiting_case(harness)
    words = [f"message number {n}" for n in range(1, 6)]
    for text in words:
        harness.press(MIGRANT, f"ans:{case.ref}")
        harness.say(MIGRANT, text)
    harness.connect_inbox("ALPHA")
    worker = harness.join_named("ALPHA", 7001, "Aye")
    details = harness.staff_press(worker, ORG_CHAT["ALPHA"], "acc", case.id)[-1].text
    shown = details.split("Their latest messages:\n", 1)[1]
    assert shown.endswith("message number 3\nmessage number 4\nmessage number 5")
    assert "(2 older messages left out: see History)" in shown, "none left out unsaid"


def test_an_answer_to_a_case_with_an_organisation_is_still_sent(harness: Harness):
    ref = harness.sent_case(MIGRANT).ref  # ALPHA's inbox connected: a new case there
    harness.press(MIGRANT, f"ans:{ref}")
    # Nobody holds a new case: it went to the organisation (exploratory test 9, staff 9).
    assert said(harness.say(MIGRANT, "any news?")) == "Sent to Alpha Aid (fixture)."
