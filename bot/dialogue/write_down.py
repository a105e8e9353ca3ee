""" "What must I write down?" right after an answer that said to write things down (session
26, round 29B's still open: after the line on long hours, "what i must write down?" got
Documents you need, the papers for going abroad). The answers that say it, and the line on
working conditions, each name what to write; the reply says it again, from the same words,
and that a person can help with the notes.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored). Drafts
for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.dialogue import work_conditions
from bot.dialogue.context import Context
from bot.dialogue.follow_up import topic_of
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.values import Reply, UserState

NAME = "write_down"  # counted as a conversation (tally.py), never words
LONGEST = 60  # a question about the answer above is short; a longer one is read as itself

_ASKED = re.compile(
    r"\b(?:"
    r"what (?:i |we |should i |must i |do i |can i |to |i must |i should |i need to |"
    r"we must |we should |should we |must we )?(?:write|note|record)(?: down| it)?|"
    r"(?:write|note) (?:down )?what|"
    r"how (?:to |do i |i |should i |can i )?(?:write|note)(?: it)?(?: down)?|"
    r"bar (?:yay|yae|ye|yeh) ya|bar twe (?:yay|yae|ye) ya|ba (?:yay|ye) ya ma|"
    r"kat tra (?:avey|avei|ey)|sor sae (?:avey|avei|ey)|sorsae (?:avey|avei|ey)"
    r")\b"
)
_ASKED_SCRIPT = (
    # Burmese: what to write?, what to note?
    "ဘာရေးရ",
    "ဘာတွေရေးရ",
    "ဘာမှတ်ရ",
    "ဘာတွေမှတ်",
    "ဘာချရေး",
    # Khmer: note what?, write what?
    "កត់ត្រាអ្វី",
    "កត់អ្វី",
    "កត់អី",
    "សរសេរអ្វី",
    "សរសេរអី",
)


# What each answer (and the line on working conditions) said to write down: its own words.
_KEYS = frozenset(
    {
        work_conditions.NAME,
        "unpaid_wages",
        "documents_confiscated",
        "injury_health",
        "agency_complaint",
        "change_employer",
    }
)


def _what(_: Callable[[str], str], key: str) -> str:
    if key == work_conditions.NAME:
        return _(
            "Write down each day: when you started and stopped, days without rest, what "
            "happened and who saw it. Keep pay slips and photos."
        )
    if key == "unpaid_wages":
        return _("Write down your work days, hours and the pay you got.")
    if key == "documents_confiscated":
        return _("Write down who has your document and since when.")
    if key == "injury_health":
        return _("Write down when and how it happened. Keep hospital papers and receipts.")
    if key == "agency_complaint":
        return _("Write down names, dates and how much you paid.")
    return _("Write down your last work day and what you are still owed.")  # change_employer


def _above(ctx: Context) -> str | None:
    if ctx.last_answer == work_conditions.NAME:
        return work_conditions.NAME
    return topic_of(ctx.last_answer)


def asked(words: str, ctx: Context) -> bool:
    """Whether `words`, right after an answer that said to write things down, ask what."""
    if len(words) > LONGEST or _above(ctx) not in _KEYS:
        return False  # the cheap checks first: most messages follow no such answer
    return holds(words, _ASKED, _ASKED_SCRIPT)


def reply(state: UserState, ctx: Context) -> Outcome:
    """What the answer above said to write down, to keep the notes safe, and a person."""
    tr = ctx.translator(state.language)
    text = "\n".join(
        (
            _what(tr.gettext, _above(ctx) or ""),
            tr.gettext(
                "Keep the notes safe. A person from a partner organisation can help you use "
                "them: tap “Talk to a person”."
            ),
        )
    )
    return Outcome((Reply(text, (footer(tr),)),), state.with_(misses=0))
