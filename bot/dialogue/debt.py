"""A debt to a broker, an agency, an employer or a lender (exploratory round 18B).

Held for a debt: "debt 30000 baht, boss cut every month, cannot go" got Unpaid wages alone;
the Burmese "I owe the broker 30,000 baht, it is cut from my pay each month, I cannot go
back until it is paid" and the Khmer "I owe the broker 30,000 baht ... he does not let me
go anywhere" likewise. Danger words take "cannot leave" as danger (emergency_keywords.yml),
and the answers to a passport kept say "cannot leave: open Emergency help now"; being kept
at work, or one's papers kept, until a debt is paid is the same, said with a debt. So such a
message is danger (triage.danger_in): the emergency numbers first, a line that it is
serious and what our sources do not say, then the problem the NLU read.

A debt at home: "we pledge our house for loan to send daughter to thailand, lender call my
mother every day", "my family land title is with the moneylender" got "I cannot help with
that". Our sources say nothing on such loans, lenders or land given as a guarantee (the 2017
study warns of broker loans at very high interest: Agency fees and debt). So: that our
sources have nothing; nothing signed nor papers handed over before a person; a person,
Agency fees and debt and the emergency answer one tap away.

A debt is read only with a word for one (debt, owe, loan, lender; ကြွေး, ချေးငွေ; បំណុល,
ជំពាក់, ខ្ចី and their romanised forms). Latin phrases as whole words, Burmese and Khmer ones
inside the text (spaces ignored, Burmese also as read in Zawgyi). Drafts for a native
speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.dialogue import also_wrote, papers_words
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds, script_readings
from bot.dialogue.outcome import Outcome, with_note
from bot.values import UserState

NAME = "debt"  # counted as a conversation (tally.py), never words
FEES = "recruitment_fees"  # "Agency fees and debt"
EMERGENCY = "emergency_help"

_DEBT = re.compile(
    # "owe" not when owed to the writer ("the boss still owe me": wages)
    r"\b(?:debts?|(?:owe|owes|owed|owing)(?! me\b| us\b| my\b| our\b)|"
    r"loans?|lenders?|moneylenders?|money lender|"
    r"borrow|borrowed|borrowing|pay back|paid back|repay|repaid|pay off|"
    # romanised Burmese ကြွေး (debt), ချေးငွေ (loan); romanised Khmer បំណុល (debt),
    # ជំពាក់ (owe), ខ្ចី (borrow)
    r"kyway|kywe|kyweh|a kyway|chay ngwe|chey ngwe|"
    r"bamnol|bomnol|bamnul|jompeak|chompeak|jompak|chumpeak|khchei|kchey|khchey"
    r")\b"
)
# Kept from going until it is paid: "cannot go", "not let me leave", "until i pay".
_HELD = re.compile(
    r"\b(?:"
    r"(?:cannot|can not|cant|cannt|could not|couldnt|not allow|not allowed|not allowed to|"
    r"not allow to|no allow|dont allow|doesnt allow|not let me|wont let me|dont let me|"
    r"doesnt let me|no let me|never let me|must not|not permit) "
    r"(?:to )?(?:go|leave|quit|resign|run|escape|change job|change employer|go home|go back)|"
    r"(?:until|till|untill) (?:i |we |my |the |all )?(?:pay|paid|finish|debt|loan)|"
    r"(?:pay|paid) (?:the |my )?(?:debt|loan) first|"
    r"(?:must|have to|has to|need to) (?:pay|repay)(?: back)?(?: \w+){0,5} first|"
    # papers kept for the debt: "keep my passport because i owe him"
    r"(?:keep|keeps|kept|hold|holds|holding|take|takes|took|taken) "
    r"(?:my |our |his |her |the |all )?(?:passport|passports|papers|documents?|id card|"
    r"work permit|pink card|atm card|atm|bank book|bank card)|"
    # romanised Burmese: ပြန်လို့မရ (cannot go back), ထွက်လို့မရ (cannot leave);
    # romanised Khmer: មិនឲ្យទៅ (not let go), ទៅមិនបាន (cannot go), ចេញមិនបាន (cannot leave)
    r"pyan lo ma ya|pyan lo mya|htwet lo ma ya|thwet lo ma ya|"
    r"min aoy tov|min oy tov|min aoy tiv|tov min ban|tiv min ban|chenh min ban|chen min ban"
    r")\b"
)
_SCRIPT_DEBT = re.compile(
    # Burmese: debt (not ကြွေးကြော်, "declare"), loan, borrow money; Khmer: debt, owe, borrow
    r"ကြွေး(?!ကြော်)|ချေးငွေ|ငွေချေး|ချေးထား|បំណុល|ជំពាក់|ខ្ចី"
)
_SCRIPT_HELD = (
    # Burmese: cannot go back, cannot leave, not allowed to go / go back / leave; until it
    # is paid (not paid until, debt not cleared until); only after paying
    "ပြန်လို့မရ",
    "ထွက်လို့မရ",
    "သွားလို့မရ",
    "မသွားရ",
    "မပြန်ရ",
    "ထွက်ခွင့်မပေး",
    "ပြန်ခွင့်မပေး",
    "သွားခွင့်မပေး",
    "မဆပ်မချင်း",
    "မဆပ်ပြီးမချင်း",
    "မကျေမချင်း",
    "ဆပ်ပြီးမှ",
    # Burmese: keeps the passport (two spellings)
    "ပတ်စပို့သိမ်း",
    "ပတ်စ်ပို့သိမ်း",
    # Khmer: not let (me) go, not let leave, cannot go / leave / go home, not let quit;
    # until paid back, pay back first
    "មិនឲ្យទៅ",
    "មិនអោយទៅ",
    "មិនឲ្យខ្ញុំទៅ",
    "មិនអោយខ្ញុំទៅ",
    "មិនឲ្យចេញ",
    "មិនអោយចេញ",
    "ទៅមិនបាន",
    "ចេញមិនបាន",
    "ទៅណាមិនបាន",
    "ទៅផ្ទះមិនបាន",
    "មិនឲ្យឈប់",
    "មិនអោយឈប់",
    "រហូតដល់សង",
    "សងរួចសិន",
    # Khmer: keeps / takes the passport
    "រក្សាលិខិតឆ្លងដែន",
    "យកលិខិតឆ្លងដែន",
)


def _latin(words: str) -> str:
    return words.lower().replace("'", "").replace("\u2019", "")


def owes(words: str) -> bool:
    """Whether `words` speak of a debt or a loan."""
    if _DEBT.search(_latin(words)):
        return True
    return any(_SCRIPT_DEBT.search(reading) for reading in script_readings(words))


def held(words: str) -> bool:
    """Whether `words` say the writer (or someone) is kept from leaving, or kept at work, for
    a debt: a debt and being kept, in the same message."""
    return owes(words) and holds(words, _HELD, _SCRIPT_HELD)


def told(words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the emergency answer), first the line that being held for a debt is
    serious and what our sources do not say, when the words say so."""
    if not held(words):
        return outcome
    _ = ctx.translator(state.language).gettext
    note = _(
        "Kept at work, or your papers kept, until a debt is paid? That is serious. Our "
        "sources do not say what the law is on these debts. Do not sign anything, and do not "
        "borrow more, before you talk to a person: tap “{person}”."
    ).format(person=_("Talk to a person"))
    # After the numbers, which come first: on the answer under them, or, with the numbers
    # and the emergency answer in one reply (no problem read), at its end.
    first, *rest = outcome.replies
    if not rest:
        return replace(outcome, replies=(replace(first, text=f"{first.text}\n\n{note}"),))
    return replace(
        outcome, replies=(first, *with_note(note, replace(outcome, replies=tuple(rest))).replies)
    )


def instead(event: Text) -> bool:
    """Whether the reply on a debt answers `event`: the words speak of a debt, and the NLU
    read no problem."""
    nlu = event.nlu
    # A problem read, surely or not, keeps its answer ("the boss still owe me": Unpaid
    # wages, 0.9; Agency fees and debt: broker loans, 2017); so do papers named ("WP
    # cancel, i still have loan": the visa answer, papers_words.py).
    if (nlu is not None and nlu.topic is not None) or papers_words.names_papers(event.text):
        return False
    return owes(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; nothing signed before a person; a person, Agency fees
    and debt, the emergency answer; the other problems the NLU read; the menu."""
    text = ctx.translator(state.language).gettext(
        "A debt for the journey, or a lender calling your family? Our sources have no checked "
        "information on such loans, on lenders, or on land or a house given as a guarantee. "
        "Do not sign anything, and do not hand over land or house papers, before you talk to "
        "a person: tap “{person}”. Threatened? Tap “{emergency}”."
    )
    return also_wrote.person_first(text, (FEES, EMERGENCY), event, state, ctx)
