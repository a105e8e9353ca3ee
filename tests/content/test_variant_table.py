"""Which variant every person gets, for every topic: the written table and the rule behind it.

variant_table.tsv is the table for the real content (topic, origin, current country, the
`when` of the variant shown; "-" is unknown, "other" a country the project does not
cover). When content changes who gets what, this test fails and shows the difference;
regenerate the file with
`UPDATE_VARIANT_TABLE=1 .venv/bin/python -m pytest tests/content/test_variant_table.py`
and review the diff in git before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import REAL

from bot.content import Catalog, load_catalog
from bot.content.coverage import PROFILES, matches, precedence, variant_table

TABLE = Path(__file__).parent / "variant_table.tsv"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(REAL)


def test_every_person_gets_the_variant_in_the_table(catalog: Catalog) -> None:
    lines = variant_table(catalog.topics.values())
    if os.environ.get("UPDATE_VARIANT_TABLE"):
        TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert TABLE.read_text(encoding="utf-8").splitlines() == lines
    assert len(lines) == len(catalog.topics) * len(PROFILES)


def test_the_chosen_variant_is_the_most_specific_match(catalog: Catalog) -> None:
    # Independent of the table: nothing that matches outranks what the bot shows.
    for topic in catalog.topics.values():
        for origin, country in PROFILES:
            shown = catalog.answer(topic.id, origin, country)
            assert matches(shown.when, origin, country)
            for other in topic.answers:
                if other is not shown and matches(other.when, origin, country):
                    assert precedence(other.when) < precedence(shown.when), (topic.id, origin)


@pytest.mark.parametrize("country", ["KR", "JP"])
def test_myanmar_worker_abroad_gets_the_country_answer_for_going_home(
    catalog: Catalog, country: str
) -> None:
    # The bug of issue 13: `origin: MM` came first in the file and won the tie.
    shown = catalog.answer("return_home", "MM", country)
    assert shown.when.country == country
    assert shown is catalog.answer("return_home", "KH", country) or shown.when.origin == "MM"
