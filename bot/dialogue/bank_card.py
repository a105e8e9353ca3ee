"""A bank card or bank book kept by the employer (exploratory round 18B): "boss keep my ATM
card and bank book" and the Burmese "the employer took my ATM card" got Passport taken, whose
answer speaks of a passport or work permit only; the Khmer "the boss keeps my ATM card" "did
not understand". Our sources say nothing on an employer keeping a worker's bank card. So:
Passport taken for the place (who takes reports if you cannot leave, what to write down),
first a line that our sources do not say and that a person can help. Read instead of no
problem; with a problem read, the line comes first.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored,
Burmese also as read in Zawgyi). Drafts for a native speaker at a partner organisation to
review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue.context import Context
from bot.dialogue.lexicon import script_readings
from bot.dialogue.outcome import Outcome, with_note
from bot.values import UserState

KEPT = "documents_confiscated"  # "Passport taken"

_CARD = r"(?:atm|atm card|bank card|debit card|bank book|bankbook|passbook|pass book)"
_LATIN = re.compile(
    r"\b(?:"
    rf"(?:keep|keeps|kept|keeping|hold|holds|holding|held|take|takes|took|taken|has|have) "
    rf"(?:my |our |his |her |the |all |workers |worker )?{_CARD}|"
    rf"{_CARD}(?: and \w+(?: \w+)?)? (?:kept|taken|held|with (?:the )?(?:boss|employer|agent))"
    r")\b"
)
# Burmese ATM ကတ် (card) or ဘဏ်စာအုပ် (bank book), maybe "and" (နဲ့, နှင့်) another paper
# ("ဘဏ်စာအုပ်နဲ့ ဇိုင်ရူးကတ်ကို သိမ်းထားတယ်", the bankbook and the residence card, 19C), then
# taken, kept (ယူ, သိမ်း, ကိုင်); Khmer កាត ATM or សៀវភៅធនាគារ (bank book) with keeps, takes
# (រក្សា, យក, កាន់).
_SCRIPT = re.compile(
    r"(?:(?:ATM|atm)ကတ်|ဘဏ်ကတ်|ဘဏ်စာအုပ်)(?:(?:နဲ့|နှင့်)[^။]{0,16})?[^။]{0,12}"
    r"(?:ယူ|သိမ်း|ကိုင်)|"
    r"(?:រក្សា|យក|កាន់)[^។]{0,6}(?:កាត\s*ATM|កាតATM|កាតធនាគារ|សៀវភៅធនាគារ)"
)


def says(words: str) -> bool:
    """Whether `words` say someone keeps the writer's bank card or bank book."""
    if _LATIN.search(words.lower()):
        return True
    return any(_SCRIPT.search(reading) for reading in script_readings(words))


def instead_of(topic: str | None, words: str) -> bool:
    """Whether Passport taken answers `words` instead of no reading."""
    return topic is None and says(words)


def told(_topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (a problem read), first the line on what our sources do not say when the
    words say a bank card or book is kept."""
    if not says(words):
        return outcome
    _ = ctx.translator(state.language).gettext
    note = _(
        "Your bank card or bank book kept by the employer? Our sources do not say what the law "
        "is on it. Write down who has it and since when. A person from a partner organisation "
        "can help: tap “{person}”."
    ).format(person=_("Talk to a person"))
    return with_note(note, outcome)
