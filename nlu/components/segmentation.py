"""Word and syllable segmentation for scripts written without spaces between words.

Plain functions shared by the tokenizer; each returns (start, end) spans into the text so
that Rasa's tokens keep their offsets.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Callable, List, Tuple

import icu

Span = Tuple[int, int]

# A Burmese syllable starts at a consonant, independent vowel or digit that is not stacked
# under the previous consonant (after U+1039) and does not itself carry a killer (U+103A) or
# stacker (U+1039): the classic sylbreak rule.
_MYANMAR_SYLLABLE_START = re.compile(
    r"(?<!\u1039)[\u1000-\u102A\u103F\u1040-\u1049\u104C-\u104F](?![\u103A\u1039])"
)
# A Khmer syllable starts at a consonant or independent vowel that is not a subscript
# (after the coeng U+17D2) and not a final silenced by a bantoc or other sign (U+17CB-17D1,
# U+17D3, U+17DD), as the ត in បាត់.
_KHMER_SYLLABLE_START = re.compile(
    r"(?<!\u17D2)[\u1780-\u17B3](?![\u17CB-\u17D1\u17D3\u17DD])"
)

_SYLLABLE_START = {"Mymr": _MYANMAR_SYLLABLE_START, "Khmr": _KHMER_SYLLABLE_START}


def script_of(char: str) -> str:
    code = ord(char)
    if 0x1000 <= code <= 0x109F or 0xAA60 <= code <= 0xAA7F or 0xA9E0 <= code <= 0xA9FF:
        return "Mymr"
    if 0x1780 <= code <= 0x17FF or 0x19E0 <= code <= 0x19FF:
        return "Khmr"
    return "Other"


def is_content(piece: str) -> bool:
    """Letters, marks, digits or symbols (emoji): anything but spaces and punctuation."""
    return any(unicodedata.category(ch)[0] in "LMNS" for ch in piece)


@functools.lru_cache(maxsize=None)
def _word_break_iterator() -> icu.BreakIterator:
    # The root locale's word rules use ICU's dictionaries for Burmese, Khmer, Thai and Lao
    # and UAX #29 for everything else, so one iterator handles mixed-script messages.
    return icu.BreakIterator.createWordInstance(icu.Locale.getRoot())


def icu_words(text: str) -> List[Span]:
    iterator = _word_break_iterator()
    iterator.setText(text)
    bounds = _utf16_to_str_offsets(text, [iterator.first(), *iterator])
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if is_content(text[a:b])]


def _utf16_to_str_offsets(text: str, offsets: List[int]) -> List[int]:
    # ICU counts UTF-16 code units, Python code points: they differ past U+FFFF (emoji).
    if all(ord(ch) <= 0xFFFF for ch in text):
        return offsets
    unit_to_index = {}
    units = 0
    for index, ch in enumerate(text):
        unit_to_index[units] = index
        units += 2 if ord(ch) > 0xFFFF else 1
    unit_to_index[units] = len(text)
    return [unit_to_index[offset] for offset in offsets]


def syllables(text: str, start: int, end: int) -> List[Span]:
    """Split one Burmese or Khmer word into syllables; other text is returned whole."""
    pattern = _SYLLABLE_START.get(script_of(text[start]))
    if pattern is None:
        return [(start, end)]
    cuts = [m.start() for m in pattern.finditer(text, start + 1, end)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]


@functools.lru_cache(maxsize=None)
def _khmer_nltk() -> Callable[[str], List[str]]:
    from khmernltk import word_tokenize

    return word_tokenize  # type: ignore[no-any-return]


def khmer_nltk_words(text: str, start: int, end: int) -> List[Span]:
    """Re-split a Khmer stretch with khmer-nltk's CRF segmenter."""
    if script_of(text[start]) != "Khmr":
        return [(start, end)]
    spans: List[Span] = []
    position = start
    for word in _khmer_nltk()(text[start:end]):
        found = text.find(word, position, end)
        if found < 0:
            continue
        if is_content(word):
            spans.append((found, found + len(word)))
        position = found + len(word)
    return spans or [(start, end)]
