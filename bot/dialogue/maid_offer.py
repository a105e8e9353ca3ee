"""A woman at home asked to go abroad as a maid (exploratory round 18A): at home in Cambodia,
"the broker says go and be a maid in Malaysia, they pay all the costs" (Khmer) got Passport
taken for Malaysia with the Malaysian Labour Department's number (the NLU's 0.29 reading,
the destination taken as her place); "agent say go singapore as maid, everything paid, no
need money" at home in Myanmar got an agency complaint answer, as did the Burmese one.

Our sources have no checked information on going abroad as a domestic worker from either
country. So someone whose profile puts them at home, writing of work as a maid or domestic
worker for themselves (not "my daughter", not "I am in Malaysia"), is told that, to check
the agency and pay nothing before talking to a person (the brief's rule, worded as ransom.py's
"before you pay, talk to a person"), with the checked answers on fake jobs, checking an agency
and fees one tap away, for home.

Latin words as whole words, Burmese and Khmer inside the text (spaces ignored, Zawgyi too).
Drafts for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue.before_leaving import HOME, says_there
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import person_first_rows
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.dialogue.someone_else import names_someone
from bot.values import Reply, UserState

NAME = "maid_offer"  # counted as a conversation (tally.py), never words
SURE = 0.95
SHOWN = ("job_scams_trafficking", "check_agency", "recruitment_fees")

_LATIN = re.compile(
    r"\b(?:maid|maids|housemaid|house maid|domestic worker|domestic helper|house helper|"
    r"housework job|work in a house|work in house|"
    # romanised Burmese: အိမ်အကူ (domestic helper); romanised Khmer: អ្នកបម្រើ (servant),
    # អ្នកបម្រើតាមផ្ទះ
    r"eain akuu|ain a ku|eain a ku|ein a ku|neak bomrae|nak bomre|neak bamrae)\b"
)
_SCRIPT = (
    # Burmese: domestic helper, house work
    "အိမ်အကူ",
    "အိမ်ဖော်",
    # Khmer: servant, domestic worker, house work
    "អ្នកបម្រើ",
    "ពលករតាមផ្ទះ",
    "ការងារផ្ទះ",
)


# Work as a maid already done: "i was maid in singapore 2 years, now back home, how to get my
# money" is a returnee's question, not an offer. Burmese ပြန်ရောက် (came back), Khmer
# ត្រឡប់មកវិញ (came back).
_BEFORE = re.compile(
    r"\b(?:was|were|worked|used to|back home|came back|come back|returned|return home)\b"
)
_BEFORE_SCRIPT = ("ပြန်ရောက်", "ត្រឡប់មកវិញ")


def says(words: str) -> bool:
    """Whether `words` speak of work as a maid or domestic worker."""
    return holds(words, _LATIN, _SCRIPT)


def instead(event: Text, state: UserState) -> bool:
    """Whether someone at home, by the profile, writes of going to work as a maid: not about
    someone else, not saying they are abroad now, and no problem the NLU surely read ("i work
    as maid, 3 month no salary" from a profile not changed since leaving)."""
    words = event.text
    sure = event.nlu is not None and event.nlu.topic is not None and event.nlu.confidence >= SURE
    return (
        not sure
        and state.country in HOME
        and says(words)
        and not holds(words, _BEFORE, _BEFORE_SCRIPT)
        and not names_someone(words)
        and not says_there(words)
    )


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; check the agency and pay nothing before a person; the
    answers on fake jobs, agencies and fees, for home; a person; the menu."""
    tr = ctx.translator(state.language)
    person = tr.gettext("Talk to a person")
    text = tr.gettext(
        "Asked to go abroad to work as a maid, in a family's house? Our sources have no "
        "checked information on going abroad as a domestic worker. Before you go, sign or "
        "pay anything, check the agency and talk to a person: tap “{person}”."
    ).format(person=person)
    keyboard = person_first_rows(ctx.catalog, SHOWN, tr)
    return Outcome((Reply(text, keyboard),), state.with_(misses=0))
