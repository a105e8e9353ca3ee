"""Money paid to an agent, a broker or a stranger, and asked back (exploratory round 18B): "I
paid 15000 baht to agent on facebook for job, now he block me, how to get money back" got "I
cannot help with that"; "I paid visa fee 500 dollar to a man, he say visa for Korea, now no
answer" Agency fees and debt, with nothing on the money. Our sources say nothing on how to
get such money back. So: that they do not; what to keep; not to pay anyone who promises to
get it back; a person; an agency problem and fake jobs a tap away. A problem the NLU read
keeps its answer, with the line first.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored,
Burmese also as read in Zawgyi). Drafts for a native speaker at a partner organisation to
review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.values import UserState

NAME = "money_back"  # counted as a conversation (tally.py), never words
AGENCY = "agency_complaint"
SCAMS = "job_scams_trafficking"
# Answers about money paid to an agent or a stranger, which the line goes before.
_PAID = frozenset({AGENCY, SCAMS, "recruitment_fees", "check_agency"})

_LATIN = re.compile(
    r"\b(?:"
    r"(?:get|take|ask|want|claim|return|give) (?:me )?(?:my |the |our |his |her )?"
    r"(?:money|cash|fee|fees|deposit) back|"
    r"(?:get|take|claim) back (?:my |the |our |his |her )?(?:money|cash|fee|fees|deposit)|"
    r"return (?:my|our|the) (?:money|fee|fees|deposit)|"
    r"refund|refunds|money back|"
    # romanised Khmer យកលុយវិញ (take the money back); romanised Burmese ပိုက်ဆံပြန်ရ
    r"yok luy vinh|yk luy vinh|luy vinh|pike san pyan ya|paik san pyan ya|pike san pyan yu"
    r")\b"
)
_SCRIPT = (
    # Burmese: get the money back (two words for money), take it back, give it back
    "ပိုက်ဆံပြန်ရ",
    "ငွေပြန်ရ",
    "ပိုက်ဆံပြန်ယူ",
    "ငွေပြန်ယူ",
    "ပိုက်ဆံပြန်ပေး",
    "ငွေပြန်ပေး",
    # Khmer: take the money back, ask the money back, get the money back
    "យកលុយវិញ",
    "យកលុយមកវិញ",
    "ទាមទារលុយវិញ",
    "បានលុយវិញ",
    "យកប្រាក់វិញ",
)


def says(words: str) -> bool:
    """Whether `words` ask to get money back."""
    return holds(words, _LATIN, _SCRIPT)


# Someone paid for work abroad: an agent, a broker, a boss, a job, a visa, a fee. Needed when
# the NLU surely read the message as out of scope, which is how it reads a shop's refund or a
# cancelled hotel booking ("wrong item delivered online, refund?", "hotel booking cancel, money
# back or not": the development set's near-domain questions, scripts/heldout_replies.py).
_FOR_WORK = re.compile(
    r"\b(?:agent|agents|agency|broker|brokers|middleman|boss|employer|company|job|jobs|work|"
    r"visa|permit|passport|fee|fees|recruit\w*|stranger|a man|a woman|facebook|"
    # romanised: ပွဲစား pwe sar (broker), အလုပ် a lote (work); ភ្នាក់ងារ neak nam plov / phnak
    # ngear (agent), ការងារ kangea (work), មេខ្យល់ me khyal (broker), ថៅកែ thaokae (boss)
    r"pwe sar|pwe za|pwesar|a lote|alote|phnak ngear|phnakngea|neak nam plov|kangea|kangear|"
    r"me khyal|thaokae|thau kae|tauke)\b"
)
_FOR_WORK_SCRIPT = (
    # Burmese: broker, agency (two spellings), work, boss, visa, passport
    "ပွဲစား",
    "အေဂျင်စီ",
    "အေးဂျင့်",
    "အလုပ်",
    "သူဌေး",
    "ဗီဇာ",
    "ပတ်စ်ပို့",
    # Khmer: agent, broker, work, boss, visa, passport
    "ភ្នាក់ងារ",
    "មេខ្យល់",
    "ការងារ",
    "ថៅកែ",
    "ទិដ្ឋាការ",
    "លិខិតឆ្លងដែន",
)


def instead(event: Text) -> bool:
    """Whether the reply answers `event` alone: money asked back, and no problem read; when
    the NLU read the message as out of scope, only money paid for work abroad."""
    nlu = event.nlu
    if nlu is not None and nlu.out_of_scope and not holds(event.text, _FOR_WORK, _FOR_WORK_SCRIPT):
        return False
    return (nlu is None or nlu.topic is None) and says(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; a person; an agency problem, fake jobs; the menu."""
    return also_wrote.person_first(_line(state, ctx), (AGENCY, SCAMS), event, state, ctx)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer to `topic`), first the line on what our sources do not say when
    the words ask for money back and the answer is about an agency or fees: not Social
    security's lump sum ("social security pike san pyan ya lar") nor a deposit at work."""
    if topic not in _PAID or not says(words):
        return outcome
    return with_note(_line(state, ctx), outcome)


def _line(state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    return _(
        "Paid an agent or a stranger, and want the money back? Our sources do not say how to "
        "get it back. Keep the receipts, the chats, and the account or phone number you paid. "
        "Do not pay anyone who promises to get it back. A person from a partner organisation "
        "can help: tap “{person}”."
    ).format(person=_("Talk to a person"))
