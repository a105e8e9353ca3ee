"""A child who lives abroad with the parents (exploratory round 22B): school, a room, or the
child crossing the border home. "my son 8 years old live with me in mahachai, can he go to
thai school?" got "I cannot help with that"; ကလေးကို ကျောင်းထားချင်တယ် စာရွက်စာတမ်းမရှိဘူး (I
want to put my child in school, no papers) the guesses; the Khmer "my child is 10, wants to
go to a Thai school, no papers" the reply on workers under 18 ("Do not let anyone change an
age"); "employer say no children in dormitory, i have baby 2 month" the guesses, its Burmese
form Passport taken with 1300; "i send my baby home to grandmother, can my sister take her
across border?" the answer for someone else with the arrest answer; "my son 6 go home to
cambodia with my cousin ... what paper he need" Documents you need (the OCWC, a work visa);
the Khmer "send my child to the grandmother, across the border, what papers?" Going home
("Ask for your last wages"); "can baby go back myanmar with us?" after the reply on a child
born abroad, Going home too.

Our sources say nothing on school for a migrant child, on children in workers' housing, or
on a child's papers to cross a border. So the reply says that, and points to a person; the
other problems the NLU read stay a tap away. A problem the NLU surely read keeps its answer.
Latin phrases as whole words, Burmese and Khmer inside the text (spaces ignored, Burmese also
as read in Zawgyi). Drafts for a native speaker at a partner organisation to review and
extend.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote, children_home, young
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds, script_readings
from bot.dialogue.outcome import Outcome
from bot.values import UserState

NAME = "children_abroad"  # counted as a conversation (tally.py), never words
ALONE = "child_alone"  # a child alone after the parents were taken, counted likewise
EMERGENCY = "emergency_help"
SURE = 0.95  # as born_abroad.py: a problem surely read keeps its answer

_KID = (
    r"(?:my |our |the |a |his |her )?(?:baby|babies|child|children|kid|kids|son|daughter|newborn)"
)
# a son or daughter with a child's age ("my son 6 go home"): a grown son going home is the
# answer for someone else
_SMALL = r"(?:my |our )?(?:baby|babies|child|children|kid|kids|newborn|(?:son|daughter) \d{1,2})"
_LATIN = re.compile(
    r"\b(?:"
    # school: "can my son go to thai school", "school for my kids", "my daughter cannot study"
    rf"{_KID}\b[^.?!]{{0,60}}\b(?:school|schools|study|studying)|"
    rf"(?:school|schools|study) (?:for|of) {_KID}|"
    # "school not accept my son because he is burmese" (32B: the answer for someone else)
    r"(?:school|schools) (?:not|no|dont|do not|did not|wont|will not|refuse|refused|refuses)"
    rf"(?: to)? (?:accept|take|want|let|allow|admit)? ?{_KID}\b|"
    # housing: "no children in dormitory", "dorm not allow kids", "cannot keep baby in room"
    rf"(?:no|not allow|not allowed|dont allow|cannot|cant|can not) (?:to )?(?:keep |bring |have )?"
    rf"{_KID} (?:in|at|inside) (?:the |our |my )?(?:dorm|dormitory|room|camp|hostel|quarters)|"
    r"(?:dorm|dormitory|camp|hostel|quarters) [^.?!]{0,25}\b(?:no|not allow|not allowed|dont allow)"
    r" (?:\w+ )?(?:baby|babies|child|children|kid|kids)|"
    # crossing: "send my baby home", "take my son across the border", "baby go back myanmar"
    rf"(?:send|sending|sent|take|taking|bring|bringing) {_KID} (?:\w+ ){{0,3}}"
    r"(?:home|back|across|over the border|to (?:myanmar|burma|cambodia|grandm))|"
    rf"{_KID} (?:\w+ ){{0,3}}(?:cross|crossing) (?:the )?border|"
    rf"{_SMALL} (?:\w+ ){{0,2}}(?:go|going|come|travel|travelling) (?:back|home)|"
    # romanised Burmese: ကလေးကို ... ပြန်ပို့ (send the child back), ကျောင်းထား (put in school)
    r"kalay ko (?:\w+ ){0,3}pyan po|ka lay ko (?:\w+ ){0,3}pyan po|kyaung thar|kyaung htar|"
    # romanised Khmer: ផ្ញើកូន (send the child), កូនចូលរៀន (the child goes to school)
    r"phnhae kon|phnheu kon|kon chol rien|kon chul rean|kon tov sala"
    r")\b"
)
_SCRIPT = (
    # Burmese: put (a child) in school, attend school, not at school; no children kept in
    # the dormitory; send the child (son, daughter) back; the child crosses the border
    "ကျောင်းထား",
    "ကျောင်းတက်",
    "ကျောင်းမနေ",
    "အဆောင်မှာကလေး",
    "ကလေးမထားရ",
    "ကလေးကိုပြန်ပို့",
    "သားကိုပြန်ပို့",
    "သမီးကိုပြန်ပို့",
    "ကလေးကိုနယ်စပ်",
    # Khmer: send the child (to), take the child across, the child crosses the border; the
    # child goes to school, a school for the child
    "ផ្ញើកូន",
    "យកកូនឆ្លង",
    "កូនឆ្លងព្រំដែន",
    "កូនចូលរៀន",
    "កូនទៅសាលា",
    "កូនទៅរៀន",
    "មិនឲ្យកូននៅ",
    "មិនអោយកូននៅ",
)
# Khmer: a child (កូន) written with a school (សាលា) or studying (ចូលរៀន): "កូនខ្ញុំអាយុ ១០ឆ្នាំ
# ចង់ចូលរៀននៅសាលាថៃ" (my child is 10 and wants to study at a Thai school)
_KHMER_CHILD = "កូន"
# children at home while the parent works abroad: children_home.py's, or the answer read
_AT_HOME = re.compile(r"\b(?:at home|in (?:the |our |my )?village|back home)\b")
_KHMER_SCHOOL = ("សាលា", "ចូលរៀន")


# A young person abroad writing for themselves: "i am 15, i live with my parents in
# thailand, i want to study but no papers" (read only away from home: at home, round 17B's
# "my parents want me go malaysia but i want to study" is not about a child abroad).
_STUDY = re.compile(
    r"\bi (?:want|wanna|need|like|cannot|cant|can not|not allowed to) (?:to )?"
    r"(?:study|go to school|go school|learn at school|attend school)\b"
)
_WORK = re.compile(r"\b(?:work|working|job|jobs)\b")
_SCRIPT_WORK = ("အလုပ်လုပ်", "ធ្វើការ")  # Burmese, Khmer: to work
# Khmer: I want to study, to go to school
_SCRIPT_STUDY = ("ខ្ញុំចង់រៀន", "ខ្ញុំចង់ទៅសាលា", "ខ្ញុំចង់ចូលរៀន")

# The parents taken ("police took my parents", "my mom and dad arrested"), with the writer a
# child ("i am 13", under 18 as young.py reads an age) or alone: a child alone abroad.
_PARENTS = (
    r"(?:my )?(?:parents|mom and dad|mum and dad|mother and father|mom|mum|mother|dad|father)"
)
_TAKEN = re.compile(
    rf"\b(?:(?:police|immigration|soldiers|they) (?:took|take|taken|arrest|arrested|catch|caught|"
    rf"came and took) {_PARENTS}|"
    rf"{_PARENTS} (?:was |were |got |get |is |are )?(?:arrested|taken|caught|deported|in jail|"
    r"in prison|detained))\b"
)
_ALONE = re.compile(r"\b(?:alone|by myself|nobody with (?:me|us)|no one with (?:me|us))\b")
_SCRIPT_TAKEN = (
    # Burmese: the parents (father, mother) arrested by the police, taken
    "အဖေအမေကိုရဲဖမ်း",
    "မိဘတွေကိုရဲဖမ်း",
    "မိဘကိုရဲဖမ်း",
    "မိဘတွေအဖမ်းခံရ",
    "အဖေအမေအဖမ်းခံရ",
    # Khmer: my father and mother were caught (by the police)
    "ប៉ាម៉ាក់ខ្ញុំត្រូវប៉ូលីសចាប់",
    "ប៉ាម៉ាក់ត្រូវចាប់",
    "ឪពុកម្តាយខ្ញុំត្រូវចាប់",
    "ឪពុកម្តាយត្រូវប៉ូលីសចាប់",
)
_SCRIPT_ALONE = ("တစ်ယောက်တည်း", "ម្នាក់ឯង")


def alone(words: str) -> bool:
    """Whether `words` say the writer is a child whose parents were taken: a child, or
    alone, and the parents arrested, taken or deported."""
    latin = words.lower().replace("'", "").replace("\u2019", "")
    readings = script_readings(words)
    taken = bool(_TAKEN.search(latin)) or any(
        phrase in reading for reading in readings for phrase in _SCRIPT_TAKEN
    )
    if not taken:
        return False
    by_themselves = bool(_ALONE.search(latin)) or any(
        phrase in reading for reading in readings for phrase in _SCRIPT_ALONE
    )
    return by_themselves or young.says(words)


def alone_reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """A person now; what our sources do not say; the emergency answer; the arrest answer
    and the other problems the NLU read a tap away; the menu."""
    _ = ctx.translator(state.language).gettext
    line = _(
        "Are you a child, alone because your parents were taken? Tap “{person}” now and say "
        "where you are. Our sources have no checked information on help for children left "
        "alone abroad. In danger now? Tap “{emergency}”."
    )
    return also_wrote.person_first(line, (EMERGENCY,), event, state, ctx)


def teen_abroad(event: Text, state: UserState) -> bool:
    """Whether a young person away from home writes of their school ("i want to study")."""
    away = state.country is not None and state.country != state.origin
    studies = bool(_STUDY.search(event.text.lower().replace("'", ""))) or any(
        phrase in reading for reading in script_readings(event.text) for phrase in _SCRIPT_STUDY
    )
    return away and studies and not _sure(event) and not _young_worker(event.text)


# A child's homework or lessons ("my son ask math homework from school", the Khmer "កូនសួរ
# លំហាត់គណិត ការងារផ្ទះពីសាលា": a near-domain question of the development set,
# scripts/heldout_replies.py): no school to get into, no papers.
_HOMEWORK = re.compile(r"\b(?:homework|home work|math|maths|exercise|exercises|lesson|lessons)\b")
_HOMEWORK_SCRIPT = (
    # Burmese: homework, mathematics
    "အိမ်စာ",
    "သင်္ချာ",
    # Khmer: exercise, mathematics, homework
    "លំហាត់",
    "គណិត",
    "កិច្ចការផ្ទះ",
)


def says(words: str) -> bool:
    """Whether `words` speak of a child abroad going to school, living in workers' housing,
    or crossing a border home (not of children left at home: "my kids at home dont go
    school")."""
    if children_home.says(words) or _AT_HOME.search(words.lower()):
        return False
    if holds(words, _HOMEWORK, _HOMEWORK_SCRIPT):
        return False  # a child's homework, not a school that takes them in
    if holds(words, _LATIN, _SCRIPT):
        return True
    return any(
        _KHMER_CHILD in reading and any(school in reading for school in _KHMER_SCHOOL)
        for reading in script_readings(words)
    )


def instead(event: Text) -> bool:
    """Whether the reply answers `event` instead of the NLU's reading: the words speak of a
    child abroad, and the NLU did not surely read a problem."""
    return not _sure(event) and says(event.text) and not _young_worker(event.text)


def _young_worker(words: str) -> bool:
    """Whether `words` tell an age under 18 and speak of work: young.py's line on the age
    comes first ("my daughter is 15, not at school, she wants to work")."""
    latin = bool(_WORK.search(words.lower()))
    return young.says(words) and (
        latin or any(w in reading for reading in script_readings(words) for w in _SCRIPT_WORK)
    )


def _sure(event: Text) -> bool:
    """Whether the NLU surely read a problem in `event`: its answer is kept."""
    nlu = event.nlu
    return nlu is not None and nlu.topic is not None and nlu.confidence >= SURE


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; a person; the other problems the NLU read; the menu."""
    _ = ctx.translator(state.language).gettext
    line = _(
        "A child abroad with the family: school, a room, papers, or going home across a "
        "border? Our sources have no checked information on school for migrant children, on "
        "children in workers' housing, or on the papers a child needs to cross a border. A "
        "person from a partner organisation can help: tap “{person}”."
    ).format(person=_("Talk to a person"))
    return also_wrote.person_first(line, (), event, state, ctx)
