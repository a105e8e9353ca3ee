"""The service tells the dialogue when a text is the one the person sent just before
(bot/recent.py): kept as a keyed digest in memory, never the text; a text that differs, or
comes after the window, is answered in full, and danger always is (exploratory test 9,
finding 10)."""

from __future__ import annotations

import contextlib

from referral_helpers import Harness

from bot.nlu import NluResult
from bot.recent import RecentTexts
from tests.fakes.nlu import ScriptedNlu

ABOVE = "I answered this just above: scroll up to read it."
UID = "tg:4242"


EMBASSY = NluResult("embassy_contact", 0.9, (("embassy_contact", 0.9),))


def texts(replies) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(reply.text for reply in replies)


def test_the_same_question_twice_is_answered_once_then_pointed_to(harness: Harness) -> None:
    harness.profile(UID, "MM", "TH")
    harness.service.nlu = ScriptedNlu(EMBASSY)  # type: ignore[assignment]
    first = texts(harness.say(UID, "where is the embassy"))
    second = texts(harness.say(UID, "where is the embassy"))
    assert ABOVE not in first and second == ABOVE
    other = texts(harness.say(UID, "where is the embassy?"))  # differs: never lost
    assert ABOVE not in other


def test_danger_sent_again_gets_the_numbers_every_time(harness: Harness) -> None:
    harness.profile(UID, "MM", "TH")
    for _ in range(3):
        assert "🆘" in texts(harness.say(UID, "help they beat me"))


def test_the_window_and_the_person() -> None:
    recent = RecentTexts(window_s=60)
    assert not recent.again("a", "hello", at=1000.0)
    recent.remember("a", "hello", at=1000.0)
    assert recent.again("a", "hello", at=1030.0)
    assert not recent.again("b", "hello", at=1031.0), "another person's text"
    assert not recent.again("a", "hello!", at=1032.0), "a text that differs"
    assert not recent.again("a", "hello", at=1100.0), "after the window"
    recent.forget("a")
    assert not recent.again("a", "hello", at=1001.0)


def test_nothing_of_the_text_is_kept() -> None:
    recent = RecentTexts()
    recent.remember("a", "my boss took my passport")
    kept = repr(vars(recent))
    assert "passport" not in kept and "boss" not in kept


def test_a_text_the_bot_could_not_read_is_answered_in_full_when_sent_again(
    harness: Harness,
) -> None:
    # the NLU down: "use the buttons"; the same text after it is back is a new question (the
    # e2e test of a slow NLU got "I answered this just above" for it)
    harness.profile(UID, "MM", "TH")
    nlu = ScriptedNlu(None)  # down
    harness.service.nlu = nlu  # type: ignore[assignment]
    first = texts(harness.say(UID, "where is the embassy"))
    nlu.next = EMBASSY  # back
    second = texts(harness.say(UID, "where is the embassy"))
    assert "buttons" in first and ABOVE not in second and "mbassy" in second


def test_a_handling_that_failed_leaves_nothing_to_point_to(harness: Harness, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the transaction rolled back: nothing was answered, so the redelivery is answered in full
    harness.profile(UID, "MM", "TH")
    harness.service.nlu = ScriptedNlu(EMBASSY)  # type: ignore[assignment]

    def fail(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("database is locked")

    monkeypatch.setattr(harness.service, "_count", fail)
    with contextlib.suppress(RuntimeError):
        harness.say(UID, "where is the embassy")
    monkeypatch.undo()
    again = texts(harness.say(UID, "where is the embassy"))
    assert ABOVE not in again and "mbassy" in again
