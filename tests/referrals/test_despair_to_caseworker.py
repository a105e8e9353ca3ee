"""Round 21A: "i want to die", typed to a caseworker who had just asked "Are you safe now?",
got the emergency answer with no word to the person, Arrest or detention and Passport taken a
tap away, and "Send this to <org>?" under it; the same line as a message read alone gets
(round 20A) told them to tap "Talk to a person", which opens a new request, while the words
reach the caseworker only when Send is pressed. Now the line, naming Send."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

MIGRANT = "tg:5801"
WORKER = 7801


def _asked(harness: Harness) -> Case:
    worker, case = harness.accepted_case(MIGRANT, WORKER)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    harness.staff_text(worker, "Are you safe now?")
    return harness.only(Case)


def _buttons(replies) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.data for reply in replies for row in reply.buttons for b in row]


def test_not_wanting_to_live_to_a_caseworker_names_send(harness: Harness):
    case = _asked(harness)
    replies = harness.say(MIGRANT, "i want to die")
    text = "\n".join(r.text for r in replies)
    assert "I am very sorry you feel this way." in text
    assert "A person from a partner organisation can listen: tap “Send”." in text
    data = _buttons(replies)
    assert not [d for d in data if d.startswith(("topic:", "at:"))], data
    assert f"rel:{case.ref}" in data  # the question still waits under it
    harness.press(MIGRANT, f"rel:{case.ref}")
    assert harness.texts_to(WORKER)[-1].endswith("i want to die")
    assert harness.only(Case).urgent


def test_a_partner_who_hits_to_a_caseworker_names_send_and_no_arrest(harness: Harness):
    _asked(harness)
    replies = harness.say(MIGRANT, "my husband hit me again, i dont want police")
    text = "\n".join(r.text for r in replies)
    assert "What happened is not your fault." in text
    assert "can talk with you first: tap “Send”." in text
    assert not [d for d in _buttons(replies) if "arrest_detention" in d]


def test_to_a_case_not_yet_accepted_the_line_names_send_too(harness: Harness):
    case = harness.sent_case(MIGRANT)  # new: no one has accepted it yet
    replies = harness.say(MIGRANT, "anyone there? i want to die")
    text = "\n".join(r.text for r in replies)
    assert "A person from a partner organisation can listen: tap “Send”." in text
    data = _buttons(replies)
    assert not [d for d in data if d.startswith(("topic:", "at:"))], data
    assert f"rel:{case.ref}" in data


def test_an_unsafe_room_to_a_caseworker_gets_the_room_line_naming_send(harness: Harness):
    """Round 27B left it open: the harassment and room lines were not said to words typed to a
    caseworker (triage.told_to_them had only the despair and violence lines)."""
    _asked(harness)
    replies = harness.say(MIGRANT, "supervisor lock me in room at night, lock broken")
    text = "\n".join(r.text for r in replies)
    assert "You are right to want a safe place to sleep." in text
    assert "help you look for a safer way: tap “Send”." in text
    assert not [d for d in _buttons(replies) if "arrest_detention" in d]
