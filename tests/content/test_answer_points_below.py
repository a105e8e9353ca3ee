"""What an answer's text says about its contacts is true of the contacts it shows (explore10
x10a, findings F1 and F2), on the real content, for every person from Myanmar or Cambodia
wherever they are:

- An emergency short code (a number in national format, dialled only inside its own country)
  shown to someone in another country is said to work only there: a Cambodian in Malaysia
  read "The National Police hotline (below) is free. Use it to report illegal detention and
  trafficking" above ☎ 117, which cannot reach Cambodian police from Malaysia.
- A contact the text points to "(below)" is below: a Myanmar worker in Malaysia read
  "Issara Institute has a 24-hour helpline in Burmese (below)", and below it was only the
  National Complaints Mechanism (the helpline is a Thai entry, hidden outside Thailand).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import REAL

from bot.content import Catalog, load_catalog
from bot.dialogue.answers import answer_topic
from bot.dialogue.keyboards import country_names
from bot.i18n import translator
from bot.values import UserState

LOCALES = Path(__file__).resolve().parents[2] / "locales"
PLACES = ("MM", "KH", "TH", "MY", "KR", "JP", "SG", None)
PEOPLE = [(origin, country) for origin in ("MM", "KH") for country in PLACES]
# The names an English answer uses for a contact it points to "(below)".
POINTED = {
    "Issara": ("cso-issara-helpline-mm", "cso-issara-helpline-kh"),
    "National Police hotline": ("kh-police-117",),
    "LSCW": ("cso-lscw",),
    "National Complaints Mechanism": ("mm-ncm-forced-labour",),
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(REAL)


def shown(catalog: Catalog, topic: str, origin: str, country: str | None) -> str:
    state = UserState(language="en", origin=origin, country=country)
    replies = answer_topic(catalog, topic, state, translator(LOCALES, "en"))
    return "\n".join(reply.text for reply in replies)


@pytest.mark.parametrize(("origin", "country"), PEOPLE)
def test_a_contact_pointed_to_below_is_below(
    catalog: Catalog, origin: str, country: str | None
) -> None:
    for topic in catalog.topics:
        text = shown(catalog, topic, origin, country)
        for line in text.splitlines():
            if "(below)" not in line:
                continue
            for words, ids in POINTED.items():
                if words in line:
                    names = [catalog.entries[entry].name.en for entry in ids]
                    assert any(name in text for name in names), (topic, line)


@pytest.mark.parametrize(("origin", "country"), [p for p in PEOPLE if p[1] is not None])
def test_an_emergency_short_code_shown_abroad_says_where_it_works(
    catalog: Catalog, origin: str, country: str
) -> None:
    names = country_names(translator(LOCALES, "en"))
    codes = [
        entry
        for entry in catalog.entries.values()
        if entry.urgent and entry.phones and not any(p.startswith("+") for p in entry.phones)
    ]
    checked = 0
    for topic in catalog.topics:
        text = shown(catalog, topic, origin, country)
        lines = text.splitlines()
        for entry in codes:
            if entry.country == country or f"☎ {entry.phones[0]}" not in lines:
                continue
            checked += 1
            assert f"Inside {names[entry.country]}" in text, (topic, entry.id)
    if origin == "KH" and country in ("MY", "KR", "JP", "SG"):
        assert checked, "117 is shown to Cambodians abroad (trafficking): the check checks"
