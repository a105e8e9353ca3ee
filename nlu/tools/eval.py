"""`make nlu-eval`: trains the project's pipeline and Rasa's default pipeline on nlu/data/train
and scores both on the held-out set, through the bot's own path (normalise, then the HTTP
client against a supervised `rasa run`), so Zawgyi messages are converted as in production.

Runs with the bot venv; trains and serves with the Rasa venv. Prints accuracy and macro-F1
per language and script (Burmese Unicode and Zawgyi apart), out-of-scope precision and recall,
the share of in-scope messages sent to the fallback, the most confused topic pairs, and the
threshold sweep the bot's DEFAULT_THRESHOLD was chosen from. Also checks that the Rasa
server's log holds no message text.
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

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.language import normalise  # noqa: E402
from bot.nlu import DEFAULT_THRESHOLD, RasaHttpClient, RasaSupervisor  # noqa: E402
from nlu.tools.nlu_metrics import (  # noqa: E402
    Record,
    by_group,
    choose_threshold,
    confused_pairs,
)
from nlu.tools.rasa_data import read_examples  # noqa: E402

HELDOUT_FILES = {"en": "en.yml", "my": "my.yml", "my_zawgyi": "my_zawgyi.yml", "km": "km.yml"}
# Training is timed: Rasa's cache of earlier trainings stays off, and out of the work tree.
TRAIN_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "RASA_MAX_CACHE_SIZE": "0",
    "RASA_CACHE_DIRECTORY": str(ROOT / "var" / "rasa-cache"),
}
# The default pipeline's own FallbackClassifier threshold, applied the same way.
BASELINE_THRESHOLD = 0.3
COLUMNS = ("n", "accuracy", "macro_f1", "in_scope_accuracy", "oos_precision", "oos_recall",
           "in_scope_to_fallback")


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


async def parse_all(
    rasa: Path, model: Path, heldout: dict[str, list[tuple[str, str]]], log: Path
) -> tuple[list[Record], float]:
    supervisor = RasaSupervisor(rasa, model, free_port(), log)
    await supervisor.start()
    try:
        if not await supervisor.wait_ready(180):
            sys.exit(f"Rasa did not come up with {model}; see {log}")
        client = RasaHttpClient(supervisor.url, timeout_s=10.0, threshold=0.0)
        records = []
        for group, examples in heldout.items():
            for text, gold in examples:
                result = await client.parse(normalise(text).text)
                records.append(
                    Record(group, gold, result.topic, result.confidence,
                           group in ("my", "km") and has_latin_and_own_script(text))
                )
        await client.aclose()
        return records, supervisor.load_time_s or 0.0
    finally:
        await supervisor.stop()


def print_scores(title: str, table: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}")
    print("| group | " + " | ".join(COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    for group, row in table.items():
        cells = [str(int(row[c])) if c == "n" else f"{row[c]:.3f}" for c in COLUMNS]
        print(f"| {group} | " + " | ".join(cells) + " |")


def log_is_clean(log: Path, heldout: dict[str, list[tuple[str, str]]]) -> bool:
    content = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return not any(text in content for examples in heldout.values() for text, _ in examples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rasa", type=Path, required=True)
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--train", type=Path, required=True)
    parser.add_argument("--heldout", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "var" / "nlu-eval")
    parser.add_argument("--skip-baseline", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    heldout = {g: read_examples(args.heldout / f) for g, f in HELDOUT_FILES.items()
               if (args.heldout / f).exists()}
    pipelines = {"project": (args.config, DEFAULT_THRESHOLD)}
    if not args.skip_baseline:
        pipelines["rasa_default"] = (args.baseline, BASELINE_THRESHOLD)
    results: dict[str, object] = {"heldout_sizes": {g: len(e) for g, e in heldout.items()}}
    for name, (config, threshold) in pipelines.items():
        print(f"training {name} ({config}) ...", flush=True)
        model, train_s = train(args.rasa, config, args.train, args.out, name)
        log = args.out / f"rasa-{name}.log"
        log.unlink(missing_ok=True)
        records, load_s = asyncio.run(parse_all(args.rasa, model, heldout, log))
        table = by_group(records, threshold)
        print_scores(f"{name}: threshold {threshold}, trained in {train_s:.0f} s, "
                     f"loaded in {load_s:.1f} s", table)
        pairs = confused_pairs(records, threshold)
        print("most confused (gold -> predicted): "
              + "; ".join(f"{g} -> {p} ({n})" for (g, p), n in pairs))
        clean = log_is_clean(log, heldout)
        print(f"Rasa log free of message text: {'yes' if clean else 'NO'}")
        entry: dict[str, object] = {
            "threshold": threshold, "train_s": round(train_s, 1), "load_s": round(load_s, 1),
            "scores": table, "confused": [[g, p, n] for (g, p), n in pairs],
            "log_clean": clean,
        }
        if name == "project":
            best, sweep = choose_threshold(records)
            entry["best_threshold"] = best
            entry["scores_at_best"] = by_group(records, best)
            print(f"\nthreshold sweep (all groups): best {best} "
                  f"(highest OOS recall with in-scope->fallback <= 0.05)")
            print_scores(f"project at threshold {best}", entry["scores_at_best"])  # type: ignore[arg-type]
            for t, row in sweep[::5]:
                print(f"  {t:.2f}: accuracy {row['accuracy']:.3f}, OOS recall "
                      f"{row['oos_recall']:.3f}, in-scope->fallback "
                      f"{row['in_scope_to_fallback']:.3f}")
            (args.out / "records.json").write_text(json.dumps([r.__dict__ for r in records]))
        results[name] = entry
    (args.out / "results.json").write_text(json.dumps(results, indent=2))
    print(f"\nfigures written to {args.out / 'results.json'}")


if __name__ == "__main__":
    main()
