"""`make nlu-bench`: the project's pipeline and Rasa's default pipeline on SIB-200.

Runs in the Rasa venv. For each of mya_Mymr, khm_Khmr and eng_Latn: trains both pipelines on
train.tsv (in process, timed), parses test.tsv and prints test accuracy beside the
published figures. Accuracy is of the top real intent: Rasa's FallbackClassifier, part of
the default pipeline, would otherwise turn low-confidence answers into "nlu_fallback".
This is an external check of how the pipeline handles the scripts; the bot's topics are not
tuned to it.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Tuple

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
# Training is timed: Rasa's cache of earlier trainings stays off, and out of the work tree.
os.environ["RASA_MAX_CACHE_SIZE"] = "0"
os.environ.setdefault("RASA_CACHE_DIRECTORY", "var/rasa-cache")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # nlu.components

from nlu.tools.rasa_data import write_examples  # noqa: E402

LANGUAGES = ("mya_Mymr", "khm_Khmr", "eng_Latn")
# Published test accuracy (%), SIB-200 paper appendix Table 7 (see the benchmark's README).
PUBLISHED = {
    "mya_Mymr": {"MLP": 65.73, "XLM-R base": 81.1, "GPT-4": 62.2},
    "khm_Khmr": {"MLP": 74.08, "XLM-R base": 85.8, "GPT-4": 70.4},
    "eng_Latn": {"MLP": 59.91, "XLM-R base": 90.0, "GPT-4": 76.6},
}


def read_tsv(path: Path) -> List[Tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        # "science/technology": a "/" in an intent name means a retrieval intent to Rasa.
        return [(row["text"], row["category"].replace("/", "_")) for row in rows]


def train(config: Path, data: Path, out: Path) -> Tuple[Path, float]:
    from rasa.model_training import train_nlu

    started = time.perf_counter()
    model = train_nlu(str(config), str(data), str(out), fixed_model_name=config.stem)
    return Path(str(model)), time.perf_counter() - started


def accuracy(model: Path, test: List[Tuple[str, str]]) -> Tuple[float, float]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))

    async def run() -> Tuple[int, float]:
        correct = 0
        started = time.perf_counter()
        for text, gold in test:
            parsed = await agent.parse_message(text)
            ranking = [r["name"] for r in parsed.get("intent_ranking") or []]
            top = next((name for name in ranking if name != "nlu_fallback"), None)
            correct += top == gold
        return correct, (time.perf_counter() - started) / len(test)

    correct, per_message = asyncio.run(run())
    return correct / len(test), per_message


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sib200", type=Path, required=True)
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES))
    parser.add_argument("--only", choices=("project", "default"))
    parser.add_argument("--json", type=Path, default=Path("var/bench/sib200.json"))
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    if not args.sib200.is_dir():
        sys.exit(f"SIB-200 not found at {args.sib200}")
    pipelines = {"project": args.config, "default": args.baseline}
    if args.only:
        pipelines = {args.only: pipelines[args.only]}
    results: Dict[str, Dict[str, Dict[str, float]]] = {}
    if args.json.exists():
        results = json.loads(args.json.read_text())
    with tempfile.TemporaryDirectory(prefix="sib200-") as tmp:
        for language in args.languages:
            data = Path(tmp) / f"{language}.yml"
            write_examples(read_tsv(args.sib200 / language / "train.tsv"), data)
            test = read_tsv(args.sib200 / language / "test.tsv")
            for name, config in pipelines.items():
                model, train_s = train(config, data, Path(tmp) / language / name)
                acc, parse_s = accuracy(model, test)
                results.setdefault(language, {})[name] = {
                    "accuracy": round(acc, 4),
                    "train_s": round(train_s, 1),
                    "parse_ms": round(parse_s * 1000, 2),
                }
                print(f"{language} {name}: accuracy {acc:.3f}, train {train_s:.0f} s", flush=True)
                args.json.parent.mkdir(parents=True, exist_ok=True)
                args.json.write_text(json.dumps(results, indent=2))
    print_table(results)


def print_table(results: Dict[str, Dict[str, Dict[str, float]]]) -> None:
    print()
    print("| language | project | Rasa default | Δ (points) | MLP | XLM-R base | GPT-4 0-shot "
          "| train project (s) | train default (s) | time ratio |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for language, by_pipeline in results.items():
        project = by_pipeline.get("project", {})
        default = by_pipeline.get("default", {})
        published = PUBLISHED.get(language, {})

        def fmt(value: object, pattern: str = "{:.3f}") -> str:
            return pattern.format(value) if isinstance(value, (int, float)) else "–"

        delta = (
            (project["accuracy"] - default["accuracy"]) * 100
            if project and default
            else None
        )
        ratio = project["train_s"] / default["train_s"] if project and default else None
        print(
            f"| {language} | {fmt(project.get('accuracy'))} | {fmt(default.get('accuracy'))} "
            f"| {fmt(delta, '{:+.1f}')} | {fmt(published.get('MLP', 0) / 100)} "
            f"| {fmt(published.get('XLM-R base', 0) / 100)} | {fmt(published.get('GPT-4', 0) / 100)} "
            f"| {fmt(project.get('train_s'), '{:.1f}')} | {fmt(default.get('train_s'), '{:.0f}')} "
            f"| {fmt(ratio, '{:.3f}')} |"
        )


if __name__ == "__main__":
    main()
