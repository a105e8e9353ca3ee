"""Fear of going out with a reason (round 48A's going_out.with_reason) must not take a threat
(round 49A): "afraid to go out, they will catch me" names no police and got the police-check
line; now it goes on as before (the NLU, danger words). Police or immigration with "catch"
still read."""

from __future__ import annotations

import pytest

from bot.dialogue.going_out import with_reason


@pytest.mark.parametrize(
    "words",
    [
        "afraid to go out, they will catch me",
        "afraid to go out they catch me",
        "scared to go out, they will catch me outside",
        "afraid to go out, he is waiting outside",
        "afraid to go out, boss will beat me",
        "afraid to go out, someone follow me",
        "afraid to go out, boss lock the door",
        "ខ្ញុំខ្លាចចេញក្រៅ គេចាប់ខ្ញុំ",
        "အပြင်မထွက်ရဲဘူး သူတို့ဖမ်းမယ်",
        "အပြင်မထွက်ရဲဘူး သူဌေးက ရိုက်မယ်",
    ],
)
def test_a_threat_is_no_reason(words: str) -> None:
    assert not with_reason(words)


@pytest.mark.parametrize(
    "words",
    [
        "afraid to go out, police will catch me",
        "scared to go out, immigration will catch me",
        "i am afraid to go out, police check everywhere",
        "ខ្ញុំខ្លាចចេញក្រៅ ប៉ូលិសចាប់ខ្ញុំ",
        "အပြင်မထွက်ရဲဘူး ရဲဖမ်းမယ်",
    ],
)
def test_police_are_still_a_reason(words: str) -> None:
    assert with_reason(words)
