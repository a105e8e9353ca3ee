"""Folding text for keyword matching: the many ways people type one word, made one.

Never shown to anyone and never stored: only compared. People in a hurry type on whatever
keyboard they have: typographic apostrophes (can’t), full-width letters (ｈｅｌｐ), stretched
letters (heeelp), words split or joined differently in Burmese and Khmer, and look-alike
characters (the Burmese digit ၀ for the letter ဝ).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Apostrophes of every kind are dropped, so "can't", "can’t" and "cant" fold alike.
_APOSTROPHES = dict.fromkeys(map(ord, "'’‘ʼʹ`´′‛＇"), None)
# Look-alikes typed in Burmese: digit zero for wa, digit seven for ra (old Zawgyi habit);
# asat before dot below (Unicode stores the dot below first).
_MYANMAR = (("\u103a\u1037", "\u1037\u103a"), ("\u1040", "\u101d"), ("\u1047", "\u101b"))
# Khmer: the three spellings of ឲ្យ ("let, give") and the vowel signs typed in either order.
# Last, the coeng (U+17D2, the sign that sets the next consonant below) is dropped: phones
# and hurried typing leave it out ("ខញុំ" for ខ្ញុំ, I), and "គេវាយខញុំ" (they hit me) matched
# no danger word (round 29C).
_KHMER = (
    ("អោយ", "ឲ្យ"),
    ("ឱ្យ", "ឲ្យ"),
    ("\u17c6\u17bb", "\u17bb\u17c6"),
    ("\u17d2", ""),
)
_REPEATS = re.compile(r"(.)\1+")
_SPACES = re.compile(r"\s+")


def _spaced_punctuation(text: str) -> str:
    # Punctuation and symbols separate words ("beat-me", "help!!!", "kill…me"); invisible
    # format and control characters (a zero-width space inside "ကယ်ပါ") are dropped.
    return "".join(
        " " if ch.isspace() or category[0] in "PSZ" else "" if category[0] == "C" else ch
        for ch, category in ((ch, unicodedata.category(ch)) for ch in text)
    )


def fold(text: str) -> str:
    """`text` lower-cased, compatibility forms unified, punctuation made spaces, every run
    of one repeated character made one ("kill" folds to "kil", on keywords too)."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()
    for old, new in (*_MYANMAR, *_KHMER):
        text = text.replace(old, new)
    text = _REPEATS.sub(r"\1", _spaced_punctuation(text))
    return _SPACES.sub(" ", text).strip()


def without_spaces(folded: str) -> str:
    """For Burmese and Khmer, written without spaces between words: spacing varies."""
    return folded.replace(" ", "")


class Endings:
    """Words that leave a message what it is, taken away before it is compared with a list
    of whole messages (safety.py's pleas, own_words.py's `alone`): polite endings, forms of
    address, "please", "this is", particles. Latin-script ones are whole words; Burmese and
    Khmer ones are taken away wherever they are, since those scripts have no spaces to go
    by (a piece of a longer syllable, ကြ of ကြည့်, leaves that syllable's marks behind,
    which no listed message has)."""

    def __init__(self, endings: Iterable[str]) -> None:
        folded = {fold(ending) for ending in endings} - {""}
        self._latin = frozenset(ending for ending in folded if ending.isascii())
        script = sorted(
            (without_spaces(ending) for ending in folded if not ending.isascii()),
            key=len,
            reverse=True,
        )
        self._script = re.compile("|".join(map(re.escape, script))) if script else None

    def core(self, folded: str) -> str:
        """`folded` (a folded text) without its endings, spaces dropped."""
        words = "".join(word for word in folded.split(" ") if word not in self._latin)
        return words if self._script is None else self._script.sub("", words)

    def cores(self, messages: Iterable[str]) -> frozenset[str]:
        """Each of `messages` (as listed, unfolded) without its endings; none empty."""
        return frozenset(self.core(fold(message)) for message in messages) - {""}
