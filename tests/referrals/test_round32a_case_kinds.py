"""A caseworker's week with the newest kinds of case (exploratory round 32A).

A person sent from the answers rounds 30A-30C added (threats online, a fire, an accident, no
papers, another language) by "Talk to a person" arrived as "Problem: other": the card said
nothing of what the case was, and the inbox could not tell a woman threatened with intimate
photos from a question. A crane fallen on two friends waited for the 24-hour target when the
person pressed "Not urgent" (or was not sure). A caseworker's "Please send the money to the
police so your son is released", to a mother the bot had told that such a call may be a
trick, was previewed with no word. Now the card says what the words sound like (a kind, never
the words), an accident happening now makes the request urgent as danger words do, and the
preview warns a reply that tells such a person to pay."""

from __future__ import annotations

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

MIGRANT = "tg:3201"
WORKER = 3202


def _form(harness: Harness, words: str) -> tuple:  # type: ignore[type-arg]
    """ALPHA's inbox connected; the person (Cambodia, Thailand) presses Talk to a person with
    no topic, types `words`, skips the place, is reached through the bot: the replies after
    the contact (the urgency question, or the summary when it was not asked)."""
    harness.connect_inbox("ALPHA")
    harness.join("ALPHA", WORKER)
    harness.profile(MIGRANT, "KH", "TH")
    harness.press(MIGRANT, "person")
    harness.say(MIGRANT, words)
    harness.press(MIGRANT, "ref:skip:place")
    return harness.press(MIGRANT, "ref:contact:bot")


def _sent(harness: Harness, words: str, urgent: str = "no") -> Case:
    replies = _form(harness, words)
    summary = replies[-1]
    if any(b.data.startswith("ref:urgent:") for row in summary.buttons for b in row):
        summary = harness.press(MIGRANT, f"ref:urgent:{urgent}")[-1]
    harness.press_send(MIGRANT, summary)
    case: Case = harness.only(Case)
    return case


def _card_and_open(harness: Harness, case: Case) -> tuple[str, str]:
    card = harness.texts_to(ORG_CHAT["ALPHA"])[-1]
    harness.staff_press(WORKER, ORG_CHAT["ALPHA"], "acc", case.id)
    [opened] = harness.staff_press(WORKER, ORG_CHAT["ALPHA"], "open", case.id)
    return card, opened.text


@pytest.mark.parametrize(
    ("words", "line"),
    [
        (
            "he want more money for the video, i already pay 2 times. he post on tiktok tonight",
            "Sounds like: threats or cheating by phone or online",
        ),
        (
            "man call me say he police, my son arrested in bangkok, i must send 20000 baht",
            "Sounds like: a phone call asking money for a family member (may be a trick)",
        ),
        (
            "no nrc. my parents also no card. want passport for work",
            "Sounds like: never had a national ID card or citizenship",
        ),
        (
            "boss no pay 2 month. i shan, burmese little",
            "Sounds like: reads little Burmese or Khmer, or asks for another language",
        ),
    ],
)
def test_the_card_says_what_the_words_sound_like(harness: Harness, words: str, line: str):
    case = _sent(harness, words)
    card, opened = _card_and_open(harness, case)
    assert line in card.split("\n") and line in opened.split("\n")
    assert words not in card  # the group reads a kind, never the words


@pytest.mark.parametrize(
    "words", ["my boss owes me 2 months", "the fire alarm ring every night", "i am from shan state"]
)
def test_ordinary_words_add_no_line(harness: Harness, words: str):
    card, opened = _card_and_open(harness, _sent(harness, words))
    assert "Sounds like" not in card and "Sounds like" not in opened


def test_an_accident_now_is_urgent_without_asking(harness: Harness):
    replies = _form(harness, "crane fall at construction site, 2 my friend under it, cannot find")
    summary = replies[-1]
    assert "Is it urgent?" not in summary.text and "Urgent: yes" in summary.text
    harness.press_send(MIGRANT, summary)
    case = harness.only(Case)
    assert case.urgent
    card, _opened = _card_and_open(harness, case)
    assert card.startswith("🔴") and "Sounds like: an accident" in card


def test_an_accident_gone_by_is_asked_as_before(harness: Harness):
    replies = _form(harness, "i had a motorbike accident last year, hand still hurt")
    assert "Is it urgent?" in replies[-1].text


def _preview(harness: Harness, words: str, reply: str) -> str:
    case = _sent(harness, words, urgent="yes")
    harness.staff_press(WORKER, ORG_CHAT["ALPHA"], "acc", case.id)
    harness.staff_press(WORKER, ORG_CHAT["ALPHA"], "rep", case.id)
    [preview] = harness.staff_text(WORKER, reply, send=False)
    return preview.text


CALL = "man call me say he police, my son arrested in bangkok, i must send 20000 baht today"
WARNING = "Careful: your reply tells the person to pay."


@pytest.mark.parametrize(
    ("words", "reply", "warned"),
    [
        (CALL, "Please send the money to the police so your son is released.", True),
        ("they say they post my naked photos if i not pay", "Just pay them, then they stop.", True),
        (CALL, "Do not pay them. Call your son on the number you know.", False),
        ("my boss owes me 2 months", "Please pay the fee at the labour office first.", False),
    ],
)
def test_the_preview_warns_a_reply_that_tells_them_to_pay(
    harness: Harness, words: str, reply: str, warned: bool
):
    text = _preview(harness, words, reply)
    assert (WARNING in text) is warned
    assert text.endswith(reply)  # said, never blocked
