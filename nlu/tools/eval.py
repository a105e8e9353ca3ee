"""`make nlu-eval`: trains the project's pipeline (and Rasa's default pipeline) on
nlu/data/train, chooses every setting on the development set nlu/dev, and reports on the
held-out set nlu/heldout, through the bot's own code (normalise, then Rasa's answer read by
bot.nlu.result_from_rasa), so Zawgyi messages are converted and several problems decided as
in production.

Runs with the bot venv; trains and serves with the Rasa venv. Every message is parsed once
(nlu/tools/parse_cache.py; `--cache FILE` scores an earlier parse without a server). Chosen
on nlu/dev: the threshold (highest out-of-scope recall with at most 2 % of in-scope messages
sent to the fallback, the bot's own decisions applied); the second-problem rule is the bot's
(bot/nlu/topics.py, fitted and chosen on nlu/dev by nlu/tools/choose_second.py). Reported on
nlu/heldout at those settings and with one topic only: accuracy and macro-F1 per group
(English, Burmese Unicode and Zawgyi, Khmer, romanised Burmese and Khmer; near-domain
out-of-scope questions in each language's group), out-of-scope precision and recall, the
share of in-scope messages sent to the fallback, the two-problem figures, the share of
single-problem messages offered a stray second topic, and the most confused pairs. Also
checks that the Rasa server's log holds no message text.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.nlu import DEFAULT_THRESHOLD, ONE_TOPIC, SECOND_RULE, SecondRule  # noqa: E402
from bot.nlu.result import read_payload  # noqa: E402
from nlu.tools.decisions import Row, as_record, load_cache, multi, payload, stray  # noqa: E402
from nlu.tools.nlu_metrics import OUT_OF_SCOPE, Record, by_group, confused_pairs, scores  # noqa: E402
from nlu.tools.parse_cache import (  # noqa: E402
    MULTI_LANGUAGES,
    parse_sets,
    read_sets,
    write_cache,
)

# Training is timed: Rasa's cache of earlier trainings stays off, and out of the work tree.
TRAIN_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "RASA_MAX_CACHE_SIZE": "0",
    "RASA_CACHE_DIRECTORY": str(ROOT / "var" / "rasa-cache"),
}
# The default pipeline's own FallbackClassifier threshold, applied the same way.
BASELINE_THRESHOLD = 0.3
# The bound on in-scope messages sent to the fallback, applied on dev.
MAX_FALLBACK = 0.02
COLUMNS = ("n", "accuracy", "macro_f1", "in_scope_accuracy", "oos_precision", "oos_recall",
           "in_scope_to_fallback")


def train(rasa: Path, config: Path, data: Path, out: Path, name: str) -> tuple[Path, float]:
    started = time.perf_counter()
    subprocess.run(
        [str(rasa), "train", "nlu", "--config", str(config), "--nlu", str(data),
         "--out", str(out), "--fixed-model-name", name, "--quiet"],
        check=True, cwd=ROOT, env={**os.environ, **TRAIN_ENV},
        stdout=subprocess.DEVNULL,
    )
    return out / f"{name}.tar.gz", time.perf_counter() - started


def raw_record(row: Row) -> Record:
    """The classifier's own best intent and confidence (for a pipeline without the bot's
    rules, scored at its own threshold)."""
    name, confidence, _, _ = read_payload(payload(row))
    top = None if name in (None, OUT_OF_SCOPE, "nlu_fallback") else name
    return Record(str(row["group"]), str(row["gold"]), top, confidence)


def records(rows: list[Row], threshold: float, rule: SecondRule) -> list[Record]:
    return [as_record(r, threshold, rule) for r in rows]


def choose_threshold(rows: list[Row], rule: SecondRule) -> tuple[float, list]:
    """The threshold with the bot's own decisions that catches the most out-of-scope dev
    messages while sending at most MAX_FALLBACK of in-scope ones to the fallback; ties go to
    the higher accuracy, then the lower threshold."""
    sweep = []
    for step in range(20, 81):
        t = step / 100
        sweep.append((t, scores(records(rows, t, rule), 0.5)))
    feasible = [(t, row) for t, row in sweep if row["in_scope_to_fallback"] <= MAX_FALLBACK]
    best = max(feasible, key=lambda item: (item[1]["oos_recall"], item[1]["accuracy"], -item[0]))
    return best[0], sweep


def print_scores(title: str, table: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}")
    print("| group | " + " | ".join(COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    for group, row in table.items():
        cells = [str(int(row[c])) if c == "n" else f"{row[c]:.3f}" for c in COLUMNS]
        print(f"| {group} | " + " | ".join(cells) + " |")


def print_multi(title: str, rows: list[Row], threshold: float, rule: SecondRule) -> dict:
    table = {lang: multi([r for r in rows if r["group"] == lang], threshold, lambda r: rule)
             for lang in MULTI_LANGUAGES if any(r["group"] == lang for r in rows)}
    table["all"] = multi(rows, threshold, lambda r: rule)
    print(f"\n{title}\n| language | n | first answer one of the two, other offered "
          "| first answer one of the two |\n|---|---|---|---|")
    for lang, row in table.items():
        print(f"| {lang} | {row['n']} | {row['both']:.3f} | {row['first_is_one']:.3f} |")
    return table


def report(name: str, single: list[Row], two: list[Row], t: float, rule: SecondRule) -> dict:
    """One set's figures at one setting, printed and returned."""
    found = records(single, t, rule)
    table = by_group(found, 0.5)
    print_scores(f"{name}: threshold {t}", table)
    multi_table = print_multi(f"{name}: two-problem messages", two, t, rule) if two else {}
    extra = stray(single, t, lambda r: rule)
    print(f"single-problem in-scope messages offered a second topic: {extra:.3f}")
    pairs = confused_pairs(found, 0.5)
    print("most confused (gold -> predicted): "
          + "; ".join(f"{g} -> {p} ({n})" for (g, p), n in pairs))
    return {"threshold": t, "scores": table, "multi": multi_table, "extra_offered": extra,
            "confused": [[g, p, n] for (g, p), n in pairs]}


