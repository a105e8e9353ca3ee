"""Who gets which variant, and whether what they get lets them reach someone.

The bot passes a known origin (MM, KH) or None (unknown or "other"), and a known current
country, "other" (a country the project does not cover: only a `{country: other}` variant
names it, session 25) or None; `PROFILES` is that whole space. "A person" in the
reachability rule is someone the project serves whose profile the bot knows: origin MM or KH,
in one of the seven countries (`SERVED`). Everyone else gets the general answer and the way
to a person.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from bot.content.models import DirectoryEntry, Topic, Variant, When
from bot.content.partners import Partners

ORIGINS: tuple[str | None, ...] = ("MM", "KH", None)
COUNTRIES: tuple[str | None, ...] = ("MM", "KH", "TH", "MY", "KR", "JP", "SG", "other", None)
PROFILES = tuple((origin, country) for origin in ORIGINS for country in COUNTRIES)
# The project's corridors: at home, or abroad in a destination country (not in the other
# origin country, where the bot has nothing specific to offer anyway).
DESTINATIONS = ("TH", "MY", "KR", "JP", "SG")
SERVED = tuple((o, c) for o, c in PROFILES if o is not None and (c == o or c in DESTINATIONS))


def matches(when: When, origin: str | None, country: str | None) -> bool:
    """Whether a variant applies; an unknown profile value never matches a key that needs it."""
    if when.origin is not None and when.origin != origin:
        return False
    if when.country == "home":
        return origin is not None and origin != "other" and origin == country
    return when.country is None or when.country == country


def precedence(when: When) -> tuple[int, int]:
    """Sort key among matching variants: more keys first; between one-key variants, the one
    naming the current country (or `home`) beats the one naming only the origin, because what
    a person can reach (offices, hotlines) depends on where they are. Two variants with the
    same keys are refused by the loader, so no ties remain."""
    return when.specificity, when.country is not None


def pick_variant(topic: Topic, origin: str | None, country: str | None) -> int:
    """Index of the variant this person gets (the general one always matches)."""
    found = [i for i, v in enumerate(topic.answers) if matches(v.when, origin, country)]
    return max(found, key=lambda index: precedence(topic.answers[index].when))


def shown_to(entry: DirectoryEntry, origin: str | None, country: str | None) -> bool:
    """A contact is shown to the nationalities it serves, where they are or in their own
    country: the Embassy of Myanmar in Seoul is noise for a Myanmar worker in Thailand.
    Unknown values hide nothing."""
    if not entry.serves_nationality(origin):
        return False
    return country is None or entry.country in (country, origin)


def reachable(entry: DirectoryEntry, origin: str, country: str) -> bool:
    """Something this person can use now: a website, an e-mail or a phone they can dial, of an
    office that serves them, where they are or in their own country. Numbers in national
    format (short codes such as 1297, toll-free lines) only work inside the office's country."""
    if not shown_to(entry, origin, country):
        return False
    dialable = any(p.startswith("+") for p in entry.phones) or (
        bool(entry.phones) and entry.country == country
    )
    return dialable or bool(entry.web or entry.email)


def connected_partner(
    partners: Partners | None, origin: str, country: str, topic_id: str
) -> str | None:
    """The partner "Talk to a person" reaches first, if it has confirmed taking cases."""
    if partners is None:
        return None
    first = partners.candidates(origin, country, topic_id)[0]
    confirmed = {p.id for p in partners.partners if p.status == "confirmed"}
    return first if first in confirmed else None


@dataclass(frozen=True)
class Gap:
    """A variant that leaves these people (origin, country) with no one to reach."""

    topic: str
    index: int
    when: When
    profiles: tuple[tuple[str, str], ...]


def gaps(
    topics: Iterable[Topic],
    entries: Mapping[str, DirectoryEntry],
    partners: Partners | None,
) -> Iterator[Gap]:
    for topic in topics:
        if not any(variant.when.specificity == 0 for variant in topic.answers):
            continue  # the loader reports the missing general answer
        stranded: dict[int, list[tuple[str, str]]] = {}
        for origin, country in SERVED:
            assert origin is not None and country is not None
            index = pick_variant(topic, origin, country)
            if not _helps(topic, topic.answers[index], entries, partners, origin, country):
                stranded.setdefault(index, []).append((origin, country))
        for index, profiles in sorted(stranded.items()):
            yield Gap(topic.id, index, topic.answers[index].when, tuple(profiles))


def _helps(
    topic: Topic,
    variant: Variant,
    entries: Mapping[str, DirectoryEntry],
    partners: Partners | None,
    origin: str,
    country: str,
) -> bool:
    contacts = [entries[eid] for eid in variant.contacts if eid in entries]
    if any(reachable(entry, origin, country) for entry in contacts):
        return True
    return connected_partner(partners, origin, country, topic.id) is not None


def describe_profile(origin: str | None, country: str | None) -> str:
    return f"{origin or 'unknown'} in {country or 'unknown'}"


def variant_table(topics: Iterable[Topic]) -> list[str]:
    """One line per topic x origin x country: which variant (by its `when`) the person gets."""
    lines = []
    for topic in sorted(topics, key=lambda t: t.id):
        for origin, country in PROFILES:
            when = topic.answers[pick_variant(topic, origin, country)].when
            keys = when.model_dump(exclude_none=True)
            shown = ", ".join(f"{key}: {value}" for key, value in keys.items()) or "general"
            lines.append(f"{topic.id}\t{origin or '-'}\t{country or '-'}\t{shown}")
    return lines
