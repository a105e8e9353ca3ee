"""Where a worker lives (exploratory round 36C): a landlord who keeps the deposit, asks for or
copies the passport, comes into the room, or says "get out"; rent, a room, eviction.

Before: "landlord keep my deposit 3000 baht when I move" got "I cannot help with that";
"landlord say get out tomorrow, where I sleep" "did not understand"; "landlord ask to see my
passport and copy it" Lost documents; "landlord come in my room when I not there" the
emergency numbers; the Burmese and Khmer "the landlord does not give back the deposit" Going
home.

Our sources have no rules on renting, deposits, eviction or a landlord's right to a passport
copy in any country. So: a line that says so, what to keep, a person, Passport taken and
Emergency help a tap away. Rent taken from pay keeps round 18B's deduction line (the NLU reads
Unpaid wages); violence and nowhere to sleep tonight keep the numbers (danger words).

Latin phrases as whole words, Burmese and Khmer inside the text (spaces ignored, Burmese also
as read in Zawgyi). Drafts for a native speaker at a partner organisation to review.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote, employer_gone, papers_words, treated_unfairly
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.once import per_message
from bot.values import UserState

NAME = "housing"  # counted as a conversation (tally.py), never words
PASSPORT = "documents_confiscated"
EMERGENCY = "emergency_help"
# Answers that keep their reading when sure: rent cut from pay (the deduction line goes on it)
_KEPT = frozenset({"unpaid_wages", EMERGENCY})
UNSURE = 0.5

_ROOM = r"(?:room|rooms|house|flat|apartment|dorm|dormitory|hostel)"
_LATIN = re.compile(
    r"\b(?:"
    r"landlord|landlords|landlady|land lord|room owner|owner of (?:the |my )?room|"
    r"evict|evicted|eviction|evicting|"
    rf"deposit\b[^.?!]{{0,30}}\b(?:{_ROOM}|rent|move|moved|moving|leave|left)|"
    rf"(?:{_ROOM}|rent|move|moved|moving)\b[^.?!]{{0,30}}\bdeposit|"
    rf"rent (?:a |the |my )?{_ROOM}|{_ROOM} rent|(?:pay|paid|late|owe) (?:the |my )?rent|"
    rf"rent (?:late|money|increase|up)|get out (?:of )?(?:the |my |this )?{_ROOM}|"
    r"prak kok|"
    # a crowded room ("sleep on the floor in my room, 10 people" got the line for a domestic
    # worker in the employer's house: round 39A)
    rf"(?:\d+|ten|many|too many) (?:people|persons|workers|of us) (?:\w+ ){{0,2}}"
    rf"(?:one|a|the|my|same|small) {_ROOM}|"
    rf"{_ROOM}\b[^.?!]{{0,30}}\b(?:\d+|ten|many|too many) (?:people|persons|workers)"
    r")\b"
)
# "House owner" (Burmese အိမ်ရှင်, Khmer ម្ចាស់ផ្ទះ) is also a domestic worker's employer: "house
# owner keep maid passport", "ម្ចាស់ផ្ទះនៅម៉ាឡេ ជំពាក់លុយខែខ្ញុំ" (the house owner in Malaysia
# owes me five months' pay) got this line in place of Passport taken and Unpaid wages (the
# lead's read of round 36C). Read only with a room, rent, a deposit or being put out.
_OWNER = re.compile(r"\b(?:house owner|home owner|ein shin|eain shin|mchas phteah|mchas ptes)\b")
_OWNER_SCRIPT = ("အိမ်ရှင်", "ម្ចាស់ផ្ទះ")
_RENTED = re.compile(
    rf"\b(?:{_ROOM}|rent|rented|renting|deposit|move out|get out|kick\w* (?:me|us) out|"
    r"throw\w* (?:me|us) out|ein la kha|ein ngwe|bantup|bantub|chhnuol|chuol)\b"
)
# Burmese: room, rent (hire), put out; Khmer: room, rent, evict, drive out
_RENTED_SCRIPT = ("အခန်း", "ငှား", "နှင်ထုတ်", "ထွက်ခိုင်း", "បន្ទប់", "ជួល", "បណ្តេញ", "បណ្ដេញ")
# Rent taken from pay: the deduction line's, on Unpaid wages; Burmese salary, cut; Khmer
# cut, wages (two ways)
_FROM_PAY = re.compile(r"\b(?:salary|wage|wages|cut|cuts|deduct\w*|from (?:my |our )?pay)\b")
_FROM_PAY_SCRIPT = ("လစာ", "ဖြတ်", "កាត់", "លុយខែ", "ប្រាក់ខែ")
_SCRIPT = (
    # Burmese: deposit (two ways), house rent, room rent (landlord: _OWNER_SCRIPT)
    "စပေါ်ငွေ",
    "စရံငွေ",
    "အိမ်လခ",
    "အခန်းလခ",
    # Khmer: room owner, deposit, house or room rent, rent a room
    "ម្ចាស់បន្ទប់",
    "ប្រាក់កក់",
    "ថ្លៃផ្ទះ",
    "ថ្លៃបន្ទប់",
    "ជួលបន្ទប់",
)


@per_message
def says(words: str) -> bool:
    """Whether `words` tell of a landlord, a deposit, rent or eviction."""
    if holds(words, _LATIN, _SCRIPT):
        return True
    return holds(words, _OWNER, _OWNER_SCRIPT) and holds(words, _RENTED, _RENTED_SCRIPT)


def instead(event: Text) -> bool:
    """Whether the line answers `event` alone: the words say it, tell of no violence, and the
    NLU did not surely read the deduction answer or an emergency."""
    words = event.text
    if not says(words) or treated_unfairly.violent(words):
        return False
    if employer_gone.says(words):
        # "my boss died, his wife say no money for us, landlord want rent" (39A): the wages
        # owed and the permit hurt more than the rent, and the landlord line hid them
        return False
    nlu = event.nlu
    if nlu is None or nlu.topic is None:
        return True
    if nlu.topic == "unpaid_wages" and not holds(words, _FROM_PAY, _FROM_PAY_SCRIPT):
        return True  # "landlord evict me because I late rent" read as Unpaid wages (0.83)
    if nlu.topic == PASSPORT and nlu.confidence >= UNSURE and papers_words.kept(words):
        return False  # a passport kept: Passport taken and its hotline (the lead's read)
    return nlu.topic not in _KEPT or nlu.confidence < UNSURE


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; what to keep; a person; Passport taken, Emergency help."""
    return also_wrote.person_first(_line(state, ctx), (PASSPORT, EMERGENCY), event, state, ctx)


def _line(state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    return _(
        "A room, rent, a deposit or a landlord? Our sources have no checked rules on renting, "
        "deposits, eviction, or a landlord asking for or copying your passport. Keep every "
        "receipt, and write down what you paid, when, and what was said. A person from a partner "
        "organisation can tell you what applies to you: tap “{person}”. If you have nowhere "
        "to sleep tonight, or someone threatens you, tap “{emergency}”."
    )
