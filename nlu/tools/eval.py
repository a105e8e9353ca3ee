"""`make nlu-eval`: trains the project's pipeline (and Rasa's default pipeline) on
nlu/data/train, chooses every setting on the development set nlu/dev, and reports on the
held-out set nlu/heldout, through the bot's own path (normalise, then the HTTP client against
a supervised `rasa run`), so Zawgyi messages are converted as in production.

Runs with the bot venv; trains and serves with the Rasa venv. Settings chosen on nlu/dev:
the threshold (highest out-of-scope recall with at most 5 % of in-scope messages sent to the
fallback) and the second-problem thresholds (the most two-problem messages answered right
with the other offered, at no more than half a point of single-message accuracy and a stray
second topic for at most a quarter of single-problem messages). Reported
on nlu/heldout at those settings and at the bot's own constants: accuracy and macro-F1 per
group (English, Burmese Unicode and Zawgyi, Khmer, romanised Burmese and Khmer; near-domain
out-of-scope questions in each language's group), out-of-scope precision and recall, the
share of in-scope messages sent to the fallback, the two-problem figures, and the most
confused pairs. Also checks that the Rasa server's log holds no message text.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.language import normalise  # noqa: E402
from bot.nlu import (  # noqa: E402
    DEFAULT_ALSO_THRESHOLD,
    DEFAULT_CLAUSE_THRESHOLD,
    DEFAULT_THRESHOLD,
    NluResult,
    NluUnavailable,
    RasaHttpClient,
    RasaSupervisor,
    found_topics,
)
from nlu.tools.nlu_metrics import (  # noqa: E402
    OUT_OF_SCOPE,
    Pick,
    Record,
    by_group,
    choose_threshold,
    confused_pairs,
    scores,
)
from nlu.tools.rasa_data import read_examples  # noqa: E402
import bot.nlu.supervisor  # noqa: E402

# On a shared, busy machine a parse can keep Rasa's event loop from answering /status for
# a while; the supervisor would then restart a server that is only slow. Scoring is not
# serving: the eval waits instead.
bot.nlu.supervisor._UNHEALTHY_LIMIT = 10**6

# group -> the files of nlu/dev and nlu/heldout it is read from
GROUPS = {
    "en": ("en", "en_near_domain"),
    "my": ("my", "my_near_domain"),
    "my_zawgyi": ("my_zawgyi", "my_near_domain_zawgyi"),
    "km": ("km", "km_near_domain"),
    "my_latn": ("my_latn",),
    "km_latn": ("km_latn",),
}
MULTI_LANGUAGES = ("en", "my", "km", "my_latn", "km_latn")
# Training is timed: Rasa's cache of earlier trainings stays off, and out of the work tree.
TRAIN_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "RASA_MAX_CACHE_SIZE": "0",
    "RASA_CACHE_DIRECTORY": str(ROOT / "var" / "rasa-cache"),
}
# The default pipeline's own FallbackClassifier threshold, applied the same way.
BASELINE_THRESHOLD = 0.3
# A second problem may cost at most this much single-message accuracy on the dev set, and
# add a stray button to at most this share of single-problem messages.
MAX_SINGLE_LOSS = 0.005
MAX_STRAY = 0.25
NO_SECOND = 1.01  # a second-problem threshold no probability reaches
COLUMNS = ("n", "accuracy", "macro_f1", "in_scope_accuracy", "oos_precision", "oos_recall",
           "in_scope_to_fallback")

Examples = dict[str, list[tuple[str, str]]]
Multi = dict[str, list[tuple[str, list[str]]]]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def train(rasa: Path, config: Path, data: Path, out: Path, name: str) -> tuple[Path, float]:
    started = time.perf_counter()
    subprocess.run(
        [str(rasa), "train", "nlu", "--config", str(config), "--nlu", str(data),
         "--out", str(out), "--fixed-model-name", name, "--quiet"],
        check=True, cwd=ROOT, env={**os.environ, **TRAIN_ENV},
        stdout=subprocess.DEVNULL,
    )
    return out / f"{name}.tar.gz", time.perf_counter() - started


def has_latin_and_own_script(text: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in text) and any(
        "\u1000" <= ch <= "\u109f" or "\u1780" <= ch <= "\u17ff" for ch in text
    )


def read_set(folder: Path) -> tuple[Examples, Multi]:
    examples = {
        group: [e for stem in stems if (folder / f"{stem}.yml").exists()
                for e in read_examples(folder / f"{stem}.yml")]
        for group, stems in GROUPS.items()
    }
    multi = {
        lang: [(str(row["text"]), list(row["topics"]))
               for row in yaml.safe_load((folder / "multi" / f"{lang}.yml").read_text("utf-8"))]
        for lang in MULTI_LANGUAGES if (folder / "multi" / f"{lang}.yml").exists()
    }
    return {g: e for g, e in examples.items() if e}, multi


async def parse_once(client: RasaHttpClient, supervisor: RasaSupervisor, text: str) -> NluResult:
    """One parse; on a busy shared machine the supervisor may restart a slow server, so
    wait for it and ask again (a few times) rather than lose the run."""
    for _ in range(4):
        try:
            return await client.parse(normalise(text).text)
        except NluUnavailable:
            await supervisor.wait_ready(180)
    return await client.parse(normalise(text).text)


async def parse_records(
    client: RasaHttpClient, supervisor: RasaSupervisor, items: list[tuple[str, str, str]]
) -> list[Record]:
    """(group, text, gold) -> records of the classifier's best intent, its confidence and
    the ranking; the client's thresholds are off so that every setting can be applied later."""
    records = []
    for group, text, gold in items:
        result = await parse_once(client, supervisor, text)
        records.append(Record(group, gold, result.topic, result.confidence,
                              group in ("my", "km") and has_latin_and_own_script(text),
                              result.ranking, result.clauses))
    return records


