"""The bot's decisions on parsed messages, scored: shared by eval.py and choose_second.py.

A row is one parsed message as nlu/tools/parse_cache.py keeps it: Rasa's answer (intent,
intent_ranking, clause_intents), the gold label ("a+b" for a two-problem message) and its
group. Every figure comes from the bot's own code (bot.nlu.result_from_rasa), so what is
scored is what the bot would do.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Callable, Dict, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.nlu import SecondRule, result_from_rasa  # noqa: E402
from nlu.tools.nlu_metrics import OUT_OF_SCOPE, Record  # noqa: E402

Row = Dict[str, object]
Rules = Callable[[Row], SecondRule]  # the rule for one row (cross-validation varies it)


def load_cache(path: Path) -> Dict[str, List[Row]]:
    """The cache's rows by set: dev, dev_multi, heldout, heldout_multi."""
    sets: Dict[str, List[Row]] = {}
    for row in json.loads(path.read_text("utf-8"))["rows"]:
        sets.setdefault(str(row["set"]), []).append(row)
    return sets


def payload(row: Row) -> Row:
    """Rasa's answer as the bot reads it (`text`, the parsed text, for the clauses' words)."""
    keys = ("intent", "intent_ranking", "clause_intents")
    return {**{k: row.get(k) for k in keys}, "text": row.get("parsed_text")}


def topics(row: Row, threshold: float, rule: SecondRule) -> Tuple[str, ...]:
    return result_from_rasa(payload(row), threshold, rule).topics


def label(row: Row, threshold: float, rule: SecondRule) -> str:
    """What the bot answers: its first topic, or out_of_scope (not understood, or OOS)."""
    found = topics(row, threshold, rule)
    return found[0] if found else OUT_OF_SCOPE


def as_record(row: Row, threshold: float, rule: SecondRule) -> Record:
    """A Record (nlu_metrics) whose top is the bot's answer: scored at `threshold` with the
    default pick, it gives the bot's own accuracy, F1 and out-of-scope figures."""
    answer = label(row, threshold, rule)
    top = None if answer == OUT_OF_SCOPE else answer
    group, text = str(row["group"]), str(row.get("text", ""))
    return Record(group, str(row["gold"]), top, 1.0 if top else 0.0,
                  group in ("my", "km") and has_latin_and_own_script(text))


def has_latin_and_own_script(text: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in text) and any(
        "\u1000" <= ch <= "\u109f" or "\u1780" <= ch <= "\u17ff" for ch in text
    )


def stray(rows: Sequence[Row], threshold: float, rules: Rules) -> float:
    """Share of single-problem in-scope messages offered a second topic."""
    in_scope = [r for r in rows if r["gold"] != OUT_OF_SCOPE]
    extra = sum(len(topics(r, threshold, rules(r))) > 1 for r in in_scope)
    return extra / max(len(in_scope), 1)


def accuracy(rows: Sequence[Row], threshold: float, rules: Rules) -> float:
    right = sum(label(r, threshold, rules(r)) == r["gold"] for r in rows)
    return right / max(len(rows), 1)


def multi(rows: Sequence[Row], threshold: float, rules: Rules) -> Dict[str, float]:
    """Two-problem messages: the first answer is one of them and the other is offered; and,
    less strict, the first answer is one of them."""
    both = first = 0
    for r in rows:
        gold = set(str(r["gold"]).split("+"))
        found = topics(r, threshold, rules(r))
        if found and found[0] in gold:
            first += 1
            both += (gold - {found[0]}) <= set(found[1:])
    n = max(len(rows), 1)
    return {"n": len(rows), "both": both / n, "first_is_one": first / n}
