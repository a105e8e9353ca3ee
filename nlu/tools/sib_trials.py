"""Cheap settings for SIB-200 (issue 12, "SIB-200 Khmer >= 0.83"): each variant of config.yml's
classifier settings trained on train.tsv and scored on dev.tsv; the one best on dev is then
scored on test.tsv, so the test split is read once, for the choice, not to make it.

Usage (Rasa venv): nice -n 10 .venv-nlu/bin/python nlu/tools/sib_trials.py \\
    --sib200 ../shared/benchmarks/sib-200 --config config.yml --languages khm_Khmr
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any, Dict

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from nlu.tools.bench_sib200 import accuracy, read_tsv, train  # noqa: E402
from nlu.tools.rasa_data import write_examples  # noqa: E402
from nlu.tools.sib_cv_variants import CLASSIFIER  # noqa: E402
from nlu.tools.sib_cv_variants import variant_config as with_overrides  # noqa: E402

# Overrides of the classifier's settings in config.yml; "as is" is config.yml itself.
VARIANTS: Dict[str, Dict[str, Any]] = {
    "as is": {},
    "C 1": {"C": 1.0},
    "C 4": {"C": 4.0},
    "encoder weight 3": {"encoder_weight": 3.0},
    "encoder for every message": {"cascade_confidence": 1.01},
}


def variant_config(base: Dict[str, Any], overrides: Dict[str, Any], path: Path) -> Path:
    """config.yml with the classifier's `overrides` applied (sib_cv_variants.py), written."""
    config = with_overrides(base, {CLASSIFIER: overrides})
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sib200", type=Path, required=True)
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--languages", nargs="+", default=["khm_Khmr"])
    parser.add_argument("--json", type=Path, default=Path("var/bench/sib200-trials.json"))
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    args = parser.parse_args()
    base = yaml.safe_load(args.config.read_text(encoding="utf-8"))
    results: Dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for language in args.languages:
            folder = args.sib200 / language
            data = work / f"{language}.yml"
            write_examples(read_tsv(folder / "train.tsv"), data)
            dev, test = read_tsv(folder / "dev.tsv"), read_tsv(folder / "test.tsv")
            scores: Dict[str, Any] = {}
            chosen = {n: VARIANTS[n] for n in ["as is", *args.variants] if n in VARIANTS}
            for index, (name, overrides) in enumerate(chosen.items()):
                config = variant_config(base, overrides, work / f"variant{index}.yml")
                model, train_s = train(config, data, work / "models")
                dev_accuracy, per_message = accuracy(model, dev)
                scores[name] = {"dev": dev_accuracy, "train_s": train_s, "parse_s": per_message}
                print(f"{language} {name}: dev {dev_accuracy:.3f} (train {train_s:.0f} s, "
                      f"{per_message * 1000:.1f} ms a parse)", flush=True)
                scores[name]["model"] = str(model)
                if index and scores[name]["dev"] <= max(
                    s["dev"] for n, s in scores.items() if n != name
                ):
                    Path(model).unlink(missing_ok=True)
            best = max(scores, key=lambda n: (scores[n]["dev"], n == "as is"))
            test_accuracy, _ = accuracy(Path(scores[best]["model"]), test)
            print(f"{language}: best on dev is '{best}'; its test accuracy {test_accuracy:.3f}")
            results[language] = {"variants": scores, "best_on_dev": best, "test": test_accuracy}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
