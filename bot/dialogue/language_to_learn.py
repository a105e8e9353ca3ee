"""A language change the NLU reads where the words ask for none (`not_a_switch`).

A language named as something to learn or pass, not the bot's language (round 13B): "japan
language test lo lar" (romanised Burmese: is a Japanese language test needed?) was read as a
language change at 0.86, and a villager asking about the test before going to Japan was
shown "Choose a language."

No language named at all: "sa lo ma pay buu" (romanised Burmese: the salary is not paid,
round 13A) was read as a language change at 0.88 ("sa", "lo" are in "myanmar sa", "myanmar
lo"), and a worker whose wages were not paid got "Choose a language." Every language change
in the training, development and held-out sets names a language or the word for one
(English, မြန်မာ, ខ្មែរ, "language", ဘာသာ, ភាសា, "font"...), and on the development set the
NLU reads no language change in words that name none.

Such a reading is not taken as a switch: the person gets the guesses (for "sa lo ma pay
buu": Unpaid wages) and a person instead (flows._read). The words are drafts for partners
to extend.
"""

from __future__ import annotations

import re

from bot.dialogue.lexicon import script_readings

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


# The languages people ask for, and the words for a language, its letters or its font:
# English; Myanmar's and Cambodia's languages and their neighbours'; romanised ("anglay",
# English in romanised Khmer; "bar thar", "phasa": language). In Burmese and Khmer script
# matched inside the text (no spaces between words): အင်္ဂလိပ် (English), မြန်မာ, ဗမာ
# (Burmese), ရှမ်း, ကရင်, မွန်, ကချင်, ရခိုင်, ချင်း (Shan, Karen, Mon, Kachin, Rakhine,
# Chin: not "chin" in Latin letters, romanised Burmese for "want"), ထိုင်း (Thai), ခမာ
# (Khmer), ဘာသာ (language), စာလုံး (letters), ဇော်ဂျီ (Zawgyi); អង់គ្លេស (English),
# ខ្មែរ (Khmer), ភូមា, មីយ៉ាន់ម៉ា (Burmese), ថៃ (Thai), ភាសា (language), អក្សរ (letters).
_LANGUAGE_LATIN = re.compile(
    r"\b(?:english|eng|inglish|anglay|angle|myanmar|burmese|burma|bamar|myanma|khmer|khmae|"
    r"khmai|cambodian|cambodia|thai|shan|karen|mon|kachin|rakhine|korean|chinese|malay|"
    r"japanese|language|languages|lang|font|fonts|unicode|zawgyi|phasa|pheasa|bhasa|"
    r"bar\s*thar|bar\s*tha|sa\s*kar|letters?|script|translate|translation)\b"
)
_LANGUAGE_SCRIPT = (
    "အင်္ဂလိပ်", "မြန်မာ", "ဗမာ", "ရှမ်း", "ကရင်", "မွန်", "ကချင်", "ရခိုင်", "ချင်း", "ထိုင်း",
    "ခမာ", "ဘာသာ", "စာလုံး", "ဇော်ဂျီ", "អង់គ្លេស", "ខ្មែរ", "ភូមា", "មីយ៉ាន់ម៉ា",
    "ថៃ", "ភាសា", "អក្សរ",
)  # fmt: skip


def names_a_language(text: str) -> bool:
    """Whether `text` names a language, or the word for one (in Zawgyi too)."""
    if _LANGUAGE_LATIN.search(text.lower()):
        return True
    return any(word in reading for reading in script_readings(text) for word in _LANGUAGE_SCRIPT)


def not_a_switch(text: str) -> bool:
    """Whether a language change read in `text` is none: a language to learn or pass, or no
    language named at all."""
    return to_learn(text) or not names_a_language(text)
