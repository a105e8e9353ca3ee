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
    r"(?:must|have to|has to) sign(?! up| in\b| on\b)|if (?:we|i) (?:dont|do not|not) sign|"
    # told to sign on the first day (round 28C: "contract in thai language, i cannot read,
    # sign now or go home" got Work contract without the line)
    r"sign now|sign it now|sign today|sign it today|"
    # round 35C: "boss give me paper in Thai to sign", "sign blank paper or no job", "police
    # want me sign statement", "boss said sign this empty paper", "they say sign quickly",
    # "they make us put finger print on blank paper", "employer want my thumbprint on paper"
    r"(?:paper|papers|document|documents|letter|form|statement|contract) (?:in \w+ )?"
    r"(?:to|for) (?:me |us )?sign(?! up| in)|"
    r"sign (?:a |the |this |that |one )?(?:blank|empty|statement|resignation)|"
    r"sign (?:it |this )?(?:quickly|fast)|"
    r"(?:finger|thumb) ?prints? (?:on|in) (?:a |the |this |some |one |blank |empty )*"
    r"(?:paper|papers|document|documents|form|contract)|"
    # a print wanted with nothing of a paper is the registration's, the police's or a
    # machine's ("they want my fingerprint for the pink card"; the lead's read of 35C)
    r"(?:want|put) (?:my |our |a )?(?:finger|thumb) ?prints? (?:on|in) (?:a |the |this |"
    r"blank |empty )*(?:paper|papers|document|form|contract|book)|"
    # romanised Khmer as typed in round 35C: "chos hatthalekha"
    r"chos hatthalekha|chos hathalekha|"
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
    # round 35C: Burmese "made to press a fingerprint" ("လက်ဗွေနှိပ်ခိုင်းတယ်" got "I cannot help
    # with this"); the order (ခိုင်း) keeps a question about the registration's prints out
    "လက်ဗွေနှိပ်ခိုင်း",
)


def says(words: str) -> bool:
    """Whether `words` tell of a paper someone is told or made to sign."""
    return holds(words, _LATIN, _SCRIPT)


CONTRACT = "employment_contract"  # get it in a language you read, sign only when you agree


def instead_of(topic: str | None, words: str) -> bool:
    """Whether the contract answer (with the line on signing) is given in place of nothing:
    "manager says sign resignation letter or no salary" got "Sorry, I did not understand"
    (round 35C), the line only ever went on an answer."""
    return topic is None and says(words)


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
