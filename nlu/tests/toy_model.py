"""A small model of the project's pipeline, trained in seconds for a component's tests."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Dict, List, Tuple

import yaml

from nlu.tools.rasa_data import write_examples


def train_toy(tmp: Path, examples: List[Tuple[str, str]], **classifier: Any) -> Path:
    """The project's tokenizer and featurizers and LinearIntentClassifier with `classifier`'s
    settings, trained on `examples` (text, intent) under `tmp`: the model's path."""
    from rasa.model_training import train_nlu

    pipeline: list[Dict[str, Any]] = [
        {"name": "nlu.components.script_tokenizer.ScriptTokenizer"},
        {"name": "nlu.components.token_ngram_featurizer.TokenNgramFeaturizer"},
        {"name": "CountVectorsFeaturizer", "analyzer": "char_wb", "min_ngram": 1, "max_ngram": 4},
        {"name": "nlu.components.linear_intent_classifier.LinearIntentClassifier", **classifier},
    ]
    config = tmp / "config.yml"
    config.write_text(yaml.safe_dump({"recipe": "default.v1", "language": "xx",
                                      "pipeline": pipeline, "policies": []}))
    data = tmp / "nlu.yml"
    write_examples(examples, data)
    return Path(train_nlu(str(config), str(data), str(tmp / "models")))


def load(model: Path) -> Any:
    from rasa.core.agent import Agent

    return Agent.load(str(model))


def parse(agent: Any, text: str) -> Dict[str, Any]:
    return asyncio.run(agent.parse_message(text))  # type: ignore[no-any-return]
