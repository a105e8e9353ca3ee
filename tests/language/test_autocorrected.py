"""Romanised words an English keyboard's autocorrect changed, put back (round 29C)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.content import load_catalog
from bot.dialogue.context import Context
from bot.dialogue.triage import in_danger
from bot.i18n import translator
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
    "english",
    [
        "my bus is late",
        "i enjoy my phone",
        "I take the bus to the zoo",
        "joyful",
        "my new joy phone is broken",  # the lead's last read: it came out as Khmer, in danger
        "i want some joy in my life",
    ],
)
def test_english_is_left_alone(english: str) -> None:
    assert normalise(english).text == english


def test_joy_phone_alone_is_a_plea_once_put_back() -> None:
    """ "joy phone" is no danger keyword (English holds it: "my new joy phone is broken"); the
    message "Joy phone" alone is put back to jouy phong, which is."""
    root = Path(__file__).resolve().parents[2]
    ctx = Context(
        load_catalog(root / "content"),
        lambda lang: translator(root / "locales", lang),
        dt.date.today(),
    )
    assert in_danger(normalise("Joy phone").text, ctx)
    assert not in_danger(normalise("my new joy phone is broken").text, ctx)
