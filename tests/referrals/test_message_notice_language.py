"""The inbox's "New message from the person" notice names the person's language, as the
card does: who in the team can read them decides who opens it (user testing, "Still open")."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

MIGRANT = "tg:5201"


def test_the_new_message_notice_names_the_persons_language(harness: Harness):
    harness.connect_inbox("ALPHA")
    harness.press(MIGRANT, "lang:km")
    harness.press(MIGRANT, "origin:KH")
    harness.press(MIGRANT, "country:TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "my boss owes me")
    case = harness.only(Case)
    harness.press(MIGRANT, f"ans:{case.ref}")
    harness.say(MIGRANT, "he still has not paid")
    [notice] = [
        text
        for text in harness.texts_to(ORG_CHAT["ALPHA"])
        if text.startswith(f"New message from the person in case {case.ref}")
    ]
    assert "\nLanguage: Khmer" in notice
    assert "paid" not in notice, "the words stay out of the group"
