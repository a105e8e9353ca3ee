"""Harassment at work, and a room that is not safe at night (exploratory round 27B).

"supervisor message me every night say he love me, i not reply he angry and give me hard
work" was not understood (Agency problem and Fake jobs as guesses); "leader always send me
bad picture in facebook, i scare to go work" got Fake jobs with Cambodia's police hotline;
"my boss husband always look at me when i shower" got the someone-else answer with Arrest
or detention; "our dormitory room share with men, no lock on door, i scared at night" was not
understood, "door lock broken, man from other room come at night" got the work-injury answer;
the Burmese and Khmer forms of a room shared with men and a lock that does not close got the
emergency numbers with Arrest or detention and nothing said to the woman.

Our sources say nothing on sexual harassment at work (what the law is, how to complain
without losing the job or the papers), on rules for workers' rooms, or on shelters. So the
reply says that, believes her, and offers a person first, the emergency answer a tap away;
never the police, never Arrest or detention. When danger words come too (someone comes into
the room, "cannot go out"), the line goes after the numbers (`told`). Rape, touching and a
partner's blows are harmed.py's. Latin words as whole words, Burmese and Khmer inside the
text; drafts for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.dialogue import also_wrote, harmed
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, after_numbers
from bot.values import UserState

NAME = "harassed"  # counted as a conversation (tally.py), never words
EMERGENCY = "emergency_help"

_HARASS = re.compile(
    r"\b(?:harass|harassed|harasses|harassing|harassment|"
    r"bad picture|bad pictures|bad photo|bad photos|sex picture|sex pictures|sexy picture|"
    r"naked picture|naked pictures|naked photo|naked photos|dirty picture|dirty pictures|"
    r"dirty message|dirty messages|sex message|sex messages|"
    r"message me every night|message me at night|messages me at night|text me at night|"
    r"text me every night|call me at night|calls me at night|call me every night|"
    r"say he love me|says he loves me|say he like me|says he likes me|"
    r"look at me when i shower|watch me when i shower|look at me in the bathroom|"
    r"look at me in bathroom|watch me in bathroom|watch me shower|peep|peeping|"
    r"want me as his wife|wants me as his wife|want me as wife|want me be his wife|"
    r"want me to be his wife|want her as his wife|wants her as his wife|want her as wife|"
    r"want her be his wife|want her to be his wife|wants her to be his wife|"
    # romanised Khmer ធ្វើប្រពន្ធ (to make (her) his wife)
    r"thveu propun|tver propon|thver prapun)\b"
)
_HARASS_SCRIPT = (
    "နှောင့်ယှက်",  # harass
    "မယားအဖြစ်",  # as a wife
    "မယားလုပ်ချင်",  # wants (her) to be his wife
    "យាយី",  # harass
    "ធ្វើប្រពន្ធ",  # make (her) his wife
    "យកធ្វើប្រពន្ធ",
)
_ROOM = re.compile(
    r"\b(?:share with men|share with man|shared with men|share room with men|"
    r"sleep with men|sleep together with men|room with men|dormitory with men|"
    r"with men in (?:the |my |one )?room|men in (?:the |my |our )?room|"
    r"no lock|lock broken|broken lock|lock is broken|lock not work|lock cannot|"
    r"door cannot lock|door can not lock|door cant lock|cannot lock the door|"
    r"cannot lock door|cant lock door|door not lock|no key for door|"
    # a man, not the police ("police come at night" is a raid: raids.py)
    r"man come at night|men come at night|man comes at night|he come at night|"
    r"he comes at night|he came at night|someone come at night|someone comes at night|"
    r"somebody come at night|knock my door at night|knock on my door at night)\b"
)
_ROOM_SCRIPT = (
    "ယောက်ျားတွေနဲ့အတူနေ",  # live together with men (not "went with men")
    "ယောက်ျားလေးတွေနဲ့အတူနေ",
    "သော့ပျက်",  # the lock is broken
    "သော့မရှိ",  # no lock
    "သော့ခတ်လို့မရ",  # cannot lock
    "រួមជាមួយប្រុស",  # (a room) shared with men; not "married with a man" (bride.py)
    "ចាក់សោមិនបាន",  # cannot lock
    "សោខូច",  # the lock is broken
    "គ្មានសោ",  # no lock
)


def _harass(words: str) -> bool:
    return holds(words, _HARASS, _HARASS_SCRIPT)


def _room(words: str) -> bool:
    return holds(words, _ROOM, _ROOM_SCRIPT)


def says(words: str) -> bool:
    """Whether `words` tell of harassment or of a room not safe at night."""
    return _harass(words) or _room(words)


def _line(words: str, state: UserState, ctx: Context) -> str:
    """What our sources do not say, for harassment or for the room (both when both)."""
    _ = ctx.translator(state.language).gettext
    lines = []
    if _harass(words) and harmed.someone_else_harmed(words):
        lines.append(
            _(
                "This is not their fault, and you are right to tell it. Our sources have no "
                "checked information on sexual harassment at work: what the law says there, "
                "or how to complain without losing the job or the papers. A person from a "
                "partner organisation can talk with you first, and with them if they want: "
                "tap “{person}”."
            )
        )
    elif _harass(words):
        lines.append(
            _(
                "This is not your fault, and you are right to tell it. Our sources have no "
                "checked information on sexual harassment at work: what the law says where "
                "you are, or how to complain without losing your job or your papers. A "
                "person from a partner organisation can talk with you first, and you decide "
                "what to do: tap “{person}”."
            )
        )
    if _room(words):
        lines.append(
            _(
                "You are right to want a safe place to sleep. Our sources have no checked "
                "information on rules for workers' rooms, or on shelters. A person from a "
                "partner organisation can help you look for a safer way: tap “{person}”."
            )
        )
    return "\n\n".join(lines)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; a person; the emergency answer a tap away; the other
    problems the NLU read, never Arrest or detention; the menu."""
    _ = ctx.translator(state.language).gettext
    text = _line(event.text, state, ctx) + " " + _("If you are in danger now, tap “{emergency}”.")
    return also_wrote.person_first(text, (EMERGENCY,), event, state, ctx, (harmed.ARREST,))


def told(
    words: str, outcome: Outcome, state: UserState, ctx: Context, button: str | None = None
) -> Outcome:
    """`outcome` (the emergency answer) with, after the numbers, the line, when `words` tell
    of harassment or of the room, and without Arrest or detention. `button`: the label the
    line names as the way to a person, "Talk to a person" unless given (harmed.told)."""
    if not says(words):
        return outcome
    _ = ctx.translator(state.language).gettext
    note = _line(words, state, ctx).format(person=button or _("Talk to a person"))
    outcome = replace(outcome, replies=tuple(harmed.unarrested(r) for r in outcome.replies))
    return after_numbers(note, outcome, _("You also wrote about this. Tap to read more:"))
