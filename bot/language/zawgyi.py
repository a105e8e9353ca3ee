"""Zawgyi, the legacy Burmese font encoding many phones still type in.

Zawgyi reuses Myanmar code points with other meanings, so converting Unicode text "to Unicode"
breaks it: convert only when the detector is confident.
"""

from __future__ import annotations

import functools
import math
from typing import Protocol

from myanmar import converter

ZAWGYI_THRESHOLD = 0.95


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
    return zawgyi_probability(text) > ZAWGYI_THRESHOLD


def convert_if_zawgyi(text: str) -> tuple[str, bool]:
    """The Unicode form of `text` and whether it was Zawgyi.

    Text that reads the same in both encodings ("လစာ မရဘူး" scores 0.97) is not called
    Zawgyi: nothing in it says so, and replies in Zawgyi would break a Unicode user's screen.
    """
    if not is_zawgyi(text):
        return text, False
    converted = zawgyi_to_unicode(text)
    return converted, converted != text


def zawgyi_to_unicode(text: str) -> str:
    return str(converter.convert(text, "zawgyi", "unicode"))


def unicode_to_zawgyi(text: str) -> str:
    return str(converter.convert(text, "unicode", "zawgyi"))
