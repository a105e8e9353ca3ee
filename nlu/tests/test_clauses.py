"""Where clauses begin (nlu/components/clauses.py), on token spans as the tokenizer gives them."""

from __future__ import annotations

import re

import pytest

from nlu.components.clauses import clause_ranges, split_clauses


def spans(text: str) -> list[tuple[int, int]]:
    # Words as a tokenizer would give them; Burmese and Khmer here are pre-cut at spaces and
    # at the zero-width marks "|" (removed from the text) for a readable table.
    return [(m.start(), m.end()) for m in re.finditer(r"[^\s,.!?|]+", text)]


def clauses(text: str) -> list[str]:
    words = [text[a:b] for a, b in spans(text)]
    return [" ".join(words[r.start : r.stop]) for r in clause_ranges(text, spans(text))]


CASES = [
    ("my boss has not paid me for two months and he keeps my passport",
     ["my boss has not paid me for two months", "and he keeps my passport"]),
    ("lost my passport, visa expire next week", ["lost my passport", "visa expire next week"]),
    ("passport lost", ["passport lost"]),
    ("i want to go home", ["i want to go home"]),
    ("and", ["and"]),
    ("", []),
    # a short piece joins its neighbour instead of standing alone
    ("help, boss hit me", ["help boss hit me"]),
    # romanised Khmer: hoeuy (and then)
    ("thaokae min bong luy hoeuy kan passport", ["thaokae min bong luy", "hoeuy kan passport"]),
    # Khmer: ហើយ (and)
    ("ថៅកែ|មិន|ឲ្យ|លុយ ហើយ|យក|លិខិតឆ្លងដែន",
     ["ថៅកែ មិន ឲ្យ លុយ", "ហើយ យក លិខិតឆ្លងដែន"]),
    # Burmese: a sentence-final တယ် followed by a space ends a clause
    ("ပတ်စ်ပို့|ပျောက်|သွား|တယ် ဗီဇာ|ကုန်|မယ်",
     ["ပတ်စ်ပို့ ပျောက် သွား တယ်", "ဗီဇာ ကုန် မယ်"]),
    # no boundary word in a long message: cut at the space nearest the middle
    ("boss keep passport no give salary three month",
     ["boss keep passport no", "give salary three month"]),
    # at most eight clauses
    ("a b, c d, e f, g h", ["a b", "c d", "e f", "g h"]),
    ("a b, c d, e f, g h, i j, k l, m n, o p, q r",
     ["a b", "c d", "e f", "g h", "i j", "k l", "m n", "o p q r"]),
    # an introduction leaves the problems after it their own clauses (exploratory test 7)
    ("hello my name is Zaw, i work in Shah Alam, my phone 0123. boss take my passport "
     "and not pay salary",
     ["hello my name is Zaw", "i work in Shah Alam", "my phone 0123", "boss take my passport",
      "and not pay salary"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_clause_ranges(text: str, expected: list[str]) -> None:
    assert clauses(text) == expected


@pytest.mark.parametrize(
    ("text", "middle"),
    [
        ("boss keep passport no give salary three month", True),
        ("lost my passport, visa expire next week", False),
        ("my boss has not paid me for two months and he keeps my passport", False),
        ("passport lost", False),  # one clause: no cut at all
    ],
)
def test_split_clauses_says_when_it_cut_at_the_middle(text: str, middle: bool) -> None:
    assert split_clauses(text, spans(text))[1] is middle
