""" "Who can I call?" (exploratory round 48A): typed alone, often right after the calling line
(calling_line.py) said what it does not know of a line, or after any answer. The NLU read it
as talk_to_person (0.93) and the request form opened ("Tell me what happened"), though the
person asked for numbers; "which number can i call" got "I cannot help with that", romanised
Burmese "bal ko phone set ya ma lae" (who do I phone?) the same, Khmer "trov tel tov na"
(where must I call?) "did not understand".

Now the answer that lists the lines our directory has for the place they are in, with
their hours and "not confirmed" marks (Where to complain, complaint_channels), and "Talk to
a person" one tap away under it. Nothing new is said: the numbers are the content's. Only
when the message is nothing but the question (with "I", "now", "please", "then", ...):
"who can I call, boss locked me" holds danger words and gets the emergency numbers first;
"who can I call at the embassy" and "can I call my boss" go on as before.
Drafts for Burmese and Khmer speakers at a partner organisation: the phrases below.
"""

from __future__ import annotations

import re

from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import plain_words, script_readings
from bot.dialogue.menu import answer
from bot.dialogue.outcome import Outcome
from bot.once import per_message
from bot.values import UserState

NAME = "who_to_call"  # counted as a conversation (tally.py), never the words
TOPIC = "complaint_channels"

# The whole message, in Latin letters (plain words: lower case, no punctuation)
_LATIN = re.compile(
    r"^(?:(?:so|then|ok|okay|and|but|now|please|pls|plz|sir|madam|bro|sis) )*"
    r"(?:"
    r"(?:who|whom|where|which (?:number|numbers|line|hotline|one)|what (?:number|numbers|line|"
    r"hotline)) (?:can|should|do|must|could|shall) (?:i|we) (?:call|phone|ring|contact)"
    r"(?: to)?|"
    r"(?:who|which number|what number|what hotline|which hotline) to (?:call|phone|ring)|"
    r"(?:any|give me (?:a |the )?)?(?:number|numbers|phone number|hotline) (?:to|i can) "
    r"(?:call|phone|ring)|"
    # romanised Burmese: who (do I) phone? (ba/bal/bae/bel + ko/go + phone set/sat)
    r"(?:ba|bal|bae|bel|bar|bal thu|ba thu|bae thu)\s*(?:ko|go|kou) phone (?:set|sat|sett)"
    r"(?: ya)?(?: (?:ma|mha|mhar))?(?: (?:lae|le|lel|lay))?|"
    # romanised Khmer: must call where / to whom? (trov/trauv, tel/tê/call/kol, tov/tow, na/
    # neak na)
    r"(?:(?:khnhom|knhom|khnom) )?(?:trov|trauv|tov|trv) (?:tel|te|call|kol|khol|tworks) "
    r"(?:tov|tow|to) (?:na|neak na|nak na|kanlaeng na)"
    r")(?: (?:now|then|please|pls|plz|sir|bro|sis|for help|for this|about this|here|"
    r"in thailand|in malaysia))*$"
)
# The same in Burmese and Khmer script (spaces ignored, Burmese also as read in Zawgyi):
# Burmese: who (whom) to phone; where to phone; which number to phone. Khmer: call (ខល,
# តេ, ទូរស័ព្ទ) to where / to whom.
_SCRIPT = (
    "ဘယ်သူ့ကိုဖုန်းဆက်ရမလဲ",
    "ဘယ်သူ့ဆီဖုန်းဆက်ရမလဲ",
    "ဘယ်ကိုဖုန်းဆက်ရမလဲ",
    "ဘယ်နံပါတ်ကိုဖုန်းဆက်ရမလဲ",
    "ဘယ်နံပါတ်ဆက်ရမလဲ",
    # whom / where to contact (round 49C, on Telegram: "did not understand")
    "ဘယ်သူ့ကိုဆက်သွယ်ရမလဲ",
    "ဘယ်သူ့ဆီဆက်သွယ်ရမလဲ",
    "ဘယ်ကိုဆက်သွယ်ရမလဲ",
    "ខលទៅណា",
    "ខលទៅអ្នកណា",
    "តេទៅណា",
    "តេទៅអ្នកណា",
    "ទូរស័ព្ទទៅណា",
    "ទូរស័ព្ទទៅអ្នកណា",
    "ហៅទៅណា",
    # call to whom (round 49C: the NLU took it as "talk to a person" and began the form)
    "ហៅទៅអ្នកណា",
)
# What may stand beside the script question
_SCRIPT_FILLER = (
    "ကျွန်တော်",
    "ကျွန်မ",
    "အခု",
    "ဆိုရင်",
    "ဒါဆို",
    "ပါ",
    "ခင်ဗျ",
    "ရှင်",
    "ខ្ញុំ",
    "ត្រូវ",
    "អាច",
    "ចឹង",
    "អញ្ចឹង",
    "ឥឡូវ",
    "បាន",
    "ទេ",
    "បង",
    "?",
    "？",
    "။",
    "៕",
)


@per_message
def says(words: str) -> bool:
    """Whether `words` are nothing but "who can I call?" in one of its forms."""
    if not words.strip() or len(words) > 80:
        return False
    for reading in (words, *script_readings(words)):
        plain = " ".join(plain_words(reading).replace("'", "").split())
        if _LATIN.match(plain):
            return True
        unspaced = reading.replace(" ", "").replace("\u200b", "")
        for phrase in _SCRIPT:
            if phrase in unspaced:
                rest = unspaced.replace(phrase, "")
                for filler in sorted(_SCRIPT_FILLER, key=len, reverse=True):
                    rest = rest.replace(filler, "")
                if not rest.strip():
                    return True
    return False


def instead(event: Text) -> bool:
    return says(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """The lines the directory has for where they are (Where to complain), a person a tap
    away (that answer's own button). Read in flows._read after follow_up.asks_about_it:
    right after a topic's answer, "who should I call?" is about that answer ("it is just
    above"), as before; after the calling line, which is no topic, it is read here."""
    return answer(TOPIC, state, ctx, event.text)
