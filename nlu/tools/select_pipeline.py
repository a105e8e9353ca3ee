"""Chooses the segmentation and the classifier by measurement (Rasa venv, in process).

Trains each candidate pipeline on nlu/data/train and scores the held-out set (Unicode text;
Zawgyi is the normaliser's job), and on SIB-200 train -> dev for Burmese and Khmer. Prints
one line per candidate; docs/benchmarks.md keeps the table. Usage:

    .venv-nlu/bin/python nlu/tools/select_pipeline.py [--candidates NAME ...] [--no-sib]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List, Tuple

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
# Training is timed: Rasa's cache of earlier trainings stays off, and out of the work tree.
os.environ["RASA_MAX_CACHE_SIZE"] = "0"
os.environ.setdefault("RASA_CACHE_DIRECTORY", "var/rasa-cache")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from nlu.tools.bench_sib200 import read_tsv  # noqa: E402
from nlu.tools.nlu_metrics import Record, by_group, choose_threshold  # noqa: E402
from nlu.tools.rasa_data import read_examples, write_examples  # noqa: E402

T = "nlu.components.script_tokenizer.ScriptTokenizer"
C = "nlu.components.linear_intent_classifier.LinearIntentClassifier"
WORDS = {"name": "CountVectorsFeaturizer"}
CHARS = {"name": "CountVectorsFeaturizer", "analyzer": "char_wb", "min_ngram": 1, "max_ngram": 4}
CHARS25 = {**CHARS, "min_ngram": 2, "max_ngram": 5}


def tok(segmenter: str) -> Dict[str, Any]:
    return {"name": T, "segmenter": segmenter}


def clf(**config: Any) -> Dict[str, Any]:
    return {"name": C, **config}


TNG = {"name": "nlu.components.token_ngram_featurizer.TokenNgramFeaturizer", "max_ngram": 2}
WORDS12 = {"name": "CountVectorsFeaturizer", "min_ngram": 1, "max_ngram": 2}

CANDIDATES: Dict[str, List[Dict[str, Any]]] = {
    "whitespace+cvf+lr(rasa)": [{"name": "WhitespaceTokenizer"}, WORDS, CHARS,
                                {"name": "LogisticRegressionClassifier"}],
    "words+cvf12+svm": [tok("words"), WORDS12, CHARS, clf(model="svm", C=2.0)],
    "words+tng12+svm (config.yml)": [tok("words"), TNG, CHARS, clf(model="svm", C=2.0)],
    "words+tng12+lr": [tok("words"), TNG, CHARS, clf(model="logistic", C=10)],
    "words+tng12+cnb": [tok("words"), TNG, CHARS, clf(model="complement_nb", alpha=0.1)],
    "syllables+tng12+svm": [tok("syllables"), TNG, CHARS, clf(model="svm", C=2.0)],
    "words+syllables+tng12+svm": [tok("words+syllables"), TNG, CHARS, clf(model="svm", C=2.0)],
    "khmer_nltk+tng12+svm": [tok("khmer_nltk"), TNG, CHARS, clf(model="svm", C=2.0)],
    "words+tng12+c25+svm": [tok("words"), TNG, CHARS25, clf(model="svm", C=2.0)],
}


def train_and_load(pipeline: List[Dict[str, Any]], data: Path, tmp: Path) -> Tuple[Any, float]:
    from rasa.core.agent import Agent
    from rasa.model_training import train_nlu

    config = tmp / "config.yml"
    config.write_text(yaml.safe_dump({"recipe": "default.v1", "language": "xx",
                                      "pipeline": pipeline, "policies": []}))
    started = time.perf_counter()
    model = train_nlu(str(config), str(data), str(tmp / "models"))
    return Agent.load(str(model)), time.perf_counter() - started


def parse_all(agent: Any, texts: List[str]) -> List[Tuple[str, float]]:
    async def run() -> List[Tuple[str, float]]:
        out = []
        for text in texts:
            parsed = await agent.parse_message(text)
            ranking = [r for r in parsed["intent_ranking"] if r["name"] != "nlu_fallback"]
            out.append((ranking[0]["name"], ranking[0]["confidence"]))
        return out

    return asyncio.run(run())


def bot_scores(pipeline: List[Dict[str, Any]]) -> str:
    heldout = {g: read_examples(ROOT / "nlu" / "heldout" / f"{g}.yml") for g in ("en", "my", "km")}
    with tempfile.TemporaryDirectory() as tmp:
        agent, train_s = train_and_load(pipeline, ROOT / "nlu" / "data" / "train", Path(tmp))
        records = []
        for group, examples in heldout.items():
            for (text, gold), (top, conf) in zip(examples, parse_all(agent, [t for t, _ in examples])):
                records.append(Record(group, gold, None if top == "out_of_scope" else top, conf))
    best, _ = choose_threshold(records)
    at0, atb = by_group(records, 0.0), by_group(records, best)
    cells = " ".join(f"{g}={at0[g]['accuracy']:.3f}/{atb[g]['accuracy']:.3f}" for g in heldout)
    return (f"bot[argmax/thr {best:.2f}] {cells} oosR={atb['all']['oos_recall']:.2f} "
            f"fb={atb['all']['in_scope_to_fallback']:.3f} train={train_s:.0f}s")


def sib_scores(pipeline: List[Dict[str, Any]], sib: Path) -> str:
    cells = []
    for language in ("mya_Mymr", "khm_Khmr"):
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "train.yml"
            write_examples(read_tsv(sib / language / "train.tsv"), data)
            agent, train_s = train_and_load(pipeline, data, Path(tmp))
            dev = read_tsv(sib / language / "dev.tsv")
            predictions = parse_all(agent, [t for t, _ in dev])
            accuracy = sum(p == g for (p, _), (_, g) in zip(predictions, dev)) / len(dev)
            cells.append(f"{language[:3]}_dev={accuracy:.3f}({train_s:.0f}s)")
    return " ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", nargs="+", default=list(CANDIDATES))
    parser.add_argument("--no-sib", action="store_true")
    parser.add_argument("--no-bot", action="store_true")
    parser.add_argument("--sib200", type=Path, default=ROOT.parent / "shared/benchmarks/sib-200")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    for name in args.candidates:
        pipeline = CANDIDATES[name]
        parts = [name]
        if not args.no_bot:
            parts.append(bot_scores(pipeline))
        if not args.no_sib:
            parts.append(sib_scores(pipeline, args.sib200))
        print(" | ".join(parts), flush=True)


if __name__ == "__main__":
    main()
