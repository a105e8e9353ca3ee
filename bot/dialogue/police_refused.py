"""Not wanting the police, said with no arrest told (round 27B left it harmful): a woman who
had written "my boss touch me" wrote next "i dont want police, i only want change job", and
got the arrest answer ("Stay calm. Do not sign anything ... Ask to contact your country's
embassy"): the NLU reads the police named in a refusal as an arrest (0.91; "i dont want
police" alone 0.97).

The reply says what the bot does (it tells the police nothing) and that she decides; a
person first; the other problems the NLU read (Change employer above), the arrest answer
not among them. Danger words come first as ever (triage), and an arrest told ("police
took my brother, i dont want police to deport him") keeps the arrest answer.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored,
Burmese also as read in Zawgyi). Drafts for a native speaker at a partner organisation.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote, embassy_fears
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.values import UserState

NAME = "police_refused"  # counted as a conversation (tally.py), never words
ARREST = "arrest_detention"

_REFUSED = re.compile(
    r"\b(?:(?:dont|do not|not|never|no need to|no need)\s+(?:want|wanna|need|like)?\s*"
    r"(?:to\s+)?(?:call|go to|tell|report to|report|involve|see)?\s*(?:the\s+)?"
    r"(?:police|polis|cops?)"
    r"|no (?:police|polis|cops?)(?: please| pls)?(?=\s*(?:[,.!]|$|i |we |just |only ))"
    r"|without (?:the )?(?:police|polis|cops?))\b"
)
# Burmese: no need for the police, do not want to tell / go to / call the police; Khmer: do
# not want (to report to, to go to) the police.
_REFUSED_SCRIPT = (
    "ရဲမလို",
    "ရဲကိုမပြောချင်",
    "ရဲဆီမသွားချင်",
    "ရဲမခေါ်ချင်",
    "ရဲစခန်းမသွားချင်",
    "មិនចង់ប្តឹងប៉ូលិស",
    "មិនចង់ទៅប៉ូលិស",
    "មិនចង់ឲ្យប៉ូលិស",
    "មិនចង់ឱ្យប៉ូលិស",
    "អត់ចង់ប៉ូលិស",
    "អត់ចង់ទៅប៉ូលិស",
)


def says(words: str) -> bool:
    """Whether `words` refuse the police and tell of no arrest."""
    return holds(words, _REFUSED, _REFUSED_SCRIPT) and not embassy_fears.arrest_told(words)


def instead(event: Text) -> bool:
    """Whether the reply answers `event` in place of the NLU's arrest: the words refuse the
    police, tell of no arrest, and the NLU read an arrest."""
    nlu = event.nlu
    return nlu is not None and nlu.topic == ARREST and says(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """That the bot tells the police nothing and the person decides; a person; the other
    problems the NLU read, not the arrest; the menu."""
    text = ctx.translator(state.language).gettext(
        "I tell nothing to the police, and you decide whether to go to them. A person from a "
        "partner organisation can talk with you first: tap “{person}”."
    )
    return also_wrote.person_first(text, (), event, state, ctx, also_shown=(ARREST,))
