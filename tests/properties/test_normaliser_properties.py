"""Properties of `normalise`, which every incoming message passes before the NLU sees it.

Whatever a phone sends (all of Unicode, Zawgyi, invisible marks, 4096 characters and more),
the normaliser answers: clean NFC text on one line, a language from a known set, and the same
answer when asked again.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import event, example, given, settings
from hypothesis import strategies as st
from property_strategies import (
    CI,
    DIGITS,
    EMOJI,
    LATIN_PHRASES,
    TELEGRAM_TEXT_LIMIT,
    burmese_runs,
    examples,
    hostile_texts,
    mixed_texts,
    repeated,
    unicode_burmese_sentences,
    zawgyi_fragments,
)

from bot.language import MAX_CHARS, normalise, to_zawgyi
from bot.language.scripts import SCRIPT_LANGUAGE, script_of_char

# Languages the normaliser may name: one per script it knows (scripts.SCRIPT_LANGUAGE), and
# for Latin script English or a language with clear evidence (latin.py).
LATIN_LANGUAGES = frozenset({"en", "vi", "ms", "id", "tl", "es", "fr", "de"})
DOCUMENTED_LANGUAGES = frozenset(SCRIPT_LANGUAGE.values()) | LATIN_LANGUAGES
DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})

LONG_ZAWGYI = ((to_zawgyi("ရွှေ့ပြောင်း") + " ") * 700)[:MAX_CHARS]

burmese_texts = st.one_of(mixed_texts, burmese_runs, unicode_burmese_sentences, zawgyi_fragments)
texts = st.one_of(
    st.text(),  # all of Unicode, as hypothesis draws it
    hostile_texts(),
    # Longer than Telegram allows (a forwarded text, the console) and than the normaliser keeps.
    repeated(mixed_texts, 3 * MAX_CHARS),
)


def myanmar_letters(text: str) -> list[str]:
    return [ch for ch in text if script_of_char(ch) == "Mymr"]


def without_myanmar(text: str) -> str:
    return "".join(ch for ch in text if script_of_char(ch) != "Mymr")


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@settings(CI, max_examples=examples(1000))
@given(texts)
def test_normalised_text_is_clean_nfc_on_one_line(text: str) -> None:
    result = normalise(text)

    assert result.original == text
    assert unicodedata.is_normalized("NFC", result.text)
    # Invisible marks and controls are gone; every run of whitespace (newlines included) is
    # one plain space, as normalise() documents.
    assert not [ch for ch in result.text if unicodedata.category(ch) in DROPPED_CATEGORIES]
    assert result.text == one_line(result.text)
    assert result.language is None or result.language in DOCUMENTED_LANGUAGES
    assert result.encoding in (None, "unicode", "zawgyi")
    event(f"language={result.language} encoding={result.encoding}")


@settings(CI, max_examples=examples(100))
@given(texts)
@example(LONG_ZAWGYI)
def test_normalised_text_is_at_most_max_chars(text: str) -> None:
    assert len(normalise(text).text) <= MAX_CHARS


@settings(CI, max_examples=examples(400))
@given(texts)
@example("အၿမဲ အၿမဲ")  # Zawgyi for "always always": converted once right, then again wrong
@example("႗000000000ႏ" * 6931)  # Zawgyi stacked ṭa-ṭa: the cut at MAX_CHARS left a lone virama
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalise(text)
    twice = normalise(once.text)

    assert twice.text == once.text
    assert twice.language == once.language


@settings(CI, max_examples=examples(150))
@given(
    sentence=unicode_burmese_sentences,
    extras=st.lists(
        st.sampled_from((*LATIN_PHRASES, *EMOJI, *DIGITS, "\n", "?", "။", "၊")), max_size=3
    ),
)
@example(sentence="လစာ အမြဲ", extras=[])  # "wages always"
@example(sentence="မရဘူးလား။ လုပ်ရမလဲ", extras=[])
def test_unicode_burmese_is_never_converted(sentence: str, extras: list[str]) -> None:
    # Converting Unicode as if it were Zawgyi scrambles it; a Unicode sentence keeps every
    # Myanmar letter, in order, and is reported as Unicode.
    text = " ".join([sentence, *extras])
    result = normalise(text)

    assert result.encoding == "unicode"
    assert myanmar_letters(result.text) == myanmar_letters(unicodedata.normalize("NFC", text))
    # Burmese wins when it holds a quarter of the letters (English loanwords are common); a
    # few Burmese letters in a sentence of another language leave it that language.
    if result.script == "Mymr":
        assert result.language == "my"
    else:
        assert result.language in DOCUMENTED_LANGUAGES


@settings(CI, max_examples=examples(300))
@given(unicode_burmese_sentences)
def test_zawgyi_is_converted_back_or_left_alone_never_scrambled(sentence: str) -> None:
    zawgyi = to_zawgyi(sentence)
    result = normalise(zawgyi)

    event("detected as Zawgyi" if result.encoding == "zawgyi" else "not detected")
    assert result.text in (sentence, one_line(unicodedata.normalize("NFC", zawgyi)))
    if result.encoding == "zawgyi":
        assert result.text == sentence


@settings(CI, max_examples=examples(30))
@given(repeated(mixed_texts, TELEGRAM_TEXT_LIMIT).map(without_myanmar))
def test_to_zawgyi_leaves_text_without_burmese_alone(text: str) -> None:
    assert to_zawgyi(text) == text


@settings(CI, max_examples=examples(150))
@given(burmese_texts)
@example("က၎")
def test_any_normalised_text_converts_to_zawgyi(text: str) -> None:
    # Replies to Zawgyi users are converted whole, and the form summary echoes the user's
    # own (normalised) words: converting must not fail on them.
    to_zawgyi(normalise(text).text)


@settings(CI, max_examples=examples(150))
@given(text=burmese_texts)
@example(text="မရ၊ ပ္သ")
def test_converting_writes_nothing_to_stdout(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    # No message text in logs at any level (issue 6); stdout ends up in the service's logs.
    capsys.readouterr()
    normalised = normalise(text).text
    to_zawgyi(normalised)
    assert capsys.readouterr().out == ""
