"""Phone number rules for the directory: parseable, valid for the office's country, never shared."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import phonenumbers

from bot.content.models import DirectoryEntry

_SHORT_CODE = re.compile(r"^\d{3,5}$")
# One office per city for these kinds; hotlines and CSOs legitimately share a country or city.
OFFICE_KINDS = ("embassy", "consulate", "labour_attache")


def phone_key(phone: str, country: str) -> str:
    """A canonical form for comparing numbers; raises ValueError naming what is wrong."""
    compact = phone.strip()
    if _SHORT_CODE.match(compact):
        # phonenumbers does not know every national short code (e.g. Cambodia's 1297).
        return f"{country}:{compact}"
    try:
        number = phonenumbers.parse(compact, country)
    except phonenumbers.NumberParseException as error:
        raise ValueError(f"phone {phone!r} does not parse: {error}") from None
    if not phonenumbers.is_valid_number_for_region(number, country):
        raise ValueError(f"phone {phone!r} is not a valid number for {country}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_problems(
    entries: Mapping[str, DirectoryEntry], files: Mapping[str, str]
) -> Iterable[str]:
    """Unparseable or invalid numbers, and a number given by two different entries."""
    owners: dict[str, str] = {}
    for entry in entries.values():
        label = f"{files[entry.id]}: entry {entry.id}"
        for phone in entry.phones:
            try:
                key = phone_key(phone, entry.country)
            except ValueError as error:
                yield f"{label}: {error}"
                continue
            other = owners.setdefault(key, entry.id)
            if other != entry.id:
                yield f"{label}: phone {phone!r} is also given by entry {other} ({files[other]})"


def office_problems(
    entries: Mapping[str, DirectoryEntry], files: Mapping[str, str]
) -> Iterable[str]:
    """The same mission listed twice with different numbers: one of them must be wrong."""
    offices: dict[tuple[str, str, str, tuple[str, ...]], DirectoryEntry] = {}
    for entry in entries.values():
        if entry.kind not in OFFICE_KINDS:
            continue
        city = (entry.city or "").casefold()
        office = (entry.kind, entry.country, city, tuple(sorted(entry.serves)))
        first = offices.setdefault(office, entry)
        if first.id != entry.id and sorted(first.phones) != sorted(entry.phones):
            yield (
                f"{files[entry.id]}: entry {entry.id}: same office ({entry.kind}, {entry.country}, "
                f"{entry.city}, {'/'.join(entry.serves)}) as entry {first.id} ({files[first.id]}) "
                "with different numbers"
            )
