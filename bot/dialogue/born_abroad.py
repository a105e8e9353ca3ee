"""A child born abroad (exploratory round 17B; round 12 listed it as having no answer): "my
baby was born in thailand, no papers" got Lost ID after return (Myanmar's national ID card,
"how to get a new one: not found") with the embassy in Bangkok, then "how get birth
certificate" "My answer ... is just above"; the Khmer "កូនខ្ញុំកើតនៅថៃ គ្មានឯកសារ" (my child was
born in Thailand, no papers) Cambodia's ID card and family book. The NLU has no intent for it.

Our sources say nothing on registering a child born abroad, a birth certificate or a child's
papers. So the reply says that, and points to a person; the other problems the NLU read stay
a tap away. Latin words as whole words, Burmese and Khmer inside the text (spaces ignored).
Drafts for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.values import UserState

NAME = "born_abroad"  # counted as a conversation (tally.py), never words
# A problem the NLU surely read keeps its answer, with the line first (`told`): the NLU's
# lines for birth certificates are Lost ID after return's, whose "ask your local
# authorities" helps a child now at home.
SURE = 0.95
DOCUMENTS = "documents_needed"

_LATIN = re.compile(
    r"\b(?:"
    r"birth certificate|birth cert|birth paper|birth papers|birth registration|"
    r"register (?:my |our |the |a |his |her )?(?:baby|child|newborn|new born|kid)|"
    r"(?:baby|child|newborn|kid|son|daughter) (?:was |is |just )?born|"
    r"had a baby|"
    # "is my baby thai citizen if born in thailand", "i am 16 born in thailand" (22B)
    r"born (?:in|at) (?:thailand|thai|malaysia|korea|south korea|japan|singapore)|born here|"
    # romanised Burmese: မွေးစာရင်း (birth registration), ထိုင်းမှာမွေး (born in Thailand)
    r"mway sa yin|mwe sa yin|mway sayin|mwesayin|thai mhar mway|thai hmar mway|"
    # romanised Khmer: កើតនៅថៃ (born in Thailand)
    r"kaet nov thai|kert nov thai|kaet nuv thai|kaet nov malaysia|"
    # romanised Khmer: សំបុត្រកំណើត (birth certificate)
    r"sombot komnaet|sombot kamnaet|sambot komnaet"
    r")\b"
)
_SCRIPT = (
    # Burmese: birth registration, birth certificate; born in (ထိုင်းမှာမွေး: born in Thailand)
    "မွေးစာရင်း",
    "မွေးလက်မှတ်",
    "မှာမွေး",
    # Khmer: birth certificate; (my) child, a baby was born
    "សំបុត្រកំណើត",
    "កូនកើត",
    "កូនខ្ញុំកើត",
    "ទារកកើត",
)


def instead(event: Text) -> bool:
    """Whether the reply answers `event` instead of the NLU's reading: the words speak of a
    child born abroad, and the NLU did not surely read a problem. A birth certificate with no
    child or birth named, read as Documents you need ("no birth certificate, can i make
    passport?", a question found on the development set, scripts/heldout_replies.py), keeps
    that answer with the line first (`told`): the question is the person's own papers. ("how
    get birth certificate" read as Lost ID after return still gets the line alone: round
    17B's parent, whose child it is.)"""
    nlu = event.nlu
    sure = (
        nlu is not None
        and nlu.topic is not None
        and (nlu.confidence >= SURE or (nlu.topic == DOCUMENTS and not _a_child(event.text)))
    )
    return not sure and says(event.text)


def _a_child(words: str) -> bool:
    """Whether `words` name a child or a birth, not only a birth certificate."""
    return holds(words, _CHILD_LATIN, _CHILD_SCRIPT)


# A child, a baby or a birth (the words above without the certificate): Latin, romanised
# (ကလေး, ကလေးမွေး; កូន, ទារក: kon, tearok, kaet), Burmese and Khmer.
_CHILD_LATIN = re.compile(
    r"\b(?:baby|babies|child|children|newborn|new born|kid|kids|son|daughter|born|"
    r"khalay|kha lay|mway|mwe|kon|koun|tearok|kaet|kert)\b"
)
_CHILD_SCRIPT = ("ကလေး", "သား", "သမီး", "မွေး", "កូន", "ទារក", "កើត")


def says(words: str) -> bool:
    """Whether `words` speak of a child born (abroad) or a birth certificate."""
    return holds(words, _LATIN, _SCRIPT)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; a person; the other problems the NLU read; the menu."""
    return also_wrote.person_first(_line(state, ctx), (), event, state, ctx)


def told(_topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (a problem surely read), first the line on what our sources do not say when
    the words speak of a child born abroad."""
    return with_note(_line(state, ctx), outcome) if says(words) else outcome


def _line(state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    return _(
        "A child born abroad, or a birth certificate? Our sources have no checked information "
        "on registering a child born abroad or on a child's papers. A person from a partner "
        "organisation can help: tap “{person}”."
    ).format(person=_("Talk to a person"))
