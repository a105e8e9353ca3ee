"""A typed "yes" or "no" where the bot asked a yes/no question with buttons.

People on cheap phones often type instead of tapping. Only a whole message that is nothing
but a plain yes or no is read (never a word inside a longer text: "no pay 3 months" is not
"no"), in English, Burmese and Khmer, in their scripts and in Latin letters. The Burmese and
Khmer words (and their romanised spellings) await native review, like the danger keywords.
"""

from __future__ import annotations

import re

YES = frozenset(
    {
        # English
        "yes", "y", "yeah", "yep", "yes please", "yess",
        # Burmese
        "ဟုတ်", "ဟုတ်ကဲ့", "ဟုတ်တယ်", "ဟုတ်ပါတယ်", "ဟုတ်ကဲ့ပါ",
        "hote", "hoke", "houk", "hote kae", "hoke kae", "houk kae", "hote ke", "hoke ke",
        # Khmer
        "បាទ", "ចាស", "ចាស់", "បាទ ចាស",
        "bat", "baat", "chas", "jas", "cha",
    }
)  # fmt: skip
NO = frozenset(
    {
        # English
        "no", "n", "nope", "no thanks", "no thank you",
        # Burmese
        "မဟုတ်ဘူး", "မဟုတ်", "ဟင့်အင်း", "မဟုတ်ပါဘူး",
        "ma hote bu", "mahote bu", "ma hoke bu", "mahoke bu", "ma hote buu",
        # Khmer
        "ទេ", "អត់ទេ", "អត់", "ទេ បាទ", "ទេ ចាស",
        "te", "ot te", "ort te", "ot", "ort",
    }
)  # fmt: skip
URGENT_YES = frozenset({"urgent", "yes urgent", "very urgent", "အရေးပေါ်", "បន្ទាន់"})
URGENT_NO = frozenset({"not urgent", "no urgent", "မအရေးပေါ်ဘူး", "មិនបន្ទាន់"})

_PUNCTUATION = re.compile(r"[\s.,!?;:'\"()\-_/။၊។៕]+")


def folded(text: str) -> str:
    """Lower case, punctuation and repeated spaces gone: 'Yes!!' and 'yes' read alike."""
    return " ".join(_PUNCTUATION.sub(" ", text.casefold()).split())


def yes_or_no(text: str, urgency: bool = False) -> bool | None:
    """True for a plain yes, False for a plain no, None for anything else. `urgency`: the
    question was "Is it urgent?", so "urgent" and "not urgent" are answers too."""
    words = folded(text)
    if words in YES or (urgency and words in URGENT_YES):
        return True
    if words in NO or (urgency and words in URGENT_NO):
        return False
    return None
