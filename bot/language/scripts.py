"""Which writing system a text is in, by Unicode code point ranges (ISO 15924 codes).

Python's `unicodedata` has no Script property, and the scripts this bot meets are few, so a
sorted range table is enough and keeps the bot venv free of ICU.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections import Counter

# (first, last, ISO 15924 code), sorted by first code point.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, "Latn"),
    (0x0061, 0x007A, "Latn"),
    (0x00C0, 0x024F, "Latn"),
    (0x0370, 0x03FF, "Grek"),
    (0x0400, 0x052F, "Cyrl"),
    (0x0530, 0x058F, "Armn"),
    (0x0590, 0x05FF, "Hebr"),
    (0x0600, 0x06FF, "Arab"),
    (0x0750, 0x077F, "Arab"),
    (0x08A0, 0x08FF, "Arab"),
    (0x0900, 0x097F, "Deva"),
    (0x0980, 0x09FF, "Beng"),
    (0x0B80, 0x0BFF, "Taml"),
    (0x0D80, 0x0DFF, "Sinh"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Laoo"),
    (0x0F00, 0x0FFF, "Tibt"),
    (0x1000, 0x109F, "Mymr"),
    (0x10A0, 0x10FF, "Geor"),
    (0x1100, 0x11FF, "Hang"),
    (0x1200, 0x137F, "Ethi"),
    (0x1780, 0x17FF, "Khmr"),
    (0x19E0, 0x19FF, "Khmr"),
    (0x1E00, 0x1EFF, "Latn"),
    (0x2C60, 0x2C7F, "Latn"),
    (0x3040, 0x309F, "Hira"),
    (0x30A0, 0x30FF, "Kana"),
    (0x3130, 0x318F, "Hang"),
    (0x31F0, 0x31FF, "Kana"),
    (0x3400, 0x4DBF, "Hani"),
    (0x4E00, 0x9FFF, "Hani"),
    (0xA720, 0xA7FF, "Latn"),
    (0xA9E0, 0xA9FF, "Mymr"),
    (0xAA60, 0xAA7F, "Mymr"),
    (0xAC00, 0xD7AF, "Hang"),
    (0xF900, 0xFAFF, "Hani"),
    (0xFF21, 0xFF3A, "Latn"),
    (0xFF41, 0xFF5A, "Latn"),
    (0x20000, 0x2FFFF, "Hani"),
)
_STARTS = [first for first, _, _ in _RANGES]

# A message with English loanwords in Burmese or Khmer ("passport ပျောက်သွားတယ်") is
# Burmese or Khmer: these scripts win when they hold at least this share of the letters.
_OWN_SCRIPT_SHARE = 0.25
_OWN_SCRIPTS = ("Mymr", "Khmr")


def script_of_char(char: str) -> str | None:
    """The script of one letter or combining mark; None for anything else."""
    if unicodedata.category(char)[0] not in "LM":
        return None
    code = ord(char)
    index = bisect.bisect_right(_STARTS, code) - 1
    if index >= 0:
        first, last, script = _RANGES[index]
        if first <= code <= last:
            return script
    return "Zyyy"  # a letter in a script outside the table


def script_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for char in text:
        script = script_of_char(char)
        if script is not None:
            counts[script] += 1
    return counts


def dominant_script(text: str) -> str | None:
    """The script most of the letters are in, with Burmese and Khmer preferred when mixed."""
    counts = script_counts(text)
    total = sum(counts.values())
    if total == 0:
        return None
    for script in _OWN_SCRIPTS:
        if counts[script] >= _OWN_SCRIPT_SHARE * total and counts[script] == max(
            counts[s] for s in _OWN_SCRIPTS
        ):
            return script
    if counts["Hira"] or counts["Kana"]:
        # Japanese mixes kanji with kana; any kana makes the text Japanese.
        kana = counts["Hira"] + counts["Kana"] + counts["Hani"]
        if kana >= max(counts.values()):
            return "Jpan"
    return counts.most_common(1)[0][0]


# The language a script alone tells, where one language dominates that script's use here.
SCRIPT_LANGUAGE: dict[str, str] = {
    "Mymr": "my",
    "Khmr": "km",
    "Thai": "th",
    "Laoo": "lo",
    "Hang": "ko",
    "Jpan": "ja",
    "Hira": "ja",
    "Kana": "ja",
    "Hani": "zh",
    "Grek": "el",
    "Cyrl": "ru",
    "Armn": "hy",
    "Hebr": "he",
    "Arab": "ar",
    "Deva": "hi",
    "Beng": "bn",
    "Taml": "ta",
    "Sinh": "si",
    "Tibt": "bo",
    "Geor": "ka",
    "Ethi": "am",
}

# The scripts a reader of each of the bot's languages reads: their own, and Latin (English
# words, numbers spelled out, names). A caseworker's reply in any other of the region's
# scripts (Thai to a Burmese reader) is one they cannot read (exploratory test 9, finding 5).
_READS: dict[str, tuple[str, ...]] = {
    "my": ("Mymr", "Latn"),
    "km": ("Khmr", "Latn"),
    "en": ("Latn",),
    "th": ("Thai", "Latn"),  # staff of a Thai partner (a place on a card, bot/referrals/cards)
}
_REGION_SCRIPTS = ("Thai", "Mymr", "Khmr")


def unreadable_script(text: str, reader: str | None) -> str | None:
    """The language of `text`'s script ("th", "my", "km") when a reader of `reader` cannot
    read that script; None when they can, or when the script or the reader is not one the
    bot knows enough about to say."""
    script = dominant_script(text)
    reads = _READS.get(reader or "")
    if reads is None or script not in _REGION_SCRIPTS or script in reads:
        return None
    return SCRIPT_LANGUAGE[script]
