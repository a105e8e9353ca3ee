"""Someone who asks money, or a photo of the passport, to help (exploratory round 28B). A
man on Telegram "from FED" or "from this bot" who asks 2,000 baht and a photo of the
passport, a Facebook page that says it is the embassy and asks a fee, a "lawyer" who gets
the passport back for 5,000 baht, a police friend who frees a brother for money, a pink card
in three days for cash. They got "did not understand" ("he is from this bot, he ask money"),
Fake jobs (a job offer abroad), the arrest answer, Agency fees or the form at once: never a
word on whether to pay, nor that this bot asks no money.

Now, before the NLU's reading: that the bot cannot tell whether that person or page is real
(no source names anyone as fake), what is true of the bot itself (it asks no money and no
photo of a document, and writes only in its own chat: a caseworker answers through it and
does not learn who the person is, README), and to ask a person before paying or sending a
photo; the answers that fit the words as buttons (Passport taken, Embassy, Arrest, Visa and
work permit). Someone who already paid and says "I am so stupid" also reads that being lied
to is not their fault. Danger words are read first and still win.

Only with both: someone who says who they are or offers papers, and money or a photo asked.
Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored,
Burmese also as read in Zawgyi). Drafts for a native speaker at a partner to review.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds, holds_script
from bot.dialogue.outcome import Outcome
from bot.values import UserState

NAME = "fake_helper"  # counted as a conversation under this name (tally.py), never the words

_ORGS = r"(?:fed|far|cwcc|hrdf|mwrn|lpn|lscw|issara|iom|ngo|yaung chi oo|mmn)"
_CLAIM = re.compile(
    r"\b(?:"
    # "say he is from FED", "told me she from this bot", "say they work for CWCC"
    r"(?:say|says|said|tell|told|claim|claims|claimed)(?: me)?(?: that)? (?:he|she|they|it) "
    r"(?:is |are |was |were |work |works )?(?:from|for|at|in) (?:the )?(?:this bot|bot|"
    r"embassy|labour attache|" + _ORGS + r")|"
    r"(?:from|of) (?:this|the) bot|"
    # a page or a man that says it is the embassy
    r"(?:page|account|facebook|fb|telegram|tiktok)[\w\s]{0,20}? (?:say|says|said|is|call|"
    r"calls) (?:it is |its |it |they are |he is )?(?:the )?(?:\w+ )?embassy|"
    r"embassy (?:page|account|facebook|fb)|(?:fake|another) embassy|"
    # a lawyer who asks money ("lawyer want 5000 baht first"); not "i want lawyer, boss not
    # pay 2 month" nor "my lawyer say court case take 6 month" (the lead's last read)
    r"lawyer[\w\s]{0,30}? (?:ask|asks|asked|want|wants|wanted|charge|charges|demand|"
    r"demands)(?: me)?(?: for)? (?:\d[\d,.]*k?|money|fee|fees|baht|cash)|"
    r"police friend|friend (?:know|knows|in) (?:the )?police|"
    r"(?:know|knows) (?:a |the )?police|"
    r"(?:pink card|work permit|card|passport|visa)[\w\s]{0,12}? (?:fast|quick|quickly|"
    r"in \d+ days?)|(?:fast|quick) (?:pink card|work permit|card|passport|visa)|"
    r"(?:sell|sells|selling|offer|offers) (?:me )?(?:a )?(?:pink card|work permit)|"
    # staff of an organisation or of this bot who ask a fee: "FAR staff say i must pay fee
    # for my case" (not the embassy's: its staff took a 250-baht OWIC fee in 2022)
    r"(?:" + _ORGS + r"|organi[sz]ation|caseworker|bot) (?:staff|worker|officer|"
    r"people|man|woman|lady)|"
    # someone who gets the passport back from the boss, or says he can help, for money
    r"(?:broker|agent|man|someone|somebody|he|she|lawyer)[\w\s]{0,30}? (?:get|take|bring)s? "
    r"(?:back )?(?:my|your|her|his|the) passport (?:back )?from (?:my |the |your |her |his )?"
    r"(?:boss|employer)|"
    r"(?:man|someone|somebody|person|guy|lady|woman|broker|agent|lawyer) (?:who |that )?"
    r"(?:say|says|said|promise|promises|promised) (?:he|she|they) (?:can |will |could )?help|"
    # romanised Khmer: sells a work card (លក់កាតការងារ)
    r"luk card"
    r")\b"
)
_CLAIM_SCRIPT = (
    # Burmese: police friend; embassy page; says he is from (this bot)
    "ရဲသူငယ်ချင်း",
    "ရဲနဲ့သိ",
    "သံရုံးpage",
    "သံရုံးfacebook",
    "သံရုံးပေ့ချ်",
    "ဘော့ကလာ",
    # Khmer: says he is from; police friend; embassy page; sells a work card
    "និយាយថាគាត់មកពី",
    "មកពីអង្គការ",
    "មកពីបូត",
    "មកពីស្ថានទូត",
    "មិត្តប៉ូលិស",
    "ស្គាល់ប៉ូលិស",
    "ស្ថានទូតpage",
    "ស្ថានទូតfacebook",
    "លក់បណ្ណការងារ",
    "លក់កាតការងារ",
)
_MONEY = re.compile(
    r"\b(?:\d[\d,.]*\s?k?|pay|paid|money|fee|fees|baht|bath|dollars?|usd|kyat|riel|cash|"
    r"transfer|photo of (?:my |the )?(?:passport|id|card|pink card)|passport photo)\b"
)
_MONEY_SCRIPT = (
    # Burmese: money; baht; fee; transfer
    "ပိုက်ဆံ",
    "ငွေ",
    "ဘတ်",
    "ကြေး",
    "လွှဲ",
    # Khmer: money; baht; price or fee
    "លុយ",
    "ប្រាក់",
    "បាត",
    "ថ្លៃ",
)
_ASHAMED = re.compile(
    r"\b(?:stupid|ashamed|shame|shamed|my fault|so foolish|i am fool|im fool|i am an idiot|"
    r"shet tal|shet te)\b"
)
# Burmese: ashamed; Khmer: ashamed
_ASHAMED_SCRIPT = ("ရှက်", "ខ្មាស")

_PASSPORT = "documents_confiscated"
_EMBASSY = "embassy_contact"
_ARREST = "arrest_detention"
_PAPERS = "visa_work_permit"


# An organisation's Latin name after Khmer "from" or before Burmese "from": "មកពី CWCC",
# "FED ကလာ"
_FROM_NAMED = re.compile(r"មកពី" + _ORGS + r"|" + _ORGS + r"(?:ကလာ|ကပါ|ကဆို)")


# A lawyer in Burmese or Khmer counts only beside a getting back or a paying asked: "ရှေ့နေ
# လိုချင်တယ်" (I want a lawyer) is a worker's own wish (the lead's last read).
_LAWYER_SCRIPT = ("ရှေ့နေ", "មេធាវី")
_LAWYER_ASKS_SCRIPT = (
    "ပြန်ယူပေး",  # gets (it) back
    "ပေးရမယ်",  # must pay
    "တောင်း",  # asks for
    "យកមកវិញ",  # gets (it) back
    "ត្រូវបង់",  # must pay
    "សុំលុយ",  # asks money
    "ទារលុយ",  # demands money
)


def says(words: str) -> bool:
    """Whether `words` tell of someone who says who they are or offers papers, and money or a
    photo of a document asked."""
    claims = (
        holds(words, _CLAIM, _CLAIM_SCRIPT)
        or bool(_FROM_NAMED.search("".join(words.lower().split())))
        or (holds_script(words, _LAWYER_SCRIPT) and holds_script(words, _LAWYER_ASKS_SCRIPT))
    )
    return claims and holds(words, _MONEY, _MONEY_SCRIPT)


def instead(event: Text) -> bool:
    """Whether the reply answers `event` before the NLU's reading."""
    return says(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What the bot cannot tell, what is true of the bot, a person, and the answers near."""
    _ = ctx.translator(state.language).gettext
    lines = [
        _("I cannot tell you whether this person or page is real."),
        _(
            "I never ask you for money or for a photo of your documents. I write to you only "
            "in this chat. Someone who writes to you in another chat and says they are from "
            "this bot is not from me."
        ),
        _(
            "Before you pay anyone or send a photo of your passport, ask a person from a "
            "partner organisation: tap “{person}”."
        ),
    ]
    if holds(event.text, _ASHAMED, _ASHAMED_SCRIPT):
        lines.insert(0, _("It is not your fault that someone lied to you."))
    return also_wrote.person_first("\n\n".join(lines), _topics(event.text), event, state, ctx)


def _topics(words: str) -> tuple[str, ...]:
    """The answers near the words, at most two: a page that says it is the embassy first
    (the embassy's own contacts), then a passport, the police, a card or permit."""
    low = words.lower()
    near = (
        (_EMBASSY, "embassy" in low or holds_script(words, ("သံရုံး", "ស្ថានទូត"))),
        (_PASSPORT, "passport" in low or holds_script(words, ("ပတ်စပို့", "លិខិតឆ្លងដែន"))),
        (_ARREST, "police" in low or holds_script(words, ("ရဲသူငယ်ချင်း", "ရဲနဲ့", "ប៉ូលិស"))),
        (
            _PAPERS,
            bool(re.search(r"\b(?:pink card|work permit|visa|card)\b", low))
            or holds_script(words, ("ပါမစ်", "ပန်းရောင်ကတ်", "បណ្ណការងារ", "កាតការងារ")),
        ),
    )
    return tuple(topic for topic, named in near if named)[:2]
