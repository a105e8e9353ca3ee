""" "in KL", as Malaysia's capital is written in chats (round 14C: "im myanmar in KL no
permit. boss not pay" from someone with no place in the profile got the answer for no
country, with the Department of Labour in Nay Pyi Taw as its only numbers)."""

from __future__ import annotations

import pytest
from dialogue_helpers import read_as, said

from bot.dialogue import engine, places
from bot.values import UserState


@pytest.mark.parametrize("words", ["im myanmar in KL no permit", "working in kl", "KL"])
def test_kl_names_malaysia(words):
    assert places.mentioned(words).country == "MY"


@pytest.mark.parametrize("words", ["my skill test", "ok la"])
def test_kl_inside_other_words_names_no_country(words):
    assert places.mentioned(words).country is None


def test_the_answer_is_malaysias(real: engine.Context):
    nobody = UserState(language="en", origin="MM", country=None, profile_asked=True)
    asked = read_as("im in KL, boss not pay 2 month", "unpaid_wages", 0.95)
    outcome = engine.handle(asked, nobody, real)
    assert "JTKSM" in said(outcome)
    assert "Nay Pyi Taw" not in said(outcome)
