"""Where a message's clauses begin, from its tokens: for messages with several problems.

"my boss has not paid me for two months and he keeps my passport" is two questions; a
classifier built to give one answer hears the louder one. The classifier reads each clause
on its own as well (nlu/components/linear_intent_classifier.py), from the tokens' own
feature rows, so this costs no second parse and no second trip through the encoder.

Clauses end at punctuation, before a joining word ("and", "also", "but"; Khmer ហើយ, តែ,
និង; Burmese ပြီးတော့, ဒါပေမဲ့; their romanised forms), and after a Burmese sentence-final
particle followed by a space. A long message with none of these is cut at the space
nearest its middle. Pieces under two tokens join their neighbour.

A message is cut at most MAX_CLAUSES - 1 times, at its first boundaries. Up to 2026-12-05 that
was 3 clauses: a first message that opens with an introduction ("hello sir my name is ..., i
am working in ..., my phone ...") spent both cuts on it, and every problem after it was read
as one clause (exploratory test 7, finding 6). Clauses are read at parse time only: the trained
model does not depend on this number.
"""

from __future__ import annotations

import re
from typing import List, Sequence, Tuple

Span = Tuple[int, int]  # (start, end) character offsets of one token

JOINING_WORDS = frozenset(
    # English and the English that Burmese and Khmer writers mix in
    "and also but then plus because so n & "
    # romanised Khmer: hoeuy/haey (and then), tae (but), ning (and), phong (also)
    "hoeuy haey hoey hoy heuy tae ning nung phong "
    # romanised Burmese: pyi/p (and then), lal/le (also), par (too)
    "pyi pyee lal "
    # Khmer: ហើយ (and), តែ / ប៉ុន្តែ (but), និង (and), ព្រោះ (because), ទៀត (also)
    "ហើយ តែ ប៉ុន្តែ និង ព្រោះ "
    # Burmese: ပြီးတော့ (and then), ဒါပေမဲ့ / ဒါပေမယ့် (but), နောက်ပြီး (besides)
    "ပြီးတော့ ဒါပေမဲ့ ဒါပေမယ့် နောက်ပြီး".split()
)
# Burmese sentence endings: a clause ends after one of them when a space follows.
SENTENCE_FINAL = frozenset("တယ် ဘူး ပြီ မယ် လား လဲ ပါ".split())
_PUNCTUATION = re.compile(r"[,.;!?၊။\n]")
MIN_TOKENS = 2
MAX_CLAUSES = 8  # chosen on nlu/dev (docs/benchmarks.md, "Introductions in long messages")
# Without any boundary word, a message is cut in two only from this many tokens on.
MIDDLE_CUT_TOKENS = 6


def clause_starts(text: str, spans: Sequence[Span]) -> List[int]:
    """Token indexes where the second, third ... clause begins; [] for one clause."""
    return clause_cuts(text, spans)[0]


def clause_cuts(text: str, spans: Sequence[Span]) -> Tuple[List[int], bool]:
    """clause_starts, and whether the message was cut at its middle for want of a
    boundary: such halves are one question cut in two far more often than two questions."""
    words = [text[start:end] for start, end in spans]
    strong, spaces = [], []
    for index in range(1, len(spans)):
        gap = text[spans[index - 1][1] : spans[index][0]]
        if (
            _PUNCTUATION.search(gap)
            or words[index].lower() in JOINING_WORDS
            or (gap.strip() == "" and gap and words[index - 1] in SENTENCE_FINAL)
        ):
            strong.append(index)
        elif gap:
            spaces.append(index)
    starts = _keep_long_enough(strong, len(spans))
    if not starts and len(spans) >= MIDDLE_CUT_TOKENS and spaces:
        middle = min(spaces, key=lambda index: abs(2 * index - len(spans)))
        return _keep_long_enough([middle], len(spans)), True
    return starts[: MAX_CLAUSES - 1], False


def _keep_long_enough(starts: List[int], n_tokens: int) -> List[int]:
    kept: List[int] = []
    previous = 0
    for start in starts:
        if start - previous >= MIN_TOKENS and n_tokens - start >= MIN_TOKENS:
            kept.append(start)
            previous = start
    return kept


def clause_ranges(text: str, spans: Sequence[Span]) -> List[range]:
    """The token index ranges of the clauses; one range for a one-clause message."""
    return split_clauses(text, spans)[0]


def split_clauses(text: str, spans: Sequence[Span]) -> Tuple[List[range], bool]:
    """clause_ranges, and whether the cut was at the middle (no boundary found)."""
    if not spans:
        return [], False
    starts, middle = clause_cuts(text, spans)
    bounds = [0, *starts, len(spans)]
    return [range(a, b) for a, b in zip(bounds, bounds[1:])], middle and len(bounds) > 2
