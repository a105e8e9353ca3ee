"""Round 44A: long messages in romanised Burmese, as people type them without a Burmese
keyboard. "thu ka nga ko thet mal lo pyaw tal kyauk tal" (he says he will kill me, I am
afraid) got "did not understand", and "ko bo ka yite tal thwe twe kya tal" (the boss hit me,
I am bleeding) in a long message got only the injury answer: the danger words knew "that mal"
and "nga ko yite", not these spellings. Now the numbers come first; a photo taken
(ဓာတ်ပုံရိုက်, "yite" too) and other ordinary messages stay as they were."""

from __future__ import annotations

import pytest
from dialogue_helpers import read_as, run, said, settled


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        ("thu ka nga ko thet mal lo pyaw tal kyauk tal", None, 0.2),
        ("a lote shin ka thet mel tae", None, 0.3),
        (
            "a ko mingalarpar kyanaw nay ma kaung buu ko bo ka yite tal thwe twe kya tal "
            "hospital ko thwar chin tal paisan ma shi buu",
            "injury_health",
            0.82,
        ),
        ("supervisor ka yite tal a lote ma lote chin tot buu", None, 0.3),
        ("khaung ka thwe htwet nay tal hospital ma thwar ya buu", "injury_health", 0.7),
    ],
)  # fmt: skip
def test_romanised_burmese_danger_gets_the_numbers_first(real, words, topic, confidence):  # type: ignore[no-untyped-def]
    got = said(run(real, settled("my", "TH"), read_as(words, topic, confidence, "my")))
    assert "🆘" in got
    assert got.index("🆘") < 40  # first, before any answer


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        # can I take a photo of the contract?
        ("sar chote ko dat pone yite lo ya lar", None, 0.4),
        # I will write later: ဆက်မယ် (will contact), not သတ်မယ် (the lead's read of 44A)
        ("nout mha sat mal", None, 0.3),
        # the boss did not pay two months
        ("thu htay ka la kha ma pay buu 2 la shi pyi", "unpaid_wages", 0.9),
        # I want to know about social security
        ("social security a kyaung thi chin tal", "social_security", 0.8),
        # my visa expired, I want to go home
        ("visa kone tot mal bal lo lote ya ma lae pyi tot ain pyan chin tal", "visa", 0.7),
    ],
)  # fmt: skip
def test_near_misses_are_not_made_an_emergency(real, words, topic, confidence):  # type: ignore[no-untyped-def]
    got = said(run(real, settled("my", "TH"), read_as(words, topic, confidence, "my")))
    assert "🆘" not in got
