"""Round 53B: short romanised Burmese and Khmer with English words mixed in were read as
English and answered in English ("sim card tenh nov na", "bong srolanh oun te", "bawlone pwe
ba time lae"); English with Burmese names stayed English only by luck ("Kyaw Kyaw no
money")."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.language import normalise
from bot.language.romanised import leans_to, romanised_language

FRESH = yaml.safe_load((Path(__file__).parent / "round53b_fresh.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # as round 52A found them
        ("sim card tenh nov na", "km"),
        ("bong srolanh oun te", "km"),
        ("bawlone pwe ba time lae", "my"),
        # particle pairs and the final particle
        ("salary ot ban te", "km"),
        ("embassy nov eana", "km"),
        ("dak video leu tiktok yang mech", "km"),
        ("min ga la ba", "my"),
        ("Sim card tenh nov na", "km"),
        ("NGAR PASSPORT MA SHI BUU", "my"),
        ("Bong Srolanh Oun Te", "km"),
        # names are not Burmese words; English near-misses stay English
        ("Kyaw Kyaw no money", None),
        ("Nay Pyi Taw office number", None),
        ("my boss Min Aung ban me", None),
        ("na na na", None),
        ("ok na", None),
        ("ok la", None),
        ("can or not la", None),
        ("thank you na", None),
        ("min ban", None),
        ("Lite beer pls", None),
    ],
)
def test_short_romanised(text: str, expected: str | None) -> None:
    assert romanised_language(text) == expected


def test_fresh_romanised_sets_are_read() -> None:
    for language in ("my", "km"):
        read = [normalise(t) for t in FRESH[language]]
        share = sum(r.romanised and r.language == language for r in read) / len(read)
        assert share >= 0.95, language


def test_fresh_english_set_stays_english() -> None:
    assert not [t for t in FRESH["en"] + FRESH["en_after"] if normalise(t).romanised]


def test_a_khmer_reader_keeps_khmer_on_a_particle_pair() -> None:
    assert leans_to("ot ban te", "km")
