"""The card's "Language" line says what the person's words are written in when it is not
the language the bot answers them in (round 14D: someone who chose English and typed Burmese
in Latin letters showed as "Language: English", and who can read the words decides who
accepts the case)."""

from __future__ import annotations

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

MIGRANT = "tg:5001"
WORKER = 7001


def language_lines(harness: Harness, words: str) -> list[str]:
    harness.connect_inbox("ALPHA")
    harness.profile(MIGRANT, "KH", "TH")  # the bot's language: English
    harness.fill_form(MIGRANT, "unpaid_wages", words)
    case = harness.only(Case)
    card = harness.outbox_to(ORG_CHAT["ALPHA"])[-1]["text"]
    worker = harness.join("ALPHA", WORKER)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "acc", case.id)
    [opened] = harness.staff_press(worker, ORG_CHAT["ALPHA"], "open", case.id)
    return [line for text in (card, opened.text) for line in text.split("\n") if "Language" in line]


@pytest.mark.parametrize(
    ("words", "line"),
    [
        (
            "thu htay ka la kha ma pay buu 2 la shi pyi",
            "Language: English (writes Burmese in Latin letters)",
        ),
        (
            "thaokae min ban aoy luy khnhom 2 khae hoeuy",
            "Language: English (writes Khmer in Latin letters)",
        ),
        ("my boss has not paid me for two months", "Language: English"),
    ],
)
def test_the_card_says_what_the_words_are_written_in(harness: Harness, words: str, line: str):
    assert language_lines(harness, words) == [line, line]  # the inbox card and Open
