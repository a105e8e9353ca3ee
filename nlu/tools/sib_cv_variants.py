"""The variants of config.yml that nlu/tools/sib_cv.py scores: overrides by component.

Each variant maps a component (by the last part of its name in config.yml) to the settings
that replace config.yml's; "as is" is config.yml itself. "encoder for every message"
(cascade_confidence above 1) is scored for scale only, not eligible: ~17 ms of CPU per call
breaks the parse budget on the bot's messages (docs/benchmarks.md, "SIB-200 Khmer: cheap
settings").
"""

from __future__ import annotations

import json
from typing import Any, Dict

TOKENIZER, WORDS, CHARS, CLASSIFIER = (
    "ScriptTokenizer", "TokenNgramFeaturizer", "CountVectorsFeaturizer", "LinearIntentClassifier"
)

Overrides = Dict[str, Dict[str, Any]]
VARIANTS: Dict[str, Overrides] = {
    "as is": {},
    # The classifier.
    "C 1": {CLASSIFIER: {"C": 1.0}},
    "C 2": {CLASSIFIER: {"C": 2.0}},
    "C 8": {CLASSIFIER: {"C": 8.0}},
    "C 16": {CLASSIFIER: {"C": 16.0}},
    "encoder weight 1": {CLASSIFIER: {"encoder_weight": 1.0}},
    "encoder weight 1.5": {CLASSIFIER: {"encoder_weight": 1.5}},
    "encoder weight 2.5": {CLASSIFIER: {"encoder_weight": 2.5}},
    "encoder weight 3": {CLASSIFIER: {"encoder_weight": 3.0}},
    "encoder weight 4": {CLASSIFIER: {"encoder_weight": 4.0}},
    "cascade 0.7": {CLASSIFIER: {"cascade_confidence": 0.7}},
    "cascade 0.9": {CLASSIFIER: {"cascade_confidence": 0.9}},
    "raw TF (not sublinear)": {CLASSIFIER: {"sublinear_tf": False}},
    "logistic C 4": {CLASSIFIER: {"model": "logistic", "C": 4.0}},
    "logistic C 16": {CLASSIFIER: {"model": "logistic", "C": 16.0}},
    # Not eligible (the encoder for every message breaks the parse budget): for scale only.
    "encoder for every message": {CLASSIFIER: {"cascade_confidence": 1.01}},
    # Character n-grams inside words.
    "char_wb 2-5": {CHARS: {"min_ngram": 2, "max_ngram": 5}},
    "char_wb 1-5": {CHARS: {"min_ngram": 1, "max_ngram": 5}},
    "char_wb 1-3": {CHARS: {"min_ngram": 1, "max_ngram": 3}},
    "char 1-4 (across words)": {CHARS: {"analyzer": "char"}},
    # Word n-grams.
    "token 1-1": {WORDS: {"max_ngram": 1}},
    "token 1-3": {WORDS: {"max_ngram": 3}},
    "token min_df 2": {WORDS: {"min_df": 2}},
    # Khmer segmentation.
    "segmenter syllables": {TOKENIZER: {"segmenter": "syllables"}},
    "segmenter words+syllables": {TOKENIZER: {"segmenter": "words+syllables"}},
    "segmenter khmer_nltk": {TOKENIZER: {"segmenter": "khmer_nltk"}},
    # The two best single changes together.
    "C 8 + char_wb 2-5": {CLASSIFIER: {"C": 8.0}, CHARS: {"min_ngram": 2, "max_ngram": 5}},
}


def variant_config(base: Dict[str, Any], overrides: Overrides) -> Dict[str, Any]:
    """config.yml's dict with the variant's overrides applied (a copy)."""
    config = json.loads(json.dumps(base))
    for step in config["pipeline"]:
        step.update(overrides.get(step["name"].rsplit(".", 1)[-1], {}))
    return config
