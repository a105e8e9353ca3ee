"""Organisations asked for by name ("what is the phone number of FED", "where is CWCC office").

The focal organisations of the 2017 dialogue (CWCC, FAR, FED) and the others in the directory
are what a migrant is told to turn to, so a question naming one gets what the directory knows
of it (phone, web, "not confirmed" when it is not), and the way to a person, instead of "I
cannot help with that". Only when the NLU found no problem: "FED told me my wages are late"
is answered as unpaid wages. Offices migrants name by their short names ("OTIT phone
number?", "MWC number", HUG, JTKSM) are found too (round 11), by those acronyms only (a
whole name such as "Labour Department" would match any country's), with their card; as they are
government offices or hotlines, not organisations that help "whatever your papers", the card
then says to talk to a person first if the person has no papers or is afraid.

A name is matched as the directory writes it: an acronym it gives in capitals ("(FED)",
"HRDF Labour Law Clinic") as a whole word in capitals, since "far" and "fed" are everyday
words (and in a message typed all in capitals, only from four letters: "HOW FAR IS IT"); or
the whole name before any comma or bracket, in any case ("issara institute").
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.content import Catalog, DirectoryEntry
from bot.dialogue.contacts_shown import contacts_block
from bot.dialogue.context import Context
from bot.dialogue.keyboards import footer
from bot.dialogue.outcome import Outcome
from bot.values import Reply, UserState

KINDS = ("cso", "resource_centre")  # help migrant workers, whatever their papers
OFFICE_KINDS = ("complaint_mechanism", "hotline", "ministry")  # named too, said apart
MOST_SHOWN = 4
ALL_CAPS_SHORTEST = 4  # the shortest acronym matched in a message typed all in capitals
_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z]{3,})\)")
_ACRONYM_FIRST = re.compile(r"^([A-Z]{3,})\b")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def named(text: str, catalog: Catalog) -> list[DirectoryEntry]:
    """The directory's organisations `text` names, in directory order (at most MOST_SHOWN)."""
    lowered = text.lower()
    # Typed all in capitals ("HOW FAR IS IT"), a three-letter acronym is likely a word.
    latin_words = _LATIN_WORD.findall(text)
    all_caps = len(latin_words) >= 2 and all(word.isupper() for word in latin_words)
    shortest = ALL_CAPS_SHORTEST if all_caps else 3
    found = [
        entry
        for entry, acronyms, name in _names(catalog)
        if any(length >= shortest and acronym.search(text) for length, acronym in acronyms)
        or (name is not None and name.search(lowered))
    ]
    return found[:MOST_SHOWN]


_Acronym = tuple[int, re.Pattern[str]]  # its length, and the pattern that finds it


@lru_cache(maxsize=4)
def _names(
    catalog: Catalog,
) -> tuple[tuple[DirectoryEntry, tuple[_Acronym, ...], re.Pattern[str] | None], ...]:
    """Each organisation, its acronyms' patterns and its whole name's, compiled once."""
    names = []
    for entry in catalog.entries.values():
        if entry.kind not in KINDS + OFFICE_KINDS:
            continue
        english = entry.name.en
        acronyms = (*_ACRONYM_IN_BRACKETS.findall(english), *_ACRONYM_FIRST.findall(english))
        whole = re.split(r"[,(]", english)[0].strip().lower()
        names.append(
            (
                entry,
                tuple((len(a), re.compile(rf"(?<![A-Za-z]){a}(?![A-Za-z])")) for a in acronyms),
                re.compile(rf"(?<![a-z]){re.escape(whole)}(?![a-z])")
                if len(whole) >= 5 and entry.kind in KINDS
                else None,  # an office by its acronym only: "labour department" is any country's
            )
        )
    return tuple(names)


def organisation_card(entries: list[DirectoryEntry], state: UserState, ctx: Context) -> Outcome:
    """What the directory knows of the organisations named, and the way to a person."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    cards = contacts_block(ctx.catalog, entries, tr, state.origin, card=True)
    if all(entry.kind in KINDS for entry in entries):
        intro = _("These organisations help migrant workers, whatever your papers.")
    else:
        intro = _(
            "This is what I know of it. If you have no papers or are afraid, "
            'press "Talk to a person" before you contact an office.'
        )
    text = f"{intro}\n\n{cards}"
    return Outcome((Reply(text, (footer(tr),)),), state.with_(misses=0))
