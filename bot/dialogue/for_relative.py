"""A relative's or a friend's problem, answered as if it were the writer's own (round 50B).

"my sister boss not pay salary", Burmese ကျွန်တော့်အစ်ကို လစာမရဘူး (my brother gets no pay),
Khmer ប្អូនស្រីខ្ញុំ ថៅកែមិនឲ្យលុយ (my younger sister, the boss does not give money) got the topic's
answer speaking to "you", with no word that it is for someone else. Now a one-line note goes
before it: what they can do is below, and a caseworker can help them too, with their consent.
Nothing about the relative is asked, kept or shared.

Only where the relative is the one the message is about: named as "my sister" (someone_else.
names_someone) and the rest of the message says nothing of the writer ("my brother and me no
pay" is the writer's own too; "how send money to my mom" names her after "to": not her
problem). Drafts for a native speaker at a partner organisation to review.
"""

from __future__ import annotations

import re

from bot.dialogue import someone_else
from bot.dialogue.answers import SOS
from bot.dialogue.context import Context
from bot.dialogue.lexicon import script_readings
from bot.dialogue.outcome import Outcome, with_note
from bot.values import UserState

# "my sister", "my friend's boss", not after a word that makes them an object ("to my mom",
# "with my friend", "call my brother")
_RELATIVE = re.compile(
    rf"(?<!\bto )(?<!\bfor )(?<!\bwith )(?<!\bfrom )(?<!\band )(?<!\bcall )(?<!\bvisit )"
    rf"(?<!\babout )(?<!\bsee )(?<!\bmeet )(?<!\bmiss )"
    rf"\b(my|our)\s+({someone_else._RELATIVES})('s|s)?\b",
    re.IGNORECASE,
)
# The writer in the rest of the message: then the problem may be theirs too
_SELF = re.compile(r"\b(i|im|me|my|mine|we|us|our|myself)\b", re.IGNORECASE)
# Burmese: my (a man's, a woman's, informal) before the relative; Khmer: my after it
_SCRIPT_RELATIVES = (
    "ညီမ",
    "အစ်မ",
    "အစ်ကို",
    "မောင်လေး",
    "သူငယ်ချင်း",
    "သမီး",
    "သား",
    "ဇနီး",
    "ခင်ပွန်း",
)
_MY_BURMESE = ("ကျွန်တော့်", "ကျွန်တော်ရဲ့", "ကျွန်မရဲ့", "ကျွန်မ", "ကျနော့်", "ငါ့")
_SELF_BURMESE = ("ကျွန်တော်", "ကျွန်မ", "ကျနော်", "ငါ", "ကျွန်ုပ်", "ကျွန်တော့်", "ကျနော့်")
_KHMER_RELATIVES = (
    "ប្អូនស្រី",
    "ប្អូនប្រុស",
    "បងស្រី",
    "បងប្រុស",
    "កូនស្រី",
    "កូនប្រុស",
    "មិត្តភក្តិ",
    "មិត្តភ័ក្ដិ",
    "ប្តី",
    "ប្រពន្ធ",
)
_SELF_KHMER = ("ខ្ញុំ", "យើង", "អញ")

# The answers written to the worker about their own job (the wages, a passport kept,
# changing employer, the contract, social security): the ones that read as the
# writer's own. Not an arrest or the embassy (written for a family too, taken_where.py), and
# never above the emergency numbers (SOS) or an injury's "treatment first", which stay first.
WORK_TOPICS = frozenset(
    {
        "unpaid_wages",
        "documents_confiscated",
        "change_employer",
        "employment_contract",
        "social_security",
        "complaint_channels",
    }
)


def _latin(words: str) -> bool:
    found = _RELATIVE.search(words)
    if found is None:
        return False
    rest = words[: found.start()] + " " + words[found.end() :]
    return not _SELF.search(rest)


def _burmese(reading: str) -> bool:
    for my in _MY_BURMESE:
        for relative in _SCRIPT_RELATIVES:
            phrase = my + relative
            if phrase in reading:
                rest = reading.replace(phrase, " ", 1)
                return not any(word in rest for word in _SELF_BURMESE)
    return False


def _khmer(reading: str) -> bool:
    for relative in _KHMER_RELATIVES:
        phrase = relative + "ខ្ញុំ"
        if phrase in reading:
            rest = reading.replace(phrase, " ", 1)
            return not any(word in rest for word in _SELF_KHMER)
    return False


def about_relative(words: str) -> bool:
    """Whether `words` tell a relative's or a friend's problem, not the writer's."""
    if not someone_else.names_someone(words):
        return False
    if _latin(words):
        return True
    return any(
        _burmese(r.replace(" ", "")) or _khmer(r.replace(" ", "")) for r in script_readings(words)
    )


def told(_topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (a problem read), first the line that it is for the person written about."""
    if _topic not in WORK_TOPICS or not outcome.replies or SOS in outcome.replies[0].text:
        return outcome
    if not about_relative(words):
        return outcome
    _ = ctx.translator(state.language).gettext
    note = _(
        "For the person you wrote about: what they can do is below. A caseworker can help them "
        "too, if they agree: tap “{person}”."
    ).format(person=_("Talk to a person"))
    return with_note(note, outcome)
