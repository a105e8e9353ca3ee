"""TokenNgramFeaturizer keeps Burmese and Khmer words whole, unlike a \\w+ regex."""

from __future__ import annotations

from pathlib import Path
from typing import List

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.components.script_tokenizer import ScriptTokenizer
from nlu.components.token_ngram_featurizer import TokenNgramFeaturizer

TRAINING = ["ပတ်စပို့ ပျောက်သွားတယ်", "ខ្ញុំបាត់លិខិតឆ្លងដែន", "my passport is lost 3 days"]


def featurizer(tmp_path: Path, **config: int) -> TokenNgramFeaturizer:
    component = TokenNgramFeaturizer.create(
        {**TokenNgramFeaturizer.get_default_config(), **config},
        LocalModelStorage(tmp_path),
        Resource("token_ngrams"),
        ExecutionContext(GraphSchema({}), node_name="token_ngrams"),
    )
    component.train(TrainingData(tokenized(TRAINING)))
    return component


def tokenized(texts: List[str]) -> List[Message]:
    tokenizer = ScriptTokenizer(ScriptTokenizer.get_default_config())
    messages = [Message(data={"text": t, "intent": "x"}) for t in texts]
    return tokenizer.process(messages)


def test_vocabulary_holds_whole_words_and_pairs(tmp_path: Path) -> None:
    vocabulary = featurizer(tmp_path).vocabulary
    assert {"ပျောက်", "သွား", "ပျောက် သွား", "បាត់", "លិខិតឆ្លងដែន", "passport"} <= set(vocabulary)
    assert "__number__" in vocabulary and "3" not in vocabulary


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ပျောက်သွားတယ်", {"ပျောက်", "သွား", "တယ်", "ပျောက် သွား", "သွား တယ်"}),
     ("passport បាត់", {"passport", "បាត់"}),
     ("unknown words only", set())],
)
def test_sentence_features_count_known_ngrams(tmp_path: Path, text: str, expected: set) -> None:
    component = featurizer(tmp_path)
    (message,) = component.process(tokenized([text]))
    sequence, sentence = message.get_sparse_features("text")
    names = {name for name, index in component.vocabulary.items()
             if sentence.features.toarray()[0, index]}
    assert names == expected
    assert sequence.features.shape == (len(message.get("text_tokens")), len(component.vocabulary))


def test_trained_vocabulary_survives_persist_and_load(tmp_path: Path) -> None:
    trained = featurizer(tmp_path)
    loaded = TokenNgramFeaturizer.load(
        TokenNgramFeaturizer.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("token_ngrams"),
        ExecutionContext(GraphSchema({}), node_name="token_ngrams"),
    )
    assert loaded.vocabulary == trained.vocabulary


def test_min_df_drops_rare_ngrams(tmp_path: Path) -> None:
    assert featurizer(tmp_path, min_df=2).vocabulary == {}


def test_empty_message_gets_no_features(tmp_path: Path) -> None:
    (message,) = featurizer(tmp_path).process([Message(data={"text": ""})])
    assert message.get_sparse_features("text") == (None, None)
