"""Sick or hurt, without papers, and afraid the hospital brings the police (exploratory
round 16B): "နေမကောင်းဘူး ဆေးရုံ သွားရင် ဖမ်းမလား" (I am sick: if I go to hospital, will they
arrest me?), "knhom chheu, ot mean passport, tov mundul pet ban te" (I am sick, no passport:
can I go to hospital?) and "i have fever 3 days ... i am undocumented" got the injury answer
and nothing on the fear; "can I go hospital without passport, police come?", and "police will
catch me?" right after the injury answer, got the arrest answer ("Arrested, detained or
facing deportation?"): no one was arrested.

Our sources do not say whether a hospital tells the police or immigration. So the injury
answer now says that first and points to a person before going, and an arrest read in such a
question (it names a hospital or a doctor, or comes right after the injury answer) gets the
injury answer instead; an arrest told, not asked about, keeps the arrest answer. Latin
phrases as whole words, Burmese and Khmer inside the text; drafts for a native speaker at a
partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue import follow_up, treated_unfairly
from bot.dialogue.context import Context
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.question_words import reads_as_question
from bot.values import UserState

INJURY = "injury_health"
ARREST = "arrest_detention"

_PAPERS = r"(?:passport|papers?|visa|permit|work permit|documents?|pink card|id)"
_AFRAID_LATIN = re.compile(
    r"\b(?:"
    # who comes for them
    r"(?:will|would|do|does|can) (?:the )?(?:police|immigration|they|hospital|doctor|"
    r"doctors|nurse) (?:come|catch|arrest|call|tell|report|send)|"
    r"(?:police|immigration) (?:will |would )?(?:come|catch|arrest)|catch me|arrest me|"
    r"deport me|send me back|"
    # no papers
    rf"(?:no|without|dont have|don't have|do not have|not have|no have|have no) "
    rf"(?:a |any |my )?{_PAPERS}|undocumented|illegal|overstay|no legal|"
    # romanised Burmese: ဖမ်းမလား (will they arrest?), ရဲလာမလား (will police come?);
    # romanised Khmer: ប៉ូលិសចាប់ (police arrest), អត់មាន / គ្មាន លិខិតឆ្លងដែន, ឯកសារ
    # (no passport, no papers)
    r"phan ma lar|phan mhar lar|phan ma lr|yae lar ma lar|polis chab|police chab|"
    r"chab khnhom|ot mean passport|kmean passport|ot mean lekhet|kmean lekhet|"
    r"ot mean ekasar|kmean ekasar"
    r")\b"
)
_AFRAID_SCRIPT = (
    # Burmese: will they arrest (me)? (three ways), will the police come / call?, no
    # passport, no papers, no permit, illegal
    "ဖမ်းမလား",
    "ဖမ်းမှာလား",
    "ဖမ်းခံရမလား",
    "ရဲလာမလား",
    "ရဲခေါ်မလား",
    "ပတ်စပို့မရှိ",
    "စာရွက်စာတမ်းမရှိ",
    "ပါမစ်မရှိ",
    "တရားမဝင်",
    # Khmer: arrest me, will the police come, no passport (three ways), no papers (two
    # ways), illegal
    "ចាប់ខ្ញុំ",
    "ប៉ូលិសនឹងមក",
    "ប៉ូលិសមក",
    "គ្មានលិខិតឆ្លងដែន",
    "អត់លិខិតឆ្លងដែន",
    "អត់មានលិខិតឆ្លងដែន",
    "គ្មានឯកសារ",
    "អត់ឯកសារ",
    "ខុសច្បាប់",
)
_CARE_LATIN = re.compile(
    r"\b(?:hospital|hospitals|clinic|doctor|doctors|treatment|nurse|"
    # romanised Burmese ဆေးရုံ (hospital), ဆရာဝန် (doctor); Khmer មន្ទីរពេទ្យ (hospital)
    r"say yone|sayar yone|sae yone|hsay yone|sayar wun|sa yar wun|mundul pet|mondul pet|"
    r"montir pet|pet)\b"
)
# Burmese: hospital, clinic, doctor; Khmer: hospital (ពេទ្យ: doctor, inside it), clinic
_CARE_SCRIPT = ("ဆေးရုံ", "ဆေးခန်း", "ဆရာဝန်", "ពេទ្យ", "គ្លីនិក")


# Hurt or sick, in words (round 42C: "I have no passport yet, can I still work", read as
# Injury or illness, got the line on a hospital telling the police: no hospital, no one
# hurt). Burmese: sick (not well), injury, fever; Khmer: sick, injury, fever
_ILL_LATIN = re.compile(
    r"\b(?:sick|ill|illness|hurt|hurts|injured|injury|injuries|wound|wounded|pain|painful|"
    r"fever|bleeding|blood|accident|broken|burn|burned|burnt|cut|pregnant|baby|birth|"
    r"disease|cough|dengue|malaria|tb|operation|surgery|medicine|emergency|"
    r"nay ma kaung|nay mar kaung|chheu|chhue|chuu)\b"
)
_ILL_SCRIPT = ("နေမကောင်း", "ဒဏ်ရာ", "ဖျား", "ဆေး", "ឈឺ", "របួស", "គ្រុន", "ថ្នាំ")


def ill(words: str) -> bool:
    """Whether `words` say someone is hurt or sick (or needs medicine, an operation)."""
    return holds(words, _ILL_LATIN, _ILL_SCRIPT)


def afraid(words: str) -> bool:
    """Whether `words` ask who comes for them (police, immigration) or say they have no
    papers."""
    return holds(words, _AFRAID_LATIN, _AFRAID_SCRIPT)


def at_hospital(words: str) -> bool:
    """Whether `words` name a hospital, a clinic or a doctor."""
    return holds(words, _CARE_LATIN, _CARE_SCRIPT)


def instead_of_arrest(topic: str | None, words: str, ctx: Context) -> bool:
    """Whether an arrest the NLU read is a fear of going to a hospital: an afraid question
    that names a hospital or a doctor, or comes right after the injury answer ("police
    arrest my brother at the hospital" tells of an arrest, and gets its answer)."""
    if topic != ARREST or not afraid(words) or not reads_as_question(words):
        return False
    return at_hospital(words) or follow_up.topic_of(ctx.last_answer) == INJURY


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer to `topic`), first what our sources do not say when the words
    are afraid of going to a hospital without papers."""
    if topic != INJURY or not afraid(words):
        return outcome
    just_after = follow_up.topic_of(ctx.last_answer) == INJURY
    if not (at_hospital(words) or ill(words) or just_after):
        return outcome  # no hospital, no one hurt or sick: papers, not care (42C)
    if treated_unfairly.refused_care(words):
        return outcome  # already turned away: the line on a refusal instead (32B)
    return with_note(line(state, ctx), outcome)


def line(state: UserState, ctx: Context) -> str:
    """What our sources do not say on a hospital telling the police (also before the reply
    to a birth without papers, pregnant.py)."""
    tr = ctx.translator(state.language)
    # Treatment first, as the injury answer under it says: "ask a person before you go"
    # alone told someone badly hurt to wait, above "Get treatment first" (round 25C).
    text = tr.gettext(
        "Afraid to go to a hospital without papers? Our sources do not say whether a hospital "
        "tells the police or immigration. Badly hurt or very sick? Get treatment first: in "
        "an emergency, go to the nearest hospital. If there is time, ask a person from a "
        "partner organisation before you go: tap “{person}”."
    )
    return text.format(person=tr.gettext("Talk to a person"))
