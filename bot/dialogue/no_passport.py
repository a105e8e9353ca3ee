"""No passport yet, wanting to go (session 27, the lead's play): "i want to go thailand but i
have no passport", "ကျွန်တော် ထိုင်းသွားချင်တယ် ပတ်စပို့ မရှိဘူး" and romanised Khmer "kjom
chong tov thai tae ot mean passport" got Passport taken ("Your employer or broker keeps your
passport?"), Lost documents or the embassy's answer: the answers for a worker abroad whose
passport was kept or lost, not for someone at home who has none yet.

Words that say the person has no passport and wants to go, or to work, abroad, with nothing of
a passport kept, lost, stolen or run out, and nothing of going back: Documents you need (a
passport, the worker card, the visa and permit, "check with a person before you pay anyone"),
the NLU's reading one tap away. Only in place of Passport taken, Lost documents, the embassy's
answer or no reading; never of an emergency, an arrest or another problem. Going home without
a passport ("lay lar pyi ko pyan chin tal, passport ma shi bu") is not this: its answers stay.
Burmese and Khmer as the lexicon reads them (spaces ignored, Burmese also as read in Zawgyi).
Drafts for a native speaker at a partner organisation to extend.
"""

from __future__ import annotations

import re

from bot.dialogue import going_to, hospital_fears, papers_words
from bot.dialogue.lexicon import holds
from bot.once import per_message

DOCUMENTS = "documents_needed"
INJURY = "injury_health"
LEGAL = "legal_channels"  # Going abroad legally, one tap away
_READ_AS = frozenset({None, papers_words.KEPT, "lost_documents", papers_words.EMBASSY})

# Having none: "no passport", "don't have (a) passport", "without passport", "not yet have
# passport"; romanised Burmese "passport ma shi (bu)" (have no passport); romanised Khmer "ot
# mean passport", "kmean passport", "min mean passport" (have no passport).
_NONE = re.compile(
    r"\b(?:no|without|dont have|do not have|not have|didnt have|did not have|havent got|"
    r"have not got|havent|have not|never had|never have|not yet have|no have|not got|"
    r"ot mean|ot mien|ot man|kmean|kmien|kmeen|min mean|min mien|mun mean)"
    r" (?:a |any |my |the )?(?:passport|pass port|pasport|passpot)s?\b|"
    r"\b(?:passport|pass port|pasport|passpot) (?:ma shi|mashi|m shi|ma shi bu|ma hti|"
    r"not have|no have|none|nothing|yet no|not yet)\b"
)
# Burmese: passport (three spellings) with "not have" (မရှိ); Khmer: no passport (អត់មាន,
# គ្មាន, មិនមាន + លិខិតឆ្លងដែន or "passport" typed in Latin letters)
_NONE_SCRIPT = (
    "ပတ်စပို့မရှိ",
    "ပါစပို့မရှိ",
    "ပတ်စ်ပို့မရှိ",
    "passportမရှိ",
    "អត់មានលិខិតឆ្លងដែន",
    "គ្មានលិខិតឆ្លងដែន",
    "មិនមានលិខិតឆ្លងដែន",
    "អត់មានpassport",
    "គ្មានpassport",
    "អត់មានប៉ាស្ព័រ",
)
# Wanting or asking to go, or to work abroad, without a country named (going_to.says needs
# one): "want to go", "how to go", "can i work in ...", "go abroad", "go work"; romanised
# Khmer "chong tov" (want to go), "tov thai" (go to Thailand), Burmese "thwar chin" (want to
# go); Burmese သွားချင် (want to go), အလုပ်သွားလုပ် (go to work), နိုင်ငံခြား (abroad); Khmer
# ចង់ទៅ (want to go), ទៅធ្វើការ (go to work), ក្រៅប្រទេស (abroad).
_GOING = re.compile(
    r"\b(?:want|wanna|plan|planning|hope|like) (?:to )?(?:go|work|travel)|"
    r"(?:how|can i|can we|could i|may i) (?:still |also |already )?(?:to )?(?:go|work|travel)|"
    r"go (?:abroad|overseas|work|to work)|work (?:abroad|overseas)|"
    r"chong tov|chong dtov|chang tov|tov thai|tov korea|tov malay\w*|tov japan|"
    r"thwar chin|thwa chin|thwarr chin|alote thwar"
)
_GOING_SCRIPT = ("သွားချင်", "အလုပ်သွားလုပ်", "နိုင်ငံခြား", "ចង់ទៅ", "ទៅធ្វើការ", "ក្រៅប្រទេស")
# Once had: lost, stolen, run out, broken, kept, taken (then Lost documents, the embassy's
# answer or Passport taken speak to it); Burmese ပျောက် (lost), သက်တမ်းကုန် (expired); Khmer
# បាត់ (lost), ផុតកំណត់ (expired).
_HAD = re.compile(
    r"\b(?:lost|lose|losing|missing|stolen|stole|steal|expired?|expiring|broken|burned|burnt|"
    r"keep|keeps|kept|keeping|took|take|taken|hold|holds|confiscated?|anymore|any more)\b"
)
_HAD_SCRIPT = ("ပျောက်", "သက်တမ်းကုန်", "បាត់", "ផុតកំណត់")


@per_message
def none_named(words: str) -> bool:
    """Whether `words` say there is no passport (a lack named, whatever else is said)."""
    return holds(words, _NONE, _NONE_SCRIPT)


def says(words: str) -> bool:
    """Whether `words` say the person has no passport yet and wants to go or work abroad."""
    if not holds(words, _NONE, _NONE_SCRIPT):
        return False
    if not (going_to.says(words) or holds(words, _GOING, _GOING_SCRIPT)):
        return False
    if going_to.back_or_home(words) or papers_words.kept(words):
        return False
    return not holds(words, _HAD, _HAD_SCRIPT)


def instead_of(topic: str | None, words: str) -> bool:
    """Whether Documents you need answers `words` in place of the NLU's `topic`: also of
    Injury or illness when no one is hurt or sick and no hospital is named ("I have no
    passport yet, can I still work", round 42C)."""
    if topic == INJURY:
        care = hospital_fears.ill(words) or hospital_fears.at_hospital(words)
        return not care and says(words)
    return topic in _READ_AS and says(words)
