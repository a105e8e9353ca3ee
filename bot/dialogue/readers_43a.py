"""Three readers left open by round 42C (exploratory round 43A).

1. "No passport" said alone ("ပတ်စ်ပို့ မရှိဘူး", "i no have passport", "គ្មានលិខិតឆ្លងដែន",
   "passport ma shi bu") got Passport taken, Lost documents or the embassy's answer: a person
   with no passport has not necessarily had it taken. Now a short question (did someone take
   it, did you lose it, or have you never had one?) with those three answers as buttons
   (Passport taken, Lost documents, Documents you need) and a person. A message that says
   more ("no passport yet, can I work", "boss keep my passport") is read as before.
2. Right after the overdose line (ctx.last_answer), the next turn: someone worse ("breathing
   slow", "not wake up", "he vomit", "shaking") gets the overdose line again, the ambulance
   numbers in it; someone better ("he wake up now", "he ok now") a short, honest line (our
   sources have no medical advice; stay with them; get help at once if worse; a person).
   Worse wins over better ("he wake up but breathing slow").
4. What an office told the person ("the embassy said go to the agency", "labour office say
   ask your agent", "police said go to embassy"): the answer of the office named as the one
   to go to was read with nothing on being sent on. Now a short line (our sources do not
   say which office must help; write down who said it and when; a person), the answer of
   the office sent to and Where to complain a tap away.
3. No passport and sending money home ("no passport, how to send money home, bank say no"):
   not "I cannot help with that" but what our sources hold (nothing checked on it) and a
   person, with Passport taken and Lost documents a tap away.

Latin phrases as whole words, Burmese and Khmer inside the text (spaces ignored, Burmese also
as read in Zawgyi). Drafts for a native speaker at a partner organisation to review.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote, money_home, no_passport, overdose
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import entries, holds, said_alone, script_readings
from bot.dialogue.outcome import Outcome
from bot.values import UserState

NAME = "no_passport_which"  # counted as a conversation (tally.py), never words
MONEY = "no_passport_money"
SENT = "sent_between_offices"
KEPT = "documents_confiscated"
LOST = "lost_documents"
DOCUMENTS = "documents_needed"
EMERGENCY = "emergency_help"

# "No passport" and its spellings, said alone
_NONE = entries(
    "no passport|no pasport|no passpot|no pass port|i no passport|i have no passport|"
    "i no have passport|i dont have passport|i don't have passport|i do not have passport|"
    "i dont have a passport|i do not have a passport|i have no a passport|no have passport|"
    "dont have passport|not have passport|passport no have|passport none|passport nothing|"
    "passport ma shi|passport ma shi bu|passport mashi bu|pat sa po ma shi bu|"
    "ot mean passport|kjom ot mean passport|khnhom ot mean passport|knhom ot mean passport|"
    "kmean passport|min mean passport|"
    # Burmese: I have no passport (three spellings), Khmer: I have no passport
    "ပတ်စ်ပို့မရှိဘူး|ပတ်စပို့မရှိဘူး|ပါစပို့မရှိဘူး|ပတ်စ်ပို့မရှိ|ပတ်စပို့မရှိ|ပါစပို့မရှိ|"
    "passportမရှိဘူး|passportမရှိ|"
    "គ្មានលិខិតឆ្លងដែន|អត់មានលិខិតឆ្លងដែន|មិនមានលិខិតឆ្លងដែន|អត់មានpassport|គ្មានpassport|"
    "អត់មានប៉ាស្ព័រ|ខ្ញុំគ្មានលិខិតឆ្លងដែន|ខ្ញុំអត់មានលិខិតឆ្លងដែនទេ|អត់មានលិខិតឆ្លងដែនទេ"
)
# Typed with a space between the word for passport and "have not" (round 43A's first run:
# "ပတ်စ်ပို့ မရှိဘူး" was not read)
_SPACED = entries(
    "|".join(
        f"{noun} {no}" for noun in ("ပတ်စ်ပို့", "ပတ်စပို့", "ပါစပို့", "passport") for no in ("မရှိ", "မရှိဘူး")
    )
    + "|"
    + "|".join(
        f"{no} {noun}"
        for no in ("គ្មាន", "អត់មាន", "មិនមាន")
        for noun in ("លិខិតឆ្លងដែន", "លិខិតឆ្លងដែនទេ", "passport", "ប៉ាស្ព័រ")
    )
)
_NONE = _NONE | _SPACED
_WITH = entries(
    "i|me|my|sir|bro|please|help|ok|so|"
    "ကျွန်တော်|ကျွန်မ|ကျနော်|ဘူး|ပါ|ဗျ|ရှင်|"
    "ខ្ញុំ|ទេ|បង|kjom|khnhom|knhom|te|bong"
)

# Worse, right after the overdose line: breathing slow or weak, not waking, vomiting, a fit
_WORSE = re.compile(
    r"\b(?:breath\w* (?:slow|slowly|weak|little|bad|badly|hard|strange|funny|noisy)|"
    r"(?:slow|weak|hard|bad|little) (?:breath|breathing)|"
    r"vomit\w*|throw(?:ing)? up|threw up|puke\w*|"
    r"shak(?:e|es|ing)|fit|fits|seizure|jerk\w*|blue lips?|lips? blue|"
    r"sleep again|sleeping again|not answer|no answer|worse|"
    r"an nay|ahn nay)\b"
)
# Burmese: vomits (အန်နေ, အော့အန်), breathes slowly (အသက်ဖြည်း), shaking (တုန်နေ); Khmer:
# vomits (ក្អួត), breathes slowly (ដកដង្ហើមយឺត), shaking (ញ័រ)
_WORSE_SCRIPT = ("အန်နေ", "အော့အန်", "အသက်ရှူဖြည်း", "အသက်ဖြည်း", "တုန်နေ", "ក្អួត", "ដកដង្ហើមយឺត", "ញ័រ")
# Better: awake again, breathing well, talking
_BETTER = re.compile(
    r"\b(?:wake up now|woke up|woke|wake up already|waked up|awake|he wake up|she wake up|"
    r"(?:he|she|they|friend)(?: is)? (?:ok|okay|fine|better|good) (?:now|already)|"
    r"(?:is )?(?:ok|okay|fine|better) now|breath\w* (?:ok|okay|good|normal|normally|fine)|"
    r"can talk|talking now|open (?:his|her) eyes|noe lar pyi|no lar pyi|thadi ya lar pyi)\b"
)
# Burmese: woke up (နိုးလာပြီ), came to (သတိရလာပြီ); Khmer: woke up (ភ្ញាក់ហើយ, ភ្ញាក់ខ្លួនហើយ),
# conscious again (ដឹងខ្លួនវិញ)
_BETTER_SCRIPT = ("နိုးလာပြီ", "နိုးပြီ", "သတိရလာပြီ", "ភ្ញាក់ហើយ", "ភ្ញាក់ខ្លួនហើយ", "ដឹងខ្លួនវិញ")
# A bank or a shop that says no, without a passport
# (round 43A's first run: "which bank gives the best rate", "bank closed on sunday", "by bank
# or by agent" moved onto this line; only a bank that refuses now)
_BANK = re.compile(
    r"\bbank (?:say|said|says|tell me|told me) no\b|"
    r"\bbank (?:not|no|did not|didnt|does not|doesnt|won't|wont|will not|cannot|can't|cant) "
    r"(?:allow|accept|let|open|give|want)\b|\bbank (?:refuse|refused|refuses|reject|rejected)\b"
)


def none_alone(event: Text, state: UserState) -> bool:
    """Whether `event` only says the person has no passport (round 43A)."""
    if state.pending_topic:
        return False
    # Burmese also as read in Zawgyi ("ပတ္စ္ပို႔ မရွိဘူး")
    readings = (event.text, *script_readings(event.text)[1:])
    return any(said_alone(reading, _NONE, _WITH) for reading in readings)


def which(event: Text, state: UserState, ctx: Context) -> Outcome:
    """Taken, lost or never had one? The three answers as buttons, and a person."""
    text = ctx.translator(state.language).gettext(
        "You have no passport now? Did someone take it, did you lose it, or have you never "
        "had one? Tap what fits, or tap “{person}”."
    )
    return also_wrote.person_first(text, (KEPT, LOST, DOCUMENTS), event, state, ctx)


def _after_overdose(state: UserState, ctx: Context) -> bool:
    return ctx.last_answer == overdose.NAME and not state.pending_topic


def worse(words: str) -> bool:
    """Whether `words` tell of someone worse (or still not waking) after an overdose."""
    return holds(words, _WORSE, _WORSE_SCRIPT) or overdose.says(words) or _out(words)


def _out(words: str) -> bool:
    return holds(words, overdose._OUT, overdose._OUT_SCRIPT)


def better(words: str) -> bool:
    """Whether `words` tell of someone awake or better after an overdose."""
    return holds(words, _BETTER, _BETTER_SCRIPT)


def after_overdose(event: Text, state: UserState, ctx: Context) -> Outcome | None:
    """The next turn right after the overdose line: worse, the line again (the ambulance
    numbers in it); better, a short line; anything else, None (read as before)."""
    if not _after_overdose(state, ctx):
        return None
    if worse(event.text):
        return overdose.reply(event, state, ctx)
    if better(event.text):
        text = ctx.translator(state.language).gettext(
            "Good that they are awake. Our sources have no medical advice for what comes "
            "next. Stay with them and do not leave them alone. If they sleep again, "
            "vomit or breathe badly, get medical help at once. A person from a partner "
            "organisation can help you: tap “{person}”."
        )
        outcome = also_wrote.person_first(text, (EMERGENCY,), event, state, ctx)
        return outcome
    return None


def money_without_passport(event: Text) -> bool:
    """Whether `event` asks about sending money home with no passport, or a bank that says
    no ("no passport, how to send money home, bank say no")."""
    if not money_home.instead(event):
        return False
    words = event.text
    return holds(words, no_passport._NONE, no_passport._NONE_SCRIPT) or bool(
        _BANK.search(words.lower())
    )


def money_reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources hold (nothing checked), a person; Passport taken and Lost
    documents a tap away."""
    text = ctx.translator(state.language).gettext(
        "Sending money home without a passport, or a bank that says no: our sources have "
        "nothing checked on this. A person from a partner organisation may know what works "
        "where you are: tap “{person}”. If someone keeps your passport, or you lost it, "
        "tap below."
    )
    return also_wrote.person_first(text, (KEPT, LOST), event, state, ctx)


