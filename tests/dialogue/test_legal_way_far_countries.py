"""Asked about Korea, Japan or Singapore before leaving (round 13B): "EPS TOPIK exam when?"
from Cambodia got Going abroad legally with Thailand and Malaysia only, and "japan ko
technical intern nae thwar chin tal" from Myanmar the MOU list with no word on how to apply.
Nothing checked is known about those countries' programmes, so the answer says so and
points to a person before paying anyone (never a programme, test date or fee we do not
have)."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, text

from bot.values import UserState


@pytest.mark.parametrize(
    ("origin", "lang", "says"),
    [
        ("KH", "en", "How to apply for Korea, Japan or Singapore"),
        ("MM", "en", "How to apply for Korea or Japan"),
        ("KH", "km", "របៀបដាក់ពាក្យទៅកូរ៉េ ជប៉ុន ឬសិង្ហបុរី"),
        ("MM", "my", "ကိုရီးယား ဒါမှမဟုတ် ဂျပန်ကို ဘယ်လို လျှောက်ရလဲ"),
    ],
)
def test_the_legal_way_says_what_is_not_known_for_far_countries(real, origin, lang, says):
    state = UserState(language=lang, origin=origin, country=origin, profile_asked=True)
    body = said(run(real, state, text("EPS TOPIK exam when?", lang, topic="legal_channels")))
    assert says in body
    line = next(line for line in body.splitlines() if says in line)
    assert any(word in line for word in ("not found", "រកមិនឃើញ", "ရှာမတွေ့"))
