"""Catalog lookups on a small fixture tree: variant choice, contacts, nearest office, cautions."""

from __future__ import annotations

import pytest
from helpers import GOOD

from bot.content import Catalog, load_catalog


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(GOOD)


# origin, current country -> the `en` marker text of the variant that must win
VARIANTS = [
    (None, None, "general"),  # unknown profile: only the general answer matches
    ("MM", None, "origin MM"),
    (None, "TH", "in TH"),
    ("MM", "TH", "MM in TH"),  # two keys beat one
    ("KH", "TH", "KH in TH"),
    ("MM", "KR", "in KR"),  # the current country beats the origin, whichever comes first
    ("MM", "JP", "origin MM"),  # no variant for Japan: the origin one
    ("KH", "MY", "general"),
    ("KH", "KH", "at home"),
    ("MM", "MM", "at home"),  # `home` names the country, so it beats `origin: MM`
    ("other", "other", "general"),  # "other" is not a home country
    (None, "MM", "general"),  # `home` needs a known origin
    ("other", "TH", "in TH"),
]


@pytest.mark.parametrize(("origin", "country", "expected"), VARIANTS)
def test_answer_picks_most_specific_variant(
    catalog: Catalog, origin: str | None, country: str | None, expected: str
) -> None:
    assert catalog.answer("embassy_contact", origin, country).text.en == expected


def test_unknown_topic(catalog: Catalog) -> None:
    assert catalog.topic("no_such_topic") is None
    with pytest.raises(KeyError):
        catalog.answer("no_such_topic", "MM", "TH")


def test_contacts_keep_variant_order(catalog: Catalog) -> None:
    variant = catalog.answer("embassy_contact", "MM", "TH")
    ids = [entry.id for entry in catalog.contacts(variant)]
    assert ids == ["mm-embassy-bangkok", "mm-consulate-chiang-mai"]


# point, nationality -> ids in order (limit 3)
BANGKOK = (13.7563, 100.5018)
CHIANG_MAI = (18.7883, 98.9853)
NEAREST = [
    (BANGKOK, "MM", ["mm-embassy-bangkok", "cso-any-bangkok", "mm-consulate-chiang-mai"]),
    (BANGKOK, "KH", ["kh-embassy-bangkok", "cso-any-bangkok"]),
    (CHIANG_MAI, "MM", ["mm-consulate-chiang-mai", "mm-embassy-bangkok", "cso-any-bangkok"]),
    (BANGKOK, "other", ["cso-any-bangkok"]),
    (BANGKOK, None, ["mm-embassy-bangkok", "kh-embassy-bangkok", "cso-any-bangkok"]),
]


@pytest.mark.parametrize(("point", "nationality", "expected"), NEAREST)
def test_nearest_office(
    catalog: Catalog, point: tuple[float, float], nationality: str | None, expected: list[str]
) -> None:
    found = catalog.nearest(point[0], point[1], nationality, limit=3)
    assert [entry.id for entry, _km in found] == expected


def test_nearest_distance_is_haversine_km(catalog: Catalog) -> None:
    (_first, near), *_rest, (_last, far) = catalog.nearest(*CHIANG_MAI, "MM", limit=2)
    assert near < 2
    assert 570 < far < 600  # Chiang Mai to Bangkok in a straight line


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        # Only the police/emergency kind and lines marked urgent (24 h): an office-hours
        # hotline (1297 jobs, 1506) is not help "now".
        ("KH", ["kh-police-117"]),
        ("TH", ["th-hotline-1300"]),
        ("SG", []),
        (None, []),
    ],
)
def test_emergency_contacts(catalog: Catalog, country: str | None, expected: list[str]) -> None:
    assert [entry.id for entry in catalog.emergency_contacts(country)] == expected


@pytest.mark.parametrize(
    ("entry_id", "cautioned"),
    [
        ("mm-embassy-bangkok", False),  # official, 2024
        ("kh-embassy-bangkok", True),  # unverified, undated
        ("mm-consulate-chiang-mai", True),  # secondary but 2015
        ("kh-police-117", False),  # secondary, 2022
    ],
)
def test_is_cautioned(catalog: Catalog, entry_id: str, cautioned: bool) -> None:
    assert catalog.is_cautioned(catalog.entries[entry_id]) is cautioned


def test_reviewed_language_keeps_reviewer(catalog: Catalog) -> None:
    topic = catalog.topic("embassy_contact")
    assert topic is not None
    assert (topic.review.km.status, topic.review.km.by) == ("reviewed", "Partner reviewer")
    assert str(topic.review.km.on) == "2026-12-01"  # `on:` is a key, not YAML 1.1's boolean
