"""The service keeps, for a few minutes and in memory only, which answer each person was
shown last (bot/recent.py, RecentAnswers: a button's data, never words), and hands it to the
dialogue: a question right after an answer that the bot cannot read alone is offered that
answer again (bot/dialogue/follow_up.py; round 12, G4)."""

from __future__ import annotations

from referral_helpers import Harness

from bot.nlu import NluResult
from bot.recent import RecentAnswers
from tests.fakes.nlu import ScriptedNlu

UID = "tg:5151"
OFFER = "Tap it to see that answer again"
LOST = NluResult("lost_documents", 0.93, (("lost_documents", 0.93),), ("lost_documents",))
UNREAD = NluResult(None, 0.2, ())


def first_data(replies) -> str:  # type: ignore[no-untyped-def]
    return next(b.data for reply in replies for row in reply.buttons for b in row)


def asked_after_an_answer(harness: Harness) -> ScriptedNlu:
    harness.profile(UID, "MM", "TH")
    nlu = ScriptedNlu(LOST)
    harness.service.nlu = nlu  # type: ignore[assignment]
    harness.say(UID, "i lost my ID card")
    nlu.next = UNREAD
    return nlu


def test_a_question_not_understood_after_an_answer_is_offered_it(harness: Harness) -> None:
    asked_after_an_answer(harness)
    replies = harness.say(UID, "and the other one, same same?")
    assert OFFER in replies[-1].text and first_data(replies) == "topic:lost_documents"


def test_a_question_about_the_answer_is_pointed_to_it(harness: Harness) -> None:
    asked_after_an_answer(harness)
    replies = harness.say(UID, "how much it cost and how long?")
    assert replies[-1].text.startswith("My answer about “Lost documents” is just above")
    assert "topic:lost_documents" in [b.data for row in replies[-1].buttons for b in row]


def test_a_tap_in_the_menu_is_an_answer_shown_too(harness: Harness) -> None:
    harness.profile(UID, "MM", "TH")
    harness.service.nlu = ScriptedNlu(UNREAD)  # type: ignore[assignment]
    harness.press(UID, "topic:unpaid_wages")
    replies = harness.say(UID, "and if he still not pay?")
    assert first_data(replies) == "topic:unpaid_wages"


def test_nothing_is_offered_to_someone_else_or_after_erasure(harness: Harness) -> None:
    asked_after_an_answer(harness)
    harness.profile("tg:6262", "KH", "TH")
    assert OFFER not in harness.say("tg:6262", "how much it cost?")[-1].text
    harness.command(UID, "delete_my_data")
    harness.press(UID, "del:yes")
    assert harness.service.answered.last(UID) is None
    assert len(harness.service.answered) == 0, "the other person was shown no answer"


def test_the_window_and_the_person() -> None:
    answered = RecentAnswers(window_s=600)
    assert answered.last("a", at=1000.0) is None
    answered.remember("a", "topic:lost_documents", at=1000.0)
    assert answered.last("a", at=1500.0) == "topic:lost_documents"
    assert answered.last("b", at=1500.0) is None, "another person"
    assert answered.last("a", at=1700.0) is None, "after the window"
    answered.remember("a", "topic:unpaid_wages", at=1800.0)
    assert answered.last("a", at=1801.0) == "topic:unpaid_wages", "the last answer only"
    answered.forget("a")
    assert answered.last("a", at=1802.0) is None
