"""A broker asking for money before a contract (round 13B): "agent say pay 1500 dollar first
before contract ok?" and "ပွဲစားက ငွေအရင်ပေးခိုင်းတယ်" (the broker wants money first) got
Agency fees and debt, which said to ask for the cost in writing but not that money asked
before a contract is a warning sign (Check an agency says it, one tap further). The fee
answers for Myanmar and Cambodia now say it, with the contract each country's sources name."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, text

from bot.values import UserState


@pytest.mark.parametrize(
    ("origin", "lang", "words"),
    [
        ("KH", "en", ["placement-service contract", "warning sign", "Do not pay yet"]),
        ("MM", "en", ["contract in a language you read", "warning sign", "Do not pay yet"]),
        ("KH", "km", ["កិច្ចសន្យាសេវាផ្គត់ផ្គង់ការងារ", "សញ្ញាព្រមាន"]),
        ("MM", "my", ["စာချုပ် မရခင်", "သတိထားပါ"]),
    ],
)
def test_the_fee_answer_says_money_before_a_contract_is_a_warning_sign(real, origin, lang, words):
    state = UserState(language=lang, origin=origin, country=origin, profile_asked=True)
    body = said(run(real, state, text("agent ask money first", lang, topic="recruitment_fees")))
    for word in words:
        assert word in body
