"""Someone under 18, or an age to be changed (exploratory round 17B): "i am 16 can i work in
thailand" at home in Myanmar got Change employer in Thailand; the Burmese "I am 16, can I work
in Thailand?" Jobs after return; "can my 14 year old brother go with me" "I cannot help with
that"; "agent say change my age in passport, i am 16 but he write 18" an agency problem with
nothing on the age; the Khmer "the broker says change the age in the passport" Passport taken;
the Burmese "the broker will fix my age" the emergency answer with Thailand's numbers to
someone at home in Myanmar. The NLU has no intent for an age.

Our sources say nothing on the age needed to work abroad, or on rules for workers under 18.
So the reply says that; not to let anyone change an age or papers, nor pay, before talking
to a person (the brief's rule: nothing that helps falsify an age or papers); a person; the
emergency answer one tap away; and the other problems the NLU read ("3 month no salary").

An age is read only where the words mark it as one ("i am 16", "16 year old", "my daughter
is 17", "age 15", "ayu 16", "အသက် ၁၆", "អាយុ ១៦"), from 10 to 17, never a count of hours,
days, months or money. Latin words as whole words, Burmese and Khmer inside the text (spaces
ignored). Drafts for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.content.topics import URGENT_TOPICS
from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import script_readings
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.typing_for import child_for_parent
from bot.values import UserState

NAME = "young"  # counted as a conversation (tally.py), never words
EMERGENCY = "emergency_help"
# "i am girl 16, boy on facebook say come thailand work cafe" got Fake jobs and trafficking,
# its warning signs: kept, with the line on the age first (`told`).
TRAFFICKING = "job_scams_trafficking"
# Likewise a problem the NLU surely read; below it, "i am 16 can i work in thailand" read as
# Change employer (0.47), the Burmese one as Jobs after return (0.68).
SURE = 0.95
YOUNGEST, OLDEST = 10, 17

_NOT_AN_AGE = (
    r"(?!\d|\s*(?:hours?|hrs?|days?|weeks?|months?|years?(?! old)|yrs?(?! old)|%|baht|"
    r"bath|dollars?|usd|\$|kyat|riel|ringgit|rm|won|yen|lakh|lakhs|million|thousand|k\b|"
    r"people|persons?|workers?|men|women|times?|am|pm|o'?clock))"
)
_AGE = re.compile(
    r"\b(?:"
    # "i am 16", "im 17", "i 16 year old", "he is 15"; "age 15", "aged 16"; romanised Burmese အသက်
    # (age), Khmer អាយុ (age)
    r"i am|i'm|im|i|he is|she is|he's|she's|age|aged|a sat|asat|ah sat|a thet|ayu|ayuh|"
    # "my daughter is 17", "son 15", "brother 14"; romanised Burmese သမီး, သား, ညီ, ညီမ,
    # မောင်; romanised Khmer កូន, កូនស្រី, កូនប្រុស, ប្អូន
    r"(?:daughter|son|brother|sister|child|kid|girl|boy|cousin|niece|nephew|"
    r"thami|tha|nyi|nyi ma|maung|kon|kon srey|kon pros|bpaoun|p'oun|phoun|oun)"
    r"(?: (?:is|was|only|just|age|ayu|ka|a sat|asat|khnhom|nhom))*"
    rf") ?(\d{{1,2}})\b{_NOT_AN_AGE}"
    # "my 14 year old brother", "16 yo", "15 y/o"
    r"|\b(\d{1,2}) ?[ -]?(?:years?|yrs?)[ -]old|\b(\d{1,2}) ?(?:yo|y/o)\b"
    # "i am 16 year", "my son is 15 years, can he go" without "old" (round 17B left it
    # open): only where "am" or "is" says it, and the sentence ends or goes on to something
    # else there ("i am 16 years in thailand" may say how long)
    r"|\b(?:i am|i'm|im|he is|she is|he's|she's|(?:daughter|son|brother|sister|child|girl|"
    r"boy) is) ?(\d{1,2}) ?(?:years?|yrs?)(?=\s*(?:$|[,.!?;]|(?:and|but|can|so|only|now|"
    r"girl|boy|want|wants|need|please)\b))"
)
_CHANGED = re.compile(
    r"\b(?:"
    r"(?:change|changed|changes|changing|chance|fix|fixed|make|makes|made|fake|false|lie|"
    r"lied|lying|cheat|increase|add) (?:about )?"
    r"(?:my |his |her |their |the |your |our |an? )?(?:age|birthday|birth date|date of birth)|"
    r"(?:age|birthday) (?:change|changed|fake|false)|fake age|older in (?:the )?passport|"
    # romanised Burmese: အသက်ပြင် (fix the age), အသက်ပြောင်း (change the age)
    r"a sat pyin|asat pyin|ah sat pyin|a sat pyaung|asat pyaung|"
    # romanised Khmer: ប្តូរអាយុ, កែអាយុ (change the age)
    r"dor ayu|dou ayu|pdo ayu|pdor ayu|bdo ayu|kae ayu|kè ayu"
    r")\b"
)
_SCRIPT_CHANGED = (
    # Burmese: fix, raise, lie about, change the age
    "အသက်ပြင်",
    "အသက်တိုး",
    "အသက်လိမ်",
    "အသက်ပြောင်း",
    # Khmer: change (two spellings), correct, swap, forge, falsify the age
    "ប្តូរអាយុ",
    "ប្ដូរអាយុ",
    "កែអាយុ",
    "ដូរអាយុ",
    "ក្លែងអាយុ",
    "បន្លំអាយុ",
)
# Burmese အသက် (age) or Khmer អាយុ (age) before a number; Burmese "N-year-old son /
# daughter" (နှစ်သား, နှစ်သမီး). A child named, then the years (round 55B: a mother wrote
# "သမီး ၁၆ နှစ် ရှိပြီ ထိုင်းမှာ အိမ်အကူ အလုပ် ...", daughter 16 years, a maid's job in
# Thailand, and got Thailand's agency answer): Burmese daughter, son, younger sister or
# brother, child + N + နှစ် (years); Khmer daughter, son, child, younger sibling + N + ឆ្នាំ
# (years), "my" (ខ្ញុំ, របស់ខ្ញុំ) between. Only right after the child's word:
# "ထိုင်းမှာ ၁၆ နှစ်" (16 years in Thailand) is no age.
_SCRIPT_AGE = re.compile(
    r"(?:အသက်|អាយុ)(\d{1,2})(?!\d)|(\d{1,2})နှစ်(?:သား|သမီး)"
    r"|(?:သမီး|သား|ညီမ|မောင်လေး|ကလေး)(\d{1,2})နှစ်"
    r"|(?:កូនស្រី|កូនប្រុស|កូន|ប្អូនស្រី|ប្អូនប្រុស|ក្មេង)(?:របស់)?(?:ខ្ញុំ)?(\d{1,2})ឆ្នាំ"
)
_DIGITS = str.maketrans("၀၁၂၃၄၅၆၇၈၉០១២៣៤៥៦៧៨៩", "01234567890123456789")


def instead(event: Text) -> bool:
    """Whether the reply on the age answers `event` instead of the NLU's reading: the words
    tell an age or its change, and the NLU neither read a fake job first nor surely read a
    problem ("i am 16, 3 month no salary": Unpaid wages, 0.985); those answers come with the
    line on the age first (`told`), and an arrest or danger read comes without it.
    """
    topic = event.nlu.topic if event.nlu is not None else None
    sure = event.nlu is not None and event.nlu.confidence >= SURE
    # "my son is 14, police took him" (arrest, 0.86): the arrest answer, not the age to work
    # abroad with the arrest a button under it (round 23A). An age to be changed read as an
    # emergency ("ပွဲစားက အသက်ပြင်ပေးမယ်တဲ့", the broker will fix the age) is the age's.
    urgent = topic in URGENT_TOPICS and not changes_age(event.text)
    if topic is not None and (topic == TRAFFICKING or urgent or sure):
        return False
    return says(event.text)


def says(words: str) -> bool:
    """Whether `words` say the writer (or someone they speak of) is under 18, or that an age
    is to be changed."""
    latin = words.lower().replace("’", "'")
    if changes_age(words):
        return True
    # "i am 12 years old. my mother ask me to write": the typist's age (round 33C).
    if child_for_parent(words):
        return False
    if _under_age(_AGE, latin):
        return True
    return any(
        _under_age(_SCRIPT_AGE, reading.translate(_DIGITS)) for reading in script_readings(words)
    )


def changes_age(words: str) -> bool:
    """Whether `words` say that an age is to be changed ("agent say make age 23")."""
    if _CHANGED.search(words.lower().replace("’", "'")):
        return True
    return any(
        any(phrase in reading for phrase in _SCRIPT_CHANGED) for reading in script_readings(words)
    )


def _under_age(pattern: re.Pattern[str], words: str) -> bool:
    for match in pattern.finditer(words):
        number = next(group for group in match.groups() if group is not None)
        if YOUNGEST <= int(number) <= OLDEST:
            return True
    return False


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; no age or papers changed, nothing paid, before a person;
    a person; the emergency answer; the other problems the NLU read; the menu."""
    text = ctx.translator(state.language).gettext(
        "Under 18, or told to change an age? Our sources have no checked information on the "
        "age needed to work abroad, or on rules for workers under 18. Do not let anyone "
        "change an age or papers, and do not pay, before you talk to a person. A person from "
        "a partner organisation can help: tap “{person}”. In danger now? Tap “{emergency}”."
    )
    return also_wrote.person_first(text, (EMERGENCY,), event, state, ctx)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the fake jobs answer, a problem surely read), first the line on what our
    sources do not say when the words tell an age under 18 or its change. Not above an arrest
    or the emergency answer for an age alone ("my son is 14, police took him": round 23A), where
    a line on the age to work abroad only puts off what to do now."""
    if not says(words) or (topic in URGENT_TOPICS and not changes_age(words)):
        return outcome
    _ = ctx.translator(state.language).gettext
    note = _(
        "Under 18, or told to change an age? Our sources have no checked information on the "
        "age needed to work abroad, or on rules for workers under 18. Do not let anyone "
        "change an age or papers, and do not pay, before you talk to a person: tap "
        "“{person}”."
    ).format(person=_("Talk to a person"))
    return with_note(note, outcome)
