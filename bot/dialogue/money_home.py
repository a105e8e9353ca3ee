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


# What it costs to send money home, read as a recruitment fee (round 51A: Khmer "send 5000
# baht to Phnom Penh, how much is the fee" got the recruitment fee answer, its romanised form
# too). Only where the money goes home, to a relative or the home country, and no recruiter,
# company or job is named: "the agent told me to send 2000 dollars" is a fee of theirs.
# Drafts for a Khmer speaker: to home, to the home village or province, to mother, father,
# family, wife, husband, child, to Cambodia, to Phnom Penh.
_HOME_SCRIPT = tuple(
    to + place
    for to in ("ទៅ", "ឲ្យ", "ឱ្យ")
    for place in (
        "ផ្ទះ",
        "ស្រុក",
        "ម្ដាយ",
        "ម្តាយ",
        "ម៉ែ",
        "ឪពុក",
        "ប៉ា",
        "គ្រួសារ",
        "ប្រពន្ធ",
        "ប្ដី",
        "ប្តី",
        "កូន",
        "ខ្មែរ",
        "កម្ពុជា",
        "ភ្នំពេញ",
        "ខេត្ត",
    )
)
_HOME_LATIN = re.compile(
    r"\b(?:tov|oy|aoy) (?:pteah|phteah|srok|mday|m'day|mae|ovpuk|pa|kruosar|krousar|pro?pun|"
    r"pdey|bdey|kon|khmer|cambodia|kampuchea|phnom ?penh|khet)\b"
)
# Whoever asks for a fee: a recruiter, a broker, a company, a job, a visa, a permit.
_RECRUITER_SCRIPT = (
    "ភ្នាក់ងារ",
    "ឈ្មួញ",
    "មេខ្យល់",
    "ក្រុមហ៊ុន",
    "ការងារ",
    "ទិដ្ឋាការ",
    "ប័ណ្ណ",
    "លិខិតឆ្លងដែន",
)
_RECRUITER_LATIN = re.compile(
    r"\b(?:agency|agent|broker|company|krom ?hun|krum ?hun|chmounh|me khyol|job|kar ?ngar|"
    r"visa|permit|passport|recruit\w*)\b"
)
_FEE = "recruitment_fees"


def _home_fee(words: str) -> bool:
    """Whether `words` send money home and name no one who would charge a recruitment fee."""
    if not says(words) or not holds(words, _HOME_LATIN, _HOME_SCRIPT):
        return False
    return not holds(words, _RECRUITER_LATIN, _RECRUITER_SCRIPT)


# The recruiter named as the channel the money went through ("sent money by agent, family not
# received": a transfer, round 18B), not as the one asking for it.
_CHANNEL_LATIN = re.compile(r"\b(?:by|through|via|with|thru) (?:an? |the |my )?(?:agent|broker)\b")
_CHANNEL_SCRIPT = ("តាមភ្នាក់ងារ", "តាមឈ្មួញ")


def _recruiter_asks(words: str) -> bool:
    """Whether `words` name a recruiter, a company or a job other than as the channel money
    was sent through (the lead, session 29: "the agent told me to send 1500 dollars to Phnom
    Penh before Korea", read as an agency problem not surely, got "I cannot help with that")."""
    low = words.lower()
    plain = _CHANNEL_LATIN.sub(" ", low)
    for channel in _CHANNEL_SCRIPT:
        plain = plain.replace(channel, " ")
    return holds(plain, _RECRUITER_LATIN, _RECRUITER_SCRIPT)


def instead(event: Text) -> bool:
    """Whether `event` is only about sending money: the words say so, and the NLU read no
    problem, or one these words are taken for, not surely; or a recruitment fee where the
    money goes home and no recruiter is named."""
    nlu = event.nlu
    topic = nlu.topic if nlu is not None else None
    sure = nlu is not None and nlu.confidence >= SURE
    if topic == _FEE and not sure:
        return _home_fee(event.text)
    if topic is not None and (topic not in _MISREAD or sure):
        return False  # a problem of theirs, or surely one of those
    if topic == "agency_complaint" and _recruiter_asks(event.text):
        return False  # an agent asking for the money: their answer stays
    return says(event.text)
