"""Money asked to let someone go (exploratory round 16A, F3). Families of people held in scam
compounds wrote "my son in cambodia scam company, they ask 3000 dollar to let him go",
"គេទារលុយ 3000 ដុល្លារ ទើបដោះលែងគាត់" (they demand 3000 dollars to release him), and people
inside "company say i must pay 5000 usd to let me go home". The NLU read the fake jobs
answer, an agency problem ("keep receipts") or Agency fees ("ask the agency for the full
cost in writing"): nothing on what was asked. Our sources say nothing on paying to free
someone. So, before the answer: that the sources do not say whether paying frees them, and
to talk to a person before paying. Nothing else changes.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored). Drafts
for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue.context import Context
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.values import Reply, UserState

_LATIN = re.compile(
    r"\b(?:"
    r"ransom|"
    # money ... to let him go, to release her, to free my son; "to let me go home"
    r"(?:pay|paid|money|dollars?|usd|baht|\$|\d) [\w\s$]{0,30}?"
    r"(?:to|for|then|before) (?:they )?(?:let|release|free|letting|releasing) "
    r"(?:him|her|me|us|them|my \w+)|"
    r"(?:buy|pay) (?:him|her|me|us|them|my \w+) (?:out|back|free)|"
    r"(?:for|to pay) (?:his|her|my|their|our) (?:release|freedom)|"
    # money asked with a threat: "they want 5000 dollar or they sell him"
    r"(?:want|wants|ask|asks|asking|demand|demands) (?:\$?\d[\d,.]*\s?k?|money)"
    r"[\w\s$]{0,20}? or (?:else )?(?:they |he |she )?(?:will )?"
    r"(?:sell|kill|hurt|beat|harm) (?:him|her|me|us|them|my \w+)|"
    # or else no release: "broker say need pay 20000 baht more or he not release him"
    # (round 21B: got the note on an employer's release letter)
    r"(?:pay|money|dollars?|usd|baht|\$|\d) [\w\s$]{0,30}? or (?:else )?"
    r"(?:they |he |she )?(?:will |would )?(?:not|no|never|won't|wont|dont|don't) "
    r"(?:let|release|free) (?:him|her|me|us|them|my \w+)|"
    # money asked, or else a threat or no coming back, with other words between (round 23A:
    # "agent say pay 3000 or they sell my daughter", "they want 2000 dollar or my brother stay
    # in the compound" got no line on paying)
    r"(?:pay|money|dollars?|usd|baht|\$|\d+) [\w\s$]{0,30}? or (?:else )?"
    r"(?:they |he |she )?(?:will |would )?(?:sell|kill|hurt|beat|harm) "
    r"(?:him|her|me|us|them|my \w+)|"
    r"(?:pay|money|dollars?|usd|baht|\$|\d+) [\w\s$]{0,30}? or (?:else )?"
    r"(?:him|her|my \w+) (?:will )?(?:stay|stays|remain|remains) "
    r"(?:in (?:the )?(?:compound|company|camp|casino|building)|there|with them)|"
    # romanised Khmer (លុយលោះ: ransom money; ដោះលែង: release)
    r"luy los|luy loh|doh leng|dos leng"
    r")\b"
)
_SCRIPT = (
    # Burmese: to release (him) back; to release; ransom money; to buy back
    "ပြန်လွှတ်ဖို့",
    "လွှတ်ပေးဖို့",
    "ပြန်လွှတ်ပေးဖို့",
    "ရွေးငွေ",
    "ပြန်ရွေး",
    # Khmer: ransom money; to ransom; release (him, her, me); (money) only then let him come
    # back
    "លុយលោះ",
    "ប្រាក់លោះ",
    "លោះខ្លួន",
    "ដោះលែង",
    "ទើបឲ្យគាត់មកវិញ",
    "ទើបអោយគាត់មកវិញ",
)


# "should i pay them?", "can I pay?", "pay or not?": right after the answer to someone writing
# for another person (a son held, a ransom asked), not a question on agency fees.
_PAY_ASKED = re.compile(
    r"^\W*(?:(?:should|can|must|do|shall) (?:i|we) (?:just )?pay(?: (?:them|him|her|it|money|"
    r"the money))?|(?:i|we) pay or not|pay or not|if (?:i|we) pay(?: (?:them|him|her))?,? "
    r"(?:they|he|she) (?:will )?(?:let|release|free) (?:him|her|them|my \w+)(?: go)?)\W*$"
)
NAME = "ransom"  # counted as a conversation under this name (tally.py), never the words


def asked(words: str) -> bool:
    """Whether `words` say money is asked to let someone go."""
    return holds(words, _LATIN, _SCRIPT)


def pay_asked(words: str) -> bool:
    """Whether `words` only ask whether to pay ("should i pay them?")."""
    return bool(_PAY_ASKED.match(words.lower().replace("'", "").strip()))


def told(_topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (an answer), first the line on what our sources do not say when the words
    say money is asked to let someone go."""
    return with_note(_line(state, ctx), outcome) if asked(words) else outcome


def before_paying(state: UserState, ctx: Context) -> Outcome:
    """ "should i pay them?" right after the answer for someone else: what our sources do not
    say, and a person (the someone-else answer with its buttons is just above)."""
    tr = ctx.translator(state.language)
    return Outcome((Reply(_line(state, ctx), (footer(tr),)),), state.with_(misses=0))


def _line(state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    return _(
        "Are they asking for money to let someone go? Our sources do not say whether paying "
        "frees them. Before you pay, talk to a person from a partner organisation: tap "
        "“{person}”."
    ).format(person=_("Talk to a person"))
