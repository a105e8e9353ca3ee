"""Signed staff buttons (issue 10): every configured key verifies, so a rotation keeps the
buttons already in an inbox working; malformed data is refused, never raised on."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from hypothesis import given
from hypothesis import strategies as st

from bot.referrals.staff_buttons import StaffButtons
from bot.storage.crypto import CryptoBox

OLD, NEW, OTHER = (Fernet.generate_key().decode() for _ in range(3))


def test_after_a_rotation_old_buttons_verify_and_new_ones_use_the_new_key():
    old_button = StaffButtons(CryptoBox([OLD])).button("Accept", "acc", 7)
    rotated = StaffButtons(CryptoBox([NEW, OLD]))
    assert rotated.parse(old_button.data) == ("acc", 7)
    new_button = rotated.button("Accept", "acc", 7)
    assert StaffButtons(CryptoBox([NEW])).parse(new_button.data) == ("acc", 7)
    # Once the old key is removed from the configuration, its buttons stop working.
    assert StaffButtons(CryptoBox([NEW])).parse(old_button.data) is None
    assert StaffButtons(CryptoBox([OTHER])).parse(new_button.data) is None


@pytest.mark.parametrize(
    "data",
    [
        "cs:acc:1:ÄÄÄÄÄÄÄÄÄÄ",
        "cs:acc:1:" + "A" * 4096,
        "cs:acc:" + "9" * 5000 + ":AAAAAAAAAA",
        "cs:acc:١:AAAAAAAAAA",
        "cs:acc:1",
        "cs:acc:1:",
        "cs:acc:1:AAAAAAAAAA:x",
        "cs:zzz:1:AAAAAAAAAA",
        "",
        "cs:",
        "cs:acc:1:\udcff" * 3,
    ],
)
def test_malformed_data_is_refused(data: str):
    assert StaffButtons(CryptoBox([NEW, OLD])).parse(data) is None


def test_a_signature_cut_short_or_changed_is_refused():
    box = CryptoBox([NEW])
    signature = box.sign("cs:acc:1")
    assert box.verify("cs:acc:1", signature)
    assert not box.verify("cs:acc:1", signature[:-1])
    assert not box.verify("cs:acc:1", signature + "A")
    assert not box.verify("cs:acc:2", signature)


@given(st.text(max_size=300))
def test_no_data_makes_parsing_raise(data: str):
    buttons = StaffButtons(CryptoBox([NEW, OLD]))
    assert buttons.parse(data) is None
    assert buttons.parse("cs:acc:1:" + data) is None