def evaluate(
    sets: dict[str, list[Row]], dev_only: bool, dev_threshold: float | None = None
) -> dict[str, object]:
    best, sweep = choose_threshold(sets["dev"], SECOND_RULE)
    print(f"\nchosen on nlu/dev: threshold {best} (the bot's constant: {DEFAULT_THRESHOLD}); "
          f"the second-problem rule: bot/nlu/topics.py {SECOND_RULE}")
    for t, row in sweep[::5]:
        print(f"  dev threshold {t:.2f}: accuracy {row['accuracy']:.3f}, OOS recall "
              f"{row['oos_recall']:.3f}, in-scope->fallback {row['in_scope_to_fallback']:.3f}")
    if best != DEFAULT_THRESHOLD:
        print(f"NOTE: dev now chooses {best}; held-out is reported at the bot's constant "
              f"{DEFAULT_THRESHOLD} (bot/nlu/result.py) until it is changed there")
    entry: dict[str, object] = {"threshold": best}
    shown = best if dev_threshold is None else dev_threshold
    entry["dev"] = report("DEV", sets["dev"], sets["dev_multi"], shown, SECOND_RULE)
    if dev_only:
        return entry
    for name, (t, rule) in {"bot": (DEFAULT_THRESHOLD, SECOND_RULE),
                            "one topic only": (DEFAULT_THRESHOLD, ONE_TOPIC)}.items():
        entry[name] = report(f"HELD-OUT ({name})", sets["heldout"], sets["heldout_multi"],
                             t, rule)
    return entry


def parse_or_load(
    args: argparse.Namespace, model: Path, log: Path, cache: Path | None
) -> tuple[dict[str, list[Row]], bool]:
    """The parsed sets, and whether they were parsed now (not read from the cache: it is
    read only for a model given by --model, and written after a parse)."""
    if cache and cache.exists() and args.model is not None:
        return load_cache(cache), False
    items = read_sets(args.dev, None if args.dev_only else args.heldout)
    rows = asyncio.run(parse_sets(args.rasa, model, items, log))
    if cache:
        write_cache(cache, model, rows)
    sets: dict[str, list[Row]] = {name: [] for name in items}
    for row in rows:
        sets[str(row["set"])].append(row)
    return sets, True


def log_is_clean(log: Path, texts: list[str]) -> bool:
    content = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return not any(text in content for text in texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rasa", type=Path, required=True)
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--train", type=Path, required=True)
    parser.add_argument("--dev", type=Path, default=ROOT / "nlu" / "dev")
    parser.add_argument("--heldout", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "var" / "nlu-eval")
    parser.add_argument("--model", type=Path, help="score this trained model, no training")
    parser.add_argument("--cache", type=Path,
                        help="the project model's parses are written here (parse_cache.py's "
                        "format); with --model, read from here if the file exists")
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--dev-threshold", type=float,
                        help="show dev's figures at this threshold, not at the one dev chooses "
                        "(to compare a rule at the bot's constant)")
    parser.add_argument("--dev-only", action="store_true",
                        help="score nlu/dev only (to compare settings without the held-out set)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pipelines = {"project": args.config}
    if not args.skip_baseline and args.model is None:
        pipelines["rasa_default"] = args.baseline
    results: dict[str, object] = {}
    for name, config in pipelines.items():
        train_s = 0.0
        model = args.model
        if model is None:
            print(f"training {name} ({config}) ...", flush=True)
            model, train_s = train(args.rasa, config, args.train, args.out, name)
        log = args.out / f"rasa-{name}.log"
        log.unlink(missing_ok=True)
        cache = args.cache if name == "project" else None
        sets, parsed_now = parse_or_load(args, model, log, cache)
        results["sizes"] = {k: len(v) for k, v in sets.items()}
        print("messages: " + ", ".join(f"{k} {len(v)}" for k, v in sets.items()))
        print(f"\n== {name}: trained in {train_s:.0f} s")
        if name == "project":
            entry = evaluate(sets, args.dev_only, args.dev_threshold)
        else:
            table = by_group([raw_record(r) for r in sets["heldout"]], BASELINE_THRESHOLD)
            print_scores(f"HELD-OUT, {name}: its own threshold {BASELINE_THRESHOLD}", table)
            entry = {"threshold": BASELINE_THRESHOLD, "scores": table}
        texts = [str(r["text"]) for rows in sets.values() for r in rows]
        clean = log_is_clean(log, texts) if parsed_now else None
        print("Rasa log free of message text: "
              + {True: "yes", False: "NO", None: "not checked (parsed earlier)"}[clean])
        entry.update({"train_s": round(train_s, 1), "log_clean": clean})
        results[name] = entry
    (args.out / "results.json").write_text(json.dumps(results, indent=2))
    print(f"\nfigures written to {args.out / 'results.json'}")


if __name__ == "__main__":
    main()
