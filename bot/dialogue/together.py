"""Many workers with one problem, and what workers do together (exploratory round 19A). A
group's question went unanswered: "we are 25 workers, company not pay overtime 3 month. can
we complain together? each one must fill form?" got Unpaid wages and nothing on the group;
the Burmese and Khmer "can 25 of us complain together?" got Where to complain alone; "can
all of us fill one form or each one?" was not understood. "we stop work today because no
pay, boss say he call police, is strike allowed?" got Fake jobs and trafficking, and "can
migrant join union in thailand?" Going abroad legally.

What the bot can say: one person can ask a partner organisation for the group (the form
takes one request, and the caseworker reads what it says); other people's names and phone
numbers go in it only with their agreement. Our sources say nothing on whether an office
takes one complaint for many, nor on strikes, unions or stopping work together for migrant
workers anywhere: the lines say so and offer a person. Before a problem's answer, as a note;
alone when the NLU read no problem (a group's question), and for a strike or a union
whatever it read.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation to review and
extend.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote, someone_else
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds, script_readings
from bot.dialogue.outcome import Outcome, with_note
from bot.values import UserState

NAME = "together"  # counted as a conversation (tally.py), never words
WAGES = "unpaid_wages"
COMPLAINTS = "complaint_channels"
FEWEST = 3  # "2 workers" may be a couple; from three, a group

# The writer speaks for a group, or asks how a group complains.
_GROUP_LATIN = re.compile(
    r"\b(?:"
    r"we are (?:all|many)|we all|us all|(?:all|many|everyone|everybody) of us|"
    r"all (?:the )?workers?|"
    r"(?:my |our )?(?:friends|co-?workers) (?:also|too|same)|all my (?:friends|co-?workers)|"
    r"every(?:one|body) in (?:my|our|the) (?:line|factory|team|room|dorm|dormitory|camp)|"
    r"(?:whole|all) (?:my |our |the )?(?:line|factory|team|dormitory)|"
    r"(?:complain|report|claim|go|ask|fill (?:the |one )?form)s? (?:all )?together|"
    r"together (?:complain|report|claim)|group complaint|complain as a group|"
    r"each (?:one|person|worker|of us) (?:must|need|needs|have|has|should)|"
    r"one form for|(?:for|help) all of us|"
    # romanised Burmese: အတူတူ (together); romanised Khmer: ទាំងអស់គ្នា (all of us),
    # រួមគ្នា (together)
    r"a tu tu|atutu|teang os knea|tang os knea|ruom knea|rom knea|ruam knea"
    r")\b"
)
# "we are 25", "40 of us", "we 40 worker", "12 cambodian worker no salary"
# romanised Khmer "40 nak" (40 persons), romanised Burmese "a lote thamar 40 lone" (all 40
# workers), "25 yauk" (25 persons)
_COUNT_LATIN = re.compile(
    r"\b(?:we are (\d+)|we (\d+)|(\d+) of us|(\d+) (?:\w+ )?(?:workers?|people|persons)\b|"
    r"(\d+) (?:nak|neak|yauk|yout|lone)\b|a lote (?:thamar|tha mar|thama) (\d+))"
)
_GROUP_SCRIPT = (
    # Burmese: together (complain together: တိုင် follows, spaced or not); all of us (a man's,
    # a woman's, familiar); all the workers
    "အတူတူ",
    "ကျွန်တော်တို့အားလုံး",
    "ကျွန်မတို့အားလုံး",
    "ငါတို့အားလုံး",
    "အလုပ်သမားအားလုံး",
    # Khmer: together; all of us; all the workers
    "រួមគ្នា",
    "យើងទាំងអស់គ្នា",
    "កម្មករទាំងអស់",
)
# Burmese "workers 40", "all 25 (people)"; Khmer "40 workers", "we are 25 (persons)". Not
# a count alone: "my 3 children" is no group.
_DIGITS = "0-9\u1040-\u1049\u17e0-\u17e9"
_COUNT_SCRIPT = re.compile(
    rf"(?:အလုပ်သမား([{_DIGITS}]+)|([{_DIGITS}]+)ယောက်လုံး|"
    rf"កម្មករ([{_DIGITS}]+)នាក់|យើងមាន([{_DIGITS}]+)នាក់)"
)

# People counted in a room, not a group asking ("the boss cut 1500 baht every month for room
# but room very small 6 people", the lead's play in session 27, got "Many of you with the
# same problem?"): a room, a bed, sleeping or living just before the count, or just after.
_LIVING = re.compile(
    r"\b(?:rooms?|dorm|dormitory|beds?|sleep|sleeping|live|living|stay|staying|share|"
    r"sharing|toilet|house|bathroom)\b(?:\W+\w+){0,3}?\W+\d+ (?:\w+ )?(?:people|persons)\b|"
    r"\b\d+ (?:\w+ )?(?:people|persons) (?:in (?:one|a|the|1|same|our|this) (?:\w+ )?"
    r"(?:room|house|dorm|bed)|share|sharing|sleep|sleeping|live|living|stay|staying)\b"
)

# We, us, our: the writer is one of them.
_WE_LATIN = re.compile(r"\b(?:we|us|our|yerng|yeung|kyanaw toe|kyama toe)\b")
_WE_SCRIPT = ("တို့", "យើង")
# Their people, not ours ("my friends", someone_else.py's relatives in the singular only)
_OTHERS_LATIN = re.compile(
    r"\b(?:my|his|her) (?:\w+ )?(?:friends|co-?workers|brothers|sisters|sons|daughters|"
    r"relatives|cousins)\b"
)

# Workers acting together: a strike, a union, a protest, stopping work together.
_ACTING_LATIN = re.compile(
    r"\b(?:"
    r"strike|strikes|on strike|go strike|(?:trade )?unions?|protest|protests|"
    r"stop work(?:ing)? together|(?:we|all) (?:stop|stopped) work(?:ing)?|"
    # romanised Burmese: သပိတ် (strike), သမဂ္ဂ (union); romanised Khmer: កូដកម្ម (strike),
    # សហជីព (union)
    r"tha bate|thabate|thabeik|tha meik ga|kodakam|kaudakam|sahachip|sahacheep|sahak chip"
    r")\b"
)
_ACTING_SCRIPT = (
    # Burmese: strike, union, protest
    "သပိတ်",
    "သမဂ္ဂ",
    "ဆန္ဒပြ",
    # Khmer: strike, union, protest (not តវ៉ា alone: inside ការប្តឹងតវ៉ា, complaints)
    "កូដកម្ម",
    "សហជីព",
    "បាតុកម្ម",
)


def for_many(words: str) -> bool:
    """Whether `words` speak for a group of workers, or ask how a group complains."""
    if holds(words, _GROUP_LATIN, _GROUP_SCRIPT):
        return True
    others = _OTHERS_LATIN.search(words.lower()) or someone_else.names_someone(words)
    if others and not holds(words, _WE_LATIN, _WE_SCRIPT):
        return False  # "my friends all arrested, 30 people": a group, not the writer's
    counts = [*_COUNT_LATIN.findall(_LIVING.sub(" ", words.lower()))]
    counts += [
        found for reading in script_readings(words) for found in _COUNT_SCRIPT.findall(reading)
    ]
    return any(int(n) >= FEWEST for groups in counts for n in groups if n)


def acting(words: str) -> bool:
    """Whether `words` ask about or tell of a strike, a union, a protest or stopping work
    together."""
    return holds(words, _ACTING_LATIN, _ACTING_SCRIPT)


def instead(event: Text) -> bool:
    """Whether the lines answer `event` instead of the NLU's reading: workers acting
    together, whatever it read (it has no intent for them: "can migrant join union in
    thailand?" was Going abroad legally at 0.99, "is strike allowed?" Fake jobs; what it read
    stays a tap away), or a group's question it read no problem in."""
    if acting(event.text):
        return True
    return (event.nlu is None or event.nlu.topic is None) and for_many(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; a person; Unpaid wages and Where to complain; the other
    problems the NLU read; the menu."""
    text = "\n\n".join(_lines(event.text, state, ctx))
    return also_wrote.person_first(text, (WAGES, COMPLAINTS), event, state, ctx)


def told(_topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (a problem read), first the lines for a group and for acting together."""
    lines = _lines(words, state, ctx)
    if not lines:
        return outcome
    person = ctx.translator(state.language).gettext("Talk to a person")
    return with_note("\n\n".join(line.format(person=person) for line in lines), outcome)


def _lines(words: str, state: UserState, ctx: Context) -> list[str]:
    _ = ctx.translator(state.language).gettext
    lines = []
    if acting(words):
        lines.append(
            _(
                "A strike, a union, or stopping work together? Our sources have no checked "
                "information on the rules for migrant workers on these, in any country. Before "
                "you act, ask a person from a partner organisation what is safe: tap “{person}”."
            )
        )
    if for_many(words):
        lines.append(
            _(
                "Many of you with the same problem? One of you can ask a partner organisation "
                "for everyone: tap “{person}” and say how many you are and where. Write other "
                "people's names or phone numbers only if they agree. Whether an office takes "
                "one complaint for many people, our sources do not say."
            )
        )
    return lines
