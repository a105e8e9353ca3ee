"""A fisher on a boat, or a family waiting for one (exploratory round 18C): "i want off the
boat at next port, how" and "boat captain say if i leave he not pay, i am in port now
songkhla" were not understood; a wife at home whose husband is on a Thai fishing boat, "no
news for five months" (Khmer, English), got the someone-else answer (their embassy, an
arrest) or, in Burmese, Myanmar's fake-jobs answer. Nothing anywhere named the one place
the sources give for fishers. The NLU has no intent for work at sea.

Our sources have nothing on fishers' pay held until the boat returns, papers kept by a
captain, leaving a boat at a port, or news of someone at sea. They name the Stella Maris
Seafarers Centre in Songkhla (support and shelter for fishers; before 2022; no phone, no
address: content/directory/organisations.yml, `cso-stella-maris-songkhla`). So the reply
says that, points to a person, the emergency answer a tap away, and offers the other
problems the NLU read. A problem the NLU read ("captain keep my passport": Passport taken
at 0.80, with Thailand's numbers) keeps its answer, with the line first (`told`): taking
it over lost those numbers. Danger
words ("captain beat me") come before all of this, as everywhere.

Latin words as whole words, Burmese and Khmer inside the text (spaces ignored, Zawgyi too).
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

NAME = "at_sea"  # counted as a conversation (tally.py), never words
EMERGENCY = "emergency_help"

_LATIN = re.compile(
    r"\b(?:fisher|fishers|fisherman|fishermen|fisherment|fishing|trawler|trawlers|"
    r"at sea|in the sea|into the sea|in sea|overboard|sea boat|fish boat|"
    r"(?:on|off|from|leave|left|leaving)\s+(?:the\s+|a\s+|this\s+)?boat|boat captain|"
    r"captain|next port|"
    # romanised Khmer: ទូកនេសាទ (fishing boat), នេសាទ (fishing), សមុទ្រ (sea), មេទូក (boat
    # boss); romanised Burmese: ငါးဖမ်း (fishing), ပင်လယ် (sea), ငါးဖမ်းလှေ (fishing boat)
    r"tuk nesat|touk nesat|nesat|me tuk|"
    # samot (sea) not as food or the beach: ក្តាមសមុទ្រ kdam samot (sea crab), ត្រីសមុទ្រ trey
    # samot (sea fish), ឆ្នេរសមុទ្រ chhne samot (beach): "chab kdam samot yok mk tver mhob"
    # (catch sea crabs to cook), found on the development set
    r"(?<!kdam )(?<!kdaam )(?<!trey )(?<!trei )(?<!chhne )(?<!chhner )samot|"
    r"nga hpan|nga pan|ngar pan|ngar hpan|"
    r"pin lal|pinlal|pin lae)\b"
)
_SCRIPT = (
    # Burmese: fishing, sea, captain (two spellings), on the boat
    "ငါးဖမ်း",
    "ပင်လယ်",
    "ကပ္ပတိန်",
    "ကပ်ပတိန်",
    "လှေပေါ်",
    # Khmer: fishing, sea, boat boss, captain of a boat, ship
    "នេសាទ",
    "សមុទ្រ",
    "មេទូក",
    "ប្រធានទូក",
    "នាវា",
)


# The Thai provinces named for the sea (Samut Prakan, Samut Sakhon, Samut Songkhram), where
# many factory and construction workers live: "sea" in their names is no boat (round 50C)
_PROVINCES = re.compile(
    r"(សមុទ្រ|សមុទ)\s*(ប្រាការ|សាគរ|សាខន|សង្គ្រាម)|"
    r"\bsam[ou]th?\s*(prakan|prakarn|prakarl|sakhon|sakorn|sakhorn|songkhram|songkram)\b",
    re.IGNORECASE,
)


def says(words: str) -> bool:
    """Whether `words` speak of a fishing boat or of work at sea (a province named for the
    sea is not)."""
    return holds(_PROVINCES.sub(" ", words), _LATIN, _SCRIPT)


def instead(event: Text) -> bool:
    """Whether the reply on work at sea answers `event` instead of the NLU's reading: the
    words speak of it, and the NLU read no problem in them; a problem read comes with the
    line first (`told`)."""
    if event.nlu is not None and event.nlu.topic is not None:
        return False
    return says(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; the one centre they name for fishers; a person; the
    emergency answer; the other problems the NLU read; the menu."""
    text = ctx.translator(state.language).gettext(
        "Work on a fishing boat, yours or a relative's? Our sources have no checked "
        "information on pay held until the boat returns, papers kept by the captain, leaving "
        "a boat at a port, or news of someone at sea. In Songkhla (Thailand), the Stella "
        "Maris Seafarers Centre supports and shelters fishers (information from before 2022; "
        "we found no phone number). A person from a partner organisation can help: tap "
        "“{person}”. In danger now? Tap “{emergency}”."
    )
    return also_wrote.person_first(text, (EMERGENCY,), event, state, ctx)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (a problem surely read), first the line on what our sources do not say and
    the centre they name, when the words speak of a fishing boat or work at sea. Never above
    the emergency numbers ("in ranong, captain keep my pink card" read as an emergency)."""
    if topic == EMERGENCY or not says(words):
        return outcome
    _ = ctx.translator(state.language).gettext
    note = _(
        "On a fishing boat? Our sources have nothing checked on fishers' pay, papers or "
        "leaving a boat. In Songkhla (Thailand), the Stella Maris Seafarers Centre supports "
        "and shelters fishers (before 2022; no phone number found). Tap “{person}”."
    ).format(person=_("Talk to a person"))
    return with_note(note, outcome)