async def parse_all(
    rasa: Path, model: Path, sets: dict[str, list[tuple[str, str, str]]], log: Path
) -> tuple[dict[str, list[Record]], float]:
    supervisor = RasaSupervisor(rasa, model, free_port(), log)
    await supervisor.start()
    try:
        if not await supervisor.wait_ready(180):
            sys.exit(f"Rasa did not come up with {model}; see {log}")
        client = RasaHttpClient(supervisor.url, timeout_s=30.0, threshold=0.0,
                                also_threshold=NO_SECOND, clause_threshold=NO_SECOND)
        parsed = {name: await parse_records(client, supervisor, items)
                  for name, items in sets.items()}
        await client.aclose()
        return parsed, supervisor.load_time_s or 0.0
    finally:
        await supervisor.stop()


Second = tuple[float, float]  # (also_threshold, clause_threshold)
NONE_SECOND: Second = (NO_SECOND, NO_SECOND)


def topics_of(record: Record, threshold: float, second: Second) -> tuple[str, ...]:
    """The bot's own rule (bot.nlu.found_topics) at these settings."""
    return found_topics(record.top, record.confidence, record.ranking, threshold,
                        second[0], record.clauses, second[1])


def bot_pick(second: Second) -> Pick:
    """The label the bot answers with: the most urgent of the topics found."""
    def pick(record: Record, threshold: float) -> str:
        topics = topics_of(record, threshold, second)
        return topics[0] if topics else OUT_OF_SCOPE
    return pick


def multi_scores(records: list[Record], threshold: float, second: Second) -> dict[str, float]:
    """Two-problem messages (gold "a+b"): the first answer is one of them and the other is
    offered; and, less strict, the first answer is one of them."""
    right = first = 0
    for r in records:
        gold = set(r.gold.split("+"))
        topics = topics_of(r, threshold, second)
        if topics and topics[0] in gold:
            first += 1
            right += (gold - {topics[0]}) <= set(topics[1:])
    n = max(len(records), 1)
    return {"n": len(records), "both": right / n, "first_is_one": first / n}


