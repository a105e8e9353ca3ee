"""Going to a destination, read as going home (exploratory round 23B): a new person's first
message, from a link a friend sent, "how to go korea", got the profile's question and then
Going home ("Leaving Korea: what you can claim when you leave"), the answer for a worker in
Korea who is leaving it; "chong tov korea" (Khmer, I want to go to Korea) and "korea thwar
chin tal" (Burmese, I want to go to Korea) were not understood.

Words that say going, or wanting to work, to a destination country, with no word of going
back or home, ask how to go there: Going abroad legally, with Going home one tap away when
the person meant going back. Only in place of Going home or of no reading at all; never in
place of an emergency, an arrest or any other problem the NLU found. English and broken
English as whole words; romanised Khmer and Burmese likewise (the NLU reads Burmese and
Khmer script right already). Drafts for a native speaker at a partner organisation to
extend.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.dialogue import embassy_fears, places, someone_else

LEGAL = "legal_channels"  # Going abroad legally
HOME = "return_home"  # Going home: one tap away, in case they meant going back
SCAMS = "job_scams_trafficking"
EMBASSY = "embassy_contact"
# Under this, the NLU's Fake jobs for going to a country is a guess, not a scam told.
UNSURE = 0.45
_READ_AS = (None, HOME)

# In front of the country: "go korea", "going to japan", "go work in malaysia", "want to work
# in singapore", "travel to thailand"; romanised Khmer "tov korea", "chong tov twer ka nov
# korea" (want to go to work in Korea).
_BEFORE = (
    r"\b(?:go|going|goes|travel|travelling|traveling|move)\s+(?:to\s+)?"
    r"(?:(?:work|working|job)\s+(?:in\s+|at\s+)?)?"
    r"|\b(?:want|wanna|like|plan|planning)\s+(?:to\s+)?(?:work|working|job)\s+(?:in|at)\s+"
    r"|\b(?:tov|tow|dtov|tv)\s+(?:(?:twer|tver|thver)\s*ka\s+)?(?:(?:nov|nau)\s+)?"
)
# Behind it: romanised Burmese "korea thwar chin" (want to go to Korea), "korea ko thwar".
_AFTER = r"\s+(?:ko\s+)?(?:thwar|thwa|thwarr)\b"
# Going back or home: Going home may be right ("go back myanmar", "korea ka pyan thwar").
_BACK = re.compile(
    r"\b(?:back|home|return|returning|leave|leaving|pyan|pyn|vinh|venh|mok\s+srok)\b"
    r"|ပြန်|វិញ|ត្រឡប់"
)


def back_or_home(words: str) -> bool:
    """Whether `words` say going back or home (Burmese ပြန်, Khmer វិញ too)."""
    return bool(_BACK.search(words.lower()))


@lru_cache(maxsize=1)
def _going() -> re.Pattern[str]:
    return places.around_a_country(_BEFORE, _AFTER)


def says(words: str) -> bool:
    """Whether `words` ask about going to a destination country, not about going home, nor
    tell of someone who went and has not been heard from since (round 28C: "my husband go
    korea 3 days ago, no message" from a wife in Cambodia got Going abroad legally)."""
    read = places.as_read(words).lower()
    if not _going().search(read) or _BACK.search(read):
        return False
    return not (someone_else.names_someone(words) and someone_else.says_missing(words))


def instead_of(topic: str | None, words: str) -> bool:
    """Whether Going abroad legally answers `words` instead of the NLU's reading."""
    return topic in _READ_AS and says(words)


def unsure_scam(topic: str | None, confidence: float, words: str) -> bool:
    """Whether the NLU's Fake jobs for `words`, under UNSURE, is someone asking how to go to
    a country ("khnhom chong tov thai tver kar, trov kar ey klah" at 0.31): Going abroad
    legally answers, Fake jobs one tap away."""
    return topic == SCAMS and confidence < UNSURE and says(words)


def unsure_embassy(topic: str | None, confidence: float, words: str) -> bool:
    """Whether the NLU's Embassy for `words`, under UNSURE and with no embassy named, is
    someone asking how to go to a country (round 55B: "malaysia ko thwar chin tal pwe sar ka
    paing san ma pyaw bu", I want to go to Malaysia, the broker does not tell the cost, read
    as Embassy at 0.25, got "you are at home, you do not need the embassy" and "is the person
    abroad?"): Going abroad legally answers, the embassy one tap away. Not for someone else
    (their embassy may be what is asked)."""
    return (
        topic == EMBASSY
        and confidence < UNSURE
        and not embassy_fears.names_embassy(words)  # "than yone phone number": the embassy's
        and not someone_else.names_someone(words)  # "my son go korea last year": theirs
        and says(words)
    )
