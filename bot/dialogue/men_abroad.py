"""Whether men may still go abroad to work (the lead's play, session 28): since May 2024
Myanmar has stopped permits to work abroad for men (the reference: The Irrawaddy, 1 May
2024), and Going abroad legally and Documents you need say so ("In May 2024 permits to work
abroad were stopped for men. Ask whether this still applies."). Round 41A found "men cannot go
abroad now?" answered as an arrest; "can men still go to thailand with MOU" waits for the
profile, then Going abroad legally. So a question about men going abroad that the NLU read
as another problem, or as nothing, gets Going abroad legally, which holds the one dated fact
there is. The question may be a man's own or a family's ("my son is 20, can he go to korea
now?" is not read: no men named, and a son's age is young.py's).

Latin as whole words, Burmese inside the text (spaces ignored, also as read in Zawgyi).
Drafts for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue.lexicon import holds, script_readings
from bot.nlu.result import DEFAULT_THRESHOLD

LEGAL = "legal_channels"
# The answers that already hold the stop for men.
_SAYS_IT = frozenset({LEGAL, "documents_needed"})
# A reading that a question on the stop for men may take the place of, however sure: "men ban
# still?" read as a question about the bot (round 43C).
_NOT_A_PROBLEM = frozenset({"bot_help"})

_MEN = re.compile(
    r"\b(?:men|males?|boys|guys|young men|male workers?|"
    r"(?:i am|i'm|im) (?:a )?(?:man|male|boy)|"
    # romanised Burmese: ယောက်ျား(လေး) (men, boys)
    r"yout kyar|yauk kyar|yaut kyar|yoke kyar|youk kyar)\b"
)
_GO = re.compile(
    r"\b(?:abroad|overseas|mou|owic|travel|"
    r"(?:go|going|goes|travel|work|working) (?:to )?(?:work |abroad |overseas )?"
    r"(?:thailand|thai|malaysia|korea|japan|singapore|abroad|overseas|outside)|"
    r"leave (?:myanmar|burma|the country|country)|"
    # romanised Burmese: ပြည်ပ (abroad), နိုင်ငံခြား (foreign)
    r"pyi pa|pyipa|naing ngan char|naingngancha)\b"
)
# Whether the stop on men still holds, asked without a country (round 43C): "is the ban on
# men still now?" got "I cannot help with that", "men ban still?" the help page. The stop is
# the one dated fact Going abroad legally holds for men.
_STOP = re.compile(r"\b(?:ban|banned|bans|banning|stop|stopped|stops|suspend\w*|not allow\w*)\b")
# ... and asked as a question of now: "still", "now", "yet", "lifted", "or not", a "?"
_NOW = re.compile(r"\b(?:still|now|yet|again|lift\w*|anymore|or not|finish\w*|over)\b|\?")
# An arrest or a stop at the border told, not asked: "police caught 5 men going to thailand"
_TOLD = re.compile(r"\b(?:caught|arrested|arrest|raid|detained|police took)\b")
_MEN_SCRIPT = ("ယောက်ျားလေး", "ယောက်ျားတွေ", "အမျိုးသားတွေ", "ကျားလေးတွေ")
_NOTHING = re.compile(r"(?!x)x")  # the Latin words are read above
_GO_SCRIPT = ("ပြည်ပ", "နိုင်ငံခြား", "MOU", "ထိုင်းသွား", "ကိုရီးယားသွား", "မလေးသွား", "ဂျပန်သွား")


def asks(words: str) -> bool:
    """Whether `words` speak of men going abroad to work."""
    lower = words.lower()
    if _TOLD.search(lower):
        return False
    if _MEN.search(lower) and (_GO.search(lower) or (_STOP.search(lower) and _NOW.search(lower))):
        return True
    return holds(words, _NOTHING, _MEN_SCRIPT) and any(
        go in reading for reading in script_readings(words) for go in _GO_SCRIPT
    )


def instead_of(topic: str | None, confidence: float, words: str) -> bool:
    """Whether Going abroad legally answers `words` in place of `topic` (read at
    `confidence`): nothing read, or not surely; a sure reading keeps its answer."""
    if topic in _SAYS_IT:
        return False
    if topic is not None and topic not in _NOT_A_PROBLEM and confidence >= DEFAULT_THRESHOLD:
        return False
    return asks(words)
