"""Answers a person can act on (issue 13), rendered from the real content/ tree.

The six situations of the issue, in all three languages: each gets a contact with a phone,
website or e-mail that serves the person where they are, with its name in their language.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from dialogue_helpers import tr

from bot.content import Catalog, DirectoryEntry, load_catalog
from bot.content.coverage import reachable
from bot.content.models import Names
from bot.dialogue.answers import answer_topic
from bot.dialogue.contacts_shown import contact_lines, for_person
from bot.values import UserState

REAL = Path(__file__).resolve().parents[2] / "content"
LANGUAGES = ("my", "km", "en")

# (situation, topic, origin, current country)
SITUATIONS = [
    (
        "Cambodian woman in Thailand, employer keeps her passport",
        "documents_confiscated",
        "KH",
        "TH",
    ),
    ("Burmese man arrested without papers in Malaysia", "arrest_detention", "MM", "MY"),
    ("would-be migrant in Cambodia asked for a fee", "recruitment_fees", "KH", "KH"),
    ("Myanmar worker injured in Thailand", "injury_health", "MM", "TH"),
    ("someone who needs the Myanmar embassy in Bangkok", "embassy_contact", "MM", "TH"),
    ("Myanmar worker going home from Malaysia", "return_home", "MM", "MY"),
    ("Cambodian worker going home from Malaysia", "return_home", "KH", "MY"),
]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(REAL)


def reply_text(catalog: Catalog, topic: str, origin: str, country: str, language: str) -> str:
    state = UserState(language=language, origin=origin, country=country, profile_asked=True)
    return "\n".join(r.text for r in answer_topic(catalog, topic, state, tr(language)))


def channels(entry: DirectoryEntry) -> list[str]:
    return [*entry.phones, *(x for x in (entry.web, entry.email) if x)]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("situation", "topic", "origin", "country"), SITUATIONS)
def test_each_situation_gets_a_reachable_contact_named_in_the_language(
    catalog: Catalog, situation: str, topic: str, origin: str, country: str, language: str
) -> None:
    text = reply_text(catalog, topic, origin, country, language)
    variant = catalog.answer(topic, origin, country)
    usable = [e for e in catalog.contacts(variant) if reachable(e, origin, country)]
    shown = [e for e in usable if any(channel in text for channel in channels(e))]
    assert shown, situation
    for entry in shown:
        name = getattr(entry.name, language) or entry.name.en
        assert name in text, (situation, entry.id)


def test_injured_myanmar_worker_in_thailand_gets_1694_and_the_burmese_issara_line(
    catalog: Catalog,
) -> None:
    text = reply_text(catalog, "injury_health", "MM", "TH", "my")
    assert "1694" in text and "1800 010 180" in text
    assert "1800 010 181" not in text  # the Khmer line is for Cambodians


def test_a_cambodian_is_not_shown_the_myanmar_language_helpline(catalog: Catalog) -> None:
    for topic in ("documents_confiscated", "injury_health", "social_security"):
        text = reply_text(catalog, topic, "KH", "TH", "km")
        assert "1800 010 180" not in text, topic
        assert "Myanmar language" not in text, topic


def test_myanmar_worker_in_korea_going_home_gets_the_korean_lines(catalog: Catalog) -> None:
    text = reply_text(catalog, "return_home", "MM", "KR", "en")
    assert "1577-0071" in text and "1345" in text


def test_no_office_in_a_third_country_is_shown(catalog: Catalog) -> None:
    # The Myanmar-origin agency complaint answer names embassies everywhere; a worker in
    # Malaysia sees the one in Kuala Lumpur and the ministry at home, not Seoul or Tokyo.
    text = reply_text(catalog, "agency_complaint", "MM", "MY", "en")
    assert "Kuala Lumpur" in text
    assert "Seoul" not in text and "Tokyo" not in text


def entry(entry_id: str, languages: list[str] | None) -> DirectoryEntry:
    return DirectoryEntry(
        id=entry_id,
        kind="hotline",
        name=Names(en=entry_id),
        serves=["any"],
        country="TH",
        city=None,
        phones=["1506"],
        languages=languages,
    )


def test_a_line_known_not_to_speak_the_language_is_dropped_when_one_that_does_exists() -> None:
    thai, burmese, unknown = entry("thai", ["th"]), entry("burmese", ["my"]), entry("x", None)
    assert for_person([thai, burmese, unknown], "MM", "TH", "my") == [burmese, unknown]
    # Nothing in Burmese: the Thai line stays, and the answer says it does not speak Burmese.
    assert for_person([thai, unknown], "MM", "TH", "my") == [thai, unknown]


def test_a_cambodian_reading_in_english_keeps_the_khmer_line() -> None:
    khmer, english = entry("khmer", ["km"]), entry("english", ["en", "th"])
    assert for_person([khmer, english], "KH", "TH", "en") == [khmer, english]
    # Someone of unknown origin reading English: the English-speaking line is enough.
    assert for_person([khmer, english], None, "TH", "en") == [english]


def test_a_cambodian_woman_in_thailand_reading_english_gets_the_khmer_helpline(
    catalog: Catalog,
) -> None:
    text = reply_text(catalog, "documents_confiscated", "KH", "TH", "en")
    assert "1800 010 181" in text and "1800 010 180" not in text


def test_a_line_shown_in_another_language_says_so(catalog: Catalog) -> None:
    lines = contact_lines(catalog, [entry("thai", ["th", "en"])], tr("km"))
    note = tr("km").gettext("Does not speak your language. Speaks: {languages}.")
    assert note.format(languages="ថៃ, អង់គ្លេស") in lines[0].splitlines()


def test_reading_english_with_no_nationality_known_no_language_is_guessed(
    catalog: Catalog,
) -> None:
    # A new user in danger writing English may speak Burmese: the Burmese-speaking embassy
    # must not be marked "does not speak your language".
    burmese = entry("burmese", ["my"])
    note = tr("en").gettext("Does not speak your language. Speaks: {languages}.").split("{")[0]
    assert note not in contact_lines(catalog, [burmese], tr("en"))[0]
    assert note in contact_lines(catalog, [burmese], tr("en"), "KH")[0]  # a Cambodian: true
