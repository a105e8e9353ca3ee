"""Sparse features from the tokenizer's own tokens: token n-grams, counted as they are.

Rasa's CountVectorsFeaturizer (word analyzer) re-splits the tokens with the regular
expression `\\b\\w+\\b`, and `\\w` does not match combining marks: Burmese and Khmer vowel signs,
medials and killers all are, so "ပျောက်" ("lost") becomes the fragments "ပ" and "က". This
featurizer takes the segmented tokens whole, so Burmese and Khmer words survive as words.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Dict, List, Optional, Text, Type

import numpy as np
import scipy.sparse as sp
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.featurizers.sparse_featurizer.sparse_featurizer import SparseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

_FILE = "vocabulary.json"
_NUMBER = "__number__"


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True
)
class TokenNgramFeaturizer(SparseFeaturizer, GraphComponent):
    @classmethod
    def required_components(cls) -> List[Type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            **SparseFeaturizer.get_default_config(),
            "min_ngram": 1,
            "max_ngram": 2,
            "min_df": 1,  # n-grams in fewer training messages than this are dropped
        }

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        vocabulary: Optional[Dict[Text, int]] = None,
    ) -> None:
        super().__init__(execution_context.node_name, config)
        self._model_storage = model_storage
        self._resource = resource
        self.vocabulary: Dict[Text, int] = vocabulary or {}

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        if not 1 <= config["min_ngram"] <= config["max_ngram"]:
            raise ValueError("need 1 <= min_ngram <= max_ngram")

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> TokenNgramFeaturizer:
        return cls(config, model_storage, resource, execution_context)

    @staticmethod
    def _tokens(message: Message) -> List[Text]:
        tokens = message.get(TOKENS_NAMES[TEXT]) or []
        return [_NUMBER if t.text.isdigit() else t.text.lower() for t in tokens]

    def _ngrams(self, tokens: List[Text]) -> List[Text]:
        return [
            " ".join(tokens[i : i + n])
            for n in range(self._config["min_ngram"], self._config["max_ngram"] + 1)
            for i in range(len(tokens) - n + 1)
        ]

    def train(self, training_data: TrainingData) -> Resource:
        document_frequency: Counter[Text] = Counter()
        for example in training_data.training_examples:
            document_frequency.update(set(self._ngrams(self._tokens(example))))
        kept = sorted(g for g, df in document_frequency.items() if df >= self._config["min_df"])
        self.vocabulary = {ngram: index for index, ngram in enumerate(kept)}
        with self._model_storage.write_to(self._resource) as directory:
            (directory / _FILE).write_text(json.dumps(self.vocabulary, ensure_ascii=False))
        return self._resource

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._featurize(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data

    def _featurize(self, message: Message) -> None:
        tokens = self._tokens(message)
        if not tokens or not self.vocabulary:
            return
        width = len(self.vocabulary)
        # Sequence: each token's own unigram (when known); sentence: all n-gram counts.
        rows, columns = [], []
        for row, token in enumerate(tokens):
            if token in self.vocabulary:
                rows.append(row)
                columns.append(self.vocabulary[token])
        sequence = sp.coo_matrix(
            (np.ones(len(rows)), (rows, columns)), shape=(len(tokens), width)
        )
        counts = Counter(g for g in self._ngrams(tokens) if g in self.vocabulary)
        sentence = sp.coo_matrix(
            (
                np.array(list(counts.values()), dtype=float),
                (np.zeros(len(counts), dtype=int), [self.vocabulary[g] for g in counts]),
            ),
            shape=(1, width),
        )
        self.add_features_to_message(sequence, sentence, TEXT, message)

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> TokenNgramFeaturizer:
        try:
            with model_storage.read_from(resource) as directory:
                vocabulary = json.loads((directory / _FILE).read_text())
        except (ValueError, FileNotFoundError):
            vocabulary = None
        return cls(config, model_storage, resource, execution_context, vocabulary)
