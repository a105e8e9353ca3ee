"""Arrived, and nobody came (exploratory round 28C): "i am lost, first day in korea, i dont know
where is my company" got "I cannot help with that" and the menu; "i am at suvarnabhumi airport,
agent man not come" the agency answer, and the next message, "i have no money no thai sim",
"I cannot help with that"; the Burmese and Khmer "at the airport, nobody came to meet me" were
not understood.

Our sources say nothing on arriving: who should meet a worker, what to do at the airport, or
where to go on the first day. So the reply says that, offers a person first (a caseworker can
call or write), with the embassy and Emergency help one tap away; the other problems the NLU
read are offered too. Only when the words say both an arrival (an airport, "just arrived",
the first day) and that nobody came, or the person is lost or has no money or SIM (no local
SIM card alone says it: "i have no money no thai sim"); never an
arrest, Immigration holding someone, or a paper ("agent took our passport at the airport":
Passport taken), and never before danger words (flows._read).

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation to review and
extend.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import script_readings
from bot.dialogue.outcome import Outcome
from bot.dialogue.papers_words import any_paper
from bot.values import UserState

NAME = "arrived"  # counted as a conversation (tally.py), never words
TOPICS = ("embassy_contact", "emergency_help")

_ARRIVAL = re.compile(
    r"\b(?:airport|air port|suvarnabhumi|don mueang|don muang|klia|klia2|changi|narita|haneda|"
    r"kansai|incheon|just arrive|just arrived|just arriving|just land|just landed|"
    r"arrive today|arrived today|arrive yesterday|arrived yesterday|first day|first night|"
    r"lay sate|lay sai|lay sate mhar|prolean)\b"
)
_NOBODY = re.compile(
    r"\b(?:nobody|no one|noone|no body|not|nobody to|no one to|did not|didnt|dont|never) "
    r"(?:\w+ )?(?:come|came|coming|pick|picked|meet|met|wait|waiting|fetch|answer|answers)\b|"
    r"\b(?:lost|i am lost|im lost|get lost|got lost|dont know where|don t know where|"
    r"do not know where|no sim|no sim card|no money|no internet|ma lar bu|mha ma lar)\b"
)
# No local SIM card: said only by someone who has just arrived ("i have no money no thai sim"
# got "I cannot help with that" right after the agency answer at the airport)
_NO_SIM = re.compile(r"\b(?:no|not have|dont have|do not have|without) (?:\w+ )?sim(?: card)?\b")
_NOT_THIS = re.compile(
    r"\b(?:immigration|police|arrest|arrested|detain|detained|deport|deported|refused|"
    r"lawaka|send me back|sent me back)\b"
)
# Burmese: လေဆိပ် (airport), ရောက်တာ (arrived) / ပထမနေ့ (first day) ... မလာဘူး (did not
# come), လာမကြို (nobody came to meet), လမ်းပျောက် (lost), ဘယ်ရောက်နေမှန်းမသိ (do not know
# where); Khmer: ព្រលានយន្តហោះ (airport), ទើបមកដល់ (just arrived), ថ្ងៃដំបូង (first day) ...
# គ្មាននរណាមក (nobody came), មិនមកទទួល (did not come to fetch), វង្វេង (lost)
_ARRIVAL_SCRIPT = ("လေဆိပ်", "ပထမနေ့", "ရောက်ခါစ", "ព្រលានយន្តហោះ", "ទើបមកដល់", "ថ្ងៃដំបូង")
_NOBODY_SCRIPT = (
    "မလာဘူး",
    "မလာသေး",
    "လာမကြို",
    "ကြိုမယ့်သူမရှိ",
    "ကြိုမယ့်လူမရှိ",
    "လမ်းပျောက်",
    "မှန်းမသိ",
    "ပိုက်ဆံမရှိ",
    "គ្មាននរណាមក",
    "អត់មាននរណាមក",
    "មិនមកទទួល",
    "អត់មកទទួល",
    "គ្មាននរណាទទួល",
    "វង្វេង",
    "គ្មានលុយ",
)
_NOT_THIS_SCRIPT = ("လဝက", "ရဲ", "ဖမ်း", "អន្តោប្រវេសន៍", "ប៉ូលីស", "ចាប់")

# Arrived, asking what to do now (the lead, session 29: "ကျွန်တော် မနေ့က ထိုင်းရောက်တယ်
# ဘာလုပ်ရမလဲ", I arrived in Thailand yesterday, what should I do, read as out of scope, got
# "I cannot help with that"; "i arrive thailand yesterday, what i should do" was not
# understood). Only where the NLU read no topic (`asks_what_now`).
_ARRIVED_LATIN = re.compile(
    r"\b(?:i|we) (?:just |only )?(?:arrive|arrived|reach|reached|came|come|land|landed) "
    r"(?:in |to )?(?:\w+ )?(?:yesterday|today|this morning|last night|just now)\b|"
    r"\b(?:just arrive|just arrived|just landed|just reach|just reached|first day|"
    r"yauk kha sa|yout kha sa)\b"
)
_WHAT_NOW_LATIN = re.compile(
    r"\bwhat (?:should |must |do |can |to )?(?:i |we )?(?:should |must |need to |have to )?"
    r"do(?: now| first| next)?\b|\bwhat next\b|"
    r"\b(?:bal|ba|bar) (?:lo |lout )?(?:lote|lout) (?:ya )?(?:ma|mha) ?(?:lae|le|lel)\b|"
    r"\b(?:trov|trauv) (?:tver|twer) (?:ey|avey|avei|ei)\b|\btver (?:mech|mch|yang mech)\b"
)
# Burmese: (yesterday / today / just now) ... arrived; Khmer: just arrived (above), came
# yesterday / today
_ARRIVED_SCRIPT = re.compile(
    r"(?:မနေ့က|ဒီနေ့|ဒီမနက်|အခုပဲ|ညက).{0,20}ရောက်|ရောက်ခါစ|"
    r"ទើបមកដល់|ទើបដល់|(?:ម្សិលមិញ|ថ្ងៃនេះ).{0,12}(?:មកដល់|ដល់)|(?:មកដល់|ដល់).{0,12}(?:ម្សិលមិញ|ថ្ងៃនេះ)"
)
_WHAT_NOW_SCRIPT = ("ဘာလုပ်ရမလဲ", "ဘာလုပ်ရမှာလဲ", "ဘာလုပ်ရမလည်း", "ត្រូវធ្វើអ្វី", "គួរធ្វើអ្វី", "ធ្វើម៉េច")


def _latin(words: str) -> str:
    """`words` in lower case, apostrophes dropped, other punctuation as single spaces."""
    latin = words.lower().replace("'", "").replace("\u2019", "")
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", latin))


def says(words: str) -> bool:
    """Whether `words` tell of arriving (an airport, the first day) and nobody coming, being
    lost or having no money or SIM; not of the police, Immigration or a paper."""
    latin = _latin(words)
    # What it says first, what it must not say after: most messages say neither (every
    # message is read, issue 11's CPU), and the police or a paper is read only then.
    if (_ARRIVAL.search(latin) and _NOBODY.search(latin)) or _NO_SIM.search(latin):
        told = True
    elif words.isascii():
        return False  # no Burmese or Khmer phrase in it
    else:
        told = any(  # script_readings are already unspaced, and read once per message
            any(a in r for a in _ARRIVAL_SCRIPT)
            and any(n in r for n in _NOBODY_SCRIPT)
            and not any(x in r for x in _NOT_THIS_SCRIPT)
            for r in script_readings(words)
        )
    return told and not _NOT_THIS.search(latin) and not any_paper(words)


def asks_what_now(words: str) -> bool:
    """Whether `words` say the person has just arrived and ask what to do, naming no police,
    Immigration or paper."""
    latin = _latin(words)
    if _ARRIVED_LATIN.search(latin) and _WHAT_NOW_LATIN.search(latin):
        told = True
    elif words.isascii():
        return False
    else:
        told = any(
            _ARRIVED_SCRIPT.search(r)
            and any(w in r for w in _WHAT_NOW_SCRIPT)
            and not any(x in r for x in _NOT_THIS_SCRIPT)
            for r in script_readings(words)
        )
    return told and not _NOT_THIS.search(latin) and not any_paper(words)


def instead(event: Text) -> bool:
    """Whether the line answers `event` alone: the words tell of arriving with nobody there,
    and the NLU read no arrest; or of arriving and asking what to do, and the NLU read no
    topic."""
    topic = event.nlu.topic if event.nlu is not None else None
    if topic is None and asks_what_now(event.text):
        return True
    return topic != "arrest_detention" and says(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; a person; the embassy and Emergency help; the other
    problems read; the menu."""
    _ = ctx.translator(state.language).gettext
    line = _(
        "Just arrived, and nobody came for you, or you are lost? Our sources have no checked "
        "information on what to do when you arrive. A person from a partner organisation can "
        "help you now: tap “{person}”. If you are in danger, or taken where you did not agree "
        "to go, tap “{emergency}”."
    )
    if not says(event.text):  # "arrived yesterday, what should I do?": no one is missing
        line = _(
            "Just arrived? Our sources have no checked information on what to do when you "
            "arrive. A person from a partner organisation can help you now: tap “{person}”. "
            "If you are in danger, or taken where you did not agree to go, tap “{emergency}”."
        )
    return also_wrote.person_first(line, TOPICS, event, state, ctx)
