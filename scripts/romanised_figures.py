"""Figures for the romanised Burmese / Khmer detector (bot/language/romanised.py), round 53B.

Development sets only (nlu/dev/*_latn*.yml and the English nlu/dev/en*.yml), and, when given,
the fresh sets of a round (tests/language/round53b_fresh.yml). Prints figures only, never a
message: how many romanised messages `bot.language.normalise` reads as their language, how
many English ones it takes as romanised, by length (up to 5 words, longer).

    .venv/bin/python scripts/romanised_figures.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.language import normalise  # noqa: E402
from nlu.tools.rasa_data import read_examples  # noqa: E402

SHORT = 5


def _bucket(text: str) -> str:
    return "short" if len(text.split()) <= SHORT else "long"


def _count(texts: list[str], want: str | None) -> dict[str, list[int]]:
    """{bucket: [hits, total]}: hits are messages read as `want` (my/km), or, for English
    (want None), taken as romanised (false positives)."""
    out = {"short": [0, 0], "long": [0, 0], "all": [0, 0]}
    for text in texts:
        result = normalise(text)
        hit = result.romanised and (want is None or result.language == want)
        for key in (_bucket(text), "all"):
            out[key][0] += int(hit)
            out[key][1] += 1
    return out


def _line(label: str, counts: dict[str, list[int]]) -> str:
    parts = [f"{k} {h}/{t}" for k, (h, t) in counts.items() if t]
    return f"{label:<28} " + "  ".join(parts)


def main() -> None:
    dev = ROOT / "nlu" / "dev"
    sets: dict[str, list[str]] = {"my": [], "km": [], "en": []}
    for path in sorted(dev.glob("*.yml")):
        name = path.name
        if "_latn" in name and name.startswith(("my_", "km_")):
            sets[name[:2]] += [t for t, _ in read_examples(path)]
        elif name.startswith("en"):
            sets["en"] += [t for t, _ in read_examples(path)]
    print(_line("dev my_latn read as my", _count(sets["my"], "my")))
    print(_line("dev km_latn read as km", _count(sets["km"], "km")))
    print(_line("dev en taken as romanised", _count(sets["en"], None)))
    fresh = ROOT / "tests" / "language" / "round53b_fresh.yml"
    if fresh.exists():
        data = yaml.safe_load(fresh.read_text(encoding="utf-8"))
        for suffix in ("", "_after"):
            print(_line(f"fresh{suffix} my read as my", _count(data["my" + suffix], "my")))
            print(_line(f"fresh{suffix} km read as km", _count(data["km" + suffix], "km")))
            print(_line(f"fresh{suffix} en taken as romanised", _count(data["en" + suffix], None)))


if __name__ == "__main__":
    main()
