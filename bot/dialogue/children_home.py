"""Children left at home while a parent works abroad (round 17B, still open; session 21):
"my children stay with grandmother, who take care", "i go thailand, who look after my kids",
ကလေးတွေကို အဖွားနဲ့ ထားခဲ့ရတယ် (I had to leave the children with their grandmother),
កូនខ្ញុំនៅជាមួយយាយ (my child stays with the grandmother). The NLU read no problem: English got
"Are you asking for someone else?" with the embassy and the arrest answer, Burmese the
guesses, Khmer "I cannot help with that". Our sources say nothing on children left at home.
So, read with no problem: that our sources have no checked information on it, and a person.
With a problem read ("my kids at home dont go school, boss not pay me"), that answer.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation to review and
extend.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.dialogue.someone_else import says_missing
from bot.values import UserState

NAME = "children_home"  # counted as a conversation (tally.py), never words

_KIDS = r"(?:my |our )?(?:kids?|children|child|baby|babies|son|sons|daughter|daughters)"
_CARER = (
    r"(?:(?:my |the |their |his |her )?(?:grandma|grandmother|grandparents?|granny|"
    r"grand mother|mother|mom|mum|parents|sister|auntie|aunty|aunt|relatives?|family))"
)
_LATIN = re.compile(
    r"\b(?:"
    # "my children stay with grandmother", "my son live with my mother in village"
    rf"{_KIDS} (?:\w+ )?(?:stay|stays|staying|live|lives|living|left|is|are) with {_CARER}|"
    # "who take care my kids", "who look after my children", "who will care for my baby"
    rf"who (?:will |can )?(?:take care|takecare|look after|looks after|care for|watch)"
    rf"(?: of)? {_KIDS}|"
    rf"{_KIDS},? who (?:will |can )?(?:take care|takecare|look after|care for)|"
    # "leave my kids at home", "left my baby with my mother"
    rf"(?:leave|left|leaving) {_KIDS} (?:at home|behind|in (?:the )?village|with {_CARER})"
    r")\b"
)
_SCRIPT = (
    # Burmese: (the children) left with the grandmother; left the children behind; who will
    # look after the children
    "အဖွားနဲ့ထားခဲ့",
    "အဖွားဆီထားခဲ့",
    "ကလေးတွေကိုထားခဲ့",
    "ကလေးကိုထားခဲ့",
    "ကလေးဘယ်သူထိန်း",
    "ကလေးတွေဘယ်သူထိန်း",
    "ကလေးကိုဘယ်သူထိန်း",
    # Khmer: my child stays with the grandmother; leave the child with; who looks after the
    # child
    "កូនខ្ញុំនៅជាមួយយាយ",
    "កូននៅជាមួយយាយ",
    "កូននៅជាមួយជីដូន",
    "ទុកកូនឲ្យយាយ",
    "ទុកកូនអោយយាយ",
    "ទុកកូននៅផ្ទះ",
    "អ្នកណាមើលកូន",
    "នរណាមើលកូន",
)


def says(words: str) -> bool:
    """Whether `words` speak of the writer's children left at home with someone."""
    return holds(words, _LATIN, _SCRIPT)


def instead(event: Text) -> bool:
    """Whether the line answers `event` alone: the words speak of children left at home and
    the NLU read no problem. Not where the child is missing or out of contact ("my son is
    with my sister in malaysia, cannot contact him"): that is the answer for someone else."""
    nlu = event.nlu
    if nlu is not None and nlu.topic is not None:
        return False
    return says(event.text) and not says_missing(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; a person; the other problems read; the menu."""
    _ = ctx.translator(state.language).gettext
    line = _(
        "Your children staying at home while you work abroad? Our sources have no checked "
        "information on care for children left at home. A person from a partner "
        "organisation can help: tap “{person}”."
    )
    return also_wrote.person_first(line, (), event, state, ctx)
