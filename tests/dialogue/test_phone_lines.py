"""Every number shown can be dialled with one tap on a small phone (round 26C).

Five numbers on one line ("☎ +66 2 233 2237, +66 2 234 4698, ...", the Myanmar Embassy in
Bangkok) wrapped on a 5-inch screen inside a number: "+66 2 234" at the end of one line,
"4698" at the start of the next. Each number has a line of its own, after its ☎, in every
answer, language and place, and in the office near a shared location.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from dialogue_helpers import tr

from bot.content import Catalog, load_catalog
from bot.dialogue.answers import answer_topic
from bot.values import COUNTRIES, ORIGINS, UserState

REAL = Path(__file__).resolve().parents[2] / "content"
# A number and its ☎ on a 5-inch phone's line in Telegram (about 30 Latin letters), with
# the caution mark beside it.
NARROW = 24


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(REAL)


def phone_lines(text: str) -> list[str]:
    return [line.removesuffix(" ⚠") for line in text.splitlines() if line.startswith("☎")]


@pytest.mark.parametrize("language", ["my", "km", "en"])
def test_each_number_has_its_own_short_line(catalog: Catalog, language: str) -> None:
    shown = 0
    for origin in ORIGINS:
        for country in (*COUNTRIES, None):
            state = UserState(language=language, origin=origin, country=country, profile_asked=True)
            for topic in catalog.topics:
                replies = answer_topic(catalog, topic, state, tr(language))
                for line in phone_lines("\n".join(r.text for r in replies)):
                    shown += 1
                    assert "," not in line and len(line) <= NARROW, (topic, country, line)
    assert shown


def test_the_embassy_in_bangkok_shows_five_lines(catalog: Catalog) -> None:
    state = UserState(language="my", origin="MM", country="TH", profile_asked=True)
    text = "\n".join(r.text for r in answer_topic(catalog, "embassy_contact", state, tr("my")))
    assert "☎ +66 2 233 2237\n☎ +66 2 234 4698\n" in text
