"""A Rasa tokenizer for Burmese, Khmer and English, including messages that mix them.

Burmese and Khmer put no spaces between words, so Rasa's WhitespaceTokenizer sees a whole
sentence as one token. This tokenizer finds words with ICU's dictionary-based word break
iterator, then, as configured, splits Burmese and Khmer words into syllables (robust to
misspellings and words missing from the dictionary) or re-segments Khmer with khmer-nltk.
Burmese and Khmer digits become ASCII digits so "၃ လ", "៣ ខែ" and "3" share features.
"""

from __future__ import annotations

import hashlib
import inspect
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.training_data.message import Message

from nlu.components import segmentation

# Myanmar (U+1040-1049), Shan (U+1090-1099), Khmer (U+17E0-17E9) and Thai (U+0E50-0E59)
# digits to ASCII.
_DIGITS = str.maketrans(
    {
        **{0x1040 + i: str(i) for i in range(10)},
        **{0x1090 + i: str(i) for i in range(10)},
        **{0x17E0 + i: str(i) for i in range(10)},
        **{0x0E50 + i: str(i) for i in range(10)},
    }
)
SEGMENTERS = ("words", "syllables", "words+syllables", "khmer_nltk")


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False
)
class ScriptTokenizer(Tokenizer):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            "token_pattern": None,
            "prefix_separator_symbol": None,
            # "words": ICU words; "syllables": ICU words cut into syllables;
            # "words+syllables": both (words then their syllables); "khmer_nltk": ICU
            # words, Khmer re-segmented by khmer-nltk.
            "segmenter": "words",
            "lowercase": True,
        }

    @staticmethod
    def required_packages() -> List[Text]:
        # Rasa both imports these names and looks them up as distributions; ICU's module
        # ("icu") and distribution ("pyicu-wheels") differ, so nothing can be listed here.
        # nlu/requirements.txt pins them.
        return []

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[Text]:
        # Rasa's training cache fingerprints this class's source only: the segmentation
        # module and the ICU version decide the tokens too.
        source = inspect.getsource(segmentation) + segmentation.icu.ICU_VERSION
        return hashlib.sha256(source.encode("utf-8")).hexdigest()

    def __init__(self, config: Dict[Text, Any]) -> None:
        super().__init__(config)
        self.segmenter = config.get("segmenter", "words")
        if self.segmenter not in SEGMENTERS:
            raise ValueError(f"segmenter must be one of {SEGMENTERS}, not {self.segmenter!r}")
        self.lowercase = bool(config.get("lowercase", True))

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ScriptTokenizer:
        return cls(config)

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        text: Optional[Text] = message.get(attribute)
        if not text:
            return []
        tokens = [
            Token(self._token_text(text[start:end]), start, end)
            for start, end in self._spans(text)
        ]
        if not tokens:
            # Only punctuation or spaces: one token, as Rasa's own tokenizers do.
            tokens = [Token(text, 0)]
        return self._apply_token_pattern(tokens)

    def _spans(self, text: Text) -> List[segmentation.Span]:
        words = segmentation.icu_words(text)
        if self.segmenter == "words":
            return words
        spans: List[segmentation.Span] = []
        for start, end in words:
            if self.segmenter == "khmer_nltk":
                spans.extend(segmentation.khmer_nltk_words(text, start, end))
                continue
            pieces = segmentation.syllables(text, start, end)
            if self.segmenter == "words+syllables" and len(pieces) > 1:
                spans.append((start, end))
            spans.extend(pieces)
        return spans

    def _token_text(self, piece: Text) -> Text:
        piece = piece.translate(_DIGITS)
        return piece.lower() if self.lowercase else piece
