"""Requests the bot should not help with (exploratory round 34B), read before the NLU:

- False papers: "fake passport how much", "how to make fake work permit", "where can I buy a
  pink card", ပတ်စပို့ အတု (a fake passport), លិខិតឆ្លងដែនក្លែងក្លាយ (a forged passport),
  "pasport klaeng klay". They got Documents you need, Lost documents, Passport taken (as if
  the person's passport were kept), Visa and work permit or "did not understand". Now: the
  bot cannot help to get false papers, kindly and with no threat, and a person who can look
  for a legal way; Visa and work permit and Lost documents as buttons.
- Hurting someone: "how to get revenge on my boss", "I want kill my boss he not pay me",
  "i want burn his car", လက်စားချေချင်တယ် (I want revenge), ចង់សងសឹក (want revenge), "let
  sar chay", "sang sek". They got the injury answer, Unpaid wages with no word on the anger,
  or "did not understand". Now: the bot cannot help to hurt anyone; what was done to the
  person matters and there are other ways; a person to talk to; Unpaid wages and Where to
  complain.
- Crossing unseen: "how to cross the river at night with no police", ရဲမသိအောင် (without the
  police knowing), កុំឲ្យប៉ូលិសឃើញ (so the police do not see). They got "I cannot help with
  that" and the menu. Now: the bot cannot help with that, a person to talk to about what is
  safer, and Going abroad legally and Documents you need (its warning on going without a
  passport, crossing.py) as buttons.
- An employer who keeps a worker's passport to make her stay ("how to make my worker stay,
  I keep her passport", "I am employer, how I keep my worker passport so she not run"): they
  got Passport taken, the worker's answer (what she can do, which hotlines). Now: the bot
  cannot help to keep anyone's passport or to stop anyone leaving, and helps workers.

A pink card offered for money stays fake_helper's (28B), and money asked by the police or
immigration officials_money's (31B): this is read after both. Danger words are read first
and still win. Latin phrases as whole words, Burmese and Khmer inside the text (spaces
ignored, Burmese also as read in Zawgyi). Drafts for a native speaker at a partner.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.values import Button, Reply, UserState

NAME = "not_to_help"  # counted as a conversation under this name (tally.py), never the words

_PAPER = (
    r"(?:passport|pasport|pink card|pinkcard|work permit|visa|id card|card|documents?|papers?|"
    r"stamp)"
)
# Papers that are never bought from a seller (not a phone "card", a "visa on arrival" nor a
# "stamp")
_BOUGHT = r"(?:passport|pasport|pink card|pinkcard|work permit|id card|documents?|papers)"
_FAKE = re.compile(
    r"\b(?:"
    r"(?:fake|false|forged?|forgery|counterfeit)\s+(?:\w+\s+)?" + _PAPER + r"|"
    # romanised Khmer: forged (klaeng klay)
    r"klaeng ?klay|kleng ?kley"
    r")\b"
)
# Asked for: how much, where, to buy or make one. Not a worker given one: "agent gave me a
# fake passport", "is my pink card fake?" (their own problem, answered by the NLU's reading)
_WANTED = re.compile(
    r"\b(?:how much|price|cost|where|buy|make|made|want|need|can i get|who can|who sell|"
    r"anyone sell|sell me|tlai|ponman|tver|tinh)\b"
)
_GIVEN = re.compile(r"\b(?:gave|give|given|got|get) me\b|\b(?:is|was) (?:it|this|my)\b|real or")
_BUY = re.compile(
    # "where can I buy a pink card", "can i buy document anywhere": papers are not bought
    r"\b(?:(?:buy|buying|purchase)\s+(?:a\s+|an\s+|the\s+|new\s+)?" + _BOUGHT + r"|"
    # romanised Burmese: pink card buy (wel)
    r"pink card wel|card wel)\b"
)
_FAKE_SCRIPT = (
    # Burmese: fake passport; fake card; fake papers; fake permit
    "ပတ်စပို့အတု",
    "ပတ်စ်ပို့အတု",
    "ကတ်အတု",
    "စာရွက်စာတမ်းအတု",
    "ပါမစ်အတု",
    # Khmer: forged (ក្លែងក្លាយ), forged papers
    "ក្លែងក្លាយ",
    "ឯកសារក្លែង",
)
_WANTED_SCRIPT = (
    # Burmese: want to make; where; buy; how much
    "လုပ်ချင်",
    "ဘယ်မှာ",
    "ဝယ်",
    "ဘယ်လောက်",
    # Khmer: make; price; buy; how much
    "ធ្វើ",
    "តម្លៃ",
    "ទិញ",
    "ប៉ុន្មាន",
)
_BUY_SCRIPT = (
    # Burmese: buy a pink card
    "ပန်းရောင်ကတ်ဘယ်မှာဝယ်",
    "ပန်းရောင်ကတ်ဝယ်",
)

_HURT = re.compile(
    r"\b(?:"
    r"revenge(?! porn)|get back at|pay (?:him|her|them) back|"
    r"(?:want|wanna|going|go|will|gonna|how)\s+(?:to\s+)?(?:kill|hurt|beat|stab|burn|"
    r"poison|attack|destroy)\s+(?:my |the |his |her |that |this )?(?:boss|employer|"
    r"agent|broker|supervisor|him|her|them|nai jang|car|house|shop|factory)|"
    r"burn (?:his|her|their|the boss|my boss) (?:car|house|shop|factory)|"
    # romanised Burmese: take revenge (let sar chay / kyay); romanised Khmer: revenge (sang sek)
    r"let sar (?:chay|chae|kyay|kyae)|lat sar chay|sang ?sek|song ?sek"
    r")\b"
)
_HURT_SCRIPT = (
    # Burmese: take revenge; kill (the boss)
    "လက်စားချေ",
    "သူဌေးကိုသတ်",
    "သတ်ပစ်ချင်",
    # Khmer: take revenge; kill the boss
    "សងសឹក",
    "សម្លាប់ថៅកែ",
)

# Revenge feared, not wanted: "သူဌေးက လက်စားချေမှာ စိုးလို့ မတိုင်ရဲဘူး" (I dare not complain,
# worried the boss will take revenge), "ខ្លាចថៅកែសងសឹក បើប្ដឹង" (afraid the boss takes revenge
# if I complain) got "I cannot help to hurt anyone" (the lead's read of round 34B).
_FEARED = re.compile(
    r"\b(?:afraid|scared|scare|fear|worried|worry|dare not|dont dare)\b|"
    r"\b(?:boss|employer|agent|broker|he|she|they|supervisor)(?: \w+){0,2} (?:will |would |may "
    r"|might |can )?(?:take |get )?revenge|revenge (?:on|against) (?:me|us)\b"
)
# Burmese: afraid, worried (that), dare not, the boss (does) revenge; Khmer: afraid, the boss
# (takes) revenge, they (take) revenge
_FEARED_SCRIPT = ("ကြောက်", "စိုးလို့", "မရဲဘူး", "သူဌေးကလက်စား", "ខ្លាច", "ថៅកែសងសឹក", "គេសងសឹក")
_UNSEEN = re.compile(
    r"\b(?:"
    r"cross(?:ing)?\s+(?:\S+\s+){0,4}?(?:without|no|not see|so no|no one see|nobody see)"
    r"\s*(?:the\s+)?(?:police|soldier|soldiers|army|immigration|checkpoint|one see|passport "
    r"check)|"
    r"cross(?:ing)?\s+(?:the\s+)?(?:river|border)\s+(?:at night|secretly|illegally|"
    r"in secret|hidden)|(?:secretly|illegally)\s+cross"
    r")\b"
)
_UNSEEN_SCRIPT = (
    # Burmese: without the police knowing (+ cross is read below)
    "ရဲမသိအောင်",
    "ရဲမမြင်အောင်",
    "ခိုးဝင်",
    # Khmer: so the police do not see; cross secretly
    "កុំឲ្យប៉ូលិសឃើញ",
    "កុំអោយប៉ូលិសឃើញ",
    "ឆ្លងដោយលួច",
    "លួចឆ្លង",
)

# Asked how, not told of: "my friend cross river at night, now police catch him" is an arrest
_HOW = re.compile(r"\b(?:how|want|wanna|need|help me|can i|can we|where|way to|best|tonight)\b")
# Burmese: how (ဘယ်လို), want to (ချင်); Khmer: how (របៀប, ធ្វើម៉េច, យ៉ាងម៉េច), want (ចង់)
_HOW_SCRIPT = ("ဘယ်လို", "ချင်", "របៀប", "ធ្វើម៉េច", "យ៉ាងម៉េច", "ចង់")

# Told by a broker: "broker say no need passport, cross river at night" gets Documents you
# need and its warning on a broker who says no passport is needed (crossing.py, 13B, 19B)
_TOLD = re.compile(r"\b(?:broker|agent|pwe sar|pwesar|mekhyal|say|says|said|tell|told)\b")
_TOLD_SCRIPT = ("ပွဲစား", "အေးဂျင့်", "មេខ្យល់", "ភ្នាក់ងារ")

_KEEPS = re.compile(
    r"\b(?:"
    r"i (?:keep|kept|hold|take|took) (?:her|his|their|my worker'?s?|my maid'?s?|the "
    r"worker'?s?) passports?|"
    r"how (?:i |to |can i |do i )?(?:keep|hold) (?:my |the |her |his )?(?:worker|workers|maid|"
    r"helper)'?s? passports?|"
    r"(?:make|keep) (?:my |the )?(?:worker|workers|maid|helper) (?:stay|not run|from running)"
    r")\b"
)

_WAGES = "unpaid_wages"
_DOCUMENTS = "documents_needed"  # its no-passport broker warning (crossing.py, 19B)
_LEGAL = "legal_channels"
_COMPLAIN = "complaint_channels"
_PAPERS = "visa_work_permit"
_LOST = "lost_documents"


def forged(words: str) -> bool:
    """Whether `words` ask to buy papers, or for false ones."""
    if holds(words, _BUY, _BUY_SCRIPT):
        return True
    low = words.lower()
    if _GIVEN.search(low):
        return False
    return holds(words, _FAKE, _FAKE_SCRIPT) and holds(words, _WANTED, _WANTED_SCRIPT)


def hurt(words: str) -> bool:
    """Whether `words` tell of wanting to hurt someone or their things."""
    return holds(words, _HURT, _HURT_SCRIPT) and not holds(words, _FEARED, _FEARED_SCRIPT)


def unseen(words: str) -> bool:
    """Whether `words` ask how to cross a border without being seen."""
    return (
        holds(words, _UNSEEN, _UNSEEN_SCRIPT)
        and holds(words, _HOW, _HOW_SCRIPT)
        and not holds(words, _TOLD, _TOLD_SCRIPT)
    )


def keeps(words: str) -> bool:
    """Whether `words` are an employer's, who keeps a worker's passport to make her stay."""
    return bool(_KEEPS.search(words.lower()))


def instead(event: Text) -> bool:
    """Whether the reply answers `event` before the NLU's reading."""
    words = event.text
    return keeps(words) or hurt(words) or forged(words) or unseen(words)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What the bot cannot help with, said once and kindly, and a way that can help."""
    _ = ctx.translator(state.language).gettext
    words = event.text
    if keeps(words):
        text = _(
            "I cannot help to keep anyone's passport or to stop a worker from leaving. I help "
            "workers with their rights and their problems."
        )
        return Outcome((Reply(text, ((Button(_("Menu"), "menu"),),)),), state.with_(misses=0))
    lines: tuple[str, ...]
    if hurt(words):
        lines = (
            _("I cannot help to hurt anyone or their things."),
            _(
                "What was done to you matters, and your anger is understandable. There are "
                "other ways."
            ),
            _(
                "A person from a partner organisation can listen and look with you at what "
                "you can do, for example about pay you are owed: tap “{person}”."
            ),
        )
        topics: tuple[str, ...] = (_WAGES, _COMPLAIN)
    elif unseen(words):
        lines = (
            _("I cannot help to cross a border without being seen."),
            _(
                "If you must leave because you are in danger, or you see no other way, a "
                "person from a partner organisation can talk with you about what is safer: "
                "tap “{person}”."
            ),
        )
        topics = (_LEGAL, _DOCUMENTS)
    else:
        lines = (
            _("I cannot help to buy papers or to get false ones."),
            _(
                "There may be a legal way for you. A person from a partner organisation can "
                "look at your situation with you, without judging you: tap “{person}”."
            ),
        )
        topics = (_PAPERS, _LOST)
    return also_wrote.person_first("\n\n".join(lines), topics, event, state, ctx)