def extra_offered(records: list[Record], threshold: float, second: Second) -> float:
    """Share of single-problem in-scope messages that get a second topic offered."""
    in_scope = [r for r in records if r.gold != OUT_OF_SCOPE]
    extra = sum(len(topics_of(r, threshold, second)) > 1 for r in in_scope)
    return extra / max(len(in_scope), 1)


def choose_second(
    single: list[Record], multi: list[Record], threshold: float
) -> tuple[Second, list]:
    """The (also, clause) thresholds that answer the most dev two-problem messages right
    with the other offered, losing at most MAX_SINGLE_LOSS of dev single accuracy and
    offering a stray second topic for at most MAX_STRAY of single-problem messages (ties:
    the better single accuracy, then the higher thresholds: fewer stray buttons)."""
    base = scores(single, threshold, bot_pick(NONE_SECOND))["accuracy"]
    grid = [(a / 100, c / 100) for a in (*range(5, 51, 5), 101) for c in (*range(40, 100, 5), 101)]
    sweep = []
    for second in grid:
        sweep.append((second, multi_scores(multi, threshold, second)["both"],
                      scores(single, threshold, bot_pick(second))["accuracy"],
                      extra_offered(single, threshold, second)))
    feasible = [row for row in sweep
                if row[2] >= base - MAX_SINGLE_LOSS and row[3] <= MAX_STRAY]
    best = max(feasible, key=lambda row: (row[1], row[2], row[0]))
    return best[0], sweep


