"""A caseworker's week with session 28's changes (round 44C).

A request that complains about an organisation goes elsewhere (round 42B), and the person
is told at the summary that the organisation complained about "is not told about it". The
caseworker who got it read only "Sounds like: says help from an organisation fell short":
nothing said the person had been promised that, and one who checks with the other
organisation breaks the promise. Their card (in private, never the inbox group) now names
the organisation and says not to contact it without the person's agreement."""

from __future__ import annotations

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

MIGRANT = "tg:4401"
ALPHA_WORKER = 4402
GAMMA_WORKER = 4403
BETA_WORKER = 4404
WARNING = "About Alpha Aid (fixture): the person complains about them"


def _sent(harness: Harness, words: str, origin: str = "KH", urgent: str = "no") -> Case:
    for org, worker in (("ALPHA", ALPHA_WORKER), ("GAMMA", GAMMA_WORKER), ("BETA", BETA_WORKER)):
        harness.connect_inbox(org)
        harness.join(org, worker)
    harness.profile(MIGRANT, origin, "TH")
    harness.press(MIGRANT, "person")
    harness.say(MIGRANT, words)
    harness.press(MIGRANT, "ref:skip:place")
    summary = harness.press(MIGRANT, "ref:contact:bot")[-1]
    if any(b.data.startswith("ref:urgent:") for row in summary.buttons for b in row):
        summary = harness.press(MIGRANT, f"ref:urgent:{urgent}")[-1]
    harness.press_send(MIGRANT, summary)
    case: Case = harness.only(Case)
    return case


@pytest.mark.parametrize(
    "words",
    [
        "the Alpha staff ask me money, i want other organisation",
        "Alpha ဝန်ထမ်းက ပိုက်ဆံတောင်းတယ်၊ တခြားအဖွဲ့အစည်း လိုချင်တယ်",
        "បុគ្គលិក Alpha ទារលុយខ្ញុំ ខ្ញុំចង់បានអង្គការផ្សេង",
        "Alpha staff ask me money, khnhom chong ban angkar phseng",
    ],
)
def test_the_receiving_caseworker_is_told_whom_not_to_contact(harness: Harness, words: str):
    case = _sent(harness, words)
    assert case.org_id == "GAMMA"
    [_, details] = harness.staff_press(GAMMA_WORKER, ORG_CHAT["GAMMA"], "acc", case.id)
    assert WARNING in details.text
    assert "Do not contact them about it without the person's agreement" in details.text
    # The inbox group, which sees no words, is not told whom the words are about
    assert not any("Alpha" in text for text in harness.texts_to(ORG_CHAT["GAMMA"]))
    assert not any(case.ref in text for text in harness.texts_to(ORG_CHAT["ALPHA"]))


def test_passed_on_after_a_decline_the_next_caseworker_is_told_too(harness: Harness):
    case = _sent(harness, "Alpha caseworker told my boss, i dont trust them", "MM", "yes")
    first = case.org_id
    assert first != "ALPHA"
    worker = {"BETA": BETA_WORKER, "GAMMA": GAMMA_WORKER}[first]
    harness.staff_press(worker, ORG_CHAT[first], "dec", case.id)
    harness.staff_text(worker, "we are full this week")
    moved: Case = harness.only(Case)
    assert moved.org_id not in (first, "ALPHA") and moved.urgent
    other = {"BETA": BETA_WORKER, "GAMMA": GAMMA_WORKER}[moved.org_id]
    [_, details] = harness.staff_press(other, ORG_CHAT[moved.org_id], "acc", case.id)
    assert WARNING in details.text
    assert not harness.texts_to(ORG_CHAT["ALPHA"])


@pytest.mark.parametrize(
    "words",
    [
        "boss not pay me 2 months, Alpha can help?",
        "Alpha told me to come here, my boss keeps my passport",
    ],
)
def test_a_case_that_only_names_an_organisation_carries_no_warning(harness: Harness, words: str):
    case = _sent(harness, words)
    worker = {"ALPHA": ALPHA_WORKER, "GAMMA": GAMMA_WORKER, "BETA": BETA_WORKER}[case.org_id]
    [_, details] = harness.staff_press(worker, ORG_CHAT[case.org_id], "acc", case.id)
    assert "About " not in details.text and "Do not contact them" not in details.text
