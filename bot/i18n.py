"""Interface strings: gettext catalogs per language under locales/, managed with Babel.

Curated answers are not here: they live in content/. English msgids are the source text, so a
missing catalog degrades to English rather than failing.
"""

from __future__ import annotations

import datetime as dt
import gettext
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_timedelta
from babel.support import NullTranslations, Translations

LANGUAGES = ("my", "km", "en")
# Languages only staff read (content/partners.yml `interface_language`): the migrant-facing
# bot never offers them, but a partner's caseworkers get their cards and answers in it.
STAFF_LANGUAGES = ("th",)
DOMAIN = "messages"

# Names of the languages in their own script, for the language buttons.
NATIVE_NAMES = {"my": "မြန်မာ", "km": "ខ្មែរ", "en": "English"}

# The digits people read in their own script, for dates. Babel (2.18, CLDR) formats dates in
# Latin digits even for `my`, whose default numbering system is Burmese ("2026 နိုဝင်ဘာ 20").
# Phone numbers are never converted: people dial them in Latin digits.
NATIVE_DIGITS = {
    "my": str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉"),
    "km": str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩"),
}


class Tr:
    """The translations of one language, plus locale-aware formatting."""

    def __init__(self, language: str, catalog: gettext.NullTranslations) -> None:
        self.language = language
        self._catalog = catalog

    def gettext(self, message: str) -> str:
        return self._catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._catalog.ngettext(singular, plural, n)

    def date(self, value: dt.date) -> str:
        """A date, as people write it in this language: "20 វិច្ឆិកា 2026" in Khmer digits
        ("២០ វិច្ឆិកា ២០២៦"), Burmese in Burmese digits ("၂၀၂၆ နိုဝင်ဘာ ၂၀")."""
        written = format_date(value, format="long", locale=self.language)
        digits = NATIVE_DIGITS.get(self.language)
        return written.translate(digits) if digits else written

    def number(self, value: int) -> str:
        """A count in this language's own digits ("90" is "၉၀" in Burmese, "៩០" in Khmer), as
        dates are written; never for phone numbers."""
        digits = NATIVE_DIGITS.get(self.language)
        return str(value).translate(digits) if digits else str(value)

    def duration(self, value: dt.timedelta, threshold: float = 0.85) -> str:
        """How long, in words of this language, rounded ("3 hours", "3 ชั่วโมง"). A larger
        `threshold` keeps the smaller unit longer (2: "26 hours", not "1 day")."""
        return format_timedelta(value, threshold=threshold, locale=self.language)

    def language_name(self, code: str | None) -> str:
        """A language's name in this one ("km" -> "Khmer" in English): staff read names,
        not codes. The code itself when Babel does not know it."""
        if not code:
            return "-"
        return str(Locale.parse(self.language).languages.get(code, code))


def country_names(tr: Tr) -> dict[str, str]:
    """The profile's countries by code, as the bot names them everywhere (buttons, the
    form's summary, staff cards): one set of names for the person and the caseworker."""
    _ = tr.gettext
    return {
        "MM": _("Myanmar"),
        "KH": _("Cambodia"),
        "TH": _("Thailand"),
        "MY": _("Malaysia"),
        "KR": _("South Korea"),
        "JP": _("Japan"),
        "SG": _("Singapore"),
        "other": _("Other country"),
    }


def from_and_now(tr: Tr, origin: str | None, country: str | None) -> tuple[str, ...]:
    """The line 'From: Myanmar · Now in: Thailand' (the half that is known) that the person
    sees in the form's summary and the caseworker on the case; no line when neither is."""
    names = country_names(tr)
    parts = []
    if origin in names:
        parts.append(tr.gettext("From: {value}").format(value=names[origin]))
    if country in names:
        parts.append(tr.gettext("Now in: {value}").format(value=names[country]))
    return (" · ".join(parts),) if parts else ()


@lru_cache(maxsize=8)
def _load(locales_dir: Path, language: str) -> gettext.NullTranslations:
    if language == "en":
        return NullTranslations()
    catalog = Translations.load(str(locales_dir), [language], DOMAIN)
    return catalog


def translator(locales_dir: Path, language: str | None) -> Tr:
    """The translations of `language`: one the bot speaks, or a staff-only one (Thai);
    anything else is English."""
    known = language in LANGUAGES or language in STAFF_LANGUAGES
    lang = language if known and language else "en"
    return Tr(lang, _load(locales_dir, lang))


def catalogs_missing(locales_dir: Path) -> list[str]:
    """Languages whose compiled catalog is absent: the bot warns at start."""
    return [
        lang
        for lang in (*LANGUAGES, *STAFF_LANGUAGES)
        if lang != "en" and not (locales_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.mo").exists()
    ]
