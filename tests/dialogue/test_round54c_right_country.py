"""Round 54C: the right country's offices and numbers, for people outside Thailand. A town or
state named instead of the country ("ansan factory", "jurong dormitory", "i am in kedah",
ម៉ាឡេ for Malaysia) named no country: the answer came for the profile's place (Thailand's
1546 to someone who had moved to Ansan; Malaysia's Labour Department to someone in Jurong).
Sentences written for the round, and near-misses that must name no country.
"""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, text

from bot.dialogue import places
from bot.values import UserState


@pytest.mark.parametrize(
    ("words", "country"),
    [
        ("ansan factory boss not pay 2 month, who to call", "KR"),
        ("i moved to incheon last month", "KR"),
        ("daegu factory, boss hit me", "KR"),
        ("jurong dormitory, agent take my passport", "SG"),
        ("i work in woodlands now", "SG"),
        ("i am in kedah", "MY"),
        ("ipoh plantation no salary", "MY"),
        ("my job now in nagoya, company not pay overtime", "JP"),
        ("fukuoka farm trainee", "JP"),
        ("i am in malaysa now", "MY"),
        ("ខ្ញុំធ្វើការនៅម៉ាឡេ ថៅកែមិនឲ្យលុយ ពីរខែហើយ", "MY"),
        ("ខ្ញុំនៅអានសាន", "KR"),
        ("ဂျိုဟိုးက ကြက်ခြံမှာ လုပ်တယ်", "MY"),
    ],
)
def test_a_town_abroad_names_its_country(words: str, country: str) -> None:
    assert places.where_now(words) == country


@pytest.mark.parametrize(
    "words",
    [
        "my boss do not respect me",
        "ခင်ဗျား မလေးစားဘူး",  # disrespect: holds မလေး, not Malaysia
        "the value (nilai) of my salary is low",
        "chheu klang",  # very sick (romanised Khmer), places.py
        "my boss is korean man in bangkok",  # the place is Bangkok
        "i come back from ansan, now in bangkok",  # a place left
    ],
)
def test_near_misses_name_no_place_abroad(words: str) -> None:
    assert places.where_now(words) in (None, "TH")


def _in(country: str | None) -> UserState:
    return UserState(language="en", origin="MM", country=country, profile_asked=True)


def test_moved_to_a_korean_town_gets_korea_not_thailand(real) -> None:
    outcome = run(
        real, _in("TH"), text("i moved to ansan last month, boss not pay", "en", "unpaid_wages")
    )
    reply = said(outcome)
    assert "In South Korea" in reply and "1577-0071" in reply
    assert "1546" not in reply and "Thailand" not in reply


def test_jurong_from_a_malaysia_profile_gets_singapore(real) -> None:
    outcome = run(
        real,
        _in("MY"),
        text("jurong dormitory, agent take my passport", "en", "documents_confiscated"),
    )
    reply = said(outcome)
    assert "In Singapore" in reply and "+65 6536 2692" in reply
    assert "JTKSM" not in reply and "+60" not in reply


def test_a_japanese_town_gets_the_embassy_in_tokyo(real) -> None:
    outcome = run(real, _in("TH"), text("i work in nagoya, embassy phone", "en", "embassy_contact"))
    reply = said(outcome)
    assert "Embassy of Myanmar, Tokyo" in reply and "+66" not in reply


def test_khmer_malaysia_short_name_gets_malaysia(real) -> None:
    state = UserState(language="km", origin="KH", country=None, profile_asked=True)
    outcome = run(real, state, text("ខ្ញុំធ្វើការនៅម៉ាឡេ ថៅកែមិនឲ្យលុយ ពីរខែហើយ", "km", "unpaid_wages"))
    assert "+60 3 8000 8000" in said(outcome)
