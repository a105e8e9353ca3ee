"""The emergency-keyword matcher on the real content: danger caught however it is typed,
ordinary messages left alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from danger_messages import DANGER, ORDINARY
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.content import load_catalog
from bot.content.safety import FUZZY_MIN_LETTERS, _word_matches, one_edit_apart
from bot.dialogue.context import Context
from bot.dialogue.triage import in_danger
from bot.i18n import translator
from bot.language import normalise

ROOT = Path(__file__).resolve().parents[2]
CATALOG = load_catalog(ROOT / "content")
CTX = Context(CATALOG, lambda language: translator(ROOT / "locales", language), dt.date.today())


def test_the_tables_are_big_enough() -> None:
    assert len(DANGER) >= 60 and len(ORDINARY) >= 40


@pytest.mark.parametrize("text", [m for _, m in DANGER])
def test_danger_is_caught_as_typed_and_after_normalising(text: str) -> None:
    # As typed: a Zawgyi message the detector would miss is read as Zawgyi by the triage.
    assert in_danger(text, CTX)
    assert in_danger(normalise(text).text, CTX)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_messages_raise_no_alarm(text: str) -> None:
    assert not in_danger(normalise(text).text, CTX)
    assert not in_danger(text, CTX)


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("threatened", "threatened", True),
        ("threatened", "thretened", True),  # dropped
        ("threatened", "threatenedd", True),  # added
        ("threatened", "threatemed", True),  # changed
        ("threatened", "thraetened", True),  # swapped
        ("threatened", "thrtned", False),
        ("suicide", "sucidie", False),  # two edits
        ("", "a", True),
        ("ab", "ba", True),
    ],
)
def test_one_edit_apart(a: str, b: str, near: bool) -> None:
    assert one_edit_apart(a, b) is near
    assert one_edit_apart(b, a) is near


@pytest.mark.parametrize(
    "text",
    ["", " ", "\u1039", "\u1031" * 5000, "ｗ" * 9000, "a " * 5000, "kill " * 2000, "'’" * 100],
)
def test_any_text_is_read_without_raising(text: str) -> None:
    assert in_danger(text, CTX) in (True, False)


# The matcher looks up a word's phrases by key (bot/content/safety.py) instead of trying every
# phrase at every word. The oracle is the plain way, every phrase at every word: both must
# find the same, for words one or two edits from a keyword, cut short, run together, or
# unrelated.
MATCHER = CATALOG._danger
assert MATCHER is not None
LATIN_WORDS = sorted(
    {word for phrase in MATCHER._fuzzy_by_key.values() for words in phrase for word in words}
)


def every_phrase_at_every_word(words: list[str]) -> bool:
    phrases = {phrase for found in MATCHER._fuzzy_by_key.values() for phrase in found}
    return any(
        start + len(phrase) <= len(words)
        and all(_word_matches(words[start + i], wanted) for i, wanted in enumerate(phrase))
        for start in range(len(words))
        for phrase in phrases
    )


def _edited(word: str, data: st.DataObject) -> str:
    for _ in range(data.draw(st.integers(0, 2))):
        at = data.draw(st.integers(0, len(word)))
        letter = data.draw(st.sampled_from("aehinorst"))
        kind = data.draw(st.sampled_from(["change", "add", "drop", "swap"]))
        if kind == "add":
            word = word[:at] + letter + word[at:]
        elif kind == "drop":
            word = word[:at] + word[at + 1 :]
        elif kind == "change":
            word = word[:at] + letter + word[at + 1 :]
        elif at + 1 < len(word):
            word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return word


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_keyed_lookup_finds_what_trying_every_phrase_finds(data: st.DataObject) -> None:
    words = [
        _edited(data.draw(st.sampled_from(LATIN_WORDS)), data)
        if data.draw(st.booleans())
        else data.draw(st.text("abcdeghiklmnoprstuy", max_size=10))
        for _ in range(data.draw(st.integers(1, 6)))
    ]
    assert MATCHER._fuzzy_match(words) is every_phrase_at_every_word(words)


def test_keyed_lookup_still_forgives_one_edit_in_every_long_keyword() -> None:
    for word in (w for w in LATIN_WORDS if len(w) >= FUZZY_MIN_LETTERS):
        phrase = next(p for found in MATCHER._fuzzy_by_key.values() for p in found if word in p)
        for near in (word[1:], word[:-1] + "x", word + "s", word[1] + word[0] + word[2:]):
            words = [near if w == word else w for w in phrase]
            assert MATCHER._fuzzy_match(words), (phrase, near)