def print_scores(title: str, table: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}")
    print("| group | " + " | ".join(COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    for group, row in table.items():
        cells = [str(int(row[c])) if c == "n" else f"{row[c]:.3f}" for c in COLUMNS]
        print(f"| {group} | " + " | ".join(cells) + " |")


def print_multi(title: str, records: list[Record], threshold: float, second: Second) -> dict:
    table = {lang: multi_scores([r for r in records if r.group == lang], threshold, second)
             for lang in MULTI_LANGUAGES if any(r.group == lang for r in records)}
    table["all"] = multi_scores(records, threshold, second)
    print(f"\n{title}\n| language | n | first answer one of the two, other offered "
          "| first answer one of the two |\n|---|---|---|---|")
    for lang, row in table.items():
        print(f"| {lang} | {row['n']} | {row['both']:.3f} | {row['first_is_one']:.3f} |")
    return table


def log_is_clean(log: Path, texts: list[str]) -> bool:
    content = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return not any(text in content for text in texts)


def items_of(examples: Examples, multi: Multi) -> tuple[list, list]:
    single = [(g, t, gold) for g, rows in examples.items() for t, gold in rows]
    two = [(lang, t, "+".join(gold)) for lang, rows in multi.items() for t, gold in rows]
    return single, two


def evaluate_dev(parsed: dict[str, list[Record]]) -> dict[str, object]:
    best, _ = choose_threshold(parsed["dev"])
    second, _ = choose_second(parsed["dev"], parsed["dev_multi"], best)
    table = by_group(parsed["dev"], best, bot_pick(second))
    print_scores(f"DEV, threshold {best}, second problem {second}", table)
    multi = print_multi("DEV two-problem messages", parsed["dev_multi"], best, second)
    return {"threshold": best, "second": second, "scores": table, "multi": multi}


def evaluate_project(parsed: dict[str, list[Record]]) -> dict[str, object]:
    best, sweep = choose_threshold(parsed["dev"])
    second, second_sweep = choose_second(parsed["dev"], parsed["dev_multi"], best)
    bot_second = (DEFAULT_ALSO_THRESHOLD, DEFAULT_CLAUSE_THRESHOLD)
    print(f"\nchosen on nlu/dev: threshold {best}, second-problem thresholds {second} "
          f"(the bot's constants: {DEFAULT_THRESHOLD}, {bot_second})")
    for t, row in sweep[::5]:
        print(f"  dev threshold {t:.2f}: accuracy {row['accuracy']:.3f}, OOS recall "
              f"{row['oos_recall']:.3f}, in-scope->fallback {row['in_scope_to_fallback']:.3f}")
    for (a, c), both, accuracy, extra in second_sweep:
        if a in (0.1, 0.2, 0.3, 1.01) and c in (0.5, 0.6, 0.7, 0.8, 0.9, 1.01):
            print(f"  dev second problem at {a:.2f}, clause at {c:.2f}: two-problem {both:.3f}, "
                  f"single accuracy {accuracy:.3f}, single in-scope with a 2nd topic {extra:.3f}")
    entry: dict[str, object] = {"threshold": best, "second": second}
    for name, (t, s) in {"chosen": (best, second), "bot": (DEFAULT_THRESHOLD, bot_second),
                         "one topic only": (best, NONE_SECOND)}.items():
        pick = bot_pick(s)
        table = by_group(parsed["heldout"], t, pick)
        print_scores(f"HELD-OUT, {name} settings: threshold {t}, second problem {s}", table)
        multi = print_multi(f"HELD-OUT two-problem messages ({name} settings)",
                            parsed["heldout_multi"], t, s)
        extra = extra_offered(parsed["heldout"], t, s)
        print(f"single-problem in-scope messages offered a second topic: {extra:.3f}")
        pairs = confused_pairs(parsed["heldout"], t, pick=pick)
        print("most confused (gold -> predicted): "
              + "; ".join(f"{g} -> {p} ({n})" for (g, p), n in pairs))
        entry[name] = {"threshold": t, "second": s, "scores": table, "multi": multi,
                       "extra_offered": extra, "confused": [[g, p, n] for (g, p), n in pairs]}
    return entry


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
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--dev-only", action="store_true",
                        help="score nlu/dev only (to compare settings without the held-out set)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    dev_single, dev_multi = items_of(*read_set(args.dev))
    held_single, held_multi = ([], []) if args.dev_only else items_of(*read_set(args.heldout))
    sets = {"dev": dev_single, "dev_multi": dev_multi,
            "heldout": held_single, "heldout_multi": held_multi}
    print("messages: " + ", ".join(f"{k} {len(v)}" for k, v in sets.items()))
    texts = [t for items in sets.values() for _, t, _ in items]
    pipelines = {"project": args.config}
    if not args.skip_baseline and args.model is None:
        pipelines["rasa_default"] = args.baseline
    results: dict[str, object] = {"sizes": {k: len(v) for k, v in sets.items()}}
    for name, config in pipelines.items():
        train_s = 0.0
        model = args.model
        if model is None:
            print(f"training {name} ({config}) ...", flush=True)
            model, train_s = train(args.rasa, config, args.train, args.out, name)
        log = args.out / f"rasa-{name}.log"
        log.unlink(missing_ok=True)
        parsed, load_s = asyncio.run(parse_all(args.rasa, model, sets, log))
        print(f"\n== {name}: trained in {train_s:.0f} s, loaded in {load_s:.1f} s")
        if args.dev_only:
            entry = evaluate_dev(parsed)
        elif name == "project":
            entry = evaluate_project(parsed)
            (args.out / "records.json").write_text(
                json.dumps({k: [r.__dict__ for r in v] for k, v in parsed.items()}))
        else:
            table = by_group(parsed["heldout"], BASELINE_THRESHOLD)
            print_scores(f"HELD-OUT, {name}: its own threshold {BASELINE_THRESHOLD}", table)
            entry = {"threshold": BASELINE_THRESHOLD, "scores": table}
        clean = log_is_clean(log, texts)
        print(f"Rasa log free of message text: {'yes' if clean else 'NO'}")
        entry.update({"train_s": round(train_s, 1), "load_s": round(load_s, 1),
                      "log_clean": clean})
        results[name] = entry
    (args.out / "results.json").write_text(json.dumps(results, indent=2))
    print(f"\nfigures written to {args.out / 'results.json'}")


if __name__ == "__main__":
    main()
