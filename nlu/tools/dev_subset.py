"""One parse of nlu/dev, scored on the messages of some of its files alone.

A judging set written for one change (e.g. nlu/dev/en_i12m_dev.yml, written before the
change's training lines) is part of dev, so eval.py counts it in its language; this gives its
own figures beside them: accuracy, in-scope accuracy, out-of-scope recall and in-scope
messages sent to the fallback, with the bot's own decisions (threshold and second-problem
rule). Choose on dev only; never run this on held-out parses.

    .venv/bin/python nlu/tools/dev_subset.py --cache var/a-dev.json --threshold 0.6 \
        nlu/dev/en_i12m_dev.yml nlu/dev/my_i12m_dev.yml [--show]

--multi scores a two-problem judging set alone (its sources,
nlu/data/sources/multi_dev_only/<set>/<language>.txt): the first answer is one of the
message's problems and the others are offered, as eval.py counts two-problem messages.

    .venv/bin/python nlu/tools/dev_subset.py --cache var/a-dev.json \
        --multi nlu/data/sources/multi_dev_only/m3_intro/*.txt
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.nlu import DEFAULT_THRESHOLD, SECOND_RULE, SecondRule  # noqa: E402
from nlu.tools.build_from_sources import read_multi  # noqa: E402
from nlu.tools.decisions import Row, label, load_cache, multi  # noqa: E402
from nlu.tools.nlu_metrics import OUT_OF_SCOPE  # noqa: E402
from nlu.tools.parse_cache import GROUPS  # noqa: E402
from nlu.tools.rasa_data import Example, read_examples  # noqa: E402


def group_of(path: Path) -> str:
    """The parse's group of an nlu/dev file (parse_cache.py's GROUPS)."""
    found = [group for group, stems in GROUPS.items() if path.stem in stems]
    if not found:
        raise SystemExit(f"{path}: not a file of parse_cache.py's GROUPS")
    return found[0]


def figures(
    rows: Sequence[Row],
    group: str,
    examples: Sequence[Example],
    threshold: float,
    rule: SecondRule,
) -> dict[str, object]:
    """The figures of the group's parsed rows that are these (text, intent) examples."""
    wanted = set(examples)
    chosen = [r for r in rows if r["group"] == group and (str(r["text"]), str(r["gold"])) in wanted]
    if len(chosen) != len(wanted):
        raise SystemExit(f"{len(wanted) - len(chosen)} messages are not in the parse")
    answers = [(r, label(r, threshold, rule)) for r in chosen]
    in_scope = [(r, a) for r, a in answers if r["gold"] != OUT_OF_SCOPE]
    oos = [(r, a) for r, a in answers if r["gold"] == OUT_OF_SCOPE]
    return {
        "n": len(answers),
        "accuracy": sum(a == r["gold"] for r, a in answers) / max(len(answers), 1),
        "in_scope_accuracy": sum(a == r["gold"] for r, a in in_scope) / max(len(in_scope), 1),
        "oos_recall": sum(a == OUT_OF_SCOPE for _, a in oos) / max(len(oos), 1),
        "in_scope_to_fallback": sum(a == OUT_OF_SCOPE for _, a in in_scope) / max(len(in_scope), 1),
        "wrong": [(str(r["text"]), str(r["gold"]), a) for r, a in answers if a != r["gold"]],
    }


def multi_figures(
    rows: Sequence[Row], group: str, messages: Sequence[tuple[str, list[str]]],
    threshold: float, rule: SecondRule,
) -> dict[str, object]:
    """The two-problem figures of the group's parsed rows that are these (text, topics)."""
    wanted = {(text, "+".join(topics)) for text, topics in messages}
    chosen = [r for r in rows if r["group"] == group and (str(r["text"]), str(r["gold"])) in wanted]
    if len(chosen) != len(wanted):
        raise SystemExit(f"{len(wanted) - len(chosen)} messages are not in the parse")
    return dict(multi(chosen, threshold, lambda r: rule))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="*", help="nlu/dev files (Rasa NLU YAML)")
    parser.add_argument("--multi", type=Path, nargs="*", default=[],
                        help="two-problem sources, multi_dev_only/<set>/<language>.txt")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--show", action="store_true", help="print the wrong answers")
    args = parser.parse_args()
    sets = load_cache(args.cache)
    rows = sets["dev"]
    if args.multi:
        print("| two-problem file | n | first answer one of them, others offered "
              "| first answer one of them |")
        print("|---|---|---|---|")
        for path in args.multi:
            two = multi_figures(sets["dev_multi"], path.stem, read_multi(path),
                                args.threshold, SECOND_RULE)
            print(f"| {path.parent.name}/{path.stem} | {two['n']} | {two['both']:.3f} | "
                  f"{two['first_is_one']:.3f} |")
    print("| file | n | accuracy | in-scope accuracy | OOS recall | in-scope -> fallback |")
    print("|---|---|---|---|---|---|")
    for path in args.files:
        result = figures(rows, group_of(path), read_examples(path), args.threshold, SECOND_RULE)
        print(
            f"| {path.stem} | {result['n']} | {result['accuracy']:.3f} | "
            f"{result['in_scope_accuracy']:.3f} | {result['oos_recall']:.3f} | "
            f"{result['in_scope_to_fallback']:.3f} |"
        )
        if args.show:
            wrong = result["wrong"]
            assert isinstance(wrong, list)
            for text, gold, answer in wrong:
                print(f"  {gold} -> {answer}: {text}")


if __name__ == "__main__":
    main()
