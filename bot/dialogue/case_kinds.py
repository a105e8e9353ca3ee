"""What a case's words tell of, for the caseworker (exploratory round 32A).

The kinds of case rounds 30A, 30B and 30C taught the bot to answer (threats by phone or
online, a fire or flood, an accident, no citizenship papers, Burmese or Khmer as a second
language) have no topic of their own: a person sent from those answers by "Talk to a person"
arrived as "Problem: other", and a dormitory fire as "Passport taken". The card now says
what the words sound like, read from the form's words with the same readers the answers
use (online_threats.py, disaster.py, scheme_rules.py, other_language.py): a kind by name,
never the words, so the inbox group learns no more than a topic would tell it.

Also read here, for the form: an accident or a fire happening now ("crane fell on site, 2
worker under it") marks the request urgent, as danger words do; the person who pressed
"Not urgent" or was never asked waited for a 24-hour target. And, for a reply's preview:
a reply that tells a person threatened for money, or called by "police", to pay, when the
bot told them to send nothing more before talking to a person.

Read when needed, never kept. The word lists are drafts for partners to review.
"""

from __future__ import annotations

import re

from bot.dialogue import (
    disaster,
    newest_kinds,
    online_threats,
    other_language,
    ransom,
    scheme_rules,
)
from bot.dialogue.lexicon import holds
from bot.values import UserState


def _(message: str) -> str:  # marks a label for the catalogs; translated where shown
    return message


THREATS = _("threats or cheating by phone or online")
CALL = _("a phone call asking money for a family member (may be a trick)")
FIRE = _("a fire or flood")
ACCIDENT = _("an accident")
NO_PAPERS = _("never had a national ID card or citizenship")
LANGUAGE = _("reads little Burmese or Khmer, or asks for another language")


def kinds(words: str) -> tuple[str, ...]:
    """What `words` (a case's words) tell of, as labels to translate; () for none."""
    if not words:
        return ()
    found: list[str] = []
    threat = online_threats.kind(words)
    if threat == online_threats.CALL or ransom.asked(words):
        found.append(CALL)
    elif threat is not None:
        found.append(THREATS)
    if disaster.fire_or_flood(words) and not disaster.burn_only(words):
        found.append(FIRE)
    if disaster.accident(words):
        found.append(ACCIDENT)
    if scheme_rules.NO_PAPERS in scheme_rules.kinds(words):
        found.append(NO_PAPERS)
    if other_language.says(words):
        found.append(LANGUAGE)
    found.extend(newest_kinds.kinds(words))  # round 37B: an overdose, a landlord, a paper...
    return tuple(found)


def happening_now(words: str, state: UserState) -> bool:
    """Whether `words` tell of a fire, flood or accident where the person is, now (not one
    gone by, not at home told from abroad): the request is urgent."""
    return disaster.says(words, state) and not disaster.gone_by(words)


def money_asked(words: str) -> bool:
    """Whether `words` tell of money asked by a threat, a "police" call or to free someone."""
    asking = (online_threats.PHOTOS, online_threats.LOAN, online_threats.CALL)
    return online_threats.kind(words) in asking or ransom.asked(words)


# A reply that tells the person to pay or send money: English, Burmese (pay, send or transfer
# money), Khmer (pay, send, transfer money), Thai (pay, transfer money). Not "do not pay",
# "never send money" (a negation just before).
_PAY = re.compile(
    r"(?<!not )(?<!dont )(?<!never )(?<!no )\b(?:pay(?! you\b| your\b)|"
    r"send (?:the |them |him |her )?money|"
    r"transfer (?:the )?money|send (?:the )?\d[\d,]* ?(?:baht|thb|kyat|riel|usd|\$))\b"
)
_PAY_SCRIPT = (
    "ပိုက်ဆံပို့ပေး",
    "ပိုက်ဆံပေးလိုက်",
    "ငွေလွှဲပေး",
    "ငွေပေးလိုက်",
    "បង់លុយទៅ",
    "ផ្ញើលុយទៅ",
    "ផ្ទេរលុយទៅ",
    "จ่ายเงิน",
    "โอนเงิน",
)
# Burmese: do not send, give, transfer; Khmer: do not pay, send, transfer; Thai: do not
# pay, transfer.
_NOT_PAY_SCRIPT = (
    "မပို့ပါနဲ့",
    "မပေးပါနဲ့",
    "မလွှဲပါနဲ့",
    "កុំបង់",
    "កុំផ្ញើ",
    "កុំផ្ទេរ",
    "อย่าจ่าย",
    "อย่าโอน",
)
_NOTHING = re.compile(r"$^")  # no Latin phrase: the negations above are in other scripts


def tells_to_pay(typed: str) -> bool:
    """Whether a caseworker's reply tells the person to pay or send money."""
    if holds(typed, _NOTHING, _NOT_PAY_SCRIPT):
        return False
    return holds(typed, _PAY, _PAY_SCRIPT)
