"""A domestic worker who lives in the employer's house asks about a day off, her own phone,
her own room or enough food (exploratory round 18A): "maid have day off in malaysia?" got
Unpaid wages with the Labour Department's number; "can i keep my own phone? employer say maid
no phone" and the Burmese "does a domestic worker get one day off a week?" were not
understood; "i sleep in the kitchen floor, can i ask for my own room?" and "food very little,
i always hungry" got "I cannot help with that". The NLU has no intent for them.

Our sources say nothing on the rules for domestic or live-in workers in any country: no day
off, phone, room or food rule. So the reply says that, points to a person, and keeps the
emergency answer one tap away (a locked door or no food at all are danger words, answered
first: triage.py); the other problems the NLU read are offered as buttons. A problem the NLU
read surely (0.95 or more: "boss keep my passport, no day off" as Passport taken) keeps its
answer, as young.py does.

Latin words as whole words, Burmese and Khmer inside the text (spaces ignored, Zawgyi too).
Drafts for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.values import UserState

NAME = "live_in"  # counted as a conversation (tally.py), never words
EMERGENCY = "emergency_help"
SURE = 0.95

_LATIN = re.compile(
    r"\b(?:"
    # a day off
    r"day off|days off|dayoff|off day|off days|rest day|rest days|holiday every week|"
    # her own phone
    r"(?:keep|have|hold) (?:my |a |her )?(?:own )?(?:phone|handphone|mobile)(?! ?(?:number|no\b))|"
    r"own phone|maid no phone|no phone for maid|not allow(?:ed)? (?:to )?(?:use |have |keep )?"
    r"(?:a |my )?phone|"
    # her own room
    r"own room|sleep in (?:the )?kitchen|sleep on (?:the )?(?:kitchen )?floor|"
    r"sleep in (?:the )?(?:store|storeroom|bathroom|living room)|no room to sleep|"
    # enough food
    r"not enough food|food not enough|little food|food (?:is )?very little|food very less|"
    r"always hungry|very hungry|give me no food|no give food|"
    # romanised Burmese: နားရက် (day off); romanised Khmer: ថ្ងៃឈប់ (day off)
    r"nar yet|nar yat|na yet|thngai chhob|tngai chhob|thngai chhop|"
    # romanised Burmese: ဖုန်းမပေးဘူး (does not give the phone)
    r"phone ma pay|phone ma pe|hpone ma pay|phone mapay"
    r")\b"
)
_SCRIPT = (
    # Burmese: day off; (the employer) does not give the phone; not fed; hungry
    "နားရက်",
    "ဖုန်းမပေး",
    "ထမင်းမကျွေး",
    "ထမင်းနည်းနည်း",
    "ဗိုက်ဆာ",
    # Khmer: rest day (two ways); not allowed to use the phone; hungry; not enough food
    "ថ្ងៃឈប់សម្រាក",
    "ថ្ងៃសម្រាក",
    "មិនឲ្យប្រើទូរស័ព្ទ",
    "មិនអោយប្រើទូរស័ព្ទ",
    "ឃ្លាន",
    "អាហារមិនគ្រប់",
)


def says(words: str) -> bool:
    """Whether `words` ask about or tell of a day off, a phone of one's own, a room of one's
    own or enough food."""
    return holds(words, _LATIN, _SCRIPT)


# A workplace that is no employer's house (round 19C): "I work on a farm in Korea, 12 hours a
# day, no day off" (Khmer) got this reply about domestic workers, over the NLU's Unpaid wages
# (0.94). With such a workplace named, a problem the NLU read keeps its answer.
_ELSEWHERE = re.compile(
    r"\b(?:farm|farms|factory|factories|construction|plantation|work ?site|greenhouse|"
    r"kasekam|chamkar|rong chak|sek yone|set yone)\b"
)
_ELSEWHERE_SCRIPT = (
    # Khmer: farm, plantation, factory, construction site
    "កសិដ្ឋាន",
    "ចម្ការ",
    "រោងចក្រ",
    "ការដ្ឋាន",
    # Burmese: factory, plantation, construction
    "စက်ရုံ",
    "စိုက်ခင်း",
    "ဆောက်လုပ်ရေး",
)


def instead(event: Text) -> bool:
    """Whether the reply answers `event` instead of the NLU's reading: the words say it, and
    the NLU did not surely read a problem (that answer is kept), nor read one where the words
    name a workplace that is no employer's house."""
    nlu = event.nlu
    if (
        nlu is not None
        and nlu.topic is not None
        and (nlu.confidence >= SURE or holds(event.text, _ELSEWHERE, _ELSEWHERE_SCRIPT))
    ):
        return False
    return says(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; a person; the emergency answer; the other problems the
    NLU read; the menu."""
    text = ctx.translator(state.language).gettext(
        "A day off, your own phone, your own room, enough food? Our sources have no checked "
        "information on the rules for domestic workers who live in the employer's house. A "
        "person from a partner organisation can help you: tap “{person}”. Locked in, hurt or "
        "in danger? Tap “{emergency}”."
    )
    return also_wrote.person_first(text, (EMERGENCY,), event, state, ctx)
