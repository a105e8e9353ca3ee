"""A language the bot does not write, asked for or given as the reason one cannot read it
(exploratory round 30B): "i am shan. i no read burmese. have shan language?", "karen language
can?", ရှမ်းဘာသာနဲ့ ပြောလို့ရလား (can you speak Shan?), "I speak only Karen and little Thai"
and မြန်မာစာ မဖတ်တတ်ဘူး (I cannot read Burmese) got "Choose a language." with Burmese, Khmer
and English only, saying nothing of Shan or Karen; "mai khao jai myanmar sa. shan only"
(Thai: I do not understand Burmese writing) and "can you answer in rakhine language" got
"Sorry, I did not understand"; "which organisation speak karen language? MAP speak shan?" the
list of organisations, silent on their languages.

The reference names no help line, office or organisation speaking Shan, Karen, Mon, Kachin,
Chin, Rakhine or another language of Myanmar, nor the languages of MAP, FED, FAR or CWCC;
it names Burmese and Khmer speakers at Thailand's 1694 (weekdays, 2017) and Issara's
helplines in Burmese, Khmer and Lao/Thai. So the reply says what the bot writes, that no
service in the person's language is known, what is, and offers a person: alone (the NLU
read a language change, or no problem, or one unsurely), or as a line before a problem the
NLU read surely ("I am Mon ... boss keep my passport"). Never above the emergency numbers.
The word lists are drafts for partners to extend.
"""

from __future__ import annotations

import re

from bot.content.topics import TOPIC_IDS
from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.once import per_message
from bot.values import UserState

NAME = "other_language"  # counted as a conversation (tally.py), never words
EMERGENCY = "emergency_help"
SWITCH = "change_language"
UNSURE = 0.5
GUESS = 0.2  # a guess offered as a button under the line

# Languages of Myanmar the bot does not write. Not "chin" alone after "lo"/"ya" (romanised
# Burmese ချင် "want"), and never "... state" ("i worked in shan state before").
_NAMES = (
    r"(?:shan|tai yai|karen|kayin|sgaw|pwo|karenni|kayah|mon|kachin|jinghpaw|chin|rakhine|"
    r"arakanese|rohingya|pa ?o|palaung|taang|lahu|akha)"
)
_LATIN = re.compile(
    # "shan language", "karen language can?", "shan only", "shan lo" (romanised: in Shan)
    rf"\b(?:{_NAMES} (?:language|languages|lang|bar ?thar|bhasa|speaker|speakers|only)|"
    r"(?:shan|karen|kayin) lo)\b|"
    # "speak only Karen", "answer in rakhine", "speak mon", "understand kachin"
    rf"\b(?:speak|speaks|speaking|talk|write|read|answer|reply|understand|know) (?:in )?"
    rf"(?:only )?{_NAMES}\b(?! state)|"
    # "i no read burmese", "cannot read myanmar", "dont understand khmer"
    # (not "i do not know myanmar embassy address")
    r"\b(?:no|not|cannot|cant|can not|dont|do not|never) (?:\w+ )?(?:read|speak|understand|"
    r"know|write) (?:the )?(?:burmese|myanmar|bamar|khmer)(?=$|[^\w ]| (?:language|writing|"
    r"letters?|script|sa|sar|well|and|or|so|but|only|very|at all|please|pls)\b)|"
    # "my burmese not good", "english and burmese bad", "khmer little"
    r"\b(?:burmese|khmer|my myanmar) (?:language |writing )?(?:not good|no good|not well|"
    r"bad|little|weak|poor)\b|"
    # Thai typed in Latin letters: ไม่เข้าใจ (do not understand) Burmese, Khmer
    r"\bmai (?:khao|kao) jai (?:myanmar|phama|pama|burmese|khmer|khamen)\b"
)
# Burmese: ရှမ်း (Shan), ကရင် (Karen), ကချင် (Kachin), ရခိုင် (Rakhine) with ဘာသာ (language),
# လို (in), စကား (speech); မွန် (Mon) and ချင်း (Chin) with ဘာသာ or စကား only (မွန်လို is in
# ကောင်းမွန်လို့, "well"); မြန်မာစာ / ဗမာစာ with မဖတ်တတ် (cannot read), မတတ် (do not know),
# နည်းနည်း (a little). Khmer: cannot read Khmer letters.
_SCRIPT = (
    "ရှမ်းဘာသာ", "ရှမ်းလို", "ရှမ်းစကား", "ကရင်ဘာသာ", "ကရင်လို", "ကရင်စကား", "ကချင်ဘာသာ",
    "ကချင်လို", "ကချင်စကား", "ရခိုင်ဘာသာ", "ရခိုင်လို", "ရခိုင်စကား", "မွန်ဘာသာ", "မွန်စကား",
    "ချင်းဘာသာ", "ချင်းစကား", "မြန်မာစာမဖတ်တတ်", "မြန်မာစာမတတ်", "မြန်မာစာနည်းနည်း",
    "မြန်မာလိုမတတ်", "မြန်မာစကားမတတ်", "ဗမာစာမဖတ်တတ်", "ဗမာစာမတတ်",
    "អានអក្សរខ្មែរមិនចេះ", "មិនចេះអក្សរខ្មែរ", "អានខ្មែរមិនចេះ", "មិនចេះភាសាខ្មែរ",
)  # fmt: skip


