"""Forced to work for scammers, and afraid of the police (exploratory round 16A, F2). People
who got out of a scam compound (Myawaddy, Sihanoukville, the Golden Triangle) asked "I was
forced to scam, will police arrest me in Thailand?", "လိမ်ခိုင်းလို့ လုပ်ခဲ့ရတယ် ရဲ ဖမ်းမလား"
(they made me scam, will the police arrest me?). The NLU reads an arrest, surely, and the
answer is for someone already held ("Stay calm. Do not sign..."): the question itself, will
I be treated as a criminal, went unanswered. Our sources say nothing on it (the Thai
Ministry of Labour warns of online scam gangs, 2025; nothing on how their workers are
treated). So, before the answer: that the sources do not say, and that a person from a
partner organisation can tell them what is safe. Nothing else changes.

Said with the arrest answer, or with complaint_fears' words on the police or immigration
coming ("police catch me?") under any answer. Latin phrases as whole words, Burmese and Khmer
ones inside the text (spaces ignored). Drafts for a native speaker at a partner organisation
to review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue import complaint_fears
from bot.dialogue.context import Context
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.values import UserState

_LATIN = re.compile(
    r"\b(?:"
    r"(?:forced|force|forcing|made|make|makes|making) (?:me |us |them )?(?:to )?"
    r"(?:do )?scam|"
    r"scam (?:company|compound|companies|building|work|job|center|centre|gang|boss)|"
    r"online scam|"
    # romanised Burmese (လိမ်ခိုင်း: made to cheat) and Khmer (ក្រុមហ៊ុនបោកប្រាស់: scam
    # company; បង្ខំ: forced)
    r"lein khaing|lain khaing|lain khine|kromhun bok|krom hun bok|bangkhom bok"
    r")\b"
)
_SCRIPT = (
    # Burmese: made to cheat; a scam company, gang; online scam
    "လိမ်ခိုင်း",
    "လိမ်လည်ရေးကုမ္ပဏီ",
    "လိမ်လည်ရေးအလုပ်",
    "လိမ်ဂိုဏ်း",
    "အွန်လိုင်းလိမ်",
    # Khmer: forced to cheat; a scam company; scam work
    "បង្ខំឲ្យខ្ញុំបោក",
    "បង្ខំអោយខ្ញុំបោក",
    "បង្ខំឲ្យបោក",
    "បង្ខំអោយបោក",
    "ក្រុមហ៊ុនបោកប្រាស់",
    "ការងារបោកប្រាស់",
)
ARREST = "arrest_detention"


def forced(words: str) -> bool:
    """Whether `words` say the writer was made to work for scammers."""
    return holds(words, _LATIN, _SCRIPT)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer to `topic`), first the line on what our sources do not say when
    the words say they were forced to scam and the answer or the words are about the police."""
    if not forced(words) or not (topic == ARREST or complaint_fears.afraid(words)):
        return outcome
    _ = ctx.translator(state.language).gettext
    note = _(
        "Were you forced to scam people? Our sources do not say whether the police treat you "
        "as a victim or arrest you. A person from a partner organisation can tell you what is "
        "safe for you: tap “{person}”."
    ).format(person=_("Talk to a person"))
    return with_note(note, outcome)
