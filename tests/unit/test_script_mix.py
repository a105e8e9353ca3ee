"""No word in the readers' lists or the catalogs mixes Burmese and Khmer letters (session
27). Typed by hand, the two scripts' letters look alike to a tired eye: "ကာစ" and a Khmer
vowel for ကာစီနို (casino) in round 37A's first pass, Khmer ល for Burmese လ in "လား" (a
question's end) in two readers, a Burmese-Khmer mix for the Khmer passport: each such word
never matches anything a person types, and the reader silently misses what it was written
for."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Letters and signs only: digits and sentence marks of both scripts may share a character
# class ("[၀-၉០-៩]", "။၊។៕").
BURMESE = re.compile(r"[\u1000-\u103f\u1050-\u109f]")
KHMER = re.compile(r"[\u1780-\u17d3\u17dc\u17dd\u19e0-\u19ff]")
RUN = re.compile(r"[\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff]+")


def mixes(word: str) -> bool:
    """Whether `word` (a run of Burmese and Khmer characters) holds letters of both."""
    return bool(BURMESE.search(word) and KHMER.search(word))


def mixed_words() -> list[str]:
    files = [
        *sorted((ROOT / "bot").rglob("*.py")),
        *sorted((ROOT / "bot").rglob("*.yml")),
        *sorted((ROOT / "content").rglob("*.yml")),
        *sorted((ROOT / "locales").rglob("*.po")),
    ]
    found = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found.extend(
                f"{path.relative_to(ROOT)}:{number}: {word}"
                for word in RUN.findall(line)
                if mixes(word)
            )
    return found


def test_no_word_mixes_burmese_and_khmer_letters():
    assert mixed_words() == []


def test_a_mixed_word_is_found_and_digits_and_marks_are_not():
    khmer_ii = "\u17b8"
    assert mixes("ကာစ" + khmer_ii + "နို")
    assert mixes("\u179b\u102c\u1038")  # Khmer LO with Burmese AA and VISARGA
    assert not mixes("ကာစီနို") and not mixes("កាស៊ីណូ")
    assert not mixes("၀၁၂၃၄၅၆၇၈၉០១២៣៤៥៦៧៨៩") and not mixes("။၊។៕")
