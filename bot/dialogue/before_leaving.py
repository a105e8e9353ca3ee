"""Before leaving: a destination named in a question about going abroad is where the writer
wants to go, not where they are (round 13B).

A place a question names wins over the profile for its answer (round 11), and round 12 left
out a place named as left or "want to go to". But people at home rarely say "want to go":
a Cambodian in her village asking "facebook job thailand 15000 baht, is true?" read "In
Thailand: call the Ministry of Labour hotline 1506, press 2" (a Thai hotline for Thais
going abroad), and "MOU thai luy ponman" (how much for the MOU to Thailand) the Cambodian
embassy in Bangkok. For the topics of going abroad safely, someone whose profile says they
are at home stays at home, unless the words say they are there ("I am in Thailand",
ខ្ញុំនៅថៃ) or are about someone else (their place, as before: someone_else.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.content.topics import TOPIC_GROUPS
from bot.dialogue import places
from bot.dialogue.someone_else import names_someone
from bot.values import UserState

# An agency's problem too: "agency take my money 3000 dollar to go korea, how to complain"
# from a Cambodian at home got "Agency problem while abroad" with the embassy in Seoul; the
# agency they paid is at home, and so are its complaint channels (round 15B).
PRE_DEPARTURE = frozenset((*TOPIC_GROUPS["safe_migration"], "agency_complaint"))
HOME = frozenset({"MM", "KH"})

# Words that put the writer at the place: English and romanised before it ("I am in",
# "I'm working in", "now in", "khnhom nov"); Khmer before it (ខ្ញុំនៅ, ខ្ញុំធ្វើការនៅ: I am
# in, I work in; ឥឡូវនៅ: now in); Burmese after it (...မှာ ရှိ / နေ / အလုပ်လုပ်: am in,
# live in, work in; romanised "mhar shi / nay / alote"). Drafts for a native speaker.
_BEFORE = (
    r"\b(?:i am|i'm|im|i m|we are|we're|now|currently|still|already|here|living|live|"
    r"staying|stay)\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?"
    r"|\b(?:khnhom|knhom|khnom)\s+(?:twer\s*ka\s+)?(?:nov|nau)\s+"
    r"|ខ្ញុំ\s*(?:ធ្វើការ\s*)?នៅ\s*|ឥឡូវ(?:នេះ)?\s*(?:ខ្ញុំ\s*)?នៅ\s*"
)
_AFTER = (
    r"\s*မှာ\s*(?:ရှိ|နေ|အလုပ်လုပ်)"
    r"|\s+(?:mhar|hma|mha)\s+(?:shi|nay|alote|a lote)\b"
)


@lru_cache(maxsize=1)
def _there() -> re.Pattern[str]:
    return places.around_a_country(_BEFORE, _AFTER)


def says_there(words: str) -> bool:
    """Whether `words` put the writer at a destination ("I am in Thailand", ខ្ញុំនៅថៃ)."""
    return bool(_there().search(places.as_read(words).lower()))


def stays_home(topic_id: str, words: str, state: UserState) -> bool:
    """Whether a question about going abroad from someone at home names a destination only
    as where they mean to go: then the answer is for home, as the profile says."""
    return (
        topic_id in PRE_DEPARTURE
        and state.country in HOME
        and bool(words)
        and places.where_now(words) not in (None, state.country)
        and not names_someone(words)
        and not says_there(words)
    )


def answered_for(
    topic_id: str, words: str, state: UserState, asked_for: UserState, writer_in: str | None
) -> tuple[UserState, str | None]:
    """`asked_for` and `writer_in` (the place the words name, the writer's place), or home
    for both when the question is about going abroad from home (`stays_home`)."""
    if stays_home(topic_id, words, state):
        return asked_for.with_(country=state.country), state.country
    return asked_for, writer_in
