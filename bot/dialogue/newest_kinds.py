"""What a case's words tell of, for the kinds of case the bot learnt to read last (exploratory
round 37B).

Sent from the answers of rounds 35A-36C by "Talk to a person", or typed straight into the
form, a friend who took yaba and will not wake, a factory closed and the boss gone, a landlord
who keeps the deposit, a paper to sign, social security cut with no card, or help that fell
short arrived as "Problem: other" with no "Sounds like": the inbox could not tell an overdose
from a question. The card now names the kind (never the words), read with the readers the
answers use (overdose.py, employer_gone.py, housing.py, sign_paper.py, contributions.py,
fell_short.py). A complaint about an organisation's staff says so, so that whoever takes it
first checks it is not about their own colleagues: the person was shown which organisation
reads the request before Send, but not which caseworker.

An overdose typed in the form is a medical emergency: the request is urgent, and the person
reads the overdose answer's first step (medical help now, the ambulance number where our
sources hold one) before the form goes on. Read when needed, never kept.
"""

from __future__ import annotations

from bot.dialogue import (
    contributions,
    disaster,
    employer_gone,
    fell_short,
    housing,
    overdose,
    sign_paper,
)
from bot.dialogue.context import Context
from bot.values import UserState


def _(message: str) -> str:  # marks a label for the catalogs; translated where shown
    return message


OVERDOSE = _("someone took something and does not wake or breathe well (a medical emergency)")
EMPLOYER_GONE = _("the workplace closed or the employer is gone")
HOUSING = _("a landlord, a deposit, rent or eviction")
SIGN = _("told to sign a paper")
CONTRIBUTIONS = _("social security or insurance: money cut, no card, a claim")
FELL_SHORT = _("says help from an organisation fell short")
STAFF = _("a complaint about an organisation's staff: check whom it is about before taking it")


def kinds(words: str) -> tuple[str, ...]:
    """The newest kinds `words` tell of, as labels to translate; () for none."""
    if not words:
        return ()
    found: list[str] = []
    if overdose.says(words):
        found.append(OVERDOSE)
    if employer_gone.says(words):
        found.append(EMPLOYER_GONE)
    if housing.says(words):
        found.append(HOUSING)
    if sign_paper.says(words):
        found.append(SIGN)
    if contributions.names(words):
        found.append(CONTRIBUTIONS)
    short = fell_short.kind(words)
    if short == fell_short.HURT:
        found.append(STAFF)
    elif short in (fell_short.UNANSWERED, fell_short.ANOTHER):
        found.append(FELL_SHORT)
    return tuple(found)


def urgent_now(words: str) -> bool:
    """Whether `words`, typed in the form, tell of an overdose: the request is urgent."""
    return overdose.says(words)


def first_step(state: UserState, ctx: Context) -> str:
    """The overdose answer's first step, before the form's next question."""
    return "\n\n".join((overdose.first_step(state, ctx), disaster.number_line(state, ctx)))
