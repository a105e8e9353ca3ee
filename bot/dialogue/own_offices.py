"""Cambodia's own offices and fees, asked about (exploratory round 41B): "call 1297 what they
do", "លេខ 1297 ជួយអ្វីខ្លះ" (1297, what do they help with?) and "how much passport cost in
Phnom Penh" got "Sorry, I did not understand"; "passport tlai ponman" and
"ធ្វើលិខិតឆ្លងដែនអស់ប៉ុន្មាន" (how much to make a passport) got Documents you need, which
names no fee.

Our reference says of 1297 only that it is the Ministry of Labour's hotline and Telegram group
"Job Search – MLVT", for job registration of returning workers (Aug 2025 news), dialled inside
Cambodia; whether it takes complaints was not found. Of a passport's cost or how long it takes
it says nothing. So the reply says what is known with its date, what is not, and offers a
person. Never a fee. Only with a question beside 1297 (what, who, help, do) or a question of
cost beside a passport; never with an agent, a broker, a boss or the police (their fee or a
passport kept is another answer: fee_asked.py, officials_money.py), never with an amount
("agent say passport 500 dollar ok?"). Drafts for a native speaker at a partner to review.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote, triage
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds, holds_script
from bot.dialogue.outcome import Outcome
from bot.values import UserState

LINE_1297 = "own_offices_1297"  # counted under these names (tally.py), never the words
PASSPORT_COST = "own_offices_passport_cost"

_1297 = re.compile(r"(?<!\d)(?:1297|១២៩៧)(?!\d)")
# "i paid 1297 baht": an amount, not the line
_MONEY = re.compile(
    r"(?:1297|១២៩៧)\s*(?:baht|bath|thb|dollar|dollars|usd|riel|riels|ringgit|rm|won|yen|\$|៛|ដុល្លារ|រៀល|បាត)"
    r"|(?:\$|usd|rm|thb)\s*1297",
    re.IGNORECASE,
)
_WHAT = re.compile(
    r"\b(?:what|wat|who|which|help|helps|do|does|for|is it|about|job|jobs|work|"
    r"ey|avey|ជួយ)\b"
)
# Khmer: what; help; who; is (what) it
_WHAT_SCRIPT = ("អ្វី", "ជួយ", "នរណា", "ជាអ្វី", "អី")
_PASSPORT = re.compile(
    r"\b(?:passport|passports|pasport|paspot|lekhet chlong den|likhet chlong den)\b"
)
# Khmer: passport
_PASSPORT_SCRIPT = ("លិខិតឆ្លងដែន", "ប៉ាស្ព័រ", "ប៉ាសស្ព័រ")
_COST = re.compile(
    r"\b(?:how much|how many (?:dollar|dollars|riel|money)|cost|costs|price|fee|fees|"
    r"tlai|thlai|ponman|ponmann|bonman|oh ponman|os ponman)\b"
)
# Khmer: how much; price; cost (spent)
_COST_SCRIPT = ("ប៉ុន្មាន", "តម្លៃ", "ថ្លៃ")
# Someone else's money or a passport kept: another answer
_OTHERS = re.compile(
    r"\b(?:agent|agents|agency|broker|brokers|boss|employer|police|officer|officers|"
    r"keep|kept|take|took|taken|lost|lose|fine|bribe|loan|debt|visa|company|total|bat)\b"
)
# Khmer: agent / broker; boss; police; lost; a company; a visa's fee; in all (the lead's read
# of round 41B: "ថ្លៃ passport ថ្លៃ visa ថ្លៃក្រុមហ៊ុន សរុបប៉ុន្មាន", the passport, visa and
# company fees in all, lost Agency fees' sourced fees; "bat passport oh luy ponman tver
# thmey", a lost passport, lost Lost documents)
_OTHERS_SCRIPT = ("ភ្នាក់ងារ", "មេខ្យល់", "ថៅកែ", "ប៉ូលិស", "បាត់", "ក្រុមហ៊ុន", "សរុប")
# Answers that already say what our sources hold on a passport (Documents you need: "First
# passport: where to apply and the fee, we could not find"; Lost documents; Passport taken;
# the embassy's): they stay, the reader only takes a question read as nothing or elsewhere
_ANSWERED = frozenset(
    {"documents_needed", "lost_documents", "documents_confiscated", "embassy_contact"}
)
_AMOUNT = re.compile(r"\d|[០-៩]")


def _low(words: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", words.lower().replace("'", "")).split())


def asks_1297(event: Text) -> bool:
    """Whether the message asks what 1297 is or does (not a call's cost: calling_line.py)."""
    words = event.text
    if not _1297.search(words) or triage.sure_emergency(event.nlu):
        return False
    if _MONEY.search(words):
        return False
    rest = _1297.sub(" ", words)
    if _AMOUNT.search(rest):
        return False  # "1297 baht", a date
    return bool(_WHAT.search(_low(rest))) or holds_script(rest, _WHAT_SCRIPT)


def asks_passport_cost(event: Text) -> bool:
    """Whether the message asks what a passport costs, with no one else's fee in it."""
    words = event.text
    if triage.sure_emergency(event.nlu) or _AMOUNT.search(words):
        return False
    if event.nlu is not None and event.nlu.topic in _ANSWERED:
        return False
    low = _low(words)
    if not (_PASSPORT.search(low) or holds_script(words, _PASSPORT_SCRIPT)):
        return False
    if holds(words, _OTHERS, _OTHERS_SCRIPT):
        return False
    return bool(_COST.search(low)) or holds_script(words, _COST_SCRIPT)


def reply_1297(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources say of 1297 (with the date), what they do not, a person."""
    _ = ctx.translator(state.language).gettext
    text = _(
        "1297 is the hotline of Cambodia's Ministry of Labour. News from August 2025 says it "
        "registers workers who come home and look for a job, with a Telegram group "
        "“Job Search – MLVT”. It is a short number: call it from inside Cambodia.\n\n"
        "Our sources do not say whether 1297 takes complaints, or what else it does. "
        "To ask a person: tap “{person}”."
    )
    return also_wrote.person_first(text, (), event, state, ctx)


def reply_passport_cost(event: Text, state: UserState, ctx: Context) -> Outcome:
    """That our sources do not say what a passport costs or how long it takes, a person."""
    _ = ctx.translator(state.language).gettext
    text = _(
        "Our sources do not say what a passport costs or how long it takes, so I cannot "
        "tell you a price. To ask a person who may know: tap “{person}”."
    )
    return also_wrote.person_first(text, (), event, state, ctx)
