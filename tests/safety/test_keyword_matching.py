"""The emergency-keyword matcher on the real content: danger caught however it is typed,
ordinary messages left alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from danger_messages import DANGER, ORDINARY

from bot.content import load_catalog
from bot.content.safety import one_edit_apart
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
