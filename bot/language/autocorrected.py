"""Romanised Burmese and Khmer as an English keyboard's autocorrect leaves it (round 29C).

A phone with only an English keyboard set up "corrects" romanised words into English ones:
"kyay zu" (thank you) becomes "keys zoo", "jouy phong" (help, please) "joy phone", "kae par"
(rescue me) "Kate par", "ma pay buu" (does not pay) "ma pay bus". The English words read as
English: the plea got "I cannot help with that", the thanks "did not understand". The pairs
below are put back before anything reads the message (language, danger words, the NLU).
Only whole pairs, which no English sentence a worker writes to this bot holds; drafts for
the partners' native speakers to extend with what they see.
"""

from __future__ import annotations

import re

from bot.language.romanised import romanised_language

_PUT_BACK: dict[str, str] = {
    # Burmese
    "keys zoo": "kyay zu",
    "key zoo": "kyay zu",
    "keys zu": "kyay zu",
    "kate par": "kae par",
    "ma pay bus": "ma pay buu",
    # Khmer
    "joy phone": "jouy phong",
    "joy phong": "jouy phong",
    "jouy phone": "jouy phong",
    "some joy": "som jouy",
}
_SPACED = (re.escape(pair).replace(r"\ ", r"\s+") for pair in _PUT_BACK)
_PAIRS = re.compile(r"(?<![a-z])(" + "|".join(_SPACED) + r")(?![a-z])", re.IGNORECASE)
# A cheap test first: every pair holds one of these words.
_HINTS = re.compile(r"zoo|zu|kate|bus|joy|phone", re.IGNORECASE)


# A message of this many words or fewer is the pair and little else ("Joy phone", "Keys zoo
# tin par tal"); a longer one is put back only when its other words are romanised Burmese or
# Khmer too: "my new joy phone is broken" is English (the lead's last read: it came out as
# Khmer, with the emergency numbers).
SHORT = 5


def put_back(text: str) -> str:
    """`text` with the autocorrected pairs in their romanised spelling."""
    if _HINTS.search(text) is None:
        return text
    put = _PAIRS.sub(lambda found: _PUT_BACK[" ".join(found.group().lower().split())], text)
    if put == text or len(text.split()) <= SHORT:
        return put
    rest = _PAIRS.sub(" ", text)
    return put if romanised_language(rest) in ("my", "km") else text