_OFFICE = (
    r"(?:the |my |our |your )?(?:embassy|consulate|labour office|labor office|labour department|"
    r"labor department|labour attache|labor attache|ministry|police|immigration|agency|agent|"
    r"broker|doe|mol)"
)
_TOLD = re.compile(
    rf"\b{_OFFICE} (?:said|say|says|saying|told me|tell me|tell|told|ask me|asked me) "
    rf"(?:me |us |i |we )?(?:to )?(?:must |should |need to )?(?:go|ask|contact|call|see|talk)"
    rf"(?: back)?(?: to| with)? (?P<to>{_OFFICE})\b"
)
_TOPIC_OF = (
    ("embassy", "embassy_contact"),
    ("consulate", "embassy_contact"),
    ("attache", "labour_attache"),
    ("labour", "complaint_channels"),
    ("labor", "complaint_channels"),
    ("ministry", "complaint_channels"),
    ("doe", "complaint_channels"),
    ("mol", "complaint_channels"),
    ("agen", "agency_complaint"),
    ("broker", "agency_complaint"),
    ("police", "complaint_channels"),
    ("immigration", "visa_work_permit"),
)
# Burmese: the embassy (သံရုံး) / labour office (အလုပ်သမားရုံး) / police (ရဲ) told me to go to
# (သွားခိုင်း, သွားဆို) the agency (အေဂျင့်, အေဂျင်စီ, ပွဲစား) or the embassy; Khmer: told (ប្រាប់ឱ្យ,
# ឱ្យទៅ) to go to the agency (ភ្នាក់ងារ), the embassy (ស្ថានទូត)
_SCRIPT_TOLD = re.compile(
    r"(?:သံရုံး|အလုပ်သမားရုံး|ရဲ|အေဂျင့်|အေဂျင်စီ|ပွဲစား)[^။]{0,6}က[^။]{0,20}"
    r"(?P<to>သံရုံး|အေဂျင့်|အေဂျင်စီ|ပွဲစား|အလုပ်သမားရုံး)[^။]{0,6}(?:သွားခိုင်း|သွားဆို|မေးခိုင်း|ကိုသွား)|"
    r"(?:ស្ថានទូត|ក្រសួងការងារ|ប៉ូលិស|ភ្នាក់ងារ|ក្រុមហ៊ុន)[^។]{0,10}(?:ប្រាប់ឱ្យ|ប្រាប់អោយ|ឱ្យ|អោយ)ទៅ"
    r"(?P<km>ស្ថានទូត|ភ្នាក់ងារ|ក្រុមហ៊ុន|ក្រសួងការងារ)"
)
_SCRIPT_TOPIC = {
    "သံရုံး": "embassy_contact",
    "အေဂျင့်": "agency_complaint",
    "အေဂျင်စီ": "agency_complaint",
    "ပွဲစား": "agency_complaint",
    "အလုပ်သမားရုံး": "complaint_channels",
    "ស្ថានទូត": "embassy_contact",
    "ភ្នាក់ងារ": "agency_complaint",
    "ក្រុមហ៊ុន": "agency_complaint",
    "ក្រសួងការងារ": "complaint_channels",
}


