"""Back home for good (exploratory round 32C): the first months after a worker came back to
Myanmar or Cambodia.

Before: a woman at home in Myanmar wrote "my husband came back from malaysia, every day
drinking, sometimes hit me" and got Malaysia's 999 ("Numbers without + work only inside
Malaysia") and the embassy in Kuala Lumpur: the emergency numbers followed the country he
came back from. "My husband came back from Thailand and drinks every day", in Burmese and
in Khmer, got Jobs after return. "i came back
from thailand 3 month, no job, what can i do?" got Fake jobs and trafficking, "ministry of
labour job for people return from thailand, what number?" "did not understand" (the answer
with the Ministry's 1297 exists: Jobs after return). "my son ... now we back, how to enrol
school?" and "in myanmar which grade?" got the line for a child abroad with the family.

So:
- `left_behind`: with the profile at home, a country named only as one come back from, born
  in or to go to is not where the emergency is: the home's numbers.
- `jobs_instead`: words that say the writer came back and speak of work, a job, a business
  or a training: Jobs after return, in place of the NLU's unsure or wrong reading (never of
  an emergency, an arrest, a debt or money owed).
- `drinks`: one of the family, back, who drinks or gambles: our sources have no checked
  help for it; a person; Emergency help a tap away (hitting is danger: the numbers first,
  triage's).
- `school_home`: a child to put in school at home after years abroad: our sources have
  nothing on it; a person.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored,
Burmese also as read in Zawgyi). Drafts for a native speaker at a partner organisation to
review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote, places
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.values import UserState

DRINKS = "back_home_drinks"  # counted as a conversation (tally.py), never words
SCHOOL = "back_home_school"  # likewise
JOBS = "reintegration_jobs"
EMERGENCY = "emergency_help"
HOME = frozenset({"MM", "KH"})
# The NLU's readings Jobs after return does not replace: danger, an arrest, a debt, money
# owed, social security, papers, an injury (their answers say more than jobs).
_KEPT = frozenset(
    {
        EMERGENCY,
        "arrest_detention",
        "recruitment_fees",
        "unpaid_wages",
        "social_security",
        "injury_health",
        "reintegration_id",
        "lost_documents",
        "documents_confiscated",
        JOBS,
    }
)
UNSURE = 0.6  # below it, the NLU's reading of another topic is replaced


def at_home(state: UserState) -> bool:
    """Whether the profile says the person is in their home country."""
    return state.country in HOME and state.country == state.origin


def left_behind(words: str, state: UserState) -> bool:
    """Whether the emergency answer for `words` keeps the profile's home: the profile is at
    home, the words name a destination, and only as a place come back from, born in or to
    go to ("my husband came back from malaysia, ... hit me": not Malaysia's 999)."""
    if not words or not at_home(state):
        return False
    named = places.mentioned(words).country
    return named is not None and named != state.country and places.where_now(words) is None


_BACK = re.compile(
    r"\b(?:came back|come back|comes back|coming back|returned|return from|returning from|"
    r"back home|back in (?:myanmar|burma|cambodia|my village|the village)|"
    r"(?:i|we|am|are|now) back|went back (?:to )?(?:myanmar|burma|cambodia|home)|"
    r"pyan la|pyan lar|pyan yauk|trolob mok|mok vinh|mok vij|tralob mok)\b"
)
# Burmese: came back, arrived back; Khmer: came back, returned (home)
_BACK_SCRIPT = ("ပြန်လာ", "ပြန်ရောက်", "ត្រឡប់មក", "មកវិញ", "មកផ្ទះវិញ")
_WORK = re.compile(
    r"\b(?:no job|no work|jobless|find (?:a )?(?:job|work)|look(?:ing)? for (?:a )?(?:job|work)|"
    r"job|jobs|work here|business|shop|training|course|skill|skills|certificate|"
    r"what can i do|what to do|what should i do|"
    r"alote|a lote|kargar|kar ngar|ka ngar|twer ka)\b"
)
# Burmese: work (job), no job, business, training, shop; Khmer: work, no work, business,
# training, what should I do
_WORK_SCRIPT = (
    "အလုပ်",
    "စီးပွားရေး",
    "လုပ်ငန်း",
    "သင်တန်း",
    "ဆိုင်",
    "ការងារ",
    "អាជីវកម្ម",
    "វគ្គបណ្តុះបណ្តាល",
    "ធ្វើអ្វី",
)


# Readings of "came back ... no job" that are surely wrong when nothing of a scam is said:
# Fake jobs (0.98 for "i came back from thailand 3 month, no job, what can i do?") and Work
# at home instead (for someone who has not gone)
_MISREAD = frozenset({"job_scams_trafficking", "work_at_home"})
_SCAM = re.compile(
    r"\b(?:fake|scam|scammer|scams|online job|cheat|cheated|trafficked|trafficking|compound|"
    r"lock|locked|sold|broker|agent)\b"
)
# Burmese: cheated, trafficking, broker; Khmer: cheated, trafficking, broker
_SCAM_SCRIPT = ("လိမ်", "လူကုန်ကူး", "ပွဲစား", "បោក", "ជួញដូរ", "មេខ្យល់")


# Going home still to come, not a return: "boss not pay 3 month and take my passport, i want go
# back home, what to do" (from Malaysia) got Jobs after return (the lead's read of round 44A);
# romanised Khmer ចង់ទៅស្រុកវិញ (want to go home), Burmese ပြန်ချင် (want to go back)
_TO_GO = re.compile(
    r"\b(?:go|going|goes|get|send (?:me|us)|take (?:me|us)|want to go|wanna go|can i go|"
    r"how (?:to|can i) go) back home\b|"
    r"\b(?:chong|jong|chang) (?:tov|tow|dov) (?:srok|phteah|ptes)\b"
)
_TO_GO_SCRIPT = ("ပြန်ချင်", "ចង់ទៅស្រុក", "ចង់ត្រឡប់ទៅ")


def jobs_instead(topic: str | None, confidence: float, words: str) -> bool:
    """Whether Jobs after return answers `words` in place of the NLU's `topic`: the words
    say the writer came back and speak of work, a business or a training, and the NLU read
    nothing it keeps (_KEPT), another topic unsurely, or Fake jobs or Work at home instead
    with nothing of a scam said."""
    if topic in _KEPT:
        return False
    misread = topic in _MISREAD and not holds(words, _SCAM, _SCAM_SCRIPT)
    if topic is not None and confidence >= UNSURE and not misread:
        return False
    if holds(words, _TO_GO, _TO_GO_SCRIPT):
        return False
    return holds(words, _BACK, _BACK_SCRIPT) and holds(words, _WORK, _WORK_SCRIPT)


_KIN = re.compile(
    r"\b(?:(?:my|our|her|his) (?:husband|wife|son|father|dad|brother|man|partner)|"
    r"husband|pdey|p dey|pday|yaut kyar|yout kyar|yaukkya)\b"
)
# Burmese: husband (three ways), son, father, brother; Khmer: husband, son, father, brother
_KIN_SCRIPT = (
    "ယောက်ျား",
    "ခင်ပွန်း",
    "အမျိုးသား",
    "သား",
    "အဖေ",
    "ဖေဖေ",
    "အစ်ကို",
    "မောင်",
    "ប្តី",
    "ប្ដី",
    "កូនប្រុស",
    "ឪពុក",
    "បងប្រុស",
    "ប្អូនប្រុស",
)
_DRINK = re.compile(
    r"\b(?:drink|drinks|drinking|drunk|drunken|alcohol|beer|whisky|gamble|gambles|gambling|"
    r"a yet|ayet|phoek sra|pheuk sra|sravoeng|srovoeng)\b(?! water)"
)
# Burmese: drinks alcohol, drunk, gambling; Khmer: drinks alcohol, drunk, gambling
_DRINK_SCRIPT = ("အရက်", "လောင်းကစား", "ဖဲရိုက်", "ផឹកស្រា", "ស្រវឹង", "ល្បែងស៊ីសង")


def drinks(words: str) -> bool:
    """Whether `words` tell of one of the family, back home, who drinks or gambles."""
    return (
        holds(words, _BACK, _BACK_SCRIPT)
        and holds(words, _KIN, _KIN_SCRIPT)
        and holds(words, _DRINK, _DRINK_SCRIPT)
    )


def drinks_reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not have on drinking or gambling at home; a person; Emergency
    help a tap away."""
    text = ctx.translator(state.language).gettext(
        "It is hard for the whole family when someone comes back and drinks or gambles. Our "
        "sources have no checked information on help with drinking or gambling, or on "
        "support for families after a return. If he hurts you or you are afraid, tap "
        "“{emergency}”. A person from a partner organisation can talk with you about what "
        "may help: tap “{person}”."
    )
    return also_wrote.person_first(text, (EMERGENCY,), event, state, ctx)


_SCHOOL = re.compile(
    r"\b(?:enrol|enroll|enrols|enrolls|enrolment|enrollment|which grade|what grade|"
    r"which class|what class|school|schools|kyaung|sala rien|sala)\b"
)
# Burmese: put in school, register at school, school; Khmer: enrol, go to school, school
_SCHOOL_SCRIPT = ("ကျောင်းထား", "ကျောင်းအပ်", "ကျောင်း", "ចូលរៀន", "សាលា", "ចុះឈ្មោះរៀន")
_CHILD = re.compile(r"\b(?:son|daughter|child|children|kid|kids|boy|girl|kalay|thar|kon)\b")
_CHILD_SCRIPT = ("သား", "သမီး", "ကလေး", "កូន")


def school_home(words: str, state: UserState) -> bool:
    """Whether `words` ask about a child's school at home after a return: the profile is at
    home, a child and a school are named, and no destination is named as where they are now
    unless the words say they came back or name home ("she study in thai school 5 year, in
    myanmar which grade?")."""
    if not at_home(state):
        return False
    if not (holds(words, _SCHOOL, _SCHOOL_SCRIPT) and holds(words, _CHILD, _CHILD_SCRIPT)):
        return False
    if holds(words, _NOT_ENROL, _NOT_ENROL_SCRIPT) and not _enrol(words):
        return False  # a school's fee or a child's homework (the lead's read of round 32C)
    back = holds(words, _BACK, _BACK_SCRIPT) or places.home_named(words) == state.country
    return back or places.where_now(words) is None or _enrol(words)


# A school's fee, a child's homework: not putting a child in school ("school fee for my son
# in myanmar how much", កូនសួរលំហាត់គណិត ការងារផ្ទះពីសាលា: the child asks about maths homework)
_NOT_ENROL = re.compile(
    r"\b(?:fee|fees|tuition|homework|home work|maths?|lesson|lessons|uniform|exam|exams|"
    r"tlai|thlai|ponman|ah sone|a sone|la kha)\b"
)
# Burmese: school fee, fee, homework; Khmer: fee, price, homework, exercise, how much
_NOT_ENROL_SCRIPT = ("ကျောင်းလခ", "လခ", "အိမ်စာ", "ថ្លៃ", "ការងារផ្ទះ", "លំហាត់", "ប៉ុន្មាន")
_ENROL = re.compile(r"\b(?:enrol|enroll|enrolment|enrollment|which grade|what grade)\b")
_ENROL_SCRIPT = ("ကျောင်းထား", "ကျောင်းအပ်", "ចូលរៀន", "ចុះឈ្មោះរៀន")


def _enrol(words: str) -> bool:
    return holds(words, _ENROL, _ENROL_SCRIPT)


def school_reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not have on school at home after years abroad; a person."""
    text = ctx.translator(state.language).gettext(
        "A child to put in school at home after years abroad? Our sources have no checked "
        "information on enrolling a child, the papers a school asks for, or which class a "
        "child can join. A person from a partner organisation can help you find out: tap "
        "“{person}”."
    )
    return also_wrote.person_first(text, (), event, state, ctx)