@per_message
def says(words: str) -> bool:
    """Whether `words` ask for a language the bot does not write, or say the person cannot
    read the one it writes."""
    return holds(words, _LATIN, _SCRIPT)


def instead(event: Text) -> bool:
    """Whether the line answers `event` alone: the words say it, and the NLU read a language
    change, no problem, or one unsurely (never an emergency, which keeps its numbers)."""
    if not says(event.text):
        return False
    nlu = event.nlu
    if nlu is None or nlu.topic is None or nlu.topic == SWITCH:
        return True
    return nlu.topic != EMERGENCY and nlu.confidence < UNSURE


def _line(state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    line = _(
        "I can write only in Burmese, Khmer and English. Our sources name no help line or "
        "organisation that speaks Shan, Karen, Mon, Kachin, Chin, Rakhine or another language "
        "of Myanmar, and do not say which languages MAP, FED or the other organisations "
        "speak, so I cannot promise one."
    )
    if state.country == "TH":
        line += " " + _(
            "Known: the 1694 line has Burmese and Khmer speakers on weekdays (2017); Issara's "
            "24-hour lines are in Burmese, Khmer and Lao/Thai."
        )
    return (
        line
        + " "
        + _(
            "You can write to a person here in short, simple words, or ask a friend who reads "
            "Burmese or Khmer to help you: tap “{person}”."
        )
    )


def _guesses(event: Text, ctx: Context) -> tuple[str, ...]:
    """The NLU's best guesses of a problem in `event`, not sure enough to answer: a Shan
    writer's "... အလုပ်ရှင် ပိုက်ဆံ မပေး" (the boss does not pay) read at 0.50 keeps Unpaid
    wages one tap away."""
    if event.nlu is None:
        return ()
    found = (
        topic
        for topic, confidence in event.nlu.ranking
        if confidence >= GUESS
        and topic in TOPIC_IDS
        and topic != SWITCH
        and ctx.catalog.topic(topic)
    )
    return tuple(found)[:2]


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What the bot writes and what is known; a person; the NLU's best guesses and the
    problems it read; the menu."""
    return also_wrote.person_first(_line(state, ctx), _guesses(event, ctx), event, state, ctx)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (a problem surely read), first the line, when the words say it. Never above
    the emergency numbers."""
    if topic == EMERGENCY or not says(words):
        return outcome
    tr = ctx.translator(state.language)
    note = _line(state, ctx).replace("{person}", tr.gettext("Talk to a person"))
    return with_note(note, outcome)
