"""What the person reads after writing to a case whose caseworker the bot cannot reach
(they blocked it or deleted the chat, bot/referrals/reach.py), round 9 "Still open": it said
"Sent to the caseworker." though only their team (the inbox and the admins) would know. Now
it says their team gets it; once the caseworker is back, the caseworker again."""

from __future__ import annotations

from referral_helpers import Harness
from test_staff_reachability import MIGRANT, WORKER, Phones, blocked_holder


def test_the_person_reads_that_the_team_was_told_while_the_holder_is_away(harness: Harness):
    phones = Phones()
    case = blocked_holder(harness, phones)  # Sokha blocked the bot; the person wrote once
    harness.press(MIGRANT, f"ans:{case.ref}")
    [sent] = harness.say(MIGRANT, "are you there?")
    assert sent.text == (
        "Sent to Alpha Aid (fixture). Your caseworker may be away, so their team gets it too."
    )
    harness.service.came_back(f"tg:{WORKER}")  # Sokha started the bot again
    harness.press(MIGRANT, f"ans:{case.ref}")
    [sent] = harness.say(MIGRANT, "hello again")
    assert sent.text == "Sent to the caseworker."
