"""A complaint about an organisation's staff, and "not this organisation" (round 42B).

"the Alpha staff ask me money, i want other organisation" typed in the form: before, the
summary named Alpha (the route for a Cambodian) and Send gave Alpha's caseworkers the
complaint about them. Now the organisation the words name, or, when they name none but
complain about a caseworker, the organisation of the person's own case, is left out of the
route; the summary names the one that gets it and says the other is not told; with no other
organisation left nothing is sent and the person is told so plainly."""

from __future__ import annotations

import pytest
from referral_helpers import ORG_CHAT, ROOT, Harness

from bot.content import CatalogHolder
from bot.dialogue.not_this_org import avoided, named
from bot.storage.models import Case
from bot.values import CaseStatus, CaseView

MIGRANT = "tg:4201"
ALPHA_WORKER = 4202
GAMMA_WORKER = 4203


def _summary(harness: Harness, words: str, origin: str = "KH", country: str = "TH"):  # type: ignore[no-untyped-def]
    harness.connect_inbox("ALPHA")
    harness.connect_inbox("GAMMA")
    harness.join("ALPHA", ALPHA_WORKER)
    harness.join("GAMMA", GAMMA_WORKER)
    harness.profile(MIGRANT, origin, country)
    harness.press(MIGRANT, "person")
    return harness.to_summary(MIGRANT, words)


@pytest.mark.parametrize(
    "words",
    [
        "the Alpha staff ask me money, i want other organisation",
        "ALPHA never answer me 2 weeks",
        "alpha caseworker shouted at me, I dont trust them",
        "Alpha Aid staff told my boss what I said",
        "can i talk to someone not from Alpha organisation",
        "Alpha ဝန်ထမ်းက ပိုက်ဆံတောင်းတယ်၊ တခြားအဖွဲ့အစည်း လိုချင်တယ်",
        "បុគ្គលិក Alpha ទារលុយខ្ញុំ ខ្ញុំចង់បានអង្គការផ្សេង",
        "Alpha staff ask me money, khnhom chong ban angkar phseng",
    ],
)
def test_the_organisation_complained_about_does_not_get_the_request(harness: Harness, words: str):
    summary = _summary(harness, words)
    assert summary.text.startswith("This is exactly what will be sent to Gamma Door (fixture):")
    assert "You wrote about Alpha Aid (fixture). This request will not be sent to them" in (
        summary.text
    )
    harness.press_send(MIGRANT, summary)
    case: Case = harness.only(Case)
    assert case.org_id == "GAMMA"
    assert "ALPHA" not in case.agreed


def test_the_complained_about_organisation_cannot_see_the_case(harness: Harness):
    summary = _summary(harness, "the Alpha staff ask me money, i want other organisation")
    harness.press_send(MIGRANT, summary)
    case: Case = harness.only(Case)
    assert not any(case.ref in text for text in harness.texts_to(ORG_CHAT["ALPHA"]))
    # Alpha's caseworker pressing Accept on it (a forged or old button) does not take it
    harness.staff_press(ALPHA_WORKER, ORG_CHAT["ALPHA"], "acc", case.id)
    assert harness.only(Case).status != CaseStatus.ACCEPTED
    # Gamma declines: the case waits or ends, it is never passed to Alpha
    harness.staff_press(GAMMA_WORKER, ORG_CHAT["GAMMA"], "dec", case.id)
    harness.staff_text(GAMMA_WORKER, "we are full")
    after: Case = harness.only(Case)
    assert after.org_id != "ALPHA"
    assert not any(case.ref in text for text in harness.texts_to(ORG_CHAT["ALPHA"]))


def test_with_no_other_organisation_nothing_is_sent_and_the_person_is_told(harness: Harness):
    # From Myanmar, in Myanmar: only the fallback, Gamma, takes the case
    summary = _summary(
        harness, "Gamma caseworker shouted at me, i want other organisation", "MM", "MM"
    )
    assert "I have no other organisation for your place, so I will not send this request" in (
        summary.text
    )
    assert not any(b.data.startswith("ref:send:") for row in summary.buttons for b in row)
    assert harness.count(Case) == 0


def test_a_caseworker_complaint_with_no_name_leaves_out_the_persons_own_organisation(
    harness: Harness,
):
    first = _summary(harness, "my boss keeps my passport")
    harness.press_send(MIGRANT, first)
    assert harness.only(Case).org_id == "ALPHA"
    harness.press(MIGRANT, "person")
    harness.press(MIGRANT, "person::new")  # "You already have case ... start a new request"
    harness.say(MIGRANT, "caseworker told my boss, i dont trust them, i want another organisation")
    harness.press(MIGRANT, "ref:skip:place")
    summary = harness.press(MIGRANT, "ref:contact:bot")[-1]
    if any(b.data.startswith("ref:urgent:") for row in summary.buttons for b in row):
        summary = harness.press(MIGRANT, "ref:urgent:no")[-1]
    assert "sent to Gamma Door (fixture)" in summary.text
    harness.press_send(MIGRANT, summary)
    newest = max(harness.all(Case), key=lambda c: c.id)
    assert newest.org_id == "GAMMA" and "ALPHA" not in newest.agreed


def test_an_ordinary_request_still_goes_to_its_organisation(harness: Harness):
    summary = _summary(harness, "boss not pay me 2 months, Alpha can help?")
    assert "sent to Alpha Aid (fixture)" in summary.text
    assert "You wrote about" not in summary.text


@pytest.mark.parametrize(
    "words",
    [
        "I am fed up, boss shouted at me, i want to change job",
        "the factory is too far, boss ask me money for the bus",
        "my friend said FED helped him with his passport",
        "staff at the hospital shouted at me",
    ],
)
def test_near_misses_name_no_organisation_to_leave_out(words: str):
    partners = CatalogHolder(ROOT / "content").get().partners
    assert partners is not None
    assert avoided(words, partners) == []


@pytest.mark.parametrize(
    ("words", "orgs"),
    [
        ("the FED staff ask me money, i want other organisation", ["FED"]),
        ("CWCC never answer me 2 weeks", ["CWCC"]),
        ("fed staff shouted at me", ["FED"]),
        ("FAR caseworker told my boss", ["FAR"]),
        ("FED ဝန်ထမ်းက ပိုက်ဆံတောင်းတယ်", ["FED"]),
        ("CWCC មិនឆ្លើយ សំណើខ្ញុំ ២សប្តាហ៍", ["CWCC"]),
    ],
)
def test_the_real_partners_are_read_by_their_short_names(words: str, orgs: list[str]):
    partners = CatalogHolder(ROOT / "content").get().partners
    assert partners is not None
    assert avoided(words, partners) == orgs
    assert named("we are far from FED office", partners) == ["FED"]


def test_a_complaint_with_no_name_points_at_the_persons_case():
    partners = CatalogHolder(ROOT / "content").get().partners
    assert partners is not None
    case = CaseView("R1", None, "CWCC", CaseStatus.ACCEPTED, "2026-12-01")
    assert avoided("the caseworker shouted at me", partners, [case]) == ["CWCC"]
    assert avoided("nobody answer my case", partners, [case]) == []
