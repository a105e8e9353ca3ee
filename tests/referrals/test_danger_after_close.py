"""Danger words a person writes on a case closed within the reopening window (round 9,
"Still open"): they reach who closed it and the inbox (bot/referrals/reopening.py
`wrote_again`) with the urgent mark an open case's message gets (the case becomes urgent,
so reopened it has the shorter target), and the person still gets the emergency numbers.
Words without danger are marked as before: not at all."""

from __future__ import annotations

from referral_helpers import Harness
from test_reopen_closed import AYE, INBOX, MIGRANT, closed_case, reopen

from bot.storage.models import Case, CaseEvent

DANGER = "help me, I am in danger"  # the harness has no NLU: the keywords decide
CALM = "they paid me half, thank you"


def write_after_close(harness: Harness, words: str) -> tuple[Case, list[str], int]:
    case, _ = closed_case(harness)
    before_inbox = len(harness.outbox_to(INBOX))
    harness.press(MIGRANT, f"ans:{case.ref}")
    said = [reply.text for reply in harness.say(MIGRANT, words)]
    return case, said, before_inbox


def test_danger_words_after_close_reach_the_closer_and_the_inbox_marked_urgent(
    harness: Harness,
):
    case, said, before_inbox = write_after_close(harness, DANGER)
    to_aye = harness.outbox_to(AYE)[-1]["text"]
    assert to_aye == (f"🔴 URGENT\nThe person of closed case {case.ref} wrote again:\n\n{DANGER}")
    [notice] = harness.outbox_to(INBOX)[before_inbox:]
    assert notice["text"].startswith(
        f"🔴 URGENT\nThe person of closed case {case.ref} wrote again."
    )
    assert DANGER not in notice["text"], "the group never sees the words"
    closed = harness.only(Case)
    assert closed.status == "closed" and closed.urgent
    assert "marked_urgent" in [event.action for event in harness.all(CaseEvent)]
    assert any("🆘" in text for text in said), "the person still gets the numbers"
    assert any(f"Your case {case.ref} is closed." in text for text in said)

    reopen(harness, AYE, case, chat=AYE)
    assert harness.only(Case).urgent, "reopened, it is urgent"


def test_words_without_danger_after_close_have_no_mark(harness: Harness):
    case, said, before_inbox = write_after_close(harness, CALM)
    assert harness.outbox_to(AYE)[-1]["text"].startswith(f"The person of closed case {case.ref}")
    [notice] = harness.outbox_to(INBOX)[before_inbox:]
    assert "URGENT" not in notice["text"]
    assert not harness.only(Case).urgent
    assert not any("🆘" in text for text in said)
