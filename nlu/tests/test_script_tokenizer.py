"""Table-driven tests of ScriptTokenizer over the scripts the bot reads and naughty strings."""

from __future__ import annotations

import time
from typing import List, Tuple

import pytest
from rasa.shared.nlu.training_data.message import Message

from nlu.components.script_tokenizer import ScriptTokenizer


def tokenize(text: str, segmenter: str = "words") -> List[Tuple[str, int, int]]:
    tokenizer = ScriptTokenizer({**ScriptTokenizer.get_default_config(), "segmenter": segmenter})
    tokens = tokenizer.tokenize(Message(data={"text": text}), "text")
    return [(token.text, token.start, token.end) for token in tokens]


def texts(text: str, segmenter: str = "words") -> List[str]:
    return [token for token, _, _ in tokenize(text, segmenter)]


CASES = [
    ("english", "My boss no pay salary!", ["my", "boss", "no", "pay", "salary"]),
    ("english apostrophe", "I can't go home", ["i", "can't", "go", "home"]),
    # ICU's dictionary has no "passport" (ပတ်စပို့): it falls back to syllables there.
    ("burmese", "ပတ်စပို့ပျောက်သွားတယ်", ["ပတ်", "စ", "ပို့", "ပျောက်", "သွား", "တယ်"]),
    ("burmese dictionary word", "အလုပ်ရှင်က", ["အလုပ်ရှင်", "က"]),
    # The Zawgyi "ပတ္စပို႔ ေပ်ာက္သြားတယ္" after the bot's normaliser converted it:
    ("zawgyi converted", "ပတ်စပို့ ပျောက်သွားတယ်", ["ပတ်", "စ", "ပို့", "ပျောက်", "သွား", "တယ်"]),
    ("khmer", "ខ្ញុំបាត់លិខិតឆ្លងដែន", ["ខ្ញុំ", "បាត់", "លិខិតឆ្លងដែន"]),
    ("mixed en+my", "passport ပျောက်သွားတယ်", ["passport", "ပျောက်", "သွား", "တယ်"]),
    ("mixed km+en", "ថៅកែមិនឲ្យ salary ទេ", ["ថៅកែ", "មិន", "ឲ្យ", "salary", "ទេ"]),
    ("burmese digits", "လစာ ၃ လ မရဘူး", ["လစာ", "3", "လ", "မ", "ရ", "ဘူး"]),
    ("khmer digits", "ធ្វើការ ១២ ម៉ោង", ["ធ្វើការ", "12", "ម៉ោង"]),
    ("ascii digits", "call 1546 now", ["call", "1546", "now"]),
    ("emoji kept as tokens", "help 🙏 pls", ["help", "🙏", "pls"]),
    ("emoji only", "😭😭", ["😭", "😭"]),
    ("punctuation only", "?!...", ["?!..."]),
    ("whitespace only", "   ", ["   "]),
    ("thai", "ช่วยด้วยครับ", ["ช่วย", "ด้วย", "ครับ"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_words(text: str, expected: List[str]) -> None:
    assert texts(text) == expected


def test_empty_text_has_no_tokens() -> None:
    assert tokenize("") == []


SYLLABLE_CASES = [
    ("burmese", "ပတ်စပို့ပျောက်", ["ပတ်", "စ", "ပို့", "ပျောက်"]),
    ("burmese stacked", "ကမ္ဘာ", ["ကမ္ဘာ"]),
    ("khmer clusters", "បាត់លុយ", ["បាត់", "លុ", "យ"]),
    ("english untouched", "passport lost", ["passport", "lost"]),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in SYLLABLE_CASES], ids=[c[0] for c in SYLLABLE_CASES]
)
def test_syllables(text: str, expected: List[str]) -> None:
    assert texts(text, "syllables") == expected


def test_words_and_syllables_keeps_both() -> None:
    assert texts("အလုပ်ရှင်", "words+syllables") == ["အလုပ်ရှင်", "အ", "လုပ်", "ရှင်"]


NAUGHTY = [
    "",
    " ",
    "\u200b",
    "👨\u200d👩\u200d👧 ok",
    "🙏" * 50 + "ပတ်စပို့",
    "a\u0301\u0302\u0303",
    "\u1031\u1031\u1031",  # stray Burmese vowel signs
    "\u17d2\u17d2",  # stray Khmer coeng
    "null\x00byte",
    "<script>alert(1)</script>",
    "'; DROP TABLE users; --",
    "١٢٣ ١٢٣",
    "𝕳𝖊𝖑𝖑𝖔",
]


@pytest.mark.parametrize("segmenter", ["words", "syllables", "words+syllables", "khmer_nltk"])
@pytest.mark.parametrize("text", NAUGHTY)
def test_offsets_always_point_into_the_text(text: str, segmenter: str) -> None:
    for token, start, end in tokenize(text, segmenter):
        assert 0 <= start < end <= len(text) or (text == "" and start == end == 0)
        assert token.lower() == text[start:end].lower() or token.isdigit() or token == text


def test_offsets_past_the_basic_plane() -> None:
    # ICU counts UTF-16 units; tokens after an emoji must still line up with the str.
    assert tokenize("🙏 အလုပ်ရှင်") == [("🙏", 0, 1), ("အလုပ်ရှင်", 2, 11)]


@pytest.mark.parametrize("segmenter", ["words", "syllables", "khmer_nltk"])
@pytest.mark.parametrize(
    "text",
    ["ပတ်စပို့ ပျောက်သွားတယ် " * 200, "ខ្ញុំបាត់លិខិតឆ្លងដែន " * 200, "my boss no pay " * 300],
    ids=["burmese", "khmer", "english"],
)
def test_very_long_text(text: str, segmenter: str) -> None:
    started = time.perf_counter()
    tokens = tokenize(text, segmenter)
    assert time.perf_counter() - started < 2.0
    assert len(tokens) >= 600


def test_unknown_segmenter_is_rejected() -> None:
    with pytest.raises(ValueError, match="segmenter"):
        ScriptTokenizer({**ScriptTokenizer.get_default_config(), "segmenter": "spaces"})
