"""Figures for Burmese encodings: Zawgyi detection and Zawgyi output (issue 10).

Usage: .venv/bin/python scripts/zawgyi_figures.py

Prints (1) on the held-out sets: Unicode messages taken for Zawgyi, Zawgyi messages detected
and read back to their Unicode source; (2) every Burmese string the bot can send, converted to
Zawgyi and read back by ICU's Zawgyi-my: how many differ (raw, and with the look-alikes of
tests/language/test_zawgyi_output.py mapped); (3) the same for every well-formed syllable of a
generated set (33 consonants x medials x vowels x finals x tones), by failing shape; (4) the
Burmese training and dev texts written in Zawgyi by ICU's my-Zawgyi (other typing orders than
python-myanmar's): read back exactly by python-myanmar alone, and by `normalise` (which falls
back on ICU's Zawgyi-my when python-myanmar's result is not clean Unicode).
"""

from __future__ import annotations

import collections
import itertools
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "language")]

import icu  # noqa: E402
from burmese_strings import burmese_strings  # noqa: E402
from test_zawgyi_output import comparable  # noqa: E402

from bot.language import normalise, to_zawgyi  # noqa: E402
from bot.language.zawgyi import is_zawgyi, zawgyi_to_unicode  # noqa: E402
from nlu.tools.rasa_data import read_examples  # noqa: E402

ICU = icu.Transliterator.createInstance("Zawgyi-my")
ICU_TO_ZAWGYI = icu.Transliterator.createInstance("my-Zawgyi")
MEDIALS = ["", "ျ", "ြ", "ွ", "ှ", "ျွ", "ြွ", "ျှ", "ွှ", "ြှ", "ျွှ", "ြွှ"]
VOWELS = ["", "A", "ိ", "ီ", "ု", "ူ", "ေ", "ဲ", "ေA", "ို", "ံ", "ေA်", "ုံ"]
CLOSABLE = ("", "ိ", "ု", "ေA", "ို")
FINALS = ["", "င်", "န်", "က်", "တ်", "မ်", "ပ်", "ည်", "စ်", "ယ်"]
TONES = ["", "့", "း"]
TALL_AA_AFTER = "ခဂငဒပဝ"


def heldout() -> None:
    def texts(name: str) -> list[str]:
        return [t for t, _ in read_examples(ROOT / "nlu" / "heldout" / name)]

    uni, zaw = texts("my.yml"), texts("my_zawgyi.yml")
    distinct = [(z, u) for z, u in zip(zaw, uni, strict=True) if z != u]
    print(f"heldout my.yml: {len(uni)} messages, taken for Zawgyi: {sum(map(is_zawgyi, uni))}")
    print(
        f"heldout my_zawgyi.yml: {len(zaw)} messages ({len(distinct)} differ from Unicode), "
        f"detected: {sum(is_zawgyi(z) for z, _ in distinct)}, read back to the source: "
        f"{sum(normalise(z).text == u for z, u in zip(zaw, uni, strict=True))}"
    )


def syllables() -> list[str]:
    found = []
    for c, m, v, f, t in itertools.product(
        [chr(c) for c in range(0x1000, 0x1022)], MEDIALS, VOWELS, FINALS, TONES
    ):
        if f and v not in CLOSABLE:
            continue
        v = v.replace("A", "ါ" if c in TALL_AA_AFTER and not m else "ာ")
        found.append(c + m + v + (f[:-1] + "့်" if f and t == "့" else f + t))
    return found


def round_trip(label: str, texts: list[str], shapes: bool = False) -> None:
    raw = sum(
        unicodedata.normalize("NFC", ICU.transliterate(to_zawgyi(t)))
        != unicodedata.normalize("NFC", t)
        for t in texts
    )
    wrong = [t for t in texts if comparable(ICU.transliterate(to_zawgyi(t))) != comparable(t)]
    print(
        f"{label}: {len(texts)}, read back differently: {raw} raw, "
        f"{len(wrong)} with look-alikes mapped"
    )
    if shapes:
        counts = collections.Counter(re.sub("[\u1000-\u1021]", "C", t) for t in wrong)
        for shape, n in counts.most_common(10):
            print(f"  {n:5d} {shape}")


def other_typing_orders() -> None:
    texts = sorted(
        {
            text
            for folder in ("train", "dev")
            for path in sorted((ROOT / "nlu" / "data" / folder).glob("my*.yml"))
            if "latn" not in path.name
            for text, _ in read_examples(path)
        }
    )
    pairs = [(ICU_TO_ZAWGYI.transliterate(t), unicodedata.normalize("NFC", t)) for t in texts]
    pairs = [(z, u) for z, u in pairs if z != u]

    def nfc(text: str) -> str:
        return unicodedata.normalize("NFC", text)

    alone = sum(nfc(zawgyi_to_unicode(z)) == u for z, u in pairs)
    now = sum(nfc(normalise(z).text) == nfc(normalise(u).text) for z, u in pairs)
    untouched = sum(normalise(z).encoding != "zawgyi" for z, _ in pairs)
    print(
        f"training and dev Burmese written in Zawgyi by ICU: {len(pairs)}, read back exactly "
        f"by python-myanmar alone: {alone}, by normalise: {now} ({untouched} not converted)"
    )


def main() -> None:
    heldout()
    other_typing_orders()
    round_trip("Burmese strings the bot sends", burmese_strings())
    round_trip("generated syllables", syllables(), shapes=True)


if __name__ == "__main__":
    main()
