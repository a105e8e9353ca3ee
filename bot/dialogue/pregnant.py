"""A worker who is pregnant (exploratory round 16B): "I am pregnant, will they send me
home?" (a domestic worker in Singapore) was not understood, with Going home and Arrest as
guesses, and "employer say abortion or go home" got Going home ("Ask for all wages ... before
you leave"); the Khmer "ខ្ញុំមានផ្ទៃពោះ ថៅកែនឹងបញ្ជូនខ្ញុំទៅផ្ទះទេ" (I am pregnant: will the
boss send me home?) got the arrest answer, "i pregnant, agent say must go back" in Malaysia
the work-injury answer with 999 first. The NLU has no intent for it.

Our sources say nothing about pregnant migrant workers in any country. So the reply says
that, and points to a person, with the emergency answer one tap away; nothing else is said.
Latin words as whole words, Burmese and Khmer inside the text; drafts for a native speaker at
a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote, hospital_fears
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.values import UserState

NAME = "pregnant"  # counted as a conversation (tally.py), never words
EMERGENCY = "emergency_help"

_LATIN = re.compile(
    r"\b(?:pregnant|pregnancy|pregnent|pregant|pragnant|prenant|abortion|abort|miscarriage|"
    # romanised Burmese: ကိုယ်ဝန် (pregnancy); romanised Khmer: មានផ្ទៃពោះ (pregnant),
    # រំលូតកូន (abortion)
    r"ko wun|kohwun|ko wan|kowun|kou wun|(?:baik|bike|bite|baick) (?:kyee|kyi|gyi|gyee) nay|"
    r"mean ptey poh|mean pteh poh|mean ptai pos|"
    r"pteh poh|ptey poh|rom lut kon|romlut kon|"
    # a birth to come (round 22B: "if i give birth in hospital will they call police?" got
    # the work-injury answer); not a baby already born (born_abroad.py)
    r"give birth|giving birth|deliver (?:my |the |a )?baby)\b"
)
_SCRIPT = (
    # Burmese: pregnancy, abortion (ကလေးဖျက်: lose / remove the child)
    "ကိုယ်ဝန်",
    "ကလေးဖျက်",
    # Burmese as it is said: ဗိုက်ကြီးနေ (big-bellied: pregnant), ဗိုက်ကြီးလာ (getting
    # big), ဗိုက်ရှိနေ (have a belly) (session 29: "ကျွန်မ ဗိုက်ကြီးနေတယ် အလုပ်ရှင်က
    # အလုပ်ထုတ်မယ်တဲ့", I am pregnant, the employer says he will dismiss me, got the
    # emergency steps); not ဗိုက်နာ (a stomach ache)
    "ဗိုက်ကြီးနေ",
    "ဗိုက်ကြီးလာ",
    "ဗိုက်ရှိနေ",
    # Khmer: pregnant (two ways), abortion (two spellings)
    "ផ្ទៃពោះ",
    "ពពោះ",
    "រំលូតកូន",
    "រំលូត",
    # Burmese: if (I) give birth to the child; Khmer: to give birth (22B)
    "ကလေးမွေးရင်",
    "သားဖွားရင်",
    "សម្រាលកូន",
)


# After the birth (round 27B): "i just give birth 2 weeks ago, boss say come back work
# tomorrow" got "Pregnant and worried ...?"; "after baby born no leave no salary. can i get
# maternity leave?" the line for a child born abroad (a birth certificate); "how many days
# maternity leave in thailand" was not understood. Not a baby born abroad alone ("my baby was
# born in thailand": born_abroad.py).
_AFTER = re.compile(
    r"\b(?:maternity|maternity leave|gave birth|given birth|just give birth|just delivered|"
    r"after (?:i |she )?give birth|after giving birth|after birth|after delivery|"
    r"after (?:the |my |her )?baby (?:is |was )?born|baby just born|leave for birth|"
    r"birth leave)\b"
)
_AFTER_SCRIPT = (
    "မီးဖွားခွင့်",  # maternity leave
    "မီးဖွားပြီး",  # after giving birth
    "ကလေးမွေးပြီး",  # after the child was born
    "លំហែមាតុភាព",  # maternity leave
    "សម្រាលកូនរួច",  # after giving birth
    "ទើបសម្រាលកូន",  # just gave birth
)


def after_birth(words: str) -> bool:
    """Whether `words` speak of a birth already given, or of leave for it."""
    return holds(words, _AFTER, _AFTER_SCRIPT)


def says(words: str) -> bool:
    """Whether `words` say the writer (or someone) is pregnant, or speak of an abortion, or of
    leave after giving birth."""
    return holds(words, _LATIN, _SCRIPT) or after_birth(words)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; a person; the emergency answer; the other problems the
    NLU read ("boss not pay 2 month salary"); the menu."""
    _ = ctx.translator(state.language).gettext
    text = _(
        "Pregnant and worried about your job, your visa or your health? Our sources have no "
        "checked information on pregnant workers: whether an employer can send you home, or "
        "who pays for care. A person from a partner organisation can help you: tap "
        "“{person}”. If you are in danger now, tap “{emergency}”."
    )
    if after_birth(event.text):
        text = _(
            "Just had a baby, and no leave, no pay, or told to come back to work? Our "
            "sources have no checked information on leave or pay after giving birth "
            "(maternity leave), in any country. A person from a partner organisation can "
            "help you: tap “{person}”. If you are in danger now, tap “{emergency}”."
        )
    # "will the boss send me home?" read as an arrest (the Khmer one): not offered as one.
    reply = also_wrote.person_first(text, (EMERGENCY,), event, state, ctx, ("arrest_detention",))
    # "if i give birth in hospital will they call police?" (22B): that fear first
    afraid = hospital_fears.afraid(event.text) and hospital_fears.at_hospital(event.text)
    return with_note(hospital_fears.line(state, ctx), reply) if afraid else reply
