"""Replies to Zawgyi users read right: what the bot sends, read back as a Zawgyi phone would.

ICU's `Zawgyi-my` transliterator stands in for the phone: every Burmese string the bot can
send, converted to Zawgyi, must read back as the Unicode it came from.
"""

from __future__ import annotations

import unicodedata

import icu
import pytest
from burmese_strings import burmese_strings

from bot.language import normalise, to_zawgyi
from bot.language.zawgyi_output import NOT_HANDLED, PRE_RULES, keep_the_writers_aa

_ICU = icu.Transliterator.createInstance("Zawgyi-my")

# Pairs a Zawgyi font draws alike, where ICU's reading picks the other one. Both sides of a
# comparison are mapped, so a real change between the two would still be caught... only
# between look-alikes, which a reader cannot tell apart either.
_LOOK_ALIKES = (
    ("\u103a\u103b", "\u103b\u103a"),  # ICU puts the asat before the ya-pin in ချ် ("message")
    ("\u104e", "\u1044"),  # ICU reads a ၄ with no digit beside it as ၎ ("၄:၃၀")
    ("\u1008", "\u1005\u103b"),  # ICU reads စျ as ဈ, drawn alike
)


def read_on_a_zawgyi_phone(zawgyi: str) -> str:
    return str(_ICU.transliterate(zawgyi))


def comparable(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for theirs, ours in _LOOK_ALIKES:
        text = text.replace(theirs, ours)
    return text


BURMESE = burmese_strings()


def test_there_are_burmese_strings_to_check() -> None:
    # content, catalog and code together hold several hundred; an empty list would pass below.
    assert len(BURMESE) > 300


def test_every_burmese_string_the_bot_sends_reads_back_from_zawgyi() -> None:
    wrong = [
        text
        for text in BURMESE
        if comparable(read_on_a_zawgyi_phone(to_zawgyi(text))) != comparable(text)
    ]
    assert not wrong, f"{len(wrong)} of {len(BURMESE)} read differently, e.g. {wrong[:3]}"


# Unicode, what a Zawgyi phone must show; each row is a sequence the library alone got wrong.
CASES = [
    ("dot below + asat: your", "သင့်"),
    ("dot below + asat: look", "ကြည့်"),
    ("dot below + asat: account", "အကောင့်"),
    ("dot below + asat on na", "ခန့်"),
    ("dot below + asat mid-sentence", "သင့်အကောင့်ကို ကြည့်ပါ"),
    ("short aa after dha: photo", "ဓာတ်ပုံ"),
    ("tall aa after ga", "ဂေါ်"),
    ("tall aa with asat", "ခေါ်"),
    ("aa as written, misspelt", "ခာ"),
    ("medial ra + wa: debt", "ကြွေး"),
    ("medial ra + wa with dot below + asat", "ကြွင့်"),
    ("medial ra + wa on nya", "ညြွင်"),
    ("kinzi", "မင်္ဂလာပါ"),
    ("stacked consonants", "ကမ္ဘာ့ ဒုက္ခ"),
    ("stacked la", "ဒေါ်လ္လာ"),
    ("privacy", "သင့်စာများကို ကျွန်ုပ်တို့ ဖျက်ပါမည်"),
]


@pytest.mark.parametrize("unicode", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_sequences_the_library_missed_now_read_right(unicode: str) -> None:
    zawgyi = to_zawgyi(unicode)
    assert comparable(read_on_a_zawgyi_phone(zawgyi)) == comparable(unicode)
    if "\u1085" not in zawgyi:  # python-myanmar cannot read a stacked la (NOT_HANDLED)
        # the bot's own reader (python-myanmar, used on what users type) agrees
        assert normalise(zawgyi).text == unicode


def test_no_stray_ya_pin_after_a_dot_below() -> None:
    # Zawgyi's U+103A is the medial ya-pin: after a dot below it is the stray ျ.
    for text in BURMESE:
        assert "\u1037\u103a" not in to_zawgyi(text), text


def test_the_writers_aa_is_kept_only_when_one_for_one() -> None:
    assert keep_the_writers_aa("\u1013\u102b", "\u1013\u102c") == "\u1013\u102c"
    assert keep_the_writers_aa("\u1031\u1002\u102c\u1039", "\u1002\u1031\u102b\u103a") == (
        "\u1031\u1002\u105a"
    )
    # counts differ: the library's output is left alone
    assert keep_the_writers_aa("\u1013\u102b", "\u1013\u102c\u102c") == "\u1013\u102b"


def test_every_rule_says_why() -> None:
    assert PRE_RULES and all(rule.why and rule.name for rule in PRE_RULES)
    assert all(isinstance(gap, str) and gap for gap in NOT_HANDLED)
