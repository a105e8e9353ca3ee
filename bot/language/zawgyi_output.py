"""Unicode to Zawgyi for replies: python-myanmar's converter, with a small table of fixes.

The fixes: rewrites of the Unicode text into a form the library converts right (PRE_RULES),
the tall or short aa kept as written (keep_the_writers_aa), the medial ra + wa put back, and
one entry added to the library's Zawgyi table. Each is checked by reading the output back
with ICU's `Zawgyi-my` transliterator (what a Zawgyi phone shows):
tests/language/test_zawgyi_output.py does so for every Burmese string the bot can send.
Sequences still not converted faithfully are listed in NOT_HANDLED.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from myanmar import converter


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    replacement: str | Callable[[re.Match[str]], str]
    why: str


# Applied in order to the Unicode text before python-myanmar converts it.
PRE_RULES: tuple[Rule, ...] = (
    Rule(
        "dot below + asat",
        re.compile("\u1037\u103a"),
        "\u103a\u1037",
        "Unicode stores U+1037 U+103A (သင့်); the library converts the asat only when it comes "
        "first and leaves U+103A, which in Zawgyi is the medial ya-pin (a stray ျ).",
    ),
)

# python-myanmar picks the tall or short aa itself, both ways (tall after ခ ဒ ပ ဝ ဃ ဓ င,
# short after ဂ and the rest), so "ဂေါ်" became "ဂော်" and "ဓာတ်ပုံ" ("photo") "ဓါတ်ပုံ". The
# writer's choice is in the text converted: each aa of the output (U+102B tall, U+102C short,
# Zawgyi's U+105A tall with asat) is set back to the source's, in order (one aa in, one aa out,
# syllable by syllable).
_ANY_AA = re.compile("\u105a|[\u102b\u102c]\u1039?")
_TALL = frozenset("\u102b\u105a")
_AA_AS_WRITTEN = {
    (True, False): "\u102b",
    (True, True): "\u105a",
    (False, False): "\u102c",
    (False, True): "\u102c\u1039",
}


def keep_the_writers_aa(converted: str, source: str) -> str:
    """`converted` with each aa tall or short as in `source` (Unicode or Zawgyi)."""
    wanted = [aa[0] in _TALL for aa in _ANY_AA.findall(source)]
    if len(wanted) != len(_ANY_AA.findall(converted)):
        return converted  # not one for one: leave the library's choice
    tall = iter(wanted)

    def restore(match: re.Match[str]) -> str:
        with_asat = match.group() == "\u105a" or match.group().endswith("\u1039")
        return _AA_AS_WRITTEN[(next(tall), with_asat)]

    return _ANY_AA.sub(restore, converted)


# The library's Zawgyi table has no stacked la, so "လ္လ" (ဒေါ်လ္လာ, "dollar" in the older
# spelling) lost its lower la; Zawgyi draws it with U+1085.
_ZAWGYI_TABLE_ADDITIONS = {"stack-la": "\u1085"}
converter.encoders["zawgyi"].table.update(_ZAWGYI_TABLE_ADDITIONS)

# Known gaps, found by converting every Burmese string the bot sends and 70,992 generated
# syllables (scripts/zawgyi_figures.py) and reading them back with ICU.
NOT_HANDLED: tuple[str, ...] = (
    "Stacks the library's Zawgyi table leaves empty: ဍ္ဍ ဍ္ဎ (Zawgyi draws them as one "
    "ligature, U+106E U+106F), သ္သ (Unicode text writes ဿ, which converts), ဟ္မ and other "
    "stacks under ya, ra, ha, a: the lower letter is dropped. None is in the bot's texts.",
    "ဥ္စ (Pali): converted to ဥ with Zawgyi's stacked ca; ICU reads the ဥ as ဉ, drawn alike.",
    "Zawgyi typed by users with a stacked la (U+1085) is not read back by python-myanmar.",
    "A consonant right before ၎ makes the library raise: that word is sent in Unicode.",
)

# python-myanmar drops the medial wa after a medial ra (ကြွေး "debt" became ေၾကး "dust"), so
# such syllables are converted without the wa, which is then put back after the consonant.
_RA_WA_SYLLABLE = re.compile(
    r"[\u1000-\u1021]\u103c\u103d"
    r"(?:[\u102b-\u1038\u103a-\u103e]|[\u1000-\u1021]\u103a\u1037?)*"
)
# Zawgyi's own consonant forms count too (ည U+106B, န U+108F, ရ U+1090, ဉ U+106A).
_CONSONANT = re.compile(r"[\u1000-\u1021\u106a\u106b\u108f\u1090]")
_ZAWGYI_WA = "\u103c"


def _library(text: str) -> str:
    """python-myanmar raises on some rare sequences (a consonant before ၎): those pieces are
    converted word by word, and a word it cannot convert is sent as it is."""
    if not text:
        return ""
    try:
        return str(converter.convert(text, "unicode", "zawgyi"))
    except Exception:
        words = re.split(r"(\s+)", text)
        if len(words) == 1:
            return text
        return "".join(_library(word) for word in words)


def _ra_wa_to_zawgyi(syllable: str) -> str:
    converted = _library(syllable.replace("\u103c\u103d", "\u103c", 1))
    consonant = _CONSONANT.search(converted)
    if consonant is None:
        return converted
    return converted[: consonant.end()] + _ZAWGYI_WA + converted[consonant.end() :]


def _pre(text: str) -> str:
    for rule in PRE_RULES:
        text = rule.pattern.sub(rule.replacement, text)
    return text


def unicode_to_zawgyi(text: str) -> str:
    return keep_the_writers_aa(_convert(_pre(text)), text)


def _convert(text: str) -> str:
    pieces: list[str] = []
    position = 0
    for match in _RA_WA_SYLLABLE.finditer(text):
        pieces.append(_library(text[position : match.start()]))
        pieces.append(_ra_wa_to_zawgyi(match.group()))
        position = match.end()
    pieces.append(_library(text[position:]))
    return "".join(pieces)
