"""Taken across the border without a passport (exploratory round 19B): a prospective migrant
who had asked about fees a month before came back at the border, "now i am at border, agent
say cross river tonight, no passport", and got Passport taken, the answer for a worker whose
employer keeps their passport, with Myanmar's Department of Labour.

The answer for it exists: Documents you need, for Myanmar and Cambodia, says "A broker says
you need no passport? Do not pay. Without papers you have less protection, and embassies
often turn such workers away (2017)" (round 13B), under the papers the legal way needs. So:
that answer, first one line pointing to the warning, not to pay or go before a person. Only
when the words say both a crossing (a river, the border, the jungle) and no passport or
papers; never in place of an emergency or an arrest the NLU read. Latin words as whole
words, Burmese and Khmer inside the text (spaces ignored, Zawgyi too). Drafts for a native
speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue.context import Context
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.values import UserState

DOCUMENTS = "documents_needed"  # "Documents you need", with the no-passport broker warning
_KEPT = ("emergency_help", "arrest_detention")  # the NLU's reading stays

_CROSS = re.compile(
    r"\b(?:cross(?:ing)?\s+(?:\S+\s+){0,2}(?:river|border|jungle|forest|mountain)s?|"
    r"(?:through|by)\s+(?:the\s+)?(?:jungle|forest|river|mountain)s?|"
    r"go\s+(?:across|over)\s+(?:the\s+)?(?:river|border)|"
    # a broker's advertisement pasted (round 55B): "no passport needed, go by car through
    # border, pay 500000 kyat first" got the fees answer, nothing of the warning
    r"(?:through|over|across)\s+(?:the\s+)?border)\b"
)
_CROSS_SCRIPT = (
    # Burmese: cross the river, cross the border (unofficially), a jungle path
    "မြစ်ကူး",
    "နယ်ကျော်",
    "နယ်စပ်ဖြတ်",
    "တောလမ်း",
    # Khmer: cross the river, cross the border, through the forest
    "ឆ្លងទន្លេ",
    "ឆ្លងព្រំដែន",
    "តាមព្រៃ",
)
_NO_PAPERS = re.compile(
    r"\b(?:no|without|dont have|do not have|not have|no need|not need)\s+"
    r"(?:a\s+|any\s+|my\s+)?(?:passport|papers?|documents?|visa)\b|"
    # "passport not needed", "passport no need" (round 55B)
    r"\b(?:passport|papers?|documents?)\s+(?:is\s+|are\s+)?(?:not\s+needed|no\s+need|"
    r"not\s+need|not\s+necessary|no\s+necessary)\b"
)
_NO_PAPERS_SCRIPT = (
    # Burmese: no passport, no papers, passport not needed
    "ပတ်စပို့မရှိ",
    "ပတ်စ်ပို့မရှိ",
    "စာရွက်စာတမ်းမရှိ",
    "ပတ်စပို့မလို",
    # Khmer: no passport (three ways), no papers
    "គ្មានលិខិតឆ្លងដែន",
    "អត់មានលិខិតឆ្លងដែន",
    "អត់លិខិតឆ្លងដែន",
    "គ្មានឯកសារ",
    "អត់ឯកសារ",
)


def says(words: str) -> bool:
    """Whether `words` speak of crossing a border with no passport or papers."""
    return holds(words, _CROSS, _CROSS_SCRIPT) and holds(words, _NO_PAPERS, _NO_PAPERS_SCRIPT)


def instead_of(topic: str | None, words: str) -> bool:
    """Whether Documents you need answers `words` instead of the NLU's reading."""
    return topic not in _KEPT and says(words)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome`, first the line that points to the warning and to a person, when the words
    speak of a crossing without papers. Never above the emergency numbers."""
    if topic in _KEPT or not says(words):
        return outcome
    _ = ctx.translator(state.language).gettext
    note = _(
        "Crossing the border without a passport? Read the warning below. Do not pay or go "
        "before you talk to a person: tap “{person}”."
    ).format(person=_("Talk to a person"))
    return with_note(note, outcome)
