"""Told to sign a paper (exploratory round 19A): "company tell all of us sign paper in korean,
i cannot read, if not sign they send us home" got Work contract, and "boss say all of us must
sign paper we resign ourselves, no compensation, factory close" Change employer: neither
answer said what the content's other answers say (Unpaid wages at home, Arrest, Passport
taken, Change employer at home): do not sign anything you do not understand before you get
advice. The same line, before the answer, when the words tell of a paper to sign and the
answer does not already say it. No new fact: the content's own advice.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation to review and
extend.
"""

from __future__ import annotations

import re

from bot.dialogue.context import Context
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.values import UserState

# Their answers say it in every variant ("Do not sign anything you do not understand").
SAID_THERE = frozenset({"arrest_detention", "documents_confiscated"})

_LATIN = re.compile(
    r"\b(?:"
    r"(?:sign|signed|signing) (?:a |the |this |some |one )?(?:paper|papers|document|documents|"
    r"letter|form|resignation)|(?:make|force|forced|tell|told|want) (?:me|us) (?:to )?sign|"
    r"must sign|have to sign|has to sign|if (?:we|i) (?:dont|do not|not) sign|"
    # told to sign on the first day (round 28C: "contract in thai language, i cannot read,
    # sign now or go home" got Work contract without the line)
    r"sign now|sign it now|sign today|sign it today|"
    # romanised Burmese: လက်မှတ်ထိုး (sign); romanised Khmer: ចុះហត្ថលេខា (sign)
    r"let hmat htoe|lat hmat htoe|let mhat htoe|choh hatthalekha|chuh hatlekha"
    r")\b"
)
_SCRIPT = (
    # Burmese: sign (a paper); Khmer: sign, fingerprint (a thumbprint for those who cannot
    # write)
    "လက်မှတ်ထိုး",
    "ចុះហត្ថលេខា",
    "ផ្តិតមេដៃ",
)


def says(words: str) -> bool:
    """Whether `words` tell of a paper someone is told or made to sign."""
    return holds(words, _LATIN, _SCRIPT)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer to `topic`), first the line on signing when the words tell of a
    paper to sign and the answer does not say it."""
    if topic in SAID_THERE or not says(words):
        return outcome
    _ = ctx.translator(state.language).gettext
    line = _(
        "Told to sign a paper? Do not sign anything you do not understand before you get "
        "advice: tap “{person}”."
    ).format(person=_("Talk to a person"))
    return with_note(line, outcome)
