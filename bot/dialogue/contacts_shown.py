"""Which directory contacts a person can use, and how each is written: the only place that
formats a contact for a user (an answer's, a form's partner list, an organisation asked for
by name). answers.py puts them into a topic's answer."""

from __future__ import annotations

from collections.abc import Sequence

from bot.content import Catalog, DirectoryEntry
from bot.content.coverage import shown_to
from bot.content.localised import pick
from bot.content.models import Piece
from bot.i18n import Tr
from bot.values import COUNTRIES

PARTNERS_SHOWN = 4


# Beside each contact (or piece of one) not confirmed; said once under the contacts what it
# means (caution_legend): one line per contact, five times in one answer, made "Where to
# complain" 1,591 characters in Burmese (exploratory test 9, finding 10).
MARK = "⚠"


def language_names(codes: Sequence[str], tr: Tr) -> str:
    _ = tr.gettext
    names = {
        "my": _("Burmese"),
        "km": _("Khmer"),
        "en": _("English"),
        "th": _("Thai"),
        "ms": _("Malay"),
        "ko": _("Korean"),
        "ja": _("Japanese"),
    }
    return ", ".join(names.get(code, code) for code in codes)


NATIVE = {"MM": "my", "KH": "km"}  # a person's likely first language, whatever the bot's


def person_languages(language: str, origin: str | None) -> set[str]:
    """The bot's language, and the national language of the person's country."""
    native = NATIVE.get(origin or "")
    return {language, native} if native else {language}


def speaks_to(entry: DirectoryEntry, languages: set[str]) -> bool | None:
    if entry.languages is None:
        return None
    return bool(languages & set(entry.languages))


def for_person(
    entries: Sequence[DirectoryEntry], origin: str | None, country: str | None, language: str
) -> list[DirectoryEntry]:
    """The contacts this person can use: those serving their nationality where they are (or
    at home), and, when one speaks their language, none known not to (issue 13). A Cambodian
    reading in English still speaks Khmer: the Khmer line is theirs. Never one with no way to
    reach it (no address, phone, e-mail or website: "Myanmar labour attachés", whose direct
    contacts are unknown, read as a contact to use; the answer's text says to ask the
    embassy)."""
    usable = [entry for entry in entries if entry.has_contact and shown_to(entry, origin, country)]
    languages = person_languages(language, origin)
    if any(speaks_to(entry, languages) for entry in usable):
        usable = [entry for entry in usable if speaks_to(entry, languages) is not False]
    return usable


def contact_lines(
    catalog: Catalog,
    entries: Sequence[DirectoryEntry],
    tr: Tr,
    origin: str | None = None,
    *,
    card: bool = False,
) -> list[str]:
    """An entry's lines: name, address, phones, e-mail, web, hours, language. An entry not
    confirmed has MARK after its name, a piece not confirmed MARK after that piece (what
    it means: contacts_block's legend). `card` (an organisation asked for by name): its city
    where no address is known, and "no phone number known" in the phone's place."""
    _ = tr.gettext
    lines: list[str] = []
    languages = person_languages(tr.language, origin)
    # Reading English with no nationality known, a person may well speak Burmese or Khmer:
    # "does not speak your language" would be a guess, and a wrong one may turn them away.
    languages_known = origin is not None or tr.language != "en"
    for entry in entries:

        def piece(name: Piece, line: str, entry: DirectoryEntry = entry) -> str:
            return piece_line(catalog, entry, name, line, MARK)

        name = pick(entry.name, tr.language)
        parts = [f"{name} {MARK}" if catalog.is_cautioned(entry) else name]
        if entry.address:
            parts.append(piece("address", str(entry.address)))
        elif card and entry.city and entry.city not in parts[0]:
            parts.append(entry.city)
        if entry.phones:
            parts.append(piece("phones", phone_lines(entry.phones)))
        elif card:
            parts.append("☎ " + _("no phone number known"))
        if entry.email:
            parts.append(piece("email", "✉ " + str(entry.email)))
        if entry.web:
            parts.append(piece("web", str(entry.web)))
        if entry.hours:
            parts.append(piece("hours", pick(entry.hours, tr.language)))
        if languages_known and speaks_to(entry, languages) is False and entry.languages:
            # Shown only when nothing in the person's language was found: say so.
            speaks = language_names(entry.languages, tr)
            parts.append(
                _("Does not speak your language. Speaks: {languages}.").format(languages=speaks)
            )
        lines.append("\n".join(parts))
    return lines


def phone_lines(phones: Sequence[str]) -> str:
    """A line per number, each after its ☎: five numbers on one line ("☎ +66 2 233 2237,
    +66 2 234 4698, ...") wrapped on a small phone's screen inside a number, "+66 2 234" on
    one line and "4698" on the next, which no tap dials (round 26C)."""
    return "\n".join(f"☎ {phone}" for phone in phones)


def caution_legend(tr: Tr) -> str:
    """What MARK means, said once under the contacts it marks."""
    return tr.gettext("{mark} = not confirmed. Check before you rely on it.").format(mark=MARK)


def contacts_block(
    catalog: Catalog,
    entries: Sequence[DirectoryEntry],
    tr: Tr,
    origin: str | None = None,
    *,
    card: bool = False,
) -> str:
    """The entries (contact_lines), a blank line apart, and under them, when any of them
    shows MARK, once what it means: each contact's status stays visible at the contact."""
    lines = contact_lines(catalog, entries, tr, origin, card=card)
    marked = any(MARK in line for line in lines)
    return "\n\n".join([*lines, caution_legend(tr)] if marked else lines)


def offices_by_place(
    contacts: Sequence[DirectoryEntry], origin: str | None
) -> tuple[list[DirectoryEntry], list[str]]:
    """For someone whose place is unknown: when the contacts abroad (outside the person's
    own country) are in two countries or more, (the contacts at home, those countries) so
    the answer asks "Where are you now?" with a button each, instead of listing every
    embassy with every phone (four screens on a small phone, explore5 finding 22). Else
    (all the contacts, no country). Origin unknown too: the answer is general and its
    contacts are kept (the two ministries at home are no "abroad")."""
    if origin is None:
        return list(contacts), []
    abroad = {entry.country for entry in contacts if entry.country != origin}
    if len(abroad) < 2:
        return list(contacts), []
    at_home = [entry for entry in contacts if entry.country == origin]
    return at_home, [code for code in COUNTRIES if code in abroad]


def piece_line(
    catalog: Catalog, entry: DirectoryEntry, piece: Piece, line: str, caution: str
) -> str:
    """`line` showing one piece of `entry`, with the caution (MARK, or the whole line where an
    office is shown alone) beside it when that piece comes from an older or undated source
    than the entry's own (`piece_sources`): the rest of the entry is confirmed. A cautioned
    entry gets one caution for all its pieces (contact_lines: beside its name)."""
    if catalog.is_cautioned(entry) or not catalog.piece_cautioned(entry, piece):
        return line
    # A number per line (phone_lines): the caution beside each, not the last one only.
    return "\n".join(f"{one} {caution}" for one in line.split("\n"))


def partner_contacts(
    catalog: Catalog, origin: str | None, country: str | None
) -> list[DirectoryEntry]:
    """Organisations that help migrants of the user's nationality, where they are first."""
    helpers = [
        entry
        for entry in catalog.entries.values()
        if entry.kind in ("cso", "resource_centre")
        and entry.serves_nationality(origin)
        and entry.has_contact
    ]
    local = [entry for entry in helpers if entry.country == country]
    return (local or helpers)[:PARTNERS_SHOWN]
