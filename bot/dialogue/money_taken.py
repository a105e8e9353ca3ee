"""Money sent home that was taken or never arrived, savings stolen (exploratory round 34C).
"the man i pay to send money cheat me, what can i do", "I sent money by hundi 2 weeks ago,
family not received yet", the Burmese "the hundi broker took the money and disappeared" and
"agent pike san po yu pyi pyauk thwar" got "I cannot help with that" (money_home.py, 18B:
right for "which is cheapest way", wrong for someone cheated: no person offered); "my
savings in room stolen by roommate" got Unpaid wages; "i give money to agent for send home,
he run away" an agency problem about a job.

Our sources say nothing on transfer services, on hundi or on getting such money back, and
name none. So: that it is not their fault, that our sources do not say, what to keep, not to
pay anyone who promises to get it back, a person. Only with both: sending money (or savings,
money kept) and a loss (cheated, taken, ran away, blocked, never arrived, stolen). Read
before the NLU's reading unless it surely read a problem these words are not taken for.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored,
Burmese also as read in Zawgyi). Drafts for a native speaker at a partner organisation to
review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote, money_home
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.values import UserState

NAME = "money_taken"  # counted as a conversation under this name (tally.py), never the words
SURE = 0.95
# What the NLU takes these words for: not a problem of theirs.
_MISREAD = frozenset(
    {
        "return_home",
        "agency_complaint",
        "reintegration_id",
        "reintegration_jobs",
        "lost_documents",
        "unpaid_wages",
        "job_scams_trafficking",
        "recruitment_fees",
        "documents_confiscated",
    }
)

# Sending money, beyond money_home's words: "agent for send home", "the man i pay to send
# money", "money for send home".
_SEND = re.compile(
    r"\b(?:"
    r"(?:send|sent|sending|transfer|transferred) (?:the |my |our |some )?(?:money|cash|home)|"
    r"(?:money|cash|baht|ringgit) (?:for|to) send|"
    r"(?:agent|broker|man|shop|person|guy) (?:for|to) (?:send|sending|transfer)"
    r")\b"
)
_LOSS = re.compile(
    r"\b(?:"
    r"cheat|cheats|cheated|cheating|scam|scammed|lie|lied|"
    r"run away|ran away|runaway|disappear|disappeared|"
    r"block|blocked|phone off|no answer|not answer|"
    r"(?:took|take|takes|taken) (?:it|all|(?:my |the |our |all )?(?:money|cash))|"
    r"steal|stole|stolen|"
    r"(?:not|never|didnt|did not|still not) (?:yet )?(?:arrive|arrived|reach|reached|"
    r"receive|received|get|got|come|came)"
    r")\b"
)
# Savings or money kept, stolen: "my savings in room stolen", "someone stole my money".
_STOLEN = re.compile(
    r"\b(?:"
    r"(?:savings|saving|money|cash) (?:\w+ ){0,4}(?:stolen|was stolen|robbed)|"
    r"(?:steal|stole|stolen|rob|robbed) (?:all )?(?:my |our |the )?(?:savings|saving|money|cash)"
    r")\b"
)
_SEND_SCRIPT = (
    # Burmese: send money (two words for money), transfer, hundi
    "ပိုက်ဆံပို့",
    "ငွေပို့",
    "ငွေလွှဲ",
    "ဟွန်ဒီ",
    # Khmer: send money (two words), transfer (two words)
    "ផ្ញើលុយ",
    "ផ្ញើប្រាក់",
    "វេរលុយ",
    "វេរប្រាក់",
)
_LOSS_SCRIPT = (
    # Burmese: disappeared, cheated, took and (went), not arrived, not received
    "ပျောက်သွား",
    "လိမ်",
    "ယူပြီး",
    "ယူသွား",
    "မရောက်",
    "မရဘူး",
    # Khmer: ran away, cheated, lost, not received, not yet received, took the money
    "រត់បាត់",
    "បោកប្រាស់",
    "បោក",
    # not បាត់ alone: it is in បាត់ដំបង (Battambang: "ផ្ញើលុយទៅបាត់ដំបង ប៉ុន្មានថ្ងៃដល់", how
    # many days does money sent to Battambang take; the lead's read of round 34C)
    "លុយបាត់",
    "បាត់លុយ",
    "បាត់អស់",
    "មិនបានទទួល",
    "មិនទាន់ទទួល",
    "យកលុយ",
)
_STOLEN_SCRIPT = (
    # Burmese: money (two words) stolen, a thief took it
    "ပိုက်ဆံအခိုးခံ",
    "ငွေအခိုးခံ",
    "ပိုက်ဆံခိုးသွား",
    "ငွေခိုးသွား",
    "ပိုက်ဆံခိုးယူ",
    # Khmer: steal money (two words), money stolen
    "លួចលុយ",
    "លួចប្រាក់",
    "លុយត្រូវគេលួច",
    "លុយត្រូវបានលួច",
)
# Romanised: Burmese ပိုက်ဆံပို့ ... ပျောက် (sent money ... lost), လိမ် (cheat); Khmer ផ្ញើលុយ ...
# រត់បាត់ (ran away), បាត់ (lost), បោក (cheat)
_ROMAN_SEND = re.compile(r"\b(?:pike san po|paik san poh|ngwe hlwe|phnher luy|phnhaeu luy)\b")
_ROMAN_LOSS = re.compile(r"\b(?:pyauk|pyauk thwar|lein|rot bat|bat luy|bok)\b")


# Money asked before a job starts is a job offer's (fake jobs: "ការងារ online ឲ្យផ្ញើលុយមុនទើប
# ចាប់ផ្ដើម បោកមែនទេ", an online job that wants money sent first, a scam?), not money sent home.
_FIRST = re.compile(
    r"\b(?:send|sent|pay|paid|transfer)(?: \w+){0,2} (?:first|before (?:start|starting|work))\b"
)
_FIRST_SCRIPT = ("ផ្ញើលុយមុន", "បង់លុយមុន", "အရင်ပို့", "ကြိုပို့", "ပိုက်ဆံအရင်")


def says(words: str) -> bool:
    """Whether `words` tell of money sent that was taken or never arrived, or savings stolen."""
    if holds(words, _STOLEN, _STOLEN_SCRIPT):
        return True
    if holds(words, _FIRST, _FIRST_SCRIPT):
        return False
    sending = (
        money_home.says(words) or holds(words, _SEND, _SEND_SCRIPT) or holds(words, _ROMAN_SEND, ())
    )
    return sending and (holds(words, _LOSS, _LOSS_SCRIPT) or holds(words, _ROMAN_LOSS, ()))


def instead(event: Text) -> bool:
    """Whether the reply answers `event` before the NLU's reading: the words say so, and the
    NLU read no problem, or one these words are taken for, or none surely."""
    nlu = event.nlu
    surely_other = nlu is not None and nlu.topic is not None and nlu.topic not in _MISREAD
    if surely_other and nlu is not None and nlu.confidence >= SURE:
        return False
    return says(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """Not their fault, what our sources do not say, what to keep, a person, the menu."""
    _ = ctx.translator(state.language).gettext
    lines = [
        _("Someone took your money, or it never arrived? That is not your fault."),
        _(
            "Our sources say nothing on money transfer services or on how to get this money "
            "back. Keep the receipts, the chats, the name and phone number of the person you "
            "gave it to, the dates and the amounts. Do not pay anyone who promises to get it "
            "back."
        ),
        _("A person from a partner organisation can help you with what to do: tap “{person}”."),
    ]
    return also_wrote.person_first("\n\n".join(lines), (), event, state, ctx)
