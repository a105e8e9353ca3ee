"""The employer gone (exploratory round 36A): the factory or shop closed, the company
bankrupt, the boss who ran away, died or was arrested, the farm sold, the agency's office
closed.

Before: "my boss died, his wife say no money for us" and "shop close because of covid, we
have no job, visa still 6 month" got the injury answer; "boss arrested, who pay us now" the
arrest answer (for the worker); "company bankrupt, what about my work permit" Passport taken
though no one keeps anything; "the owner sold the farm, new owner say we must go" "did not
understand"; and where Unpaid wages was read ("factory closed yesterday, boss run away, 2
month salary not pay") nothing said that our sources do not know who pays then.

Our sources have nothing on who pays wages owed when a workplace closes or an employer is
gone, nor on what happens to a permit then. So: a line that says so, what to write down and
keep, not to sign, a person; before Unpaid wages, Change employer, the permit's answer, Where
to complain or Passport taken, and after the emergency numbers. Where the NLU read another
problem, or none, Unpaid wages (Change employer when the permit or another job is asked)
answers instead, the NLU's reading a tap away.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation to review and
extend.
"""

from __future__ import annotations

import re

from bot.dialogue.context import Context
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, after_numbers, with_note
from bot.nlu.result import DEFAULT_THRESHOLD
from bot.once import per_message
from bot.values import UserState

WAGES = "unpaid_wages"
CHANGE = "change_employer"
PERMIT = "visa_work_permit"
CHANNELS = "complaint_channels"
KEPT = "documents_confiscated"
EMERGENCY = "emergency_help"
SURE = 0.95
# Readings replaced whatever their confidence: harm, an arrest of the worker, nothing
_REPLACED = frozenset({"injury_health", "arrest_detention", "job_scams_trafficking"})
_WITH_LINE = frozenset({WAGES, CHANGE, PERMIT, CHANNELS, KEPT, "employment_contract"})

_PLACE = (
    r"(?:factory|factories|company|shop|restaurant|farm|plantation|site|construction|business|"
    r"workplace|agency|kilang|syarikat|kedai|ladang)"
)
_BOSS = r"(?:boss|employer|owner|manager|nai jang|naijang|majikan|towkay|taukeh|thaokae|thau kae)"
_GONE = re.compile(
    r"\b(?:"
    # the place closed or stopped (not "closed on sunday", "close at 10")
    rf"{_PLACE} (?:is |was |has |have |had |already |suddenly |will )?(?:been )?"
    r"(?:closed?|closing|shut|shutdown|stopped|stop|bankrupt|tutup|muflis|finished)"
    # nor "company stop pay salary": the pay stopped, not the place (the lead's read of 36A)
    r"(?! (?:on|at|for lunch|for the day|early|today at|pay|paying|to pay|give|giving|"
    r"salary|wages?)\b)|"
    rf"{_PLACE} (?:went|go|gone|goes) (?:bankrupt|broke|bust)|"
    rf"{_BOSS} (?:is |was |went |go |gone )?(?:bankrupt|broke|muflis)|"
    # the boss gone
    rf"{_BOSS} (?:has |had |is |was |just |suddenly |already )?(?:been |got )?"
    r"(?:run away|ran away|runaway|run off|ran off|disappear|disappeared|disappears|vanish|"
    r"vanished|missing|gone|fled|escaped|lari|hilang|died|dead|die|passed away|pass away|"
    # not "my boss sold my contract to other boss": the worker sold, not the place
    r"arrested|in jail|in prison|sold(?! (?:me|us|my|our|him|her|them)\b))|"
    r"(?:sold|sell|sells|selling) (?:the |his |her |our )?(?:farm|factory|company|shop|business)|"
    r"new (?:owner|boss) (?:say|said|says|tell|told)|"
    # "boss closed the factory and run away" (round 41C, read as an emergency at 0.52)
    rf"{_BOSS} (?:has |had |just |suddenly |already )?(?:close|closed|shut|shutdown) "
    rf"(?:the |his |her |our |my |this )?{_PLACE}(?! (?:on|at|early|for)\b)"
    r")\b"
)
_GONE_SCRIPT = (
    # Burmese: the factory closed; the company closed; the employer / the boss fled; the boss
    # died; bankrupt; the shop closed
    "စက်ရုံပိတ်",
    "ကုမ္ပဏီပိတ်",
    "အလုပ်ရှင်ထွက်ပြေး",
    "သူဌေးထွက်ပြေး",
    "သူဌေးပြေး",
    "သူဌေးဆုံး",
    "အလုပ်ရှင်ဆုံး",
    "ဒေဝါလီ",
    "ဆိုင်ပိတ်",
    # Khmer: the factory closed; the company closed; the boss ran away; the boss died;
    # bankrupt
    "រោងចក្របិទ",
    "ក្រុមហ៊ុនបិទ",
    "ថៅកែរត់",
    "ថៅកែស្លាប់",
    "ក្ស័យធន",
    # Khmer: (the boss) closed the factory, the company; Burmese: closed the factory (42C)
    "បិទរោងចក្រ",
    "បិទក្រុមហ៊ុន",
    "စက်ရုံကိုပိတ်",
)
_ROMAN = re.compile(
    r"\b(?:rong ?chak (?:bet|bit|bith)|thao ?kae (?:rot|rut|slab|slap)|"
    r"set ?yone (?:pate|pait|peik)|sat ?yone (?:pate|pait|peik)|"
    r"(?:thuhtay|thu htay|a lote shin) (?:pyay|pyae|htwet pyay|thay)"
    r")\b"
)
_PERMIT = re.compile(
    r"\b(?:permit|visa|work card|pink card|other (?:place|job|company|employer|factory)|"
    r"new (?:job|employer|company|boss)|change (?:job|employer|boss|company))\b"
)
_PAPERS = re.compile(r"\b(?:passport|pink card|id card|papers|documents?|card|book)\b")
_BOSS_HELD = re.compile(rf"\b{_BOSS} (?:was |is |got |been )?(?:arrested|in jail|in prison)\b")


