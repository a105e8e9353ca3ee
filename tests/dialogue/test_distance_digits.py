"""An office near a shared location: its distance in the reader's own digits (round 26C).

"about 0 km" and "about 245 km" came in Latin digits in Burmese and Khmer, under dates
written in their own digits ("၂၀၂၆ နိုဝင်ဘာ ၂၇"). A distance is a count, not a number to
dial: it is written as dates are. The phone numbers under it stay in Latin digits.
"""

from __future__ import annotations

import re

import pytest
from dialogue_helpers import run, said

from bot.dialogue.events import Location
from bot.values import UserState

MANDALAY = Location(21.97, 96.08)  # offices in Nay Pyi Taw, about 245 km away
OWN = {"my": "[၀-၉]", "km": "[០-៩]"}


@pytest.mark.parametrize("lang", ["my", "km"])
def test_the_distance_is_in_the_readers_digits(real, lang: str) -> None:
    state = UserState(language=lang, origin="MM", country="MM", profile_asked=True)
    text = said(run(real, state, MANDALAY))
    titles = [line for line in text.splitlines() if " - " in line and "(" in line]
    assert titles
    for title in titles:
        distance = title.rsplit(" - ", 1)[1]
        assert not re.search("[0-9]", distance) and re.search(OWN[lang], distance), title
    assert any(line.startswith("☎ +95") for line in text.splitlines())
