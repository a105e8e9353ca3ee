"""Money taken from the pay: for the agency, the levy, the room, the work permit, "fines"
(exploratory round 18B). "boss fine me 500 baht for using phone, is it allowed" got "I
cannot help with that"; "boss take 200 ringgit every month for levy" Injury or illness
(0.77); "boss cut 1000 baht every month for work permit, and room 1500, and fine when late"
Unpaid wages with nothing on the cuts. Our sources say nothing on which deductions are
allowed in any country. So: Unpaid wages (where to complain, what to write down), first a
line that our sources do not say, what to keep, and a person. Read instead of no problem, or
of an answer these words are taken for without being sure (an injury, the work permit); with
Unpaid wages, Agency fees and debt or an agency problem read, the line comes first. Not
social security ("5% cut from my pay, what for?" is its answer), nor a fine alone (an
overstay fine is the visa answer's).

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored,
Burmese also as read in Zawgyi). Drafts for a native speaker at a partner organisation to
review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue.context import Context
from bot.dialogue.lexicon import holds, script_readings
from bot.dialogue.outcome import Outcome, with_note
from bot.values import UserState

WAGES = "unpaid_wages"
SURE = 0.95
# What these words are taken for: no problem of theirs ("take 200 ringgit ... for levy").
# Not social security: "5% cut from my pay, what for?" is its answer.
_MISREAD = frozenset({"injury_health", "visa_work_permit"})
# Answers the line goes before.
_WITH_LINE = frozenset({WAGES, "recruitment_fees", "agency_complaint"})

_LATIN = re.compile(
    r"\b(?:"
    r"(?:cut|cuts|cutting|deduct|deducts|deducted|deducting|minus|potong|takes?|took) "
    r"(?:from |off )?(?:my |our |the |his |her )?(?:salary|salaries|wage|wages|pay|gaji)|"
    r"(?:salary|wage|wages|pay|gaji) (?:cut|deduct|deducted|deduction|potong|kena potong)|"
    r"deduction|deductions|"
    r"(?:take|takes|took|cut|cuts|deduct|deducts) (?:the |some |my )?money "
    r"(?:from|out of) (?:my |our |the )?(?:salary|wage|wages|pay)|"
    r"(?:fine|fines|fined|fining) (?:me|us|him|her|them|\d)|"
    r"(?:cut|cuts|deduct|deducts|take|takes|took) \d[\d,.]* ?(?:k )?"
    r"(?:baht|bath|ringgit|rm|won|yen|dollars?|\$|sgd)?(?: every| each| a| per)? ?month|"
    r"(?:every|each) month for (?:the )?(?:levy|room|agency|agent|work permit|permit|visa)|"
    # an amount cut by the boss, or cut for the room (the lead's play, session 27: "my room is
    # too hot and small, boss cut 1000 baht for it" was not understood)
    r"(?:boss|employer|company|supervisor|factory|agent|agency) (?:\w+ )?(?:cut|cuts|deduct|"
    r"deducts|deducted) \d[\d,.]* ?(?:k )?(?:baht|bath|ringgit|rm|won|yen|dollars?|kyat)|"
    r"(?:cut|cuts|deduct|deducts|deducted) \d[\d,.]* ?(?:k )?(?:baht|bath|ringgit|rm|won|yen|"
    r"dollars?)? (?:\w+ )?for (?:the |my |our )?(?:room|rent|dorm|water|electric\w*|food|"
    r"levy|uniform)|"
    # romanised Burmese လစာဖြတ် (cut the pay); Khmer កាត់ប្រាក់ខែ / កាត់លុយខែ (cut the pay)
    r"la ta phyat|la char phyat|kat prak khe|kat luy khe|"
    # a day's pay cut for being late ("late 5 minute, company cut 1 day salary", 29B)
    r"(?:cut|cuts|deduct|deducts|take|takes|took) (?:\d+|one|two|half) (?:a )?days? "
    r"(?:salary|wage|wages|pay|gaji)"
    r")\b"
)
# Not a fine alone (ဒဏ်ငွေ, ពិន័យ): an overstay fine is the visa answer's.
_SCRIPT = (
    # Burmese: cut from the pay
    "လစာဖြတ်",
    # Khmer: cut the pay (two words for it)
    "កាត់ប្រាក់ខែ",
    "កាត់លុយខែ",
)
# A fine from the boss, or for being late (not a fine alone: an overstay fine is the visa
# answer's): Khmer ថៅកែពិន័យ (the boss fines), ពិន័យ ... យឺត (fined ... late); Burmese
# နောက်ကျ ... ဒဏ်ငွေ (late ... a fine) (round 29B: "ថៅកែពិន័យលុយ ពេលខ្ញុំមកយឺត" was not
# understood)
_SCRIPT_FINED = re.compile(r"ថៅកែ[^។]{0,10}ពិន័យ|ពិន័យ[^។]{0,30}យឺត|နောက်ကျ[^။]{0,30}ဒဏ်ငွေ")
# Burmese pay, then cut a few letters on ("လစာထဲက လတိုင်း ဖြတ်တယ်": cut from the pay
# every month)
_SCRIPT_CUT = re.compile(r"လစာ[^။]{0,30}ဖြတ်")


def says(words: str) -> bool:
    """Whether `words` say money is taken from the pay."""
    if holds(words, _LATIN, _SCRIPT):
        return True
    return any(
        _SCRIPT_CUT.search(reading) or _SCRIPT_FINED.search(reading)
        for reading in script_readings(words)
    )


def instead_of(topic: str | None, confidence: float, words: str) -> bool:
    """Whether Unpaid wages answers `words` instead of `topic`: the words say money is taken
    from the pay, and the NLU read no problem, or one they are taken for, not surely."""
    if topic is not None and (topic not in _MISREAD or confidence >= SURE):
        return False
    return says(words)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer to `topic`), first the line on what our sources do not say when
    the words say money is taken from the pay and the answer is about pay or fees."""
    if topic not in _WITH_LINE or not says(words):
        return outcome
    _ = ctx.translator(state.language).gettext
    note = _(
        "Money taken from your pay, for the agency, the levy, the room, papers or fines? Our "
        "sources do not say which deductions are allowed. Write down each amount and what it "
        "was for, and keep any pay slips. A person from a partner organisation can help: tap "
        "“{person}”."
    ).format(person=_("Talk to a person"))
    return with_note(note, outcome)
