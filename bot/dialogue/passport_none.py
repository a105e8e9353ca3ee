"""No passport (exploratory round 43A, left open by round 42C).

"No passport" said alone ("ပတ်စ်ပို့ မရှိဘူး", "i no have passport", "គ្មានលិខិតឆ្លងដែន", "passport
ma shi bu") got Passport taken, Lost documents or the embassy's answer: a person with no
passport has not necessarily had it taken. Now a short question (did someone take it, did you
lose it, or have you never had one?) with those three answers as buttons (Passport taken, Lost
documents, Documents you need) and a person. A message that says more ("no passport yet, can
I work", "boss keep my passport") is read as before.

No passport and sending money home ("no passport, how to send money home, bank say no"): not
"I cannot help with that" but what our sources hold (nothing checked on it) and a person, with
Passport taken and Lost documents a tap away.

Latin phrases as whole words, Burmese and Khmer inside the text (spaces ignored, Burmese also
as read in Zawgyi). Drafts for a native speaker at a partner organisation to review.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote, money_home, no_passport
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import entries, said_alone, script_readings
from bot.dialogue.outcome import Outcome
from bot.values import UserState

NAME = "no_passport_which"  # counted as a conversation (tally.py), never words
MONEY = "no_passport_money"
KEPT = "documents_confiscated"
LOST = "lost_documents"
DOCUMENTS = "documents_needed"

# "No passport" and its spellings, said alone
_NONE = entries(
    "no passport|no pasport|no passpot|no pass port|i no passport|i have no passport|"
    "i no have passport|i dont have passport|i don't have passport|i do not have passport|"
    "i dont have a passport|i do not have a passport|i have no a passport|no have passport|"
    "dont have passport|not have passport|passport no have|passport none|passport nothing|"
    "passport ma shi|passport ma shi bu|passport mashi bu|pat sa po ma shi bu|"
    "ot mean passport|kjom ot mean passport|khnhom ot mean passport|knhom ot mean passport|"
    "kmean passport|min mean passport|"
    # Burmese: I have no passport (three spellings), Khmer: I have no passport
    "ပတ်စ်ပို့မရှိဘူး|ပတ်စပို့မရှိဘူး|ပါစပို့မရှိဘူး|ပတ်စ်ပို့မရှိ|ပတ်စပို့မရှိ|ပါစပို့မရှိ|"
    "passportမရှိဘူး|passportမရှိ|"
    "គ្មានលិខិតឆ្លងដែន|អត់មានលិខិតឆ្លងដែន|មិនមានលិខិតឆ្លងដែន|អត់មានpassport|គ្មានpassport|"
    "អត់មានប៉ាស្ព័រ|ខ្ញុំគ្មានលិខិតឆ្លងដែន|ខ្ញុំអត់មានលិខិតឆ្លងដែនទេ|អត់មានលិខិតឆ្លងដែនទេ"
)
# Typed with a space between the word for passport and "have not" (round 43A's first run:
# "ပတ်စ်ပို့ မရှိဘူး" was not read)
_SPACED = entries(
    "|".join(
        f"{noun} {no}" for noun in ("ပတ်စ်ပို့", "ပတ်စပို့", "ပါစပို့", "passport") for no in ("မရှိ", "မရှိဘူး")
    )
    + "|"
    + "|".join(
        f"{no} {noun}"
        for no in ("គ្មាន", "អត់មាន", "មិនមាន")
        for noun in ("លិខិតឆ្លងដែន", "លិខិតឆ្លងដែនទេ", "passport", "ប៉ាស្ព័រ")
    )
)
_NONE = _NONE | _SPACED
_WITH = entries(
    "i|me|my|sir|bro|please|help|ok|so|"
    "ကျွန်တော်|ကျွန်မ|ကျနော်|ဘူး|ပါ|ဗျ|ရှင်|"
    "ខ្ញុំ|ទេ|បង|kjom|khnhom|knhom|te|bong"
)

# A bank or a shop that says no, without a passport
# (round 43A's first run: "which bank gives the best rate", "bank closed on sunday", "by bank
# or by agent" moved onto this line; only a bank that refuses now)
_BANK = re.compile(
    r"\bbank (?:say|said|says|tell me|told me) no\b|"
    r"\bbank (?:not|no|did not|didnt|does not|doesnt|won't|wont|will not|cannot|can't|cant) "
    r"(?:allow|accept|let|open|give|want)\b|\bbank (?:refuse|refused|refuses|reject|rejected)\b"
)


def none_alone(event: Text, state: UserState) -> bool:
    """Whether `event` only says the person has no passport (round 43A)."""
    if state.pending_topic:
        return False
    # Burmese also as read in Zawgyi ("ပတ္စ္ပို႔ မရွိဘူး")
    readings = (event.text, *script_readings(event.text)[1:])
    return any(said_alone(reading, _NONE, _WITH) for reading in readings)


def which(event: Text, state: UserState, ctx: Context) -> Outcome:
    """Taken, lost or never had one? The three answers as buttons, and a person."""
    text = ctx.translator(state.language).gettext(
        "You have no passport now? Did someone take it, did you lose it, or have you never "
        "had one? Tap what fits, or tap “{person}”."
    )
    return also_wrote.person_first(text, (KEPT, LOST, DOCUMENTS), event, state, ctx)


def money_without_passport(event: Text) -> bool:
    """Whether `event` asks about sending money home with no passport, or a bank that says
    no ("no passport, how to send money home, bank say no")."""
    if not money_home.instead(event):
        return False
    words = event.text
    return no_passport.none_named(words) or bool(_BANK.search(words.lower()))


def money_reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources hold (nothing checked), a person; Passport taken and Lost
    documents a tap away."""
    text = ctx.translator(state.language).gettext(
        "Sending money home without a passport, or a bank that says no: our sources have "
        "nothing checked on this. A person from a partner organisation may know what works "
        "where you are: tap “{person}”. If someone keeps your passport, or you lost it, "
        "tap below."
    )
    return also_wrote.person_first(text, (KEPT, LOST), event, state, ctx)
