"""A broker who says no passport is needed (round 13B): "my son 19 want go thailand, broker
say no need passport, cross river at night, 5 lakh" (a father in Myanmar) was read as
Documents you need, which listed the papers but said nothing of going without them; the
warning not to pay such a broker was only in the answer for no known origin. The documents
answers for Myanmar and Cambodia now say it, with the 2017 finding that workers without
papers have less protection."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, text

from bot.values import UserState

WORDS = "my son 19 want go thailand, broker say no need passport, cross river at night, 5 lakh"


@pytest.mark.parametrize(
    ("origin", "lang", "says"),
    [
        ("MM", "en", "A broker says you need no passport? Do not pay."),
        ("KH", "en", "A broker says you need no passport? Do not pay."),
        ("MM", "my", "ပတ်စပို့ မလိုဘူးလို့ ပွဲစားက ပြောရင်"),
        ("KH", "km", "មេខ្យល់ថាមិនត្រូវការលិខិតឆ្លងដែន"),
    ],
)
def test_the_documents_answer_warns_of_a_broker_without_papers(real, origin, lang, says):
    state = UserState(language=lang, origin=origin, country=origin, profile_asked=True)
    body = said(run(real, state, text(WORDS, lang, topic="documents_needed")))
    assert says in body
