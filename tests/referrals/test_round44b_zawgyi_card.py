"""Round 44B: a Zawgyi user's short description ("အလုပ္မရွိဘူး ဘာမွမရဘူး", no work, got
nothing), with nothing in it but Zawgyi's ha-htoe to say it is Zawgyi, reached the
caseworker's card in Zawgyi's code points (garbled on a Unicode phone); the summary shown to
the person and the card now hold it read as Unicode, and the person reads it back in Zawgyi."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.language import to_zawgyi
from bot.storage.models import Case

MOE = 7401
TYPED = "အလုပ္မရွိဘူး ဘာမွမရဘူး"  # Zawgyi
READ = "အလုပ်မရှိဘူး ဘာမှမရဘူး"


def test_a_short_zawgyi_story_reaches_the_card_in_unicode(harness: Harness):
    harness.connect_inbox("BETA")
    harness.join_named("BETA", MOE, "Moe")
    uid = "tg:5101"
    harness.press(uid, "lang:my:zawgyi")
    harness.press(uid, "origin:MM")
    harness.press(uid, "country:TH")
    harness.press(uid, "person:unpaid_wages")
    harness.press(uid, "ref:topic:unpaid_wages")
    harness.say(uid, TYPED)
    harness.press(uid, "ref:skip:place")
    harness.press(uid, "ref:contact:bot")
    replies = harness.press(uid, "ref:urgent:no")
    summary = replies[-1]
    assert any(to_zawgyi(READ) in reply.text for reply in replies), "read back in Zawgyi"
    harness.press_send(uid, summary)
    case: Case = harness.only(Case)
    card = harness.staff_press(MOE, ORG_CHAT["BETA"], "acc", case.id)
    text = "\n".join(said.text for said in card)
    assert READ in text
    assert TYPED not in text
