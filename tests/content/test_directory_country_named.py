"""A directory entry whose English name says its country ("National Police hotline 117
(Cambodia)") says it in Burmese and Khmer too (explore9 finding 4): a Cambodian in Japan read
"ខ្សែទូរស័ព្ទនគរបាលជាតិ ១១៧" (national police hotline 117) under "if someone is trapped now",
with no country, while a three-digit short code is dialled only inside its own country. The
real directory; the country words are the bot's own labels (country_names) and the usual
short forms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.content import load_catalog
from bot.dialogue.keyboards import country_names
from bot.i18n import translator

ROOT = Path(__file__).resolve().parents[2]

# How an English name says a country (a city is not a country: "MAP Foundation, Mae Sot").
ENGLISH = {
    "MM": ("myanmar", "burma", "burmese"),
    "KH": ("cambodia", "cambodian"),
    "TH": ("thailand", "thai"),
    "MY": ("malaysia", "malaysian"),
    "KR": ("korea", "korean"),
    "JP": ("japan", "japanese"),
    "SG": ("singapore",),
}
# Short forms and spellings beside the bot's labels: ကိုရီးယား / កូរ៉េ (Korea, the label says
# South Korea), ဗမာ / ភូមា (Burma), စင်ကာပူ (Singapore without the kinzi of the label's
# စင်္ကာပူ).
SHORT = {
    "my": {"KR": ("ကိုရီးယား",), "MM": ("ဗမာ",), "SG": ("စင်ကာပူ",)},
    "km": {"KR": ("កូរ៉េ",), "MM": ("ភូមា",)},
}

ENTRIES = load_catalog(ROOT / "content").entries


def named_in_english(name: str) -> set[str]:
    lowered = name.lower()
    return {
        code
        for code, words in ENGLISH.items()
        if any(re.search(rf"\b{word}\b", lowered) for word in words)
    }


def says(name: str, code: str, language: str) -> bool:
    label = country_names(translator(ROOT / "locales", language))[code]
    return any(word in name for word in (label, *SHORT[language].get(code, ())))


def test_the_english_names_name_countries():
    # The check below checks something: the two Cambodian short codes name their country.
    assert named_in_english(ENTRIES["kh-police-117"].name.en) == {"KH"}
    assert named_in_english(ENTRIES["kh-hotline-1297"].name.en) == {"KH"}


@pytest.mark.parametrize("language", ["my", "km"])
def test_a_country_in_the_english_name_is_in_every_name(language):
    missing = [
        f"{entry_id}: {code} in {entry.name.en!r}, not in {getattr(entry.name, language)!r}"
        for entry_id, entry in sorted(ENTRIES.items())
        for code in sorted(named_in_english(entry.name.en))
        if not says(getattr(entry.name, language) or "", code, language)
    ]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("entry_id", ["kh-police-117", "kh-hotline-1297"])
def test_the_cambodian_short_codes_name_cambodia_in_khmer(entry_id):
    # The finding itself, in words a reviewer can read.
    assert "កម្ពុជា" in str(ENTRIES[entry_id].name.km)
