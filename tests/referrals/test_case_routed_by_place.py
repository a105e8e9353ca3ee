"""The case a relative sends goes to an organisation for the place the form names, and its
card says that place (round 10, x10a F8): a mother in Myanmar (profile Myanmar/Myanmar)
writing about her daughter in Thailand. Before, the case went by her profile to the
fallback organisation, and the card said "Now in: Myanmar" beside "Where: Thailand". In the
fixture, Myanmar in Thailand goes to BETA; anything else to GAMMA (the fallback)."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

MOTHER = "tg:4301"
STORY = "My daughter works in a factory. She stopped answering her phone 2 weeks ago."


def send_with_place(harness: Harness, place: str) -> Case:
    harness.profile(MOTHER, "MM", "MM")
    harness.press(MOTHER, "person")
    harness.say(MOTHER, STORY)
    # Said at once, more words would be more of the story (form_typed.JOIN_SECONDS): a
    # place given after the question comes again, as a person's answer does.
    harness.press(MOTHER, "ref:resume")
    harness.say(MOTHER, place)
    harness.press(MOTHER, "ref:contact:bot")
    summary = harness.press(MOTHER, "ref:urgent:no")[-1]
    harness.press_send(MOTHER, summary)
    case: Case = harness.only(Case)
    return case


def test_the_case_goes_to_the_organisation_for_the_place_and_its_card_says_it(harness):
    harness.connect_inbox("BETA")
    harness.connect_inbox("GAMMA")
    case = send_with_place(harness, "Thailand")
    assert case.org_id == "BETA" and case.agreed == ["BETA", "GAMMA"]
    assert (case.origin, case.country) == ("MM", "TH")
    assert (harness.state(MOTHER).origin, harness.state(MOTHER).country) == ("MM", "MM")
    [card] = [t for t in harness.texts_to(ORG_CHAT["BETA"]) if case.ref in t]
    assert "From: Myanmar · Now in: Thailand" in card
    assert not [t for t in harness.texts_to(ORG_CHAT["GAMMA"]) if case.ref in t]


def test_a_place_naming_no_country_keeps_the_profiles_organisation(harness):
    harness.connect_inbox("BETA")
    harness.connect_inbox("GAMMA")
    case = send_with_place(harness, "Mandalay")
    assert case.org_id == "GAMMA" and case.agreed == ["GAMMA"]
    assert (case.origin, case.country) == ("MM", "MM")