def sent_to(words: str) -> str | None:
    """The topic of the office `words` say another office sent the person to, if any
    ("the embassy said go to the agency": Agency or broker problem)."""
    found = _TOLD.search(words.lower())
    if found is not None:
        to = found.group("to")
        return next((topic for key, topic in _TOPIC_OF if key in to), None)
    for reading in script_readings(words):
        met = _SCRIPT_TOLD.search(reading)
        if met is not None:
            return _SCRIPT_TOPIC.get(met.group("to") or met.group("km") or "")
    return None


def sent(event: Text, state: UserState) -> bool:
    """Whether `event` tells what an office said: go to another one."""
    return not state.pending_topic and sent_to(event.text) is not None


def sent_reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """Our sources do not say which office must help; write it down; a person; the office
    sent to, and Where to complain, a tap away."""
    to = sent_to(event.text) or "complaint_channels"
    text = ctx.translator(state.language).gettext(
        "One office sent you to another? Our sources do not say which office must help you. "
        "Write down who told you this, and when. A person from a partner organisation can "
        "help you find the right place: tap “{person}”. What our sources say about the "
        "office you were sent to: tap below."
    )
    topics = tuple(dict.fromkeys((to, "complaint_channels")))
    return also_wrote.person_first(text, topics, event, state, ctx)
