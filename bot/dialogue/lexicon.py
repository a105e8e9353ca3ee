"""Small word lists read as whole messages, and messages made of their entries one after
another: "mhan tal send" is "mhan tal" (that's right) then "send"; Burmese and Khmer are often
typed without spaces ("ဟုတ်ကဲ့ပို့ပေးပါ" is ဟုတ်ကဲ့, yes, then ပို့ပေးပါ, please send).

Latin-script entries match whole words only ("yesterday" is not "yes" then "terday"); Burmese
and Khmer ones also inside a run of letters, as their words are not spaced.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from bot.language.zawgyi import zawgyi_to_unicode
from bot.once import per_message

MAX_CHARS = 200  # a message longer than this is never only list words


def entries(listed: str) -> frozenset[str]:
    """A list written "a|b|c", each entry as `plain_words` reads it."""
    return frozenset(plain_words(entry) for entry in listed.split("|")) - {""}


@per_message
def plain_words(text: str) -> str:
    """Lower case, without punctuation or emoji: "Yes!!" and "yes 👍" are "yes"."""
    kept = (
        ch if ch.isalnum() or unicodedata.category(ch).startswith("M") else " "
        for ch in text.lower()
    )
    return " ".join("".join(kept).split())


def said_alone(text: str, said: frozenset[str], with_: frozenset[str]) -> bool:
    """Whether `text` says one or more entries of `said`, with only entries of `with_`
    beside them (a sorry, an I, a particle) and nothing else."""
    words = plain_words(text)
    return made_of(words, said, with_) and not made_of(words, with_)


def made_of(words: str, *lists: frozenset[str]) -> bool:
    """Whether `words` (as `plain_words` reads them) is one or more entries of `lists`, one
    after another, spaced or (Burmese, Khmer) not."""
    if not words or len(words) > MAX_CHARS:
        return False
    known, lengths = _known(lists)
    reached = [True] + [False] * len(words)
    for start in range(len(words)):
        if not reached[start]:
            continue
        if words[start] == " ":
            reached[start + 1] = True
            continue
        for length in lengths:
            end = start + length
            if end <= len(words) and words[start:end] in known and not _inside_word(words, end):
                reached[end] = True
    return reached[-1]


@lru_cache(maxsize=32)
def _known(lists: tuple[frozenset[str], ...]) -> tuple[frozenset[str], tuple[int, ...]]:
    """The entries of `lists`, each also unspaced ("ok ပါ" typed "okပါ"), and their lengths,
    longest first."""
    known = frozenset(
        variant for listed in lists for entry in listed for variant in (entry, _unspaced(entry))
    )
    return known, tuple(sorted({len(entry) for entry in known}, reverse=True))


def _unspaced(entry: str) -> str:
    return entry.replace(" ", "")


def _latin(character: str) -> bool:
    return character.isascii() and character.isalnum()


def _inside_word(words: str, end: int) -> bool:
    """Whether an entry ending at `end` would end inside a Latin word ("yes|terday")."""
    return 0 < end < len(words) and _latin(words[end - 1]) and _latin(words[end])


_MYANMAR = re.compile(r"[\u1000-\u109f]")


def burmese_in(words: str) -> bool:
    """Whether `words` hold a Burmese letter (Unicode or Zawgyi: the same block)."""
    return bool(_MYANMAR.search(words))


def holds(words: str, latin: re.Pattern[str], script: Iterable[str]) -> bool:
    """Whether `words` hold a phrase of `latin` (read on lower case, apostrophes dropped:
    "don't" as "dont") or one of `script` (Burmese and Khmer phrases: spaces ignored, Burmese
    also as read in Zawgyi, as danger words are). The test of the notes and replies that
    say what our sources do not (pregnant.py, born_abroad.py, forced_scam.py, ransom.py)."""
    if latin.search(words.lower().replace("'", "").replace("\u2019", "")):
        return True
    return holds_script(words, script)


def holds_script(words: str, script: Iterable[str]) -> bool:
    """Whether `words` hold one of `script`, Burmese and Khmer phrases, as `holds` reads them
    (spaces ignored, Burmese also as read in Zawgyi)."""
    return any(phrase in reading for reading in script_readings(words) for phrase in script)


@per_message
def readings(words: str) -> tuple[str, ...]:
    """`words` as written, and, with Burmese letters in them, as read in Zawgyi too (spaces and
    lines kept: own_data.py's phrases, replied.py's title lines)."""
    return (words, zawgyi_to_unicode(words)) if burmese_in(words) else (words,)


@per_message
def script_readings(words: str) -> tuple[str, ...]:
    """`words` without spaces (Burmese and Khmer are often typed unspaced, or spaced at
    random), and, with Burmese letters in them, as read in Zawgyi too."""
    compact = "".join(words.split())
    return (compact, zawgyi_to_unicode(compact)) if burmese_in(compact) else (compact,)
