"""Messages answered before the NLU's reading, each by the module that knows its words, in
one order: the reply (flows._read) and the anonymous count (tally._read) read this table, so
a new kind of message is added once and both stay in the same order. Before, each was two
hand-written checks, one in each module, kept in step by hand.

Each is read after danger words, own data, typed answers to a question, greetings and a
lone ok (flows._read, in that order), and before the NLU: "I want to cry", "my son died
abroad", "I am pregnant", "i am 16 can i work", "my baby was born in thailand", "i want off
the boat at next port", "anyone there?", "can i call you".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.dialogue import (
    at_sea,
    bereaved,
    born_abroad,
    by_voice,
    confused,
    pregnant,
    still_there,
    upset,
    young,
)
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.outcome import Outcome
from bot.values import UserState


@dataclass(frozen=True)
class Said:
    name: str  # counted as a conversation under this name (tally.py), never the words
    says: Callable[[Text], bool]
    reply: Callable[[Text, UserState, Context], Outcome]


SAID: tuple[Said, ...] = (
    # "ot yol te", "nar ma lal bu": not the NLU's guess
    Said(confused.NAME, lambda e: confused.says(e.text), lambda e, s, c: confused.reply(s, c)),
    # "I want to cry", "no place to sleep": not Goodbye
    Said(upset.NAME, lambda e: upset.says(e.text), lambda e, s, c: upset.reply(s, c, e.text)),
    # "my son died in Thailand": not Going home (16B)
    Said(bereaved.NAME, lambda e: bereaved.says(e.text), bereaved.reply),
    # "I am pregnant, will they send me home?" (16B)
    Said(pregnant.NAME, lambda e: pregnant.says(e.text), pregnant.reply),
    # "i am 16 can i work", "change my age" (17B)
    Said(young.NAME, young.instead, young.reply),
    # "my baby was born in thailand" (17B)
    Said(born_abroad.NAME, born_abroad.instead, born_abroad.reply),
    # "i want off the boat at next port", a wife with no news of a fisher (18C)
    Said(at_sea.NAME, at_sea.instead, at_sea.reply),
    # "anyone there?", "please reply": not the form (session 18)
    Said(
        still_there.NAME,
        lambda e: still_there.says(e.text),
        lambda e, s, c: still_there.reply(s, c),
    ),
    # "can i call you", "i cant read": a caseworker can call (session 18)
    Said(by_voice.NAME, lambda e: by_voice.says(e.text), lambda e, s, c: by_voice.reply(s, c)),
)
NAMES = frozenset(said.name for said in SAID)


def first(event: Text) -> Said | None:
    """The first kind of message in SAID that `event` is, if any."""
    return next((said for said in SAID if said.says(event)), None)
