"""Sending money home, exchange rates, a money app (exploratory round 18B). The bot has no
content for these, and should say so plainly and show what it can do (the brief's near
domain): "how to send money home to myanmar" got Going home (its last wages, the Social
Security lump sum, coming back to work); "I sent money by agent 2 weeks ago, family not
received yet" an agency problem with Lost ID after return offered. "what is exchange rate
won to riel today" and "wing app not working" already got "I cannot help with that".

Read as this only where the NLU read no problem, or one of the answers these words are taken
for (Going home, an agency problem, the papers after return) without being sure: a real
problem in the same message ("boss not pay 3 month, cannot send money home") keeps its
answer. A debt comes before (debt.py). Answered as the NLU's out-of-scope questions are
(flows._cannot_help), and counted as one (tally.py), so the count of what people ask that the
bot has no content for keeps these.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored,
Burmese also as read in Zawgyi). Drafts for a native speaker at a partner organisation to
review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds, script_readings

SURE = 0.95
# What the NLU takes these words for: not a problem of theirs.
_MISREAD = frozenset(
    {"return_home", "agency_complaint", "reintegration_id", "reintegration_jobs", "lost_documents"}
)

_LATIN = re.compile(
    r"\b(?:"
    r"(?:send|sent|sending|transfer|transferred|transfering|transferring) "
    r"(?:the |my |some )?(?:money|cash|baht|ringgit|won|yen|dollars?) "
    r"(?:home|back home|to (?:my )?(?:family|home|mother|mom|mum|father|wife|husband|parents|"
    r"myanmar|burma|cambodia)|by|through|with)|"
    r"money (?:transfer|transfers|app)|remit|remittance|remittances|exchange rate|"
    r"rate (?:today|now)|hundi|hun di|hondi|wing app|wing money|kbzpay|kbz pay|wave money|"
    r"wavepay|wave pay|truemoney|true money|western union|"
    r"(?:family|mother|mom|wife|husband|parents) (?:not|never|did not|didnt) "
    r"(?:receive|received|get|got)|"
    # romanised Burmese ပိုက်ဆံပို့ (send money), ငွေလွှဲ (transfer); Khmer ផ្ញើលុយ (send money)
    r"pike san po|paik san poh|ngwe hlwe|ngwe lwe|phnhaeu luy|phnher luy|phnhae luy|pnhae luy"
    r")\b"
)
_SCRIPT = (
    # Burmese: send money (two words for money), transfer money, hundi, exchange rate
    "ပိုက်ဆံပို့",
    "ငွေပို့",
    "ငွေလွှဲ",
    "ဟွန်ဒီ",
    "ငွေလဲနှုန်း",
    # Khmer: send money (two words), transfer money (two words), exchange rate
    "ផ្ញើលុយ",
    "ផ្ញើប្រាក់",
    "វេរលុយ",
    "វេរប្រាក់",
    "អត្រាប្តូរប្រាក់",
    "អត្រាប្ដូរប្រាក់",
)


# Burmese money (two words) then send, a few letters apart ("ပိုက်ဆံ ဘယ်လိုပို့ရမလဲ": how to
# send money), not the ပို့ of passport (ပတ်စပို့).
_SCRIPT_SEND = re.compile(r"(?:ပိုက်ဆံ|ငွေ)[^။]{0,10}(?<!စ)(?<!စ်)ပို့")


def says(words: str) -> bool:
    """Whether `words` speak of sending money home, a transfer, an exchange rate or a money
    app."""
    if holds(words, _LATIN, _SCRIPT):
        return True
    return any(_SCRIPT_SEND.search(reading) for reading in script_readings(words))


def instead(event: Text) -> bool:
    """Whether `event` is only about sending money: the words say so, and the NLU read no
    problem, or one these words are taken for, not surely."""
    nlu = event.nlu
    topic = nlu.topic if nlu is not None else None
    sure = nlu is not None and nlu.confidence >= SURE
    if topic is not None and (topic not in _MISREAD or sure):
        return False  # a problem of theirs, or surely one of those
    return says(event.text)
