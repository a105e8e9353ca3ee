"""An agent's fee asked about (exploratory round 24C): "The agent wants 20000 baht to get me
a job. Is that normal?" got Agency fees and debt in English (the official fees we know of,
"ask what is official, get a receipt"), but the same question in Burmese or Khmer script,
ပွဲစားက ... ဘတ် ၂၀၀၀၀ တောင်းတယ် ပုံမှန်လား, ភ្នាក់ងារសុំលុយ ២០០០០ បាត ... ត្រឹមត្រូវទេ, got
Agency or broker problem, and "phneak ngea som luy 20000 bat, trem trov te?" was not
understood: the fees one tap or one choice away, for them only.

An agent or broker, an amount, and a question whether it is normal, fair or too much ask
what the fees answer says: Agency fees and debt, the agency problem one tap away. Only in
place of the agency problem or of no reading at all. Latin phrases as whole words; Burmese
and Khmer ones inside the text (spaces ignored, Burmese also as read in Zawgyi). Drafts for
a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue.lexicon import holds, readings

FEES = "recruitment_fees"  # Agency fees and debt
AGENCY = "agency_complaint"  # Agency or broker problem: one tap away
_READ_AS = (None, AGENCY)

_AGENT = re.compile(
    r"\b(?:agent|agents|agency|broker|brokers|middleman|pwe sar|pwesar|pwe zar|"
    r"phneak ngea|pneak ngea|neak rok kar|me khyal|mekhyal)\b"
)
# ပွဲစား (broker), အေဂျင်စီ (agency); ភ្នាក់ងារ (agent), មេខ្យល់ (broker)
_AGENT_SCRIPT = ("ပွဲစား", "အေဂျင်စီ", "ភ្នាក់ងារ", "មេខ្យល់")
# An amount of money: a number of three digits or more, or a number with its currency ("2
# month" is no amount).
_DIGIT = "[0-9\u1040-\u1049\u17e0-\u17e9]"
_CURRENCY = (
    r"(?:baht|bat|kyat|ks|usd|dollars?|ringgit|rm|won|yen|lakhs?|thein|thain|riel|\$|"
    r"သိန်း|ကျပ်|ဘတ်|ဒေါ်လာ|ដុល្លារ|បាត|រៀល)"
)
_AMOUNT = re.compile(
    rf"{_DIGIT}[0-9\u1040-\u1049\u17e0-\u17e9,.]{{2,}}|{_DIGIT}+\s*{_CURRENCY}|{_CURRENCY}\s*{_DIGIT}",
    re.IGNORECASE,
)
# Is it normal? ok? too much? Burmese ပုံမှန်လား (normal?), များလား (too much?), ဈေးကြီးလား
# (expensive?); Khmer ធម្មតាទេ (normal?), ត្រឹមត្រូវទេ (right?), ថ្លៃពេក / ច្រើនពេក (too much);
# romanised.
_ASKED = re.compile(
    r"\b(?:is (?:that |it |this )?(?:normal|ok|okay|fair|legal|too much|right)|normal\s*\?|"
    r"ok\s*\?|okay\s*\?|too much|too expensive|too high|how much is normal|right price|"
    r"pone man lar|pon man lar|myar lar|trem trov te|trim trov te|thoammada te|thomada te|"
    r"thlai pek|chraen pek|chran pek)"
)
_ASKED_SCRIPT = (
    "ပုံမှန်လား",
    "များလား",
    "ဈေးကြီးလား",
    "ធម្មតាទេ",
    "ត្រឹមត្រូវទេ",
    "ថ្លៃពេក",
    "ច្រើនពេក",
)


def asks(words: str) -> bool:
    """Whether `words` ask whether an agent's amount is normal, fair or too much."""
    return (
        any(_AMOUNT.search(reading) for reading in readings(words))
        and holds(words, _AGENT, _AGENT_SCRIPT)
        and holds(words, _ASKED, _ASKED_SCRIPT)
    )


def instead_of(topic: str | None, words: str) -> bool:
    """Whether Agency fees and debt answers `words` instead of the NLU's reading."""
    return topic in _READ_AS and asks(words)
