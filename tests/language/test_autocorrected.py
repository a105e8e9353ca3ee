"""Romanised words an English keyboard's autocorrect changed, put back (round 29C)."""

from __future__ import annotations

import pytest

from bot.language import normalise


@pytest.mark.parametrize(
    ("typed", "text", "language"),
    [
        ("Keys zoo", "kyay zu", "my"),  # thank you: was English, "did not understand"
        ("Keys zoo tin par tal", "kyay zu tin par tal", "my"),
        ("thu htay ka la kha ma pay bus", "thu htay ka la kha ma pay buu", "my"),
        ("Joy phone", "jouy phong", "km"),  # help, please: was "I cannot help with that"
        ("Some Joy", "som jouy", "km"),  # was "Hello! How can I help you?"
    ],
)
def test_autocorrected_romanised_words_are_put_back(typed: str, text: str, language: str) -> None:
    found = normalise(typed)
    assert (found.text, found.language, found.original) == (text, language, typed)
    assert normalise(found.text).text == found.text


@pytest.mark.parametrize(
    "english", ["my bus is late", "i enjoy my phone", "I take the bus to the zoo", "joyful"]
)
def test_english_is_left_alone(english: str) -> None:
    assert normalise(english).text == english
