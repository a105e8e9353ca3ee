"""What a caseworker's Open (the case's details, in private) says about a case that cannot
get a reply (exploratory round 14D, a caseworker's week).

- A case the person withdrew, deleted their data for, or that was closed: the details
  began "Case X" as an open case's do and said "Contact: only through this bot (identity
  hidden): use Reply", though there is no Reply and nothing can be sent. They now begin with
  the case's state, as its inbox card does, and the contact line has no "use Reply".
- A case whose person blocked the bot: the holder was told once, in a private message that
  scrolls away; Open, and a colleague's Open, said nothing, so a reply seemed to reach them.
  The details now say so while it lasts.
"""

from __future__ import annotations

import datetime as dt

from referral_helpers import ORG_CHAT, Harness, drain, sender_for
from test_blocked_person import PERSON, Phones, accepted, reply

from bot.storage.models import Case, utcnow

INBOX = ORG_CHAT["ALPHA"]
WORKER = 7101  # test_blocked_person's caseworker
BLOCKED_LINE = "The person cannot get messages now: they blocked the bot or deleted the chat."


def _open(harness: Harness, case: Case) -> str:
    [details] = harness.staff_press(WORKER, INBOX, "open", case.id)
    return details.text


def test_an_open_case_still_says_use_reply(harness: Harness):
    case = accepted(harness)
    text = _open(harness, case)
    assert text.splitlines()[0] == f"Case {case.ref}"
    assert "Contact: only through this bot (identity hidden): use Reply" in text
    assert BLOCKED_LINE not in text


def test_a_withdrawn_case_says_so_and_offers_no_reply(harness: Harness):
    case = accepted(harness)
    harness.command(case.uid, "mycases")
    harness.press(case.uid, f"wd:{case.ref}:yes")
    assert harness.only(Case).status == "withdrawn"
    text = _open(harness, case)
    assert text.splitlines()[0] == f"Case {case.ref} was withdrawn by the user."
    assert "use Reply" not in text
    assert "Contact: only through this bot (identity hidden)" in text


def test_a_closed_case_says_so_and_offers_no_reply(harness: Harness):
    case = accepted(harness)
    harness.close(WORKER, WORKER, case.id, "cres")
    text = _open(harness, case)
    assert text.splitlines()[0] == f"Case {case.ref}: closed (Resolved)"
    assert "use Reply" not in text


def test_open_says_when_the_person_blocked_the_bot(harness: Harness):
    phones = Phones()
    sender = sender_for(harness, phones)
    case = accepted(harness)
    drain(sender)
    phones.blocked.add(PERSON)
    reply(harness, case, "Which factory?")
    drain(sender)
    assert harness.only(Case).unreachable_at is not None
    assert BLOCKED_LINE in _open(harness, case)
    # They come back (write to the bot): the line goes.
    phones.blocked.discard(PERSON)
    harness.say(case.uid, "I am back")
    assert harness.only(Case).unreachable_at is None
    assert BLOCKED_LINE not in _open(harness, case)


def test_a_failed_notice_of_the_bot_is_not_called_the_caseworkers_message(harness: Harness):
    """The person blocked the bot before "accepted" reached them: the caseworker, who has
    written nothing yet, read "so your message did not reach them" (round 14D)."""
    phones = Phones()
    sender = sender_for(harness, phones)
    phones.blocked.add(PERSON)
    case = accepted(harness)
    drain(sender)
    assert harness.only(Case).unreachable_at is not None
    [note] = [t for t in phones.texts_to(WORKER) if "blocked the bot" in t]
    assert "your message" not in note
    assert note == (
        f"Case {case.ref}: the person has blocked the bot or deleted the chat, so the bot's "
        "notice about the case did not reach them. Your replies will wait until they come back."
    )


def test_the_reminder_says_the_person_blocked_the_bot(harness: Harness):
    """The person blocked the bot before the caseworker wrote ("accepted" failed). Three
    days on, the inbox's reminder read "held by X, no answer to the person for 3 days", as if
    the holder had left them waiting; the colleagues reading it were never told that no
    reply can reach them (round 14D)."""
    phones = Phones()
    sender = sender_for(harness, phones)
    phones.blocked.add(PERSON)
    case = accepted(harness)
    drain(sender)
    assert harness.only(Case).unreachable_at is not None
    harness.desk.check_deadlines(utcnow() + dt.timedelta(days=4))
    drain(sender)
    [reminder] = [t for t in phones.texts_to(INBOX) if t.startswith("Reminder")]
    assert (
        f"/case_{case.ref}: held by caseworker no. 1; the person blocked the bot, so replies wait. "
        "No word to them for"
    ) in reminder