# "my boss died last year, new boss ok, how to renew work permit" (39A): the worker already
# has a new employer who is fine; nothing is owed from the one gone
_SETTLED = re.compile(
    r"\bnew (?:boss|employer|owner|company|job|majikan) (?:is |very )?"
    r"(?:ok|okay|good|fine|nice|kind)\b"
)


@per_message
def says(words: str) -> bool:
    """Whether `words` tell of a workplace closed or an employer gone (and not that a new
    employer is already fine)."""
    if _SETTLED.search(words.lower()):
        return False
    if holds(words, _GONE, _GONE_SCRIPT):
        return True
    return bool(_ROMAN.search(words.lower()))


def _lower(words: str) -> str:
    return words.lower().replace("'", "").replace("\u2019", "")


def instead_of(topic: str | None, confidence: float, words: str) -> bool:
    """Whether Unpaid wages (or Change employer) answers `words` instead of `topic`: the
    employer is gone, and the NLU read no problem, or not surely, or harm, an arrest (the
    boss's), trafficking, or Passport taken with no paper named as kept."""
    if topic == EMERGENCY:
        # the NLU unsure of an emergency, no danger word (flows._read answers those first):
        # the wages' answer with this line ("boss closed the factory and run away" at 0.52,
        # round 41C);
        # a sure reading keeps the numbers first and this line after them (told)
        return confidence < DEFAULT_THRESHOLD and says(words)
    if not says(words):
        return False
    low = _lower(words)
    if topic == "arrest_detention":
        return bool(_BOSS_HELD.search(low)) or "died" in low or "closed" in low
    if topic in _REPLACED or topic is None or confidence < 0.5:
        return True
    if topic == KEPT:
        return not _PAPERS.search(low)
    return False


def asks_permit(words: str) -> bool:
    """Whether `words` ask about the permit or another job (Change employer answers)."""
    return bool(_PERMIT.search(_lower(words)))


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer to `topic`), first the line on what our sources do not say; on
    the emergency answer the NLU read (no danger word), after its numbers (the lead's read of
    rounds 39A and 40A: "အလုပ်ရှင် ထွက်ပြေးသွားပြီ လစာ မရသေးဘူး", the employer ran away, no
    pay yet, read as an emergency, got the numbers and nothing on the wages)."""
    if not says(words):
        return outcome
    if topic == EMERGENCY:
        also = ctx.translator(state.language).gettext(
            "You also wrote about this. Tap to read more:"
        )
        return after_numbers(_line(state, ctx), outcome, also)
    if topic not in _WITH_LINE:
        return outcome
    return with_note(_line(state, ctx), outcome)


def danger_told(
    topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context
) -> Outcome:
    """The line for the emergency answer ("site stopped, we live on site, no food"), which
    flows.py puts after the numbers."""
    if topic != EMERGENCY or not says(words):
        return outcome
    return with_note(_line(state, ctx), outcome)


def _line(state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    return _(
        "Your workplace closed, or your employer ran away, died or was arrested? Our sources "
        "do not say who pays the wages you are owed then, or whether your permit stays "
        "valid. Write down what you are owed: the months, days and pay. Keep pay slips, your "
        "contract, photos and copies of your papers. If the company has your passport or "
        "permit, write down who has it and since when. Do not sign anything you do not "
        "understand. A person from a partner organisation can help: tap “{person}”."
    ).replace("{person}", _("Talk to a person"))
