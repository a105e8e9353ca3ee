"""Money lost to gambling, a gambling debt that brings threats, and a prize that asks for
money first (exploratory round 37A).

Before: "husband lose all money gambling", "card game in the dorm every night, I lose
everything", "I lost 20000 baht on online gambling website", the Burmese, Zawgyi, Khmer and
romanised "my husband gambled and lost all the money" got "I cannot help with that" or "I do
not understand"; "online casino took my salary" Fake jobs; "I owe gambling boss 30000 baht,
he say he will cut my finger" the reply on a debt for the journey, and its Khmer the answer on
a kept passport; "message say I win iPhone, pay 500 baht for delivery" "I cannot help with
that", its Burmese the agency complaint and its Khmer unpaid wages.

Now: a threat over a gambling debt is an emergency (Emergency help first, with its numbers);
a prize that asks for money first is a warning sign of a scam (job_scams_trafficking.yml:
"They want money first"): do not pay; money lost is said honestly: our sources say nothing
on getting it back or on gambling debts, a person can listen and help. No lecture, no word
on the law (the reference has nothing on gambling).

Read: a gambling word (gambling, casino, online slot, betting; Burmese လောင်းကစား,
ကာစီနို; Khmer ល្បែង, កាស៊ីណូ, ភ្នាល់; romanised "laung ka zar", "lbaeng"), or cards or the
lottery with money lost or a cheat; not with a job in it ("job offer at a casino" stays the
fake-jobs answer), nor "play cards for fun", nor "lucky number for lottery". A prize: a prize,
a lucky draw, "you win a car/iPhone" (not "congratulations" alone) together with paying (a
fee, tax, delivery, a transfer). Latin as whole words, Burmese and Khmer inside the text
(spaces ignored, Burmese also as read in Zawgyi). Drafts for a native speaker to review.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, after_numbers
from bot.nlu.result import DEFAULT_THRESHOLD
from bot.once import per_message
from bot.values import UserState

NAME = "gambling"  # counted as a conversation (tally.py), never words
EMERGENCY = "emergency_help"

_GAMBLING = re.compile(
    r"\b(?:gamble|gambles|gambled|gambling|gambler|casino|casinos|online slots?|slot machines?|"
    r"slot games?|betting|football bets?|baccarat|laung ka zar|laungkazar|lbaeng si sang)\b"
)
# Burmese: gambling, casino; Khmer: gambling (ល្បែងស៊ីសង), casino, bet
_GAMBLING_SCRIPT = ("လောင်းကစား", "ကာစီနို", "ល្បែងស៊ីសង", "កាស៊ីណូ", "ភ្នាល់")
# cards, the lottery and Khmer ល្បែង alone (a game: "ចូលឆ្នាំខ្មែរនេះ លេងល្បែងអីសប្បាយ",
# which games are fun this New Year, got the line; the lead's read of round 37A) are
# gambling only with money lost, a debt or a cheat in the message
_GAME = re.compile(r"\b(?:card games?|play(?:ing)? cards|lottery|lotto|lbaeng|leng lbaeng)\b")
_GAME_SCRIPT = ("ဖဲရိုက်", "ល្បែង")
_LOST = re.compile(
    r"\b(?:lose|loses|lost|losing|cheat|cheated|cheats|owe|owes|debt|debts|took|take all|"
    r"os luy|oh luy|as luy|chanh|chhnah|jompeak|chompeak|bomnol|shone|shoon)\b"
)
_LOST_SCRIPT = ("ရှုံး", "အကြွေး", "ចាញ់", "ជំពាក់", "អស់លុយ", "បំណុល")
# a job at a casino is the fake-jobs answer's, in English and as people type Burmese and
# Khmer ("ke chuonh tov kar ngea casino pit te": they invite me to work at a casino, true?
# got the line; the lead's read of round 37A)
_JOB = re.compile(
    r"\b(?:job|jobs|recruit\w*|hiring|offer|vacancy|apply|work (?:at|in|for) (?:a |the |an )?"
    r"(?:online )?casino|casino (?:work|staff)|high (?:salary|pay)|(?:salary|pay) high|"
    r"invite\w*|kar ngea|kar ngear|karngea|twer ka|thvoe kar|tver ka|a lote|alote|"
    r"a lote lote|lote pho)\b"
)
# Burmese: a job offered, to work, a good salary; Khmer: a job, go to work, a high salary
_JOB_SCRIPT = ("အလုပ်ခေါ်", "အလုပ်လုပ်ဖို့", "လစာကောင်း", "ការងារ", "ទៅធ្វើការ", "ប្រាក់ខែខ្ពស់")
# Held or made to work at a casino, or tricked there by an online job: the fake-jobs and
# emergency answers' (a Burmese worker "trapped at a casino in Cambodia by an online job scam,
# connect me to the embassy", read by the NLU as Fake jobs and Embassy, and "made to work at
# a casino, not let go home", read as an emergency, got the line on money lost to gambling:
# found reading the development set through the whole bot, session 28)
_HELD = re.compile(
    r"\b(?:stuck|trapped|locked|lock us|lock me|cannot leave|can ?not leave|can't leave|"
    r"not (?:allow|allowed|let) (?:me |us )?(?:to )?(?:go|leave)|sold (?:me|us)|forced|"
    r"force (?:me|us)|"
    r"scam (?:company|compound|job|work)|escape|rescue)\b"
)
# Burmese: made to work, trapped, not allowed to go back / out, an online job, sold; Khmer:
# forced, cannot leave / go out, stuck, sold
_HELD_SCRIPT = (
    "အလုပ်ခိုင်း",
    "ပိတ်မိ",
    "ပြန်ခွင့်မပေး",
    "ထွက်ခွင့်မပေး",
    "အွန်လိုင်းအလုပ်",
    "ရောင်းစား",
    "បង្ខំ",
    "ចេញមិនបាន",
    "ចេញមិនរួច",
    "ជាប់ឃុំ",
    "លក់ខ្ញុំ",
)
# An answer the NLU read that the line must not take: someone held or trafficked.
_KEPT = frozenset({EMERGENCY, "job_scams_trafficking"})
_THREAT = re.compile(
    r"\b(?:(?:cut|chop|break)\w* (?:off )?(?:my|his|her|your|our)? ?(?:finger|fingers|hand|"
    r"hands|arm|leg|legs)|kill|hurt|beat|threat\w*|hold (?:him|her|me)|ransom)\b"
)
# Burmese: will kill, threaten, cut the hand/finger; Khmer: chop the hand, kill, threaten
_THREAT_SCRIPT = ("သတ်မယ်", "ခြိမ်းခြောက်", "လက်ဖြတ်", "လက်ချောင်းဖြတ်", "កាប់ដៃ", "សម្លាប់", "គំរាម")
_PRIZE = re.compile(
    r"\b(?:prize|prizes|lucky draw|jackpot|"
    r"(?:won|win|winner of) (?:a |an |the )?(?:new )?(?:iphone|phone|car|motorbike|gold|gift|"
    r"money|cash|\d[\d,]*))\b"
)
# Burmese: won a prize, big prize, lucky draw; Khmer: won a prize (not "congratulations, you
# got the job, pay the fee": the recruitment fee's)
_PRIZE_SCRIPT = ("ဆုပေါက်", "ဆုကြီး", "ကံစမ်းမဲ", "ឈ្នះរង្វាន់")
_PAY = re.compile(
    r"\b(?:pay|paid|fee|fees|tax|transfer|send money|send fee|deposit|delivery|shipping)\b"
)
# Burmese: transfer money, must pay, told to pay; Khmer: pay money, send money, transfer
_PAY_SCRIPT = ("ပိုက်ဆံလွှဲ", "ငွေလွှဲ", "ပေးရ", "ပေးခိုင်း", "បង់ប្រាក់", "បង់លុយ", "ផ្ញើលុយ", "វេរលុយ")


@per_message
def prize(words: str) -> bool:
    """Whether `words` tell of a prize that asks for money first."""
    return holds(words, _PRIZE, _PRIZE_SCRIPT) and holds(words, _PAY, _PAY_SCRIPT)


@per_message
def gambling(words: str) -> bool:
    """Whether `words` tell of gambling (money lost, a debt), not of a job at a casino, nor
    of someone held or made to work there."""
    if holds(words, _JOB, _JOB_SCRIPT) or holds(words, _HELD, _HELD_SCRIPT):
        return False
    if holds(words, _GAMBLING, _GAMBLING_SCRIPT):
        return True
    return holds(words, _GAME, _GAME_SCRIPT) and holds(words, _LOST, _LOST_SCRIPT)


def threatened(words: str) -> bool:
    """Whether `words` about gambling also tell of a threat (a finger cut, a killing)."""
    return holds(words, _THREAT, _THREAT_SCRIPT)


def instead(event: Text) -> bool:
    """Whether the reply answers `event`: not in place of an emergency or fake jobs the NLU
    read surely (a casino named by someone held there)."""
    nlu = event.nlu
    if nlu is not None and nlu.topic in _KEPT and nlu.confidence >= DEFAULT_THRESHOLD:
        return prize(event.text)
    return prize(event.text) or gambling(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """The scam warning, the emergency first, or the honest line on money lost; a person."""
    _ = ctx.translator(state.language).gettext
    if prize(event.text):
        text = _(
            "A message says you won a prize, but you must pay first (a fee, a tax, delivery)? "
            "Being asked for money first is a warning sign of a scam. Do not pay, and do not "
            "send your bank card, codes or ID. Keep the message and the number. Paid already? "
            "A person from a partner organisation can help: tap “{person}”."
        )
        return also_wrote.person_first(text, (), event, state, ctx)
    if threatened(event.text):
        text = _(
            "Someone threatens you or your family over a gambling debt? That is an emergency: "
            "tap “{emergency}” for the numbers to call, and if you can, go to a safe place. "
            "Our sources say nothing on gambling debts. A person from a partner organisation "
            "can help: tap “{person}”."
        )
        return also_wrote.person_first(text, (EMERGENCY,), event, state, ctx)
    text = _(
        "Money lost to gambling, yours or a family member's? Our sources say nothing on "
        "getting it back, or on gambling debts. Do not pay anyone who promises to get it back. "
        "If someone threatens you or your family, tap “{emergency}”. A person from a partner "
        "organisation can listen and help you: tap “{person}”."
    )
    return also_wrote.person_first(text, (EMERGENCY,), event, state, ctx)


def danger_told(words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the emergency answer, its numbers first), with the line on gambling debts
    after the numbers when the words tell of a threat over one (the lead's read of round 37A:
    "he say he will cut my finger" is a danger word now, so the numbers come first)."""
    if not (gambling(words) and threatened(words)):
        return outcome  # "help they beat me": no gambling debt named
    tr = ctx.translator(state.language)
    note = tr.gettext(
        "A threat over a gambling debt? Our sources say nothing on gambling debts. A person "
        "from a partner organisation can help: tap “{person}”."
    ).format(person=tr.gettext("Talk to a person"))
    return after_numbers(note, outcome, tr.gettext("You also wrote about this. Tap to read more:"))
