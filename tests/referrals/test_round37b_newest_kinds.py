"""A caseworker's week with the newest kinds of case (exploratory round 37B).

Typed in the form, or sent from the answers of rounds 35A-36C by "Talk to a person", "my
friend took yaba and not wake up" got the place question with no emergency step, the
urgency question (where "Not urgent" could be pressed), and a card that read "Problem: other"
like the factory closed, the landlord's deposit, the paper to sign, the social security cut
and the complaint about staff. Now an overdose in the form's words gets medical help now
first and marks the request urgent; the card and Open say what each case sounds like (a
kind, never the words)."""

from __future__ import annotations

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

MIGRANT = "tg:3701"
WORKER = 3702


def _form(harness: Harness, words: str) -> tuple:  # type: ignore[type-arg]
    harness.connect_inbox("ALPHA")
    harness.join("ALPHA", WORKER)
    harness.profile(MIGRANT, "KH", "TH")
    harness.press(MIGRANT, "person")
    said = harness.say(MIGRANT, words)
    harness.press(MIGRANT, "ref:skip:place")
    return said, harness.press(MIGRANT, "ref:contact:bot")


def _sent(harness: Harness, words: str) -> Case:
    _said, replies = _form(harness, words)
    summary = replies[-1]
    if any(b.data.startswith("ref:urgent:") for row in summary.buttons for b in row):
        summary = harness.press(MIGRANT, "ref:urgent:no")[-1]
    harness.press_send(MIGRANT, summary)
    case: Case = harness.only(Case)
    return case


@pytest.mark.parametrize(
    "words",
    [
        "my friend took yaba and not wake up, we are in chiang mai",
        "friend overdose, ambulance?",
        "ငါ့သူငယ်ချင်း ယာဘ သောက်ပြီး မနိုးတော့ဘူး",
    ],
)
def test_an_overdose_in_the_form_is_urgent_with_medical_help_first(harness: Harness, words: str):
    said, replies = _form(harness, words)
    assert "Get medical help now" in said[0].text
    summary = replies[-1]
    assert not any(b.data.startswith("ref:urgent:") for row in summary.buttons for b in row)
    assert "Urgent: yes" in summary.text


@pytest.mark.parametrize(
    ("words", "line"),
    [
        (
            "my friend took yaba and not wake up, we are in chiang mai",
            "Sounds like: someone took something and does not wake or breathe well "
            "(a medical emergency)",
        ),
        (
            "factory closed yesterday, boss run away, 2 month salary not pay",
            "Sounds like: the workplace closed or the employer is gone",
        ),
        (
            "landlord keep my deposit 3000 baht when I move",
            "Sounds like: a landlord, a deposit, rent or eviction",
        ),
        (
            "boss say all of us must sign paper we resign ourselves, no compensation",
            "Sounds like: told to sign a paper",
        ),
        (
            "boss cut 750 baht every month for social security but I have no card",
            "Sounds like: social security or insurance: money cut, no card, a claim",
        ),
        (
            "I sent my problem to FED 3 days ago nobody answer",
            "Sounds like: says help from an organisation fell short",
        ),
        (
            "the caseworker told my boss what I said",
            "Sounds like: a complaint about an organisation's staff: check whom it is about "
            "before taking it",
        ),
    ],
)
def test_the_card_says_the_newest_kinds(harness: Harness, words: str, line: str):
    case = _sent(harness, words)
    card = harness.texts_to(ORG_CHAT["ALPHA"])[-1]
    harness.staff_press(WORKER, ORG_CHAT["ALPHA"], "acc", case.id)
    [opened] = harness.staff_press(WORKER, ORG_CHAT["ALPHA"], "open", case.id)
    assert line in card.split("\n") and line in opened.text.split("\n")
    assert words not in card  # the group reads a kind, never the words


@pytest.mark.parametrize(
    "words",
    [
        "my friend took medicine for fever, now he is ok",
        "boss pay me late every month",
        "i want to go home to my family next month",
    ],
)
def test_near_misses_are_neither_urgent_nor_a_new_kind(harness: Harness, words: str):
    said, replies = _form(harness, words)
    assert "Get medical help now" not in said[0].text
    summary = replies[-1]
    assert any(b.data.startswith("ref:urgent:") for row in summary.buttons for b in row)
    harness.press_send(MIGRANT, harness.press(MIGRANT, "ref:urgent:no")[-1])
    assert "Sounds like" not in harness.texts_to(ORG_CHAT["ALPHA"])[-1]
