"""A language named as something to learn or pass, not the bot's language (round 13B).

"japan language test lo lar" (romanised Burmese: is a Japanese language test needed?) was
read as a language change at 0.86, and a villager asking about the test before going to
Japan was shown "Choose a language." Such a reading, with a word of learning or testing,
is not taken as a switch: the person gets the guesses and a person instead (flows._read).
The words are drafts for partners to extend.
"""

from __future__ import annotations

import re

# English and romanised words of learning and testing ("test", "exam", "class", TOPIK,
# JLPT, N4; Khmer "rien" learn, "prolong" exam; Burmese "sar mayt pwe" exam); in Burmese
# script စာမေးပွဲ (exam), သင်တန်း (course), သင်ယူ / လေ့လာ (learn, study); in Khmer script
# ប្រឡង (exam), រៀន (learn), វគ្គ (course), សាលា (school).
_LATIN = re.compile(
    r"\b(?:test|tests|exam|exams|examination|class|classes|course|courses|school|learn|"
    r"learning|study|studying|topik|jlpt|nihongo|n[1-5]|rien|prolong|"
    r"sar\s*mayt\s*pwe|sar\s*me\s*pwe)\b"
)
_SCRIPT = ("စာမေးပွဲ", "သင်တန်း", "သင်ယူ", "လေ့လာ", "ប្រឡង", "រៀន", "វគ្គ", "សាលា")


def to_learn(text: str) -> bool:
    """Whether `text` speaks of learning or testing a language, not of the bot's."""
    lowered = text.lower()
    return bool(_LATIN.search(lowered)) or any(word in text for word in _SCRIPT)
