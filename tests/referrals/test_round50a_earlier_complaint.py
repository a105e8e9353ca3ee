"""A second complaint does not send the person back to the first organisation (round 50A).

A person from Cambodia with a case at Alpha wrote in Burmese "the group's staff told the
boss" (round 49A): a new request skipped Alpha and went to Gamma, Alpha not told. When they
then wrote "Gamma caseworker told my boss, i want another organisation", the request that
skipped Gamma was addressed to Alpha, the organisation they had said told their boss, and
Alpha's card said nothing of it. Now the organisations an earlier request was sent without
(ids recorded at Send, never the words) are left out of later ones too."""

from __future__ import annotations

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.dialogue.events import Text
from bot.nlu import NluResult
from bot.storage.models import Case
from bot.values import CaseStatus

MIGRANT = "tg:5001"
WORKERS = {"ALPHA": 5002, "BETA": 5003, "GAMMA": 5004}
TOLD = [
    "အဖွဲ့က ဝန်ထမ်းက သူဌေးကို ပြောလိုက်တယ်",
    "အဖြဲ႕က ၀န္ထမ္းက သူေဌးကို ေျပာလိုက္တယ္",  # Zawgyi
]


def _first_complaint(harness: Harness, words: str) -> tuple[Case, Case]:
    for org, worker in WORKERS.items():
        harness.connect_inbox(org)
        harness.join(org, worker)
    _worker, first = harness.accepted_case(MIGRANT, WORKERS["ALPHA"])
    harness.press(MIGRANT, "lang:my")
    harness.press(MIGRANT, "person")
    harness.send(MIGRANT, Text(words, "my", None, NluResult(None, 0.2, (), ())))
    harness.press(MIGRANT, "person::not=ALPHA")
    harness.press_send(MIGRANT, harness.to_summary(MIGRANT, "boss not pay me 2 months"))
    [second] = [case for case in harness.all(Case) if case.id != first.id]
    assert second.org_id == "GAMMA"
    harness.staff_press(WORKERS["GAMMA"], ORG_CHAT["GAMMA"], "acc", second.id)
    return first, second


@pytest.mark.parametrize("words", TOLD)
def test_a_complaint_about_the_second_does_not_go_back_to_the_first(
    harness: Harness, words: str
) -> None:
    first, second = _first_complaint(harness, words)
    seen_by_alpha = len(harness.texts_to(ORG_CHAT["ALPHA"]))
    harness.press(MIGRANT, "lang:en")
    replies = harness.say(MIGRANT, "Gamma caseworker told my boss, i want another organisation")
    data = [b.data for r in replies for row in r.buttons for b in row]
    assert "person::not=GAMMA" in data
    harness.press(MIGRANT, "person::not=GAMMA")
    summary = harness.to_summary(MIGRANT, "boss not pay me 2 months")
    assert "sent to Alpha" not in summary.text
    assert not any(b.data.startswith("ref:send:") for row in summary.buttons for b in row)
    assert "nothing is sent" in summary.text
    assert len(harness.all(Case)) == 2
    assert len(harness.texts_to(ORG_CHAT["ALPHA"])) == seen_by_alpha
    cases = {case.id: case for case in harness.all(Case)}
    assert cases[first.id].status == CaseStatus.ACCEPTED
    assert cases[second.id].status == CaseStatus.ACCEPTED


def test_an_earlier_request_sent_without_complaint_leaves_no_one_out(harness: Harness) -> None:
    # Near-miss: a case sent with nobody left out does not change the next route
    for org, worker in WORKERS.items():
        harness.connect_inbox(org)
        harness.join(org, worker)
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "my boss owes me")
    harness.press(MIGRANT, "person::new")
    harness.press(MIGRANT, "ref:topic:unpaid_wages")
    summary = harness.to_summary(MIGRANT, "boss took my passport")
    assert "Alpha Aid (fixture)" in summary.text.splitlines()[0]
