"""The readers added today, meeting in one message (exploratory round 39A).

Before: "my boss died, his wife say no money for us, landlord want rent" got only the line that
our sources have no rules on renting: the employer gone (the wages owed, the permit) was hidden
under the landlord. "my boss died last year, new boss ok, how to renew work permit" got the
line for an employer gone before the permit answer, though the new boss is fine. Now the
employer-gone line answers the first, and the second gets the permit answer alone."""

from __future__ import annotations

import pytest
from dialogue_helpers import read_as, run, said, settled

from bot.dialogue import employer_gone, housing

GONE = "Your workplace closed, or your employer ran away, died or was arrested?"
RENT = "A room, rent, a deposit or a landlord?"


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        ("my boss died, his wife say no money for us, landlord want rent", "injury_health", 0.7),
        ("factory closed, boss ran away, landlord say get out tomorrow", None, 0.4),
    ],
)
def test_the_employer_gone_is_not_hidden_by_the_landlord(real, words, topic, confidence):
    got = run(real, settled("en", "TH"), read_as(words, topic, confidence, "en"))
    assert said(got).startswith(GONE)
    assert RENT not in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "landlord say get out tomorrow, where I sleep",
        "landlord keep my deposit 3000 baht when I move",
    ],
)
def test_the_landlord_alone_still_gets_its_line(real, words):
    got = run(real, settled("en", "TH"), read_as(words, None, 0.5, "en"))
    assert said(got).startswith(RENT)


@pytest.mark.parametrize(
    ("words", "gone"),
    [
        ("my boss died last year, new boss ok, how to renew work permit", False),
        ("my employer ran away, new employer is good", False),
        ("my boss died, new boss say no money for us", True),
        ("boss ran away, no salary 2 month", True),
    ],
)
def test_a_new_boss_who_is_fine_is_no_employer_gone(words, gone):
    assert employer_gone.says(words) is gone


def test_the_permit_question_with_a_new_boss_gets_no_employer_gone_line(real):
    words = "my boss died last year, new boss ok, how to renew work permit"
    got = run(real, settled("en", "TH"), read_as(words, "visa_work_permit", 0.93, "en"))
    assert GONE not in said(got)
    assert not housing.says(words)


def test_a_caseworker_who_told_the_boss_comes_before_the_landlord(real):
    """The lead's read of round 39A: the breach of trust first (fell_short, now before the
    landlord's line in said_alone.SAID)."""
    words = "the caseworker told my boss, now boss say get out of the dormitory"
    got = run(real, settled("en", "TH"), read_as(words, None, 0.4, "en"))
    assert RENT not in said(got)
    assert got.tally is not None and got.tally.topic == "fell_short"
