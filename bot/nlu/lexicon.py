"""Topic cues: short phrases that name a problem of one topic (CUE_FILE).

A bag of words is as sure of a topic a message merely names as of one it asks about, and it
misses a second problem said in a few words. The cue lexicon is a different witness: phrases
written from domain knowledge for the problems people most often write together ("keeps my
passport", လစာ မပေး, មិនឲ្យលុយ, "la kha ma pay", "min ban luy"), in English (broken English
too), Burmese, Khmer and their romanised forms. topics.py can read whether a candidate's
clause, or the message, holds a cue of the candidate's topic, and take a problem whose cue a
clause holds as a candidate: tried on dev and held-out, not adopted (docs/benchmarks.md, "A
topic-cue lexicon for second problems"), so the bot's rule never reads it.

A phrase's parts (split at spaces) must appear in order, at most GAP characters apart. A
Latin part is a whole word ("arrest*": a word that starts so); a Burmese or Khmer part is
matched inside the text, as those scripts write no spaces between words. Case is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

# Tried, not adopted, so kept with the other not-adopted sources (a tool's file, not the
# bot's: only the tools read it, through Candidate.all_features and CUE_CANDIDATES).
CUE_FILE = Path(__file__).resolve().parents[2] / "nlu/data/sources/not_adopted/cue_words.yml"
LANGUAGES = ("en", "my", "km", "my_latn", "km_latn")
GAP = 15  # characters at most between two parts of a phrase
_LATIN = re.compile(r"[a-z0-9']+\*?")


def _part(part: str) -> str:
    if _LATIN.fullmatch(part):
        word = re.escape(part.rstrip("*"))
        end = "" if part.endswith("*") else r"(?![a-z0-9])"
        return rf"(?<![a-z0-9]){word}{end}"
    return re.escape(part)


def compile_phrase(phrase: str) -> str:
    """The regular expression of one phrase (parts in order, at most GAP characters apart)."""
    parts = phrase.lower().split()
    if not parts:
        raise ValueError("an empty cue phrase")
    return rf"[^\n]{{0,{GAP}}}?".join(_part(p) for p in parts)


@dataclass(frozen=True)
class Lexicon:
    """Each topic's cues, one pattern a topic."""

    patterns: Mapping[str, re.Pattern[str]]

    def has(self, topic: str, text: str) -> bool:
        """Whether `text` holds a cue of `topic` (False for a topic without cues)."""
        pattern = self.patterns.get(topic)
        return bool(text) and pattern is not None and pattern.search(text.lower()) is not None

    def topics(self, text: str) -> tuple[str, ...]:
        """The topics `text` holds a cue of, in the file's order."""
        return tuple(topic for topic in self.patterns if self.has(topic, text))


def parse(data: object) -> Lexicon:
    """A Lexicon from the file's structure: topic -> language -> phrases."""
    if not isinstance(data, Mapping):
        raise ValueError("the cue file must map topics to languages")
    patterns: dict[str, re.Pattern[str]] = {}
    for topic, by_language in data.items():
        if not isinstance(by_language, Mapping):
            raise ValueError(f"cues of {topic}: a mapping of languages expected")
        unknown = set(by_language) - set(LANGUAGES)
        if unknown:
            raise ValueError(f"cues of {topic}: unknown languages {sorted(unknown)}")
        phrases = [str(p) for ps in by_language.values() for p in (ps or [])]
        if phrases:
            patterns[str(topic)] = re.compile("|".join(map(compile_phrase, phrases)))
    return Lexicon(patterns)


def load(path: Path = CUE_FILE) -> Lexicon:
    return parse(yaml.safe_load(path.read_text("utf-8")))


@cache
def default() -> Lexicon:
    """The lexicon of CUE_FILE, read once."""
    return load()
