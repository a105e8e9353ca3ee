"""Afraid to go out, said alone (exploratory round 47A): "I am afraid to go out", Khmer
ខ្ញុំខ្លាចចេញក្រៅ, romanised "khnhom khlach chenh krav", Burmese အပြင်မထွက်ရဲဘူး (I dare not
go out). The NLU read them as an emergency (0.95, 0.92, 0.86) and the Burmese held the danger
word အပြင်မထွက်ရ (not allowed out), so the emergency steps came: "call the police", to
someone who fears raids, checks or people's anger (rounds 45C and 46A).

Fear of going out is no emergency by itself. Said alone (nothing but the fear, with "I",
"now", "very", "please"), the reply says plainly what our sources hold: a person first, the
arrest answer's steps if the police stop them, and that a threat, someone following them or
being kept inside IS an emergency (its button). Anything more than the fear (a threat, an
attack, a locked door, "afraid he will kill me", "he is outside my door") is read as before:
danger words first (flows._read), then the NLU. It adds no fact and promises nothing.

Drafts for Burmese and Khmer speakers at a partner organisation: the phrases below.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import plain_words, script_readings
from bot.dialogue.outcome import Outcome
from bot.values import UserState

NAME = "going_out"  # counted as a conversation (tally.py), never the words
ARREST = "arrest_detention"
EMERGENCY = "emergency_help"

# The fear of going out, in Latin letters (English and romanised Khmer/Burmese).
_FEAR_LATIN = re.compile(
    r"\b(?:afraid|scared|fear|frightened|scare|afraid of|too scared|too afraid|dont dare|"
    r"do not dare|not dare)\s+(?:to\s+)?(?:go|going|walk|walking|come|coming)\s+"
    r"(?:out|outside|out of (?:the )?(?:room|house|home)|to (?:the )?market|in the street)\b|"
    r"\b(?:khlach|klach|khlajh|klaj)\s+(?:chenh|chen|chegn)\s+(?:krav|krao|krau|kraw)\b|"
    r"\b(?:a ?pyin|apyin)\s+(?:ma\s+)?(?:htwet|thwet|htwat)\s+(?:ya\s+)?(?:hmar\s+)?"
    r"(?:kyout|kyauk)\b"
)
# The same in Burmese and Khmer script (spaces ignored, Burmese also as read in Zawgyi).
_FEAR_SCRIPT = (
    # Khmer: ខ្លាចចេញក្រៅ (afraid to go out), ខ្លាចចេញទៅក្រៅ, មិនហ៊ានចេញក្រៅ (dare not go out)
    "ខ្លាចចេញក្រៅ",
    "ខ្លាចចេញទៅក្រៅ",
    "មិនហ៊ានចេញក្រៅ",
    "មិនហ៊ានចេញទៅក្រៅ",
    # Burmese: အပြင်မထွက်ရဲ (dare not go out), အပြင်ထွက်ရမှာကြောက် (afraid to have to go
    # out), အပြင်ထွက်ဖို့ကြောက် (afraid to go out)
    "အပြင်မထွက်ရဲ",
    "အပြင်ထွက်ရမှာကြောက်",
    "အပြင်ထွက်ဖို့ကြောက်",
    "အပြင်ထွက်ရမှာစိုး",
)
# What may stand beside the fear in a message that says only that.
_FILLER = frozenset(
    [
        "i",
        "im",
        "am",
        "me",
        "we",
        "are",
        "is",
        "so",
        "very",
        "really",
        "too",
        "now",
        "today",
        "still",
        "please",
        "pls",
        "plz",
        "help",
        "and",
        "but",
        "khnhom",
        "knhom",
        "khnom",
        "yerng",
        "nov",
        "pel",
        "ni",
        "nga",
        "kyundaw",
        "kyanaw",
        "kyama",
        "a",
        "khu",
        "ខ្ញុំ",
        "យើង",
        "ណាស់",
        "ពេលនេះ",
        "ឥឡូវ",
        "ឥឡូវនេះ",
        "ទេ",
        "បង",
        "អូន",
        "ကျွန်တော်",
        "ကျွန်မ",
        "ငါ",
        "အခု",
        "ဘူး",
        "ပါ",
        "တယ်",
        "နေတယ်",
        "ရှင်",
        "ဗျ",
        "ဗျာ",
    ]
)
_FILLER_SCRIPT = tuple(sorted((w for w in _FILLER if not w.isascii()), key=len, reverse=True))


def _rest(words: str) -> str:
    """`words` without the fear phrase and the filler words, in plain words."""
    plain = plain_words(words).replace("'", "")
    plain = _FEAR_LATIN.sub(" ", plain)
    for phrase in _FEAR_SCRIPT:
        plain = plain.replace(phrase, " ")
    return " ".join(w for w in plain.split() if w not in _FILLER)


def _unspaced_rest(words: str) -> str:
    """The script text left once the fear phrase and the filler are taken out."""
    rest = _rest(words).replace(" ", "")
    for phrase in _FILLER_SCRIPT:
        rest = rest.replace(phrase, "")
    return rest


def alone(words: str) -> bool:
    """Whether `words` say only that the writer is afraid to go out."""
    if not words.strip():
        return False
    for reading in (words, *script_readings(words)):
        latin = _FEAR_LATIN.search(plain_words(reading).replace("'", ""))
        script = any(phrase in reading.replace(" ", "") for phrase in _FEAR_SCRIPT)
        if (latin or script) and not _unspaced_rest(reading.replace("\u200b", "")):
            return True
    return False


def instead(event: Text) -> bool:
    return alone(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """A person first; the arrest answer's steps if the police stop them; an emergency, when
    someone threatens, follows or keeps them in, is one tap away."""
    gettext = ctx.translator(state.language).gettext
    text = gettext(
        "Afraid to go out, because of checks, raids or how people treat you? You can stay in "
        "and talk to a person first: tap “{person}”. If the police stop you, the steps are in "
        "the next button. If someone threatens you, follows you or will not let you leave, "
        "that is an emergency: tap “{emergency}”."
    )
    return also_wrote.person_first(text, (ARREST, EMERGENCY), event, state, ctx)
