"""Words about the person's own data (content/safety/own_words.yml): asking who sees the
chat (privacy), asking to take back what they sent (withdraw), a photo's caption that
only names the document attached ("this is my passport"), asking what the bot is ("are
you a real person", "can I trust you": about_bot), and someone else checking the
person's phone ("they check my phone", round 16A: phone), and someone asking for another
person's data, case or whereabouts ("my worker ran away, how do I find him", "I am the
agent, send me her case", round 22C: others).

The NLU has no intent for these, and its nearest readings are the worst answers for them:
"will you tell police about me" reads as an arrest, "delete everything" as goodbye, "I sent
my story but now I am scared, stop it" as an emergency (exploratory test 9, findings 1, 2
and 8). So they are matched before the NLU is asked, as danger words are, with the same
folding (bot/content/folding.py). Each list is specific on purpose: "police arrested me"
must stay the arrest answer, and danger words are checked before these (bot/dialogue/
own_data.py).

- `phrases`: anywhere in the message. An entry's parts joined by " + " must all be there
  ("sent + stop it"). Latin-script parts match as whole words, Burmese and Khmer ones as
  substrings with spaces ignored.
- `alone`: only as the whole message, once the section's `endings` (polite words, "this is",
  "my", particles) are taken away from both: "delete", ဖျက်ပေးပါဗျာ, "here is my passport".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import Field, model_validator

from bot.content.folding import Endings, fold, without_spaces
from bot.content.models import Reviews, Strict
from bot.content.safety import LanguageLists

OWN_WORDS_FILE = "safety/own_words.yml"
PART_SEPARATOR = " + "


class WordSection(Strict):
    phrases: LanguageLists = Field(default_factory=LanguageLists)
    alone: LanguageLists = Field(default_factory=LanguageLists)
    endings: LanguageLists = Field(default_factory=LanguageLists)

    @model_validator(mode="after")
    def _no_empty_words(self) -> WordSection:
        # A part that folds to nothing (only punctuation) would match every message.
        for entry in (*self.phrases.all(), *self.alone.all()):
            if any(not fold(part) for part in entry.split(PART_SEPARATOR)):
                raise ValueError(f"{entry!r}: a part of it has no letters")
        return self

    def matcher(self) -> PhraseMatcher:
        return PhraseMatcher(self.phrases.all(), self.alone.all(), self.endings.all())


class OwnWords(Strict):
    review: Reviews
    privacy: WordSection
    withdraw: WordSection
    captions: WordSection
    about_bot: WordSection = Field(default_factory=WordSection)
    phone: WordSection = Field(default_factory=WordSection)
    others: WordSection = Field(default_factory=WordSection)

    def matchers(self) -> OwnWordMatchers:
        return OwnWordMatchers(
            self.privacy.matcher(),
            self.withdraw.matcher(),
            self.captions.matcher(),
            self.about_bot.matcher(),
            self.phone.matcher(),
            self.others.matcher(),
        )


class OwnWordMatchers:
    def __init__(
        self,
        privacy: PhraseMatcher,
        withdraw: PhraseMatcher,
        captions: PhraseMatcher,
        about_bot: PhraseMatcher,
        phone: PhraseMatcher,
        others: PhraseMatcher,
    ):
        self.privacy = privacy
        self.withdraw = withdraw
        self.captions = captions
        self.about_bot = about_bot
        self.phone = phone
        self.others = others


class PhraseMatcher:
    """`phrases` anywhere in a message, `alone` as the whole of it (its `endings` aside)."""

    def __init__(self, phrases: Iterable[str], alone: Iterable[str], endings: Iterable[str]):
        phrases = list(phrases)
        parted = [tuple(_part(part) for part in p.split(PART_SEPARATOR)) for p in phrases]
        # One-part phrases, most of the list, are looked for with one pattern per script, as
        # the emergency keywords are (safety.DangerMatcher): one search instead of one per
        # phrase (a regex each: 0.3 ms a message, asked up to three times per text).
        single = [fold(p) for p in phrases if PART_SEPARATOR not in p]
        latin = sorted((p for p in single if p.isascii()), key=len, reverse=True)
        script = [p[0] for p in parted if len(p) == 1 and isinstance(p[0], str) and p[0]]
        self._latin = (
            re.compile(rf"(?<![a-z0-9])(?:{'|'.join(map(re.escape, latin))})(?![a-z0-9])")
            if latin
            else None
        )
        self._script = (
            re.compile("|".join(map(re.escape, sorted(script, key=len, reverse=True))))
            if script
            else None
        )
        self._phrases = [p for p in parted if len(p) > 1]  # "a + b": every part there
        self._endings = Endings(endings)  # as the emergency pleas' are (safety.DangerMatcher)
        self._alone = self._endings.cores(alone)

    def search(self, text: str) -> bool:
        """Whether `text` holds one of the phrases, or is one of the `alone` messages."""
        folded = fold(text)
        if not folded:
            return False
        unspaced = without_spaces(folded)
        if self._endings.core(folded) in self._alone:
            return True
        if self._latin is not None and self._latin.search(folded):
            return True
        if self._script is not None and self._script.search(unspaced):
            return True
        return any(all(_found(part, folded, unspaced) for part in p) for p in self._phrases)


def _part(words: str) -> re.Pattern[str] | str:
    """A Latin-script part as a whole-word pattern; a Burmese or Khmer one, space-less."""
    folded = fold(words)
    if folded.isascii():
        return re.compile(rf"(?<![a-z0-9]){re.escape(folded)}(?![a-z0-9])")
    return without_spaces(folded)


def _found(part: re.Pattern[str] | str, folded: str, unspaced: str) -> bool:
    if isinstance(part, str):
        return bool(part) and part in unspaced
    return part.search(folded) is not None
