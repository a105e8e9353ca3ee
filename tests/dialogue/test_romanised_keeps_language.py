"""A Burmese or Khmer reader who types a few words of their language in Latin letters keeps
their replies (issue 12: "a Burmese or Khmer user who types in Latin letters keeps getting
replies in their language"). "ot luy pay" (no money paid) from a Khmer reader weighs 1.5 of
the 2.0 a stranger's message needs to be read as romanised Khmer, was taken as English, and
switched the replies to English (session 18). A real English sentence still switches, with
the one-tap way back."""

from __future__ import annotations

import pytest
from dialogue_helpers import read_as, run, settled

from bot.language.romanised import leans_to


@pytest.mark.parametrize(
    ("words", "lang"),
    [("ot luy pay", "km"), ("boss ot pay luy", "km"), ("boss ma pay lakha", "my")],
)
def test_a_few_romanised_words_keep_the_readers_language(real, words, lang):
    got = run(real, settled(lang), read_as(words, "unpaid_wages", 0.9, "en"))
    assert got.state.language == lang


@pytest.mark.parametrize("lang", ["km", "my"])
def test_an_english_sentence_still_switches_to_english(real, lang):
    words = "my boss did not pay me for two months"
    got = run(real, settled(lang), read_as(words, "unpaid_wages", 0.9, "en"))
    assert got.state.language == "en"


@pytest.mark.parametrize(
    ("words", "lang", "keeps"),
    [
        ("ot luy pay", "km", True),
        ("ot luy pay", "my", False),  # Khmer words do not keep Burmese
        ("pay me please", "km", False),
        ("i want go home", "km", False),
        ("ot luy pay", "en", False),
    ],
)
def test_leans_to(words, lang, keeps):
    assert leans_to(words, lang) is keeps
