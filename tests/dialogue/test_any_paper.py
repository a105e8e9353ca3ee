"""One list of the words for a paper (papers_words.any_paper), read by the missing-person
rule (someone_else.py) and the phone-taken rule (phone_taken.py). Before, each module had its
own list: the phone rule read the Khmer កាត (card) inside កាត់ (cut), so "the boss cut my pay
and took my phone" named a paper, and the missing-person rule knew no "pasport" or ឯកសារ's
Burmese twins."""

from __future__ import annotations

import pytest
from dialogue_helpers import read_as, run, said, settled

from bot.dialogue import phone_taken
from bot.dialogue.events import Text
from bot.dialogue.papers_words import any_paper
from bot.values import Asked, NluResult


@pytest.mark.parametrize(
    "words",
    [
        "boss keep my passport",
        "my pasport gone",  # as typed
        "no papers",
        "lost my ID",
        "my friend pink card",
        "pat sa po pyout thwar",
        "ပတ်စ်ပို့ ပျောက်သွားတယ်",  # my passport is lost
        "ပတ္စပို႔ ေပ်ာက္သြားတယ္",  # the same in Zawgyi
        "ថៅកែរក្សាលិខិតឆ្លងដែន",  # the boss keeps the passport
        "ខ្ញុំបាត់ឯកសារ",  # I lost my documents
    ],
)
def test_papers_are_named(words):
    assert any_paper(words)


@pytest.mark.parametrize(
    "words",
    [
        "I'd like to find my friend",  # "I'd" is no ID
        "my friend is missing",
        "ថៅកែកាត់លុយខ្ញុំ",  # the boss cut my money: កាត់ is no card
        "ke yok phone",
    ],
)
def test_no_paper_is_named(words):
    assert not any_paper(words)


def test_a_phone_taken_beside_a_pay_cut_in_khmer_is_the_phone(real):
    # The boss cut my money and took my phone; read as Passport taken, no paper named.
    words = "ថៅកែកាត់លុយខ្ញុំ ហើយយកទូរស័ព្ទខ្ញុំ"
    nlu = NluResult("documents_confiscated", 0.9, (("documents_confiscated", 0.9),), (), ())
    got = run(real, settled("km"), Text(words, "km", None, nlu))
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, phone_taken.NAME)


def test_a_missing_friend_with_i_d_is_still_missing(real):
    words = "my friend is missing 2 weeks, I'd like to find her"
    got = run(real, settled(), read_as(words, "lost_documents", 0.87))
    assert got.tally is not None
    assert got.tally.asked == Asked.CONVERSATION
    assert said(got)
