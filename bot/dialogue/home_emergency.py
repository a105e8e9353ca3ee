"""A worker abroad whose family at home is in trouble (exploratory round 38A): "my mother
very sick in hospital in Myanmar, I want go home, boss say if you go you lose job" got the
injury answer ("Injured or sick because of work? Get treatment first"), "father died, can I
go for the funeral and come back" and "my father passed away, I am in Korea ... can I go home
for funeral" the reply for a death abroad ("no checked information on bringing a body
home"), "our house burned in Myanmar, family nowhere to live" Lost ID after return, "my son
very sick in the village, I need money now" "I cannot help with that", the romanised Khmer
"ma ke khnhom chheu klang, khnhom chong tov phteah" (my mother is very sick, I want to go
home) Malaysia's 999 ("klang" read as a place). The NLU has no intent for it.

Now such a message gets a short word of sorrow; that our sources have nothing checked on
leave for a family emergency, on whether the job, visa or permit is still there after the
trip, or on re-entry, and that nobody can promise it; a person; Going home; and, where the
words say so, the passport answer and a line that our sources name no lender. Nothing is
added here but that: the reference has no leave, re-entry or emergency-loan facts.

A relative named, trouble (dying, sick, in hospital, an accident, a death, a funeral, the
house burned or flooded) and either going home or coming back, or a word that places it at
home (the village, at home, the home country named). A death abroad with its body ("bring
his body home", "my brother died in malaysia") stays bereaved.py's. Latin words as whole
words, Burmese and Khmer inside the text; drafts for a native speaker at a partner
organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.content.localised import topic_title
from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import person_first_rows
from bot.dialogue.lexicon import script_readings
from bot.dialogue.outcome import Outcome
from bot.dialogue.places import mentioned
from bot.i18n import Tr
from bot.values import Reply, UserState

NAME = "home_emergency"  # counted as a conversation (tally.py), never words
TOPICS = ("return_home", "documents_confiscated")
# Readings of the trip or the trouble, not other problems: the injury answer for a mother in
# hospital, Lost ID for a house burned, an emergency for "very sick".
_READ_IN = (
    "return_home",
    "documents_confiscated",
    "injury_health",
    "emergency_help",
    "reintegration_id",
    "reintegration_jobs",
    "visa_work_permit",
)

_KIN = re.compile(
    r"\b(?:mother|mom|mum|mama|mommy|mummy|father|dad|daddy|papa|parents?|grand ?mother|"
    r"grand ?father|grandma|grandpa|granny|son|daughter|child|children|kids?|baby|wife|"
    r"husband|family|brother|sister|"
    # romanised Burmese: mother, father, son, daughter, wife, family
    r"amay|a may|amae|a mae|aphay|a phay|ahpay|thami|thamee|zanee|mi ta su|mitharsu|"
    # romanised Khmer: mother, father, child, wife, husband, family
    r"mday|m'day|mae|ma ke|mak|ov pok|opuk|aupuk|kon|kaun|prapon|propon|pdey|pdei|"
    r"kruosar|krousar|kruo sar)\b"
)
_KIN_SCRIPT = (
    # Burmese: mother (two ways), father (two ways), grandmother, grandfather, son,
    # daughter, child, wife (two ways), husband, family
    "အမေ",
    "မေမေ",
    "အဖေ",
    "ဖေဖေ",
    "အဘွား",
    "အဘိုး",
    "သား",
    "သမီး",
    "ကလေး",
    "မိန်းမ",
    "ဇနီး",
    "ယောက်ျား",
    "မိသားစု",
    # Khmer: mother (two ways), father (two ways), grandmother, child, wife, husband, family
    "ម្តាយ",
    "ម្ដាយ",
    "ម៉ែ",
    "ឪពុក",
    "ប៉ា",
    "យាយ",
    "កូន",
    "ប្រពន្ធ",
    "ប្តី",
    "ប្ដី",
    "គ្រួសារ",
)
_TROUBLE = re.compile(
    r"\b(?:dying|sick|ill|hospital|operation|surgery|accident|cancer|stroke|died|dead|"
    r"death|die|passed away|pass away|funeral|burn(?:ed|t)?|fire|flood(?:ed)?|"
    r"destroyed|collapsed|nowhere to live|no place to live|no house|emergency|"
    # romanised Burmese: not well, hospital, died; romanised Khmer: sick, hospital, died,
    # funeral
    r"nay ma kaung|nay mah kaung|ne ma kaung|say yone|hsay yone|say thwar|say twar|"
    r"thay thwar|thay twar|sone thwar|sone twar|chheu|chhue|chheuh|chhoeu|mun ti pet|"
    # romanised Khmer ស្លាប់ (died), not the English "slap my wife" (the lead's read of 38A)
    r"montipet|slap(?! (?:me|my|him|her|us|them|you|the|his|our|a)\b)|bon sop|bonsop)\b"
)
_TROUBLE_SCRIPT = (
    # Burmese: not well, sick, hospital, operation, accident, died (three ways), funeral,
    # fire, flood
    "နေမကောင်း",
    "ဖျား",
    "ဆေးရုံ",
    "ခွဲစိတ်",
    "မတော်တဆ",
    "ဆုံးသွား",
    "သေသွား",
    "ကွယ်လွန်",
    "ဈာပန",
    "မီးလောင်",
    "ရေကြီး",
    # Khmer: sick, hospital, operation, accident, died, funeral, burned, flood
    "ឈឺ",
    "មន្ទីរពេទ្យ",
    "វះកាត់",
    "គ្រោះថ្នាក់",
    "ស្លាប់",
    "បុណ្យសព",
    "ឆេះ",
    "ទឹកជំនន់",
)
_GO = re.compile(
    r"\b(?:go home|going home|go back home|go back|goes home|come back|coming back|"
    r"return home|back to (?:myanmar|burma|cambodia)|leave (?:thailand|malaysia|korea|japan|"
    r"singapore|the country|today|tomorrow)|re-?entry|funeral|the village|my village|"
    r"in the village|at home|back home|no leave|take leave|give leave|day off|holiday|"
    # romanised Burmese: go home, want to go back, come back; romanised Khmer: go home, go
    # to the home town, come back
    r"ein pyan|eain pyan|ain pyan|pyan chin|pyan lar|tov phteah|tov pteah|tov srok|"
    r"tov vinh|trolob|trolop)\b"
)
_GO_SCRIPT = (
    # Burmese: go home, go back, come back, village, funeral
    "အိမ်ပြန်",
    "ပြန်ချင်",
    "ပြန်လာ",
    "ရွာ",
    "ဈာပန",
    # Khmer: go home, go to the home town, come back (two spellings), village, funeral
    "ទៅផ្ទះ",
    "ទៅស្រុក",
    "ត្រលប់",
    "ត្រឡប់",
    "ភូមិ",
    "បុណ្យសព",
)
# "emergency at home, need to leave thailand today": the family's, not the writer's danger
_AT_HOME = re.compile(r"\b(?:emergency at home|family emergency|emergency in (?:my|the) family)\b")
# A death abroad with the body to bring home: bereaved.py's
_BODY = re.compile(r"\b(?:body|corpse|ashes|a laung|alaung)\b")
_BODY_SCRIPT = ("အလောင်း", "សាកសព", "យកសព", "ដឹកសព")
_DEATH = re.compile(r"\b(?:died|dead|passed away|pass away|die|funeral)\b")
_DEATH_SCRIPT = ("ဆုံးသွား", "သေသွား", "ကွယ်လွန်", "ဈာပန", "ស្លាប់", "បុណ្យសព")
_HERE = re.compile(r"\b(?:i am|i'm|im|i work|i stay|i live|working|here)\s+(?:in|at)\b")
_PASSPORT = re.compile(r"\b(?:passport|pass port|paspot|passpot|pasport)\b")
_PASSPORT_SCRIPT = ("ပတ်စပို့", "ပါစပို့", "លិខិតឆ្លងដែន")
_MONEY = re.compile(r"\b(?:money|borrow|loan|lend|cash|luy|paik san|pike san|paiksan)\b")
_MONEY_SCRIPT = ("ငွေ", "ပိုက်ဆံ", "ချေး", "លុយ", "ខ្ចី")


def says(words: str) -> bool:
    """Whether `words` tell of family in trouble at home and of going there (or place it at
    home): not a death abroad with its body (bereaved.py)."""
    latin = words.lower().replace("’", "'")
    if _AT_HOME.search(latin):
        return True
    if not (_KIN.search(latin) or _in_script(words, _KIN_SCRIPT)):
        return False
    if not (_TROUBLE.search(latin) or _in_script(words, _TROUBLE_SCRIPT)):
        return False
    named = mentioned(words)
    at_home = named.origin is not None
    if not (at_home or _GO.search(latin) or _in_script(words, _GO_SCRIPT)):
        return False
    if _BODY.search(latin) or _in_script(words, _BODY_SCRIPT):
        return False
    # "my brother died in malaysia": a country abroad, no home named, the writer not said
    # to be there
    abroad_only = named.country is not None and not at_home and not _HERE.search(latin)
    return not (abroad_only and _died(words, latin))


def _died(words: str, latin: str) -> bool:
    return bool(_DEATH.search(latin)) or _in_script(words, _DEATH_SCRIPT)


def _in_script(words: str, listed: tuple[str, ...]) -> bool:
    return any(word in reading for reading in script_readings(words) for word in listed)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """Sorry; what our sources do not say on leave and coming back; the passport answer and
    no lender, where the words ask; a person; Going home."""
    words = event.text
    latin = words.lower().replace("’", "'")
    tr = ctx.translator(state.language)
    person = tr.gettext("Talk to a person")
    passport = bool(_PASSPORT.search(latin) or _in_script(words, _PASSPORT_SCRIPT))
    money = bool(_MONEY.search(latin) or _in_script(words, _MONEY_SCRIPT))
    lines = [
        _sorry(tr, _died(words, latin)),
        tr.gettext(
            "Our sources have no checked information on leave for a family emergency, or on "
            "whether your job, visa or work permit will still be there when you come back. "
            "Nobody can promise it. Before you go, ask your employer (in writing if you can) "
            "and talk to a person from a partner organisation: tap “{person}”."
        ).format(person=person),
    ]
    if passport:
        title = topic_title(ctx.catalog, "documents_confiscated", tr.language)
        lines.append(
            tr.gettext(
                "If your employer keeps your passport, what we know is under “{title}”."
            ).format(title=title)
        )
    if money:
        lines.append(
            tr.gettext(
                "Our sources name no lender or service for money in a hurry. Before you "
                "borrow or sign anything, talk to a person."
            )
        )
    topics = TOPICS if passport else TOPICS[:1]
    keyboard = person_first_rows(ctx.catalog, topics, tr)
    answered = also_wrote.offered(
        Reply("\n\n".join(lines), keyboard), event, state, ctx, TOPICS + _READ_IN
    )
    return Outcome((answered,), state.with_(misses=0))


def _sorry(tr: Tr, died: bool) -> str:
    if died:
        return tr.gettext("I am very sorry for your loss.")
    return tr.gettext("I am sorry your family is going through this.")
