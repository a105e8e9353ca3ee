"""Social security and health insurance: a card never given, the hospital with the card,
money cut for it, a claim refused (exploratory round 36B). "boss cut 750 baht every month
for social security but I have no card" and "can I use SSO card at any hospital" got the
Social security answer with nothing on the card, the cut or the hospital; "employer take
money for prakan sangkhom but never give me card" got Passport taken; "health insurance for
MOU workers, they say I must buy again" and "insurance company say my sickness not covered"
got the injury answer's "Get treatment first" and nothing on the insurance.

Our sources (content/topics/social_security.yml, the reference sheet) say nothing on how a
card is issued, which hospitals take it, how much is cut, what it pays for (sickness,
pregnancy, a lost job), or what a migrant's health insurance covers and when it is bought
again. So: the answer read, first a line that our sources do not say, what to keep, and a
person; words naming social security read as Passport taken or as nothing get the Social
security answer (Passport taken a tap away). Never a rate or a right.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored,
Burmese also as read in Zawgyi). Drafts for a native speaker at a partner organisation to
review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue.context import Context
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.values import UserState

SOCIAL = "social_security"
KEPT = "documents_confiscated"
INJURY = "injury_health"
# What words naming social security are taken for: no problem, or a card "kept".
_MISREAD = frozenset({KEPT})

# Social security named: English, Thai's name romanised (prakan sangkhom), Thailand's office
# (SSO), Malaysia's (SOCSO, PERKESO), romanised Burmese (luu mhu phu lone) and Khmer
# (santesokh sangkum).
_NAMED = re.compile(
    r"\b(?:social security|social insurance|sso|socso|perkeso|"
    r"prakan ?sang ?(?:k?hom|kom)|pra kan sang (?:k?hom|kom)|"
    r"(?:luu|lu|lu:) ?(?:mhu|hmu|mu) ?(?:phu|hpu|pu) ?(?:lone|lon|loan) ?(?:yay|yae|ye)?|"
    r"s[aâ]n?te ?sokh? ?sang ?kum)\b"
)
_NAMED_SCRIPT = (
    "လူမှုဖူလုံရေး",
    "សន្តិសុខសង្គម",
    "ประกันสังคม",
)
# What our sources say nothing on: the card, a hospital, money cut, how much, a lost job.
_ASKED = re.compile(
    r"\b(?:card|hospital|hospitals|clinic|cut|cuts|deduct|deducts|deducted|deduction|"
    r"take|takes|took|taken|how much|percent|rate|unemploy\w*|no job|lost (?:my )?job|"
    r"factory close\w*|company close\w*|lost|expired?|not pay|never pay|no pay|pay for)\b|%"
)
_ASKED_SCRIPT = (
    # Burmese: card, hospital, cut
    "ကတ်",
    "ဆေးရုံ",
    "ဖြတ်",
    # Khmer: card (also inside កាត់, cut), hospital, money
    "កាត",
    "មន្ទីរពេទ្យ",
    "ពេទ្យ",
)
# A health insurance bought or refused: not social security.
_INSURANCE = re.compile(
    r"\b(?:health insurance|medical insurance|hospital insurance|insurance company|insurer)\b"
)
_INSURANCE_ASKED = re.compile(
    r"\b(?:(?:buy|bought|pay|paid) (?:\w+ )?again|not cover\w*|no cover\w*|refuse\w*|"
    r"reject\w*|claim\w*|must buy|have to buy|mou|say|said|cover\w*)\b"
)
# Not the Korean scheme's insurances (round 19C's answer).
_NOT_HEALTH = re.compile(r"\b(?:departure|guarantee|return cost|pension)\b")
_NEVER = re.compile(r"(?!x)x")
# Burmese, Khmer: insurance (အာမခံ, ធានារ៉ាប់រង)
_INSURANCE_SCRIPT = ("အာမခံ", "ធានារ៉ាប់រង")


def names(words: str) -> bool:
    """Whether `words` name social security."""
    return holds(words, _NAMED, _NAMED_SCRIPT)


def _asks_unknown(words: str) -> bool:
    return holds(words, _ASKED, _ASKED_SCRIPT)


def _insurance(words: str) -> bool:
    lowered = words.lower()
    if _NOT_HEALTH.search(lowered):
        return False
    if _INSURANCE.search(lowered):
        return bool(_INSURANCE_ASKED.search(lowered))
    return holds(words, _NEVER, _INSURANCE_SCRIPT)


def instead_of(topic: str | None, words: str) -> bool:
    """Whether Social security answers `words` instead of `topic`: the words name social
    security and the NLU read no problem, or Passport taken (a card "never given")."""
    if topic is not None and topic not in _MISREAD:
        return False
    return names(words)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer to `topic`), first the line on what our sources do not say:
    the card, a hospital, money cut for social security; or a health insurance's cover."""
    _ = ctx.translator(state.language).gettext
    if topic in (SOCIAL, INJURY) and names(words) and _asks_unknown(words):
        note = _(
            "Social security card, hospital or money cut from your pay? Our sources do not "
            "say how the card is given, which hospitals take it, how much may be cut, or what "
            "it pays for. Write down each amount cut and keep any pay slips. A person from a "
            "partner organisation can check your case: tap “{person}”."
        ).format(person=_("Talk to a person"))
        return with_note(note, outcome)
    if topic in (SOCIAL, INJURY) and not names(words) and _insurance(words):
        note = _(
            "A health insurance question? Our sources do not say what a worker's health "
            "insurance covers, when it must be bought again, or what to do when a claim is "
            "refused. Keep the insurance card, receipts and any letter. A person from a "
            "partner organisation can check your papers: tap “{person}”."
        ).format(person=_("Talk to a person"))
        return with_note(note, outcome)
    return outcome
