"""Going to a destination, read as going home (exploratory round 23B): "how to go korea" as a
new person's first message got Going home ("Leaving Korea"), "chong tov korea" and "korea
thwar chin tal" (romanised Khmer and Burmese: I want to go to Korea) were not understood.
Now Going abroad legally, Going home one tap away; going back or home stays Going home."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled

from bot.dialogue import instead
from bot.dialogue.events import ButtonPress

LEGAL = ("legal_channels", ("return_home",))


def title(ctx, topic: str) -> str:
    return said(run(ctx, settled(), ButtonPress(f"topic:{topic}"))).split("\n")[0]


def test_how_to_go_korea_read_as_going_home_gets_going_abroad_legally(real):
    got = run(real, settled(), read_as("how to go korea", "return_home", 0.6))
    first = said(got).split("\n")[0]
    assert first == title(real, "legal_channels")
    assert first != title(real, "return_home")
    assert any("return_home" in data for data in all_button_data(got))


@pytest.mark.parametrize(
    ("topic", "words", "expected"),
    [
        ("return_home", "how to go korea", LEGAL),
        ("return_home", "how go to japan for work", LEGAL),
        (None, "i want go work in malaysia", LEGAL),
        (None, "chong tov korea", LEGAL),
        (None, "knhom chong tov twer ka nov thai", LEGAL),
        (None, "korea thwar chin tal", LEGAL),
        # going back or home: Going home stays
        ("return_home", "how to go back myanmar from korea", ("return_home", ())),
        ("return_home", "i want go home, i am in korea", ("return_home", ())),
        ("return_home", "korea ka pyan thwar chin tal", ("return_home", ())),
        # a problem the NLU found stays, with a destination in it
        ("unpaid_wages", "go to work in thailand, boss not pay", ("unpaid_wages", ())),
        ("emergency_help", "help they lock us, we go thailand", ("emergency_help", ())),
        # no destination: no reading is made up
        (None, "how to go", (None, ())),
    ],
)
def test_read(real, topic, words, expected):
    got = instead.read(topic, words, 0.8, real)
    assert (got.topic, got.also) == expected
