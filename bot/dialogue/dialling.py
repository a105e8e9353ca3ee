"""Where the numbers shown can be dialled (explore10 x10a, finding F4). A person in Myanmar
writing about a friend locked in a factory in Thailand read Thailand's 1300 and Issara's
1800 line, then "Call one of the numbers shown": nothing said these work only when dialled
inside Thailand. The directory keeps exactly such numbers in national format, with no "+"
(docs/content-format.md: short codes, toll-free and other lines dialled only inside the
country); every other number is international. So the line rests on the directory's data,
never on a guess from the digits, and no international form is made up here."""

from __future__ import annotations

from collections.abc import Sequence

from bot.content import DirectoryEntry
from bot.i18n import Tr, country_names


def national_only(phone: str) -> bool:
    """Whether `phone` is kept in national format: dialled only inside its country."""
    return not phone.strip().startswith("+")


def inside_only(entries: Sequence[DirectoryEntry], here: str | None) -> list[str]:
    """The countries of `entries` that give a number in national format, but for `here`,
    where the person is (None when not known: a number abroad may not work for them)."""
    countries = [entry.country for entry in entries if any(national_only(p) for p in entry.phones)]
    return [code for code in dict.fromkeys(countries) if code != here]


def inside_line(countries: Sequence[str], tr: Tr) -> str:
    """One short line: numbers without "+" work only inside `countries`."""
    _ = tr.gettext
    names = country_names(tr)
    if len(countries) == 1:
        return _("Numbers without + work only inside {country}.").format(
            country=names[countries[0]]
        )
    listed = ", ".join(names[code] for code in countries)
    return _("Numbers without + work only inside their own country ({countries}).").format(
        countries=listed
    )
