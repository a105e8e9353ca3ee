"""Zawgyi, the legacy Burmese font encoding many phones still type in.

Zawgyi reuses Myanmar code points with other meanings, so converting Unicode text "to Unicode"
breaks it: convert only when the detector is confident.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Protocol

from myanmar import converter

ZAWGYI_THRESHOLD = 0.95
# Short messages ("hello မဂၤလာပါ") score lower; they still count as Zawgyi above this when they
# hold what well-formed Unicode Burmese never has: the vowel sign E (U+1031) opening a word
# (Zawgyi types it before its consonant) or Zawgyi's kinzi U+1064.
ZAWGYI_THRESHOLD_WITH_EVIDENCE = 0.5
_ZAWGYI_ONLY = re.compile(r"(?:^|[^\u1000-\u109F])\u1031|\u1064")
# What Zawgyi text has and Unicode Burmese never does: E (U+1031) or medial-ra forms typed
# before their consonant (in Unicode they follow a consonant or its medials); the asat U+1039
# with no consonant after it; Zawgyi's stacked and contextual forms U+1060-U+108F (Unicode
# Burmese does not use them); U+1090-U+1099 right after a Burmese letter or sign (Shan digits
# in Unicode, which do not follow a letter; Zawgyi's ႔ ႐ ႏ forms in "ဖို႔", "သံ႐ုံး"). A high
# score alone is not enough: short Unicode text such as "လစာ အမြဲ" scores above 0.95, and
# converting it would scramble it ("အမြဲ" read as Zawgyi is "အမွဲ").
_ZAWGYI_STRUCTURE = re.compile(
    r"(?:^|[^\u1000-\u1021\u103b-\u103e])[\u1031\u103b\u107e-\u1084][\u1000-\u1021]"
    r"|\u1039(?![\u1000-\u1021])"
    r"|[\u1060-\u108f]"
    r"|[\u1000-\u1021\u102b-\u103e][\u1090-\u1099]"
)


class _Detector(Protocol):
    def get_zawgyi_probability(self, text: str) -> float: ...


@functools.cache
def _detector() -> _Detector:
    from myanmartools import ZawgyiDetector  # loads its model once, on first use

    detector: _Detector = ZawgyiDetector()
    return detector


def zawgyi_probability(text: str) -> float:
    probability = float(_detector().get_zawgyi_probability(text))
    return 0.0 if math.isnan(probability) or probability < 0 else probability


def is_zawgyi(text: str) -> bool:
    if _ZAWGYI_STRUCTURE.search(text) is None:
        return False
    probability = zawgyi_probability(text)
    return probability > ZAWGYI_THRESHOLD or (
        probability > ZAWGYI_THRESHOLD_WITH_EVIDENCE and _ZAWGYI_ONLY.search(text) is not None
    )


def convert_if_zawgyi(text: str) -> tuple[str, bool]:
    """The Unicode form of `text` and whether it was Zawgyi.

    Text that reads the same in both encodings ("လစာ မရဘူး" scores 0.97) is not called
    Zawgyi: nothing in it says so, and replies in Zawgyi would break a Unicode user's screen.
    """
    if not is_zawgyi(text):
        return text, False
    converted = zawgyi_to_unicode(text)
    if _ZAWGYI_STRUCTURE.search(converted):
        # Real Zawgyi converts to clean Unicode; what still looks like Zawgyi afterwards was
        # not Zawgyi (stray code points): leave it as typed, so normalising is idempotent.
        return text, False
    return converted, converted != text


def zawgyi_to_unicode(text: str) -> str:
    return str(converter.convert(text, "zawgyi", "unicode"))


# python-myanmar drops the medial wa after a medial ra (ကြွေး "debt" became ေၾကး "dust"), so
# such syllables are converted without the wa, which is then put back after the consonant.
_RA_WA_SYLLABLE = re.compile(
    r"[\u1000-\u1021]\u103c\u103d(?:[\u102b-\u1038\u103a-\u103e]|[\u1000-\u1021]\u1037?\u103a)*"
)
_CONSONANT = re.compile(r"[\u1000-\u1021]")
_ZAWGYI_WA = "\u103c"


# python-myanmar prints some syllables it converts to stdout: users' words must not reach
# any output, so its module-level `print` is silenced.
converter.print = lambda *args, **kwargs: None


def _convert_to_zawgyi(text: str) -> str:
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
        return "".join(_convert_to_zawgyi(word) for word in words)


def _ra_wa_to_zawgyi(syllable: str) -> str:
    converted = _convert_to_zawgyi(syllable.replace("\u103c\u103d", "\u103c", 1))
    consonant = _CONSONANT.search(converted)
    if consonant is None:
        return converted
    return converted[: consonant.end()] + _ZAWGYI_WA + converted[consonant.end() :]


def unicode_to_zawgyi(text: str) -> str:
    pieces: list[str] = []
    position = 0
    for match in _RA_WA_SYLLABLE.finditer(text):
        pieces.append(_convert_to_zawgyi(text[position : match.start()]))
        pieces.append(_ra_wa_to_zawgyi(match.group()))
        position = match.end()
    pieces.append(_convert_to_zawgyi(text[position:]))
    return "".join(pieces)
