"""Someone writing about another person: a relative or a friend abroad (explore10 x10a,
finding F6). "My daughter works in Malaysia. She stopped answering her phone 2 weeks ago"
was read as out of scope and got "I cannot help with that"; in Burmese and Khmer, "Sorry, I
did not understand" with unrelated topics. The NLU has no intent for it, so where it found
no topic, a message that names a family member or a friend gets what the bot can do for
them: a caseworker, the embassy, the arrest answer.

Short word lists: English and romanised forms as whole words after a possessive ("my
daughter", "kyama thami"), Burmese and Khmer in their own scripts inside the text (no spaces
between words). Drafts by the project team, for a native speaker at a partner organisation
to review; kept specific ("သား" alone is inside အလုပ်သမား, "worker": only with "my").
"""

from __future__ import annotations

import re

from bot.content.localised import topic_title
from bot.dialogue.answers import HERE
from bot.dialogue.context import Context
from bot.dialogue.keyboards import footer
from bot.dialogue.outcome import Outcome
from bot.dialogue.places import mentioned
from bot.language.zawgyi import zawgyi_to_unicode
from bot.values import Button, Reply, UserState

_RELATIVES = (
    "daughter|son|child|children|kid|kids|wife|husband|sister|brother|sis|bro|mother|mom|mum|"
    "father|dad|friend|cousin|niece|nephew|relative|relatives|family|uncle|aunt|girlfriend|"
    "boyfriend"
)
_ENGLISH = re.compile(rf"\b(my|our)\s+(\w+\s+)?({_RELATIVES})\b", re.IGNORECASE)
# Romanised: Burmese thami (daughter), tha / thar (son, only after a possessive), nyi ma
# (younger sister), a ko (older brother), thu nge chin (friend); Khmer kon srey / kon pros
# (daughter / son), bong / p'oun srey / pros (older / younger sister / brother), mit (friend).
_ROMANISED = re.compile(
    r"\b(thami|thamee|tha mee|thu nge chin|thungechin|tha nge chin|thangechin|"
    r"(kyama|kyanaw|kyanor|kya no)\s+(tha|thar|nyi ma|nyima|a ko|ako|ame|amay)|"
    r"kon srey|kon srei|kon pros|kon proh|koun srey|koun pros|bong srey|bong pros|"
    r"p'?oun srey|p'?oun pros|paoun srey|paoun pros|mit phakdi|mitpheak|mit pheak)\b",
    re.IGNORECASE,
)
_SCRIPT = (
    # Burmese: daughter, my son (a woman's, a man's), younger sister, older sister, older
    # brother, younger brother (a woman's), friend, wife, husband, relatives, family members
    "သမီး",
    "ကျွန်မသား",
    "ကျွန်တော့်သား",
    "ကျနော့်သား",
    "ညီမ",
    "အစ်မ",
    "အစ်ကို",
    "မောင်လေး",
    "သူငယ်ချင်း",
    "ဇနီး",
    "ခင်ပွန်း",
    "ဆွေမျိုး",
    "မိသားစုဝင်",
    # Khmer: daughter, son, younger / older sibling, friend, husband, wife, relatives
    "កូនស្រី",
    "កូនប្រុស",
    "ប្អូនស្រី",
    "ប្អូនប្រុស",
    "បងស្រី",
    "បងប្រុស",
    "មិត្តភក្តិ",
    "មិត្តភ័ក្ដិ",
    "ប្តី",
    "ប្រពន្ធ",
    "សាច់ញាតិ",
)
_MYANMAR = re.compile(r"[\u1000-\u109f]")


def names_someone(words: str) -> bool:
    """Whether `words` name a relative or a friend of the writer."""
    if _ENGLISH.search(words) or _ROMANISED.search(words):
        return True
    compact = re.sub(r"\s+", "", words)
    readings = [compact]
    if _MYANMAR.search(compact):
        readings.append(zawgyi_to_unicode(compact))
    return any(word in reading for reading in readings for word in _SCRIPT)


def writer_place(words: str, state: UserState) -> str | None:
    """Where the person writing is, as far as known: the place their words name ("I am in
    Malaysia", as places.asked_for reads it), unless they name someone else ("my friend is
    locked in Thailand": the friend's place), else the profile's. None when not known
    ("Other country" too: none of the bot's countries)."""
    named = mentioned(words).country if words and not names_someone(words) else None
    place = named or state.country
    return None if place == "other" else place


def for_someone_else(state: UserState, ctx: Context, words: str = "") -> Outcome:
    """What the bot can do for a person written about: a caseworker, their embassy, the
    arrest answer. Nothing is said about the person's consent: only the writer is here.
    Where the words name the country the person is in, the two buttons answer for that
    country (the profile unchanged, as answers.HERE): a mother at home read "You are in your
    home country, so you do not need your embassy" first (round 10, "your embassy" to a
    relative), and a worker in Thailand the embassy in Bangkok for a daughter in Malaysia."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    text = _(
        "Are you asking for someone else, such as family or a friend abroad? A caseworker at a "
        'partner organisation can help: press "Talk to a person" and say who they are, where '
        "they are and what happened. Their embassy and what to do after an arrest are below."
    )
    topics = ("embassy_contact", "arrest_detention")
    place = mentioned(words).country if words else None
    there = f"{HERE}:{place}:" if place and place != state.country else "topic:"
    buttons = tuple(
        (Button(topic_title(ctx.catalog, topic, tr.language), f"{there}{topic}"),)
        for topic in topics
        if ctx.catalog.topic(topic) is not None
    )
    return Outcome((Reply(text, (*buttons, footer(tr))),), state.with_(misses=0))
