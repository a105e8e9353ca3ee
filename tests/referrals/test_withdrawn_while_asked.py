"""Round 25A: a person told a caseworker "stop, do not send any more", pressed Withdraw under
"Send this to <org>?" and confirmed it. Writing again ("sorry, I still need help: my boss took
my phone"), they got "Send this to a caseworker? Choose the case:" with no case to choose
(only No), under the line on how to stop the caseworker's messages: the "stop" words still
waited for Send, for a case that was gone. Now a withdrawal drops the words that waited (the
person told they were not sent), and the next words are answered as any message."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.dialogue import relay

MIGRANT = "tg:5928"
WORKER = 7928


def test_words_written_after_a_withdrawal_are_not_offered_to_no_case(harness: Harness):
    worker, case = harness.accepted_case(MIGRANT, WORKER)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    harness.staff_text(worker, "Can we call you tomorrow?")
    harness.say(MIGRANT, "stop, do not send any more")
    harness.press(MIGRANT, f"wd:{case.ref}")
    withdrawn = "\n".join(r.text for r in harness.press(MIGRANT, f"wd:{case.ref}:yes"))
    assert "Nothing was sent" in withdrawn  # the "stop" words did not go, and the person knows
    assert not relay.waits(harness.state(MIGRANT))
    replies = harness.say(MIGRANT, "sorry i still need help, my boss took my phone")
    text = "\n".join(r.text for r in replies)
    assert "Choose the case" not in text and "Send this to" not in text
    assert not [t for t in harness.texts_to(WORKER) if "sorry" in t or "stop" in t]
