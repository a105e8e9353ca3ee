"""Readings made once per message (bot/once.py): a Burmese message was converted from Zawgyi
27 times while it was handled, ~0.5 ms each, and the table of messages answered before the
NLU read twice: most of the dialogue's CPU for a Burmese message (issue 11)."""

from __future__ import annotations

import pytest

from bot.once import _MEMO, keyed, one_message, per_message


def test_a_reading_is_computed_once_within_a_message_and_let_go_after():
    calls: list[str] = []

    @per_message
    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert upper("a") == "A" and upper("a") == "A"
    assert calls == ["a", "a"], "outside a message: computed each time"
    with one_message():
        assert [upper("b"), upper("b"), upper("c")] == ["B", "B", "C"]
        with one_message():  # a caption handled inside its media's handling
            assert upper("b") == "B"
        assert upper("b") == "B"
    assert calls == ["a", "a", "b", "c"]
    assert _MEMO.get() is None, "nothing of the message outlives its handling"
    with one_message():
        upper("b")
    assert calls == ["a", "a", "b", "c", "b"], "a new message computes again"


def test_a_failed_handling_lets_go_too():
    with pytest.raises(RuntimeError), one_message():
        raise RuntimeError("boom")
    assert _MEMO.get() is None


def test_a_keyed_reading_is_told_apart_by_its_key_alone():
    calls: list[tuple[str, dict[str, str]]] = []

    @keyed(lambda words, state: (words, state["place"]))
    def read(words: str, state: dict[str, str]) -> str:
        calls.append((words, state))
        return f"{words}@{state['place']}"

    with one_message():
        assert read("hi", {"place": "TH", "form": "x"}) == "hi@TH"
        assert read("hi", {"place": "TH", "form": "y"}) == "hi@TH", "the same key: once"
        assert read("hi", {"place": "MY"}) == "hi@MY"
    assert len(calls) == 2
