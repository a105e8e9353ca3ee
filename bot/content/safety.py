"""Emergency keywords (content/safety/emergency_keywords.yml): words that mean danger now.

Matching is forgiving, because a person in danger types fast and on any keyboard: text and
keywords are folded alike (bot/content/folding.py: case, typographic apostrophes, full-width
letters, stretched letters, punctuation); Latin-script keywords (English and romanised
Burmese/Khmer) match as whole words, and their words of seven letters or more also with one
letter wrong, missing, extra or swapped ("thretened"); Burmese and Khmer match as substrings
with spaces ignored (bot/dialogue/triage.py also reads Burmese as Zawgyi, so a Zawgyi message
the detector missed is still caught). A keyword made only of symbols (🆘, 🚨: folding makes
symbols spaces) matches wherever it occurs, with or without an emoji variation selector.
A plea of the `alone` list matches only as the whole message, but with any of the `endings`
(polite endings, forms of address, "please": ကူညီပေးပါဗျာ, "help me sir") around or inside it.
Better a false alarm than a missed one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from pydantic import Field

from bot.content.folding import Endings, fold, without_spaces
from bot.content.models import Reviews, Strict, Text

KEYWORDS_FILE = Path("safety") / "emergency_keywords.yml"

FUZZY_MIN_LETTERS = 7  # shorter words have too many harmless neighbours ("locked"/"looked")
_LATIN_EDGE_BEFORE = r"(?<![a-z0-9])"
_LATIN_EDGE_AFTER = r"(?![a-z0-9])"
_VARIATION_SELECTORS = dict.fromkeys((0xFE0E, 0xFE0F), None)  # text or emoji style: one sign
# A plea with endings is at most this many letters longer than the longest plea (space-less):
# longer messages are not looked at again.
_ENDINGS_ROOM = 24


class KeywordLists(Strict):
    en: list[Text] = Field(min_length=1)
    my: list[Text] = Field(min_length=1)
    km: list[Text] = Field(min_length=1)


class LanguageLists(Strict):
    en: list[Text] = Field(default_factory=list)
    my: list[Text] = Field(default_factory=list)
    km: list[Text] = Field(default_factory=list)

    def all(self) -> tuple[str, ...]:
        return (*self.en, *self.my, *self.km)


class EmergencyKeywords(Strict):
    review: Reviews
    keywords: KeywordLists
    # Pleas that are danger only as the whole message ("please help me"; emoji, punctuation
    # and spaces aside): inside a longer one they are a polite word ("visa ကူညီပေးပါ").
    alone: LanguageLists = Field(default_factory=LanguageLists)
    # Polite endings, forms of address and "please" that leave a plea a plea ("help me sir",
    # ကူညီပေးပါဗျာ): words in Latin letters, syllables in Burmese and Khmer.
    endings: LanguageLists = Field(default_factory=LanguageLists)
    # Words that hold a keyword and are no danger, taken out before the keywords are looked
    # for: ဖုန်းပိတ်ထား (a phone switched off) holds ပိတ်ထား (locked up), "emergency travel
    # document" holds "emergency". Latin ones as whole words, Burmese and Khmer ones wherever
    # they are.
    harmless: LanguageLists = Field(default_factory=LanguageLists)

    def matcher(self) -> DangerMatcher:
        return DangerMatcher(
            self.keywords.en,
            (*self.keywords.my, *self.keywords.km),
            self.alone.all(),
            self.endings.all(),
            self.harmless.all(),
        )


def one_edit_apart(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by at most one letter changed, added, dropped or two
    neighbours swapped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) < len(b):
        return a[start:] == b[start + 1 :]
    rest = start + 2
    swapped = a[start:rest][::-1] == b[start:rest] and a[rest:] == b[rest:]
    return swapped or a[start + 1 :] == b[start + 1 :]


class DangerMatcher:
    def __init__(
        self,
        latin: Sequence[str],
        unspaced: Sequence[str],
        alone: Sequence[str] = (),
        endings: Sequence[str] = (),
        harmless: Sequence[str] = (),
    ) -> None:
        latin_harmless = sorted({fold(w) for w in harmless if w.isascii()} - {""}, key=len)
        script_harmless = sorted(
            {without_spaces(fold(w)) for w in harmless if not w.isascii()} - {""}, key=len
        )
        # longest first, so that a longer harmless phrase is taken out whole
        self._latin_harmless = (
            re.compile(
                _LATIN_EDGE_BEFORE
                + "(?:"
                + "|".join(re.escape(w) for w in reversed(latin_harmless))
                + ")"
                + _LATIN_EDGE_AFTER
            )
            if latin_harmless
            else None
        )
        self._script_harmless = (
            re.compile("|".join(re.escape(w) for w in reversed(script_harmless)))
            if script_harmless
            else None
        )
        self._alone = {without_spaces(fold(words)) for words in alone} - {""}
        self._endings = Endings(endings)
        # Each plea without its endings ("please help me" is "help me", ကူညီပေးကြပါ is
        # ကူညီပေးပါ): a message that is one of these once its own endings are gone is a plea,
        # if it had any (plain "help" is the help page; "help plz" is a plea).
        self._cores = self._endings.cores(alone)
        self._longest_plea = max(map(len, self._alone), default=0) + _ENDINGS_ROOM
        latin_folded = sorted({fold(word) for word in latin} - {""})
        self._latin = re.compile(
            _LATIN_EDGE_BEFORE
            + "(?:"
            + "|".join(re.escape(word) for word in latin_folded)
            + ")"
            + _LATIN_EDGE_AFTER
        )
        fuzzy = [
            tuple(words)
            for words in (phrase.split(" ") for phrase in latin_folded)
            if any(len(word) >= FUZZY_MIN_LETTERS for word in words)
        ]
        # Each phrase under the keys its first word can be met by: a short word under
        # itself, a long one also under each of its one-letter deletions. Any word within one
        # edit of a long one shares a key with it (a change or a swap: the same deletion on
        # both sides; a letter added or dropped: one side's deletion is the other), so a
        # message word looks up its own keys and checks only the phrases found there, instead
        # of every phrase at every word.
        self._fuzzy_by_key: dict[str, list[tuple[str, ...]]] = {}
        for phrase in fuzzy:
            for key in _keys(phrase[0]):
                self._fuzzy_by_key.setdefault(key, []).append(phrase)
        scripts = sorted({without_spaces(fold(word)) for word in unspaced} - {""})
        self._unspaced = re.compile("|".join(re.escape(word) for word in scripts))
        # Symbols (🆘) fold to nothing: they are looked for in the text as typed.
        symbols = {
            word.translate(_VARIATION_SELECTORS).strip()
            for word in (*latin, *unspaced)
            if not fold(word)
        } - {""}
        self._symbols = (
            re.compile("|".join(re.escape(s) for s in sorted(symbols))) if symbols else None
        )

    def search(self, text: str) -> bool:
        """Whether `text` holds an emergency keyword. Never raises."""
        if self._symbols is not None and self._symbols.search(text):
            return True
        folded = fold(text)
        kept = folded
        if self._latin_harmless is not None:
            kept = " ".join(self._latin_harmless.sub(" ", kept).split())
        if self._latin.search(kept) or self._fuzzy_match(kept.split(" ")):
            return True
        unspaced = without_spaces(folded)
        kept_unspaced = without_spaces(kept)
        if self._script_harmless is not None:
            kept_unspaced = self._script_harmless.sub("", kept_unspaced)
        return (
            unspaced in self._alone
            or self._unspaced.search(kept_unspaced) is not None
            or self._plea_with_endings(text, folded, unspaced)
        )

    def _plea_with_endings(self, text: str, folded: str, unspaced: str) -> bool:
        """Whether the message is a plea of the `alone` list once its endings are taken away
        ("help me sir", ကူညီပေးကြပါဦး), or a plea's core shouted: capitals and "!" ("HELP!!!";
        plain "help" and "Help!" are the help page), or stretched: "hellllp", "HEEELP" (round
        29C: read by the NLU as a greeting, "Hello! How can I help you?")."""
        if len(unspaced) > self._longest_plea:
            return False
        core = self._endings.core(folded)
        if core not in self._cores:
            return False
        return core != unspaced or _shouted(text) or _stretched(text)

    def _fuzzy_match(self, words: list[str]) -> bool:
        for start, word in enumerate(words):
            for phrase in self._candidates(word):
                if start + len(phrase) <= len(words) and all(
                    _word_matches(words[start + i], wanted) for i, wanted in enumerate(phrase)
                ):
                    return True
        return False

    def _candidates(self, word: str) -> list[tuple[str, ...]]:
        """The phrases whose first word `word` may match (each checked in full after)."""
        found: list[tuple[str, ...]] = []
        for key in _keys(word):
            for phrase in self._fuzzy_by_key.get(key, ()):
                if phrase not in found:
                    found.append(phrase)
        return found


def _shouted(text: str) -> bool:
    """Written in capital letters, with an exclamation mark ("HELP!!!", "ＨＥＬＰ！")."""
    text = unicodedata.normalize("NFKC", text)
    return "!" in text and text.upper() == text != text.lower()


# A letter held down: three of it in a row ("hellllp"). Two is a slip ("helpp").
_HELD_LETTER = re.compile(r"([^\W\d_])\1\1", re.IGNORECASE)


def _stretched(text: str) -> bool:
    """A letter typed three times or more in a row: a plea drawn out, not a question."""
    return _HELD_LETTER.search(text) is not None


def _keys(word: str) -> list[str]:
    """`word`, and (for a word long enough to match with one edit) every way of dropping one
    of its letters. (A word one letter shorter than a long keyword is one of the keyword's.)"""
    if len(word) < FUZZY_MIN_LETTERS:
        return [word]
    return [word, *(word[:i] + word[i + 1 :] for i in range(len(word)))]


def _word_matches(word: str, wanted: str) -> bool:
    if len(wanted) < FUZZY_MIN_LETTERS:
        return word == wanted
    return one_edit_apart(word, wanted)
