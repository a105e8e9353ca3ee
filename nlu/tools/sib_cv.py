"""SIB-200 settings chosen by cross-validation (issue 12, "SIB-200 Khmer >= 0.83").

dev.tsv has 99 sentences: one sentence is a point, and the variants sib_trials.py tried all
scored 0.828-0.838 on it. This tool scores each variant of config.yml by stratified k-fold
cross-validation over train.tsv + dev.tsv (800 sentences, fixed seed), printing the mean
accuracy, the spread across folds, and the per-fold (paired) difference from "as is"; with
--test NAME it then trains that one variant on train+dev and scores test.tsv, once.

The pipeline runs in process with config.yml's own components (the same classes, configs and
train/process order as Rasa's graph, without its graph, storage and cache): a run of tens of
variants takes minutes, not hours. Sentence embeddings are computed once per sentence and
cached on disk (the encoder is deterministic: nlu/tests/test_sentence_encoder.py); trainings
are shared between variants that differ only in `cascade_confidence`, which only inference
reads. `--check` trains config.yml on train.tsv and scores dev.tsv, to compare with the
figure Rasa's own training gives (sib_trials.py: 0.838).

Usage (Rasa venv): nice -n 10 .venv-nlu/bin/python nlu/tools/sib_cv.py \\
    --sib200 ../shared/benchmarks/sib-200 --config config.yml [--variants ...] [--test NAME]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List, Tuple

import numpy as np
import yaml

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from nlu.tools.bench_sib200 import read_tsv  # noqa: E402
from nlu.tools.sib_cv_variants import VARIANTS, variant_config  # noqa: E402

Rows = List[Tuple[str, str]]


class CachedEncoder:
    """sentence_encoder.encode with one embedding per distinct text, kept in an .npz file."""

    def __init__(self, path: Path) -> None:
        from nlu.components import sentence_encoder

        self.path, self.original, self.rows = path, sentence_encoder.encode, {}
        self.asked = 0  # texts asked for at inference (the cascade's second look)
        if path.exists():
            with np.load(path, allow_pickle=False) as stored:
                self.rows = dict(zip(stored["texts"].tolist(), stored["rows"]))
        sentence_encoder.encode = self.encode

    def encode(self, texts: List[str]) -> np.ndarray:
        self.asked += len(texts)
        missing = sorted({t for t in texts if t not in self.rows})
        if missing:
            self.rows.update(zip(missing, self.original(missing)))
        return np.array([self.rows[t] for t in texts])

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        texts = sorted(self.rows)
        np.savez(self.path, texts=np.array(texts), rows=np.array([self.rows[t] for t in texts]))


class Pipeline:
    """config.yml's components, trained and run as Rasa's graph would, without the graph."""

    def __init__(self, config: Dict[str, Any], work: Path) -> None:
        from rasa.engine.graph import ExecutionContext, GraphSchema
        from rasa.engine.recipes.default_recipe import DefaultV1Recipe
        from rasa.engine.storage.local_model_storage import LocalModelStorage
        from rasa.engine.storage.resource import Resource
        from rasa.utils.common import override_defaults

        work.mkdir(parents=True, exist_ok=True)
        storage = LocalModelStorage(work)
        self.components = []
        for index, step in enumerate(config["pipeline"]):
            step = dict(step)
            registered = DefaultV1Recipe._from_registry(step.pop("name"))
            name = f"{registered.clazz.__name__}{index}"
            context = ExecutionContext(GraphSchema({}), node_name=name)
            merged = override_defaults(registered.clazz.get_default_config(), step)
            component = registered.clazz.create(merged, storage, Resource(name), context)
            self.components.append((component, registered.is_trainable))

    def train(self, rows: Rows) -> Any:
        """Train every component but the classifier; returns the featurized training data."""
        from rasa.shared.nlu.training_data.message import Message
        from rasa.shared.nlu.training_data.training_data import TrainingData

        data = TrainingData([Message(data={"text": t, "intent": i}) for t, i in rows])
        for component, trainable in self.components[:-1]:
            if trainable:
                component.train(data)
            data = component.process_training_data(data)
        return data

    def featurize(self, texts: List[str]) -> List[Any]:
        from rasa.shared.nlu.training_data.message import Message

        messages = [Message(data={"text": t}) for t in texts]
        for component, _ in self.components[:-1]:
            messages = component.process(messages)
        return messages


def classify(classifier: Any, messages: List[Any], cascade: float) -> List[str]:
    classifier.config["cascade_confidence"] = cascade  # read only at inference
    out = classifier.process(messages)
    return [m.get("intent")["name"] for m in out]


def score(
    base: Dict[str, Any], names: List[str], splits: List[Tuple[Rows, Rows]], work: Path,
    encoder: CachedEncoder,
) -> Dict[str, Dict[str, Any]]:
    """Accuracy of each variant on each split (train rows, test rows)."""
    results: Dict[str, Dict[str, Any]] = {n: {"folds": [], "asked": []} for n in names}
    featurized: Dict[Tuple[int, str], Any] = {}
    trained: Dict[Tuple[int, str], Any] = {}
    for name in names:
        config = variant_config(base, VARIANTS[name])
        steps = config["pipeline"]
        feature_key = json.dumps(steps[:-1], sort_keys=True)
        classifier_step = {k: v for k, v in steps[-1].items() if k != "cascade_confidence"}
        train_key = feature_key + json.dumps(classifier_step, sort_keys=True)
        cascade = steps[-1].get("cascade_confidence", 0.85)
        started = time.perf_counter()
        for fold, (train_rows, test_rows) in enumerate(splits):
            if (fold, feature_key) not in featurized:
                pipeline = Pipeline(config, work / f"f{len(featurized)}")
                data = pipeline.train(train_rows)
                featurized[(fold, feature_key)] = (pipeline, data, {})
            pipeline, data, test_cache = featurized[(fold, feature_key)]
            if (fold, train_key) not in trained:
                classifier = Pipeline(config, work / f"c{len(trained)}").components[-1][0]
                classifier.train(data)
                trained[(fold, train_key)] = classifier
            if "messages" not in test_cache:
                test_cache["messages"] = pipeline.featurize([t for t, _ in test_rows])
            encoder.asked = 0
            predicted = classify(trained[(fold, train_key)], test_cache["messages"], cascade)
            gold = [g for _, g in test_rows]
            results[name]["folds"].append(float(np.mean([p == g for p, g in zip(predicted, gold)])))
            results[name]["asked"].append(encoder.asked / len(test_rows))
        results[name]["seconds"] = time.perf_counter() - started
        report(name, results)
        encoder.save()
    return results


def report(name: str, results: Dict[str, Dict[str, Any]]) -> None:
    folds = np.array(results[name]["folds"])
    spread = folds.std(ddof=1) if len(folds) > 1 else 0.0
    line = f"{name:32s} mean {folds.mean():.3f}  sd {spread:.3f}"
    if "as is" in results and name != "as is" and len(results["as is"]["folds"]) == len(folds):
        diff = folds - np.array(results["as is"]["folds"])
        line += f"  vs as is {diff.mean() * 100:+.1f} pts (sd {diff.std(ddof=1) * 100:.1f})"
    line += f"  encoder asked {np.mean(results[name]['asked']):.2f}"
    line += f"  ({results[name]['seconds']:.0f} s)"
    print(line, flush=True)


def summary(results: Dict[str, Any]) -> None:
    """A Markdown table over every cross-validation run in the JSON (all seeds' folds)."""
    folds: Dict[str, List[float]] = {}
    paired: Dict[str, List[float]] = {}
    asked: Dict[str, List[float]] = {}
    baseline: Dict[str, List[float]] = {}  # "as is" on the same folds as the variant
    for key, run in results.items():
        if not key.startswith("cv"):
            continue
        for name, scores in run.items():
            folds.setdefault(name, []).extend(scores["folds"])
            asked.setdefault(name, []).extend(scores["asked"])
            baseline.setdefault(name, []).extend(run["as is"]["folds"])
            paired.setdefault(name, []).extend(
                np.subtract(scores["folds"], run["as is"]["folds"]).tolist()
            )
    print("| variant | folds | mean accuracy | sd across folds | as is, same folds "
          "| vs as is (paired), points | sd of the difference | encoder asked |")
    print("|---|---|---|---|---|---|---|---|")
    for name in sorted(folds, key=lambda n: -np.mean(paired[n])):
        diff = np.array(paired[name]) * 100
        print(f"| {name} | {len(folds[name])} | {np.mean(folds[name]):.3f} "
              f"| {np.std(folds[name], ddof=1):.3f} | {np.mean(baseline[name]):.3f} "
              f"| {diff.mean():+.1f} "
              f"| {diff.std(ddof=1):.1f} | {np.mean(asked[name]):.2f} |")


def folds_of(rows: Rows, k: int, seed: int) -> List[Tuple[Rows, Rows]]:
    from sklearn.model_selection import StratifiedKFold

    labels = [label for _, label in rows]
    splitter = StratifiedKFold(k, shuffle=True, random_state=seed)
    return [
        ([rows[i] for i in train], [rows[i] for i in test])
        for train, test in splitter.split(np.zeros(len(rows)), labels)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sib200", type=Path, required=True)
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--language", default="khm_Khmr")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    parser.add_argument("--check", action="store_true", help="train.tsv -> dev.tsv only")
    parser.add_argument("--test", choices=list(VARIANTS), help="score this one on test.tsv")
    parser.add_argument("--summary", action="store_true", help="table of the runs so far")
    parser.add_argument("--json", type=Path, default=Path("var/bench/sib200-cv.json"))
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    base = yaml.safe_load(args.config.read_text(encoding="utf-8"))
    folder = args.sib200 / args.language
    train, dev = read_tsv(folder / "train.tsv"), read_tsv(folder / "dev.tsv")
    encoder = CachedEncoder(Path(f"var/bench/sib200-e5-{args.language}.npz"))
    results: Dict[str, Any] = json.loads(args.json.read_text()) if args.json.exists() else {}
    if args.summary:
        return summary(results)
    with tempfile.TemporaryDirectory(prefix="sib-cv-") as tmp:
        if args.check:
            scores = score(base, ["as is"], [(train, dev)], Path(tmp), encoder)
            results["check train->dev"] = scores["as is"]
        elif args.test:
            test = read_tsv(folder / "test.tsv")
            scores = score(base, [args.test], [(train + dev, test)], Path(tmp), encoder)
            results[f"test {args.test}"] = scores[args.test]
        else:
            names = ["as is", *[n for n in args.variants if n != "as is"]]
            splits = folds_of(train + dev, args.folds, args.seed)
            cv = score(base, names, splits, Path(tmp), encoder)
            results.setdefault(f"cv{args.folds} seed {args.seed}", {}).update(cv)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
