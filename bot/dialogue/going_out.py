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
from bot.once import per_message
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
    r"\b(?:a ?pyin|apyin)\s+(?:ma\s+)?(?:htwet|thwet|htwat)\s+(?:ya\s+)?"
    r"(?:(?:hmar|mhar|mha|hma)\s+)?"
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
        "tal",  # romanised Burmese တယ် (round 49C)
        "tel",
        "dal",
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


@per_message
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


# A reason of checks or raids beside the fear (round 48A: "i am afraid to go out, police
# check everywhere" got the emergency steps, "call the police"; Khmer ... ប៉ូលិសឆែក... the
# same; Burmese ... ရဲတွေစစ်နေတယ် "Passport kept"). Only these words and the filler may stand
# beside the fear: a threat, an attack, a locked door, someone following or waiting ("he is
# waiting outside my door") is not among them and goes on as before (danger words, the NLU).
# "raid" itself is a danger word (content/safety): the numbers first, as the lead chose.
_REASON = frozenset(
    [
        "police",
        "polis",
        "immigration",
        "check",
        "checks",
        "checking",
        "checkpoint",
        "checkpoints",
        "chek",
        "ID",
        "id",
        "arrest",
        "arrested",
        "catch",
        "caught",
        "everywhere",
        "many",
        "outside",
        "street",
        "road",
        "market",
        "because",
        "of",
        "the",
        "there",
        "they",
        "no",
        "not",
        "have",
        "dont",
        "papers",
        "paper",
        "passport",
        "pink",
        "card",
        "permit",
        "work",
        "visa",
        "documents",
        "my",
        "at",
        "in",
        "on",
        "go",
        "to",
        "out",
        "scared",
        "afraid",
        "of",
        "will",
        "me",
        "if",
        "nowadays",
        "these",
        "days",
        "ban",
        "mean",
        "chab",
        "tae",
        "kyi",
        "nay",
        "tal",
        "tel",
        "yae",
        "ye",
        "twe",
    ]
)
# The same reasons in script (spaces ignored): Khmer police, check (ឆែក, ត្រួត), immigration,
# arrest (ចាប់), everywhere, many; Burmese police (ရဲ), check (စစ်), immigration (လဝက),
# arrest (ဖမ်း), everywhere, papers (စာရွက်), none (မရှိ)
_REASON_SCRIPT = (
    "ប៉ូលិស",
    "ឆែកឆេរ",
    "ឆែក",
    "ត្រួតពិនិត្យ",
    "អន្តោប្រវេសន៍",
    "អន្ដោប្រវេសន៍",
    "ចាប់",
    "គ្រប់កន្លែង",
    "ច្រើន",
    "ព្រោះ",
    "ដោយសារ",
    "នៅ",
    "ក្រៅ",
    "អត់",
    "គ្មាន",
    "ឯកសារ",
    "លិខិតឆ្លងដែន",
    "មាន",
    "ពួកគេ",
    "វា",
    "ផ្សារ",
    "ផ្លូវ",
    "ရဲတွေ",
    "ရဲ",
    "စစ်ဆေး",
    "စစ်",
    "လဝက",
    "ဖမ်း",
    "နေရာတိုင်း",
    "အများကြီး",
    "လို့",
    "ကြောင့်",
    "စာရွက်စာတမ်း",
    "စာရွက်",
    "မရှိ",
    "နေတယ်",
    "တွေ",
    "က",
    "ဈေး",
    "လမ်း",
    "မှာ",
    "ပါ",
    "တယ်",
    "ဘူး",
    "မယ်",
)
# "catch" alone is no reason: "afraid to go out, they will catch me" names no police, and
# "they" may be the boss's men or a trafficker (round 49A: it got the police-check line); it
# stands beside police or immigration words only ("police will catch me")
_REASON_LATIN = re.compile(r"\b(?:police|polis|immigration|check|checks|checking|chek|arrest)\b")
_REASON_MARK = ("ប៉ូលិស", "ឆែក", "អន្តោប្រវេសន៍", "អន្ដោប្រវេសន៍", "ရဲ", "စစ်", "လဝက", "ဖမ်း")


@per_message
def with_reason(words: str) -> bool:
    """Whether `words` say only the fear of going out and that the police check or arrest
    people (no threat, attack, locked door or follower: those are not reasons here)."""
    if not words.strip():
        return False
    for reading in (words, *script_readings(words)):
        reading = reading.replace("\u200b", "")
        plain = plain_words(reading).replace("'", "")
        latin = _FEAR_LATIN.search(plain)
        script = any(phrase in reading.replace(" ", "") for phrase in _FEAR_SCRIPT)
        if not (latin or script):
            continue
        marked = bool(_REASON_LATIN.search(plain)) or any(
            mark in reading.replace(" ", "") for mark in _REASON_MARK
        )
        if not marked:
            continue
        rest = [w for w in _rest(reading).split() if w not in _REASON]
        unspaced = "".join(rest)
        for phrase in sorted((*_FILLER_SCRIPT, *_REASON_SCRIPT), key=len, reverse=True):
            unspaced = unspaced.replace(phrase, "")
        if not unspaced:
            return True
    return False


def instead(event: Text) -> bool:
    return alone(event.text) or with_reason(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """A person first; the arrest answer's steps if the police stop them; an emergency, when
    someone threatens, follows or keeps them in, is one tap away."""
    gettext = ctx.translator(state.language).gettext
    text = (
        gettext(
            "Afraid to go out because of police checks? You can stay in and talk to a person "
            "first: tap “{person}”. If the police stop you, the steps are in the next button. "
            "No one can promise you will not be stopped. If someone threatens you, follows you "
            "or will not let you leave, that is an emergency: tap “{emergency}”."
        )
        if with_reason(event.text)
        else gettext(
            "Afraid to go out, because of checks, raids or how people treat you? You can stay "
            "in and talk to a person first: tap “{person}”. If the police stop you, the steps "
            "are in the next button. If someone threatens you, follows you or will not let you "
            "leave, that is an emergency: tap “{emergency}”."
        )
    )
    return also_wrote.person_first(text, (ARREST, EMERGENCY), event, state, ctx)
