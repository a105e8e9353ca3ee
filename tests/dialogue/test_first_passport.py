"""A first passport (round 13B): "first time passport, where to make?" got Documents you
need, which names the passport but not where to get one, and then "how much passport cost"
was read as Lost documents. Where and how much are not in the bot's sources: the answer
says so and points to a person (never an office or a fee we do not have)."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, text

from bot.values import UserState


@pytest.mark.parametrize(
    ("origin", "lang", "says"),
    [
        ("MM", "en", "Your first passport: where to apply, and the cost, not found by us."),
        ("KH", "en", "Your first passport: where to apply, and the cost, not found by us."),
        ("MM", "my", "ပထမဆုံး ပတ်စပို့"),
        ("KH", "km", "លិខិតឆ្លងដែនលើកដំបូង"),
    ],
)
def test_documents_say_where_to_get_a_first_passport_is_not_known(real, origin, lang, says):
    state = UserState(language=lang, origin=origin, country=origin, profile_asked=True)
    words = "first time passport, where to make?"
    assert says in said(run(real, state, text(words, lang, topic="documents_needed")))
