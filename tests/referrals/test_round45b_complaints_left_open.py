"""Complaints that name no one, and what the receiving caseworker's card says (round 45B).

A complaint about "the caseworker" that names no organisation, from a person with a case at
Alpha, is routed away from Alpha and the summary tells them Alpha "is not told" (round 42B);
a request opened from "Talk to a person" after a complaint typed outside the form
("person::not=ALPHA", round 43B) is too. But the card of the caseworker who got it read only
the words, which name no one: no "do not contact them" line (round 44C read only names in
the words). The ids the summary left out are now kept at Send (a case event, never the
words) and the card reads them."""

from __future__ import annotations

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.dialogue.events import Text
from bot.nlu import NluResult
from bot.storage.models import Case, CaseEvent

MIGRANT = "tg:4501"
ALPHA_WORKER = 4502
GAMMA_WORKER = 4503
WARNING = "About Alpha Aid (fixture): the person complains about them"


def _ready(harness: Harness) -> None:
    for org, worker in (("ALPHA", ALPHA_WORKER), ("GAMMA", GAMMA_WORKER)):
        harness.connect_inbox(org)
        harness.join(org, worker)
    harness.profile(MIGRANT, "KH", "TH")


def _send(harness: Harness, button: str, words: str) -> Case:
    harness.press(MIGRANT, button)
    summary = harness.to_summary(MIGRANT, words)
    harness.press_send(MIGRANT, summary)
    return max(harness.all(Case), key=lambda c: c.id)


def _details(harness: Harness, case: Case) -> str:
    [_, details] = harness.staff_press(GAMMA_WORKER, ORG_CHAT["GAMMA"], "acc", case.id)
    return details.text


@pytest.mark.parametrize(
    "words",
    [
        "caseworker told my boss, i dont trust them, i want another organisation",
        "the caseworker shouted at me, i want someone else",
    ],
)
def test_a_complaint_about_the_caseworker_naming_no_one_warns_the_card(
    harness: Harness, words: str
):
    _ready(harness)
    first = _send(harness, "person", "my boss keeps my passport")
    assert first.org_id == "ALPHA"
    harness.press(MIGRANT, "person")
    case = _send(harness, "person::new", words)
    assert case.id != first.id and case.org_id == "GAMMA"
    text = _details(harness, case)
    assert WARNING in text
    assert "Do not contact them about it without the person's agreement" in text
    # Ids only: no words in the history, and the inbox group is not told whom it is about
    details = [e.detail for e in harness.all(CaseEvent) if e.case_id == case.id]
    assert "ALPHA" in details and not any("boss" in (d or "") for d in details)
    assert not any("Alpha" in t for t in harness.texts_to(ORG_CHAT["GAMMA"]))
    assert not any(case.ref in t for t in harness.texts_to(ORG_CHAT["ALPHA"]))


def test_a_request_from_the_button_after_a_complaint_outside_the_form_warns_the_card(
    harness: Harness,
):
    _ready(harness)
    replies = harness.send(
        MIGRANT,
        Text("the alpha caseworker told my boss", "en", None, NluResult(None, 0.2, (), ())),
    )
    carried = [b.data for r in replies for row in r.buttons for b in row if ":not=" in b.data]
    assert carried
    case = _send(harness, carried[0], "boss not pay me 2 months")
    assert case.org_id == "GAMMA"
    assert WARNING in _details(harness, case)


def test_an_ordinary_second_request_carries_no_warning(harness: Harness):
    _ready(harness)
    _send(harness, "person", "my boss keeps my passport")
    harness.press(MIGRANT, "person")
    case = _send(harness, "person::new", "boss not pay me 2 months, i need help")
    assert case.org_id == "ALPHA"
    [_, details] = harness.staff_press(ALPHA_WORKER, ORG_CHAT["ALPHA"], "acc", case.id)
    assert "Do not contact them" not in details.text
    assert not any(e.action == "not_told" for e in harness.all(CaseEvent))


@pytest.mark.parametrize("words", ["Alpha staff told my boss", "បុគ្គលិក Alpha មិនឆ្លើយខ្ញុំ"])
def test_a_complaint_read_as_talk_to_a_person_leaves_the_organisation_out(
    harness: Harness, words: str
):
    _ready(harness)
    nlu = NluResult("talk_to_person", 0.94, (), ())
    harness.send(MIGRANT, Text(words, "en", None, nlu))
    summary = harness.to_summary(MIGRANT, "boss not pay me 2 months")
    assert "You wrote about Alpha Aid (fixture)" in summary.text
    harness.press_send(MIGRANT, summary)
    case = harness.only(Case)
    assert case.org_id == "GAMMA"
    assert WARNING in _details(harness, case)


def test_talk_to_a_person_naming_a_partner_without_a_complaint_goes_to_it(harness: Harness):
    _ready(harness)
    harness.send(
        MIGRANT,
        Text("i want to talk to Alpha", "en", None, NluResult("talk_to_person", 0.94, (), ())),
    )
    harness.say(MIGRANT, "boss not pay me 2 months")
    harness.press(MIGRANT, "ref:skip:place")
    summary = harness.press(MIGRANT, "ref:contact:bot")[-1]
    assert "You wrote about" not in summary.text


@pytest.mark.parametrize(
    ("words", "orgs"),
    [
        ("បុគ្គលិក CWCC មិនឆ្លើយខ្ញុំ", ["CWCC"]),
        ("CWCC neak thvee ka ot chlery khnhom", ["CWCC"]),
        ("ម្តាយខ្ញុំមិនឆ្លើយទូរស័ព្ទ", []),  # my mother does not answer the phone
        ("khnhom tov CWCC, ke chuoy khnhom", []),  # CWCC helped me
        ("FED ko ma yone bu, tachar apwe lo chin tal", ["FED"]),  # don't trust FED
        ("mak khnhom ot chlery phone", []),  # my mother does not answer: no partner named
    ],
)
def test_unanswered_in_khmer_with_a_real_partner_named(words: str, orgs: list[str]):
    from referral_helpers import ROOT

    from bot.content import CatalogHolder
    from bot.dialogue.not_this_org import avoided

    partners = CatalogHolder(ROOT / "content").get().partners
    assert partners is not None
    assert avoided(words, partners) == orgs
