"""The minimum wage, overtime pay, what a day's work should pay (exploratory round 18B): "what
is minimum wage in thailand", "overtime pay how much in korea", "minimum salary singapore for
worker" got Unpaid wages, with its complaint lines and nothing on the figure asked. Our
sources have no checked minimum wage or overtime rate for any country. So, before the answer
(a complaint channel, what to write down): that our sources have no checked figures, and
that a person from a partner organisation can tell them. Read with no problem read, the line
comes with Unpaid wages a tap away.

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
from bot.dialogue.outcome import Outcome, with_note
from bot.values import UserState

NAME = "pay_rates"  # counted as a conversation (tally.py), never words
WAGES = "unpaid_wages"

_LATIN = re.compile(
    r"\b(?:"
    r"minimum (?:wage|wages|salary|pay)|min wage|minimum daily|"
    r"(?:overtime|ot) (?:rate|pay rate|how much|per hour)|"
    r"(?:how much|what) (?:is |are )?(?:the )?(?:overtime|ot) (?:pay|rate)|"
    r"(?:overtime|ot) pay (?:how much|is how much)|"
    r"(?:wage|salary|pay) (?:rate|per day|a day) (?:how much|is how much)|"
    r"how much (?:is )?(?:the )?(?:wage|salary|pay) (?:per|a) (?:day|hour)|"
    r"gaji minimum|"
    # romanised Burmese: အနည်းဆုံးလုပ်ခ (minimum wage); Khmer ប្រាក់ឈ្នួលអប្បបរមា
    r"a nee sone lok kha|anee sone lote kha|prak chhnuol abbaborma"
    r")\b"
)
_SCRIPT = (
    # Burmese: minimum wage (two spellings), minimum daily wage; overtime pay rate
    "အနည်းဆုံးလုပ်ခ",
    "အနိမ့်ဆုံးလုပ်ခ",
    "အနည်းဆုံးလစာ",
    "အချိန်ပိုနှုန်း",
    # Khmer: minimum wage (two words for wage), overtime rate
    "ប្រាក់ឈ្នួលអប្បបរមា",
    "ប្រាក់ខែអប្បបរមា",
    "ប្រាក់ថែមម៉ោងប៉ុន្មាន",
)


def says(words: str) -> bool:
    """Whether `words` ask what the minimum wage or overtime pay is."""
    return holds(words, _LATIN, _SCRIPT)


def instead(event: Text) -> bool:
    """Whether the line answers `event` alone: the words ask a rate and the NLU read no
    problem (with one read, the line comes first: `told`)."""
    nlu = event.nlu
    return (nlu is None or nlu.topic is None) and says(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; a person; Unpaid wages; the menu."""
    return also_wrote.person_first(_line(state, ctx), (WAGES,), event, state, ctx)


def told(_topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (a problem read), first the line on what our sources do not say when the
    words ask a rate."""
    return with_note(_line(state, ctx), outcome) if says(words) else outcome


def _line(state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    return _(
        "The minimum wage or overtime pay? Our sources have no checked figures for it in any "
        "country. A person from a partner organisation can tell you what applies to you: tap "
        "“{person}”."
    ).format(person=_("Talk to a person"))
