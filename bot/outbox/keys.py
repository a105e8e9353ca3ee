"""Idempotency keys: one function per kind of outbox message, built from stable identities.

A key names what the message is about (the case, and the case event that caused it; or the
update, and the reply's place in the answer to it), so doing the same thing twice gives the
same key and `enqueue` drops the repeat, while two different events never share a key. A
loop index or a row count is not such an identity: a case's second SLA reminder once got
its first reminder's key and was dropped.

Erasure finds a case's messages through `case_keys_like`, so it matches every case key
built here.
"""

from __future__ import annotations

from enum import StrEnum


class OutboxKind(StrEnum):
    INBOX = "inbox"  # a notice to an organisation's inbox about one case
    DIGEST = "digest"  # one run of the response-time job's reminders, to one chat
    CARD = "card"  # a version of a case's live card in an inbox (issue 14): sent, then edited
    MIGRANT = "migrant"  # an update about their case to the migrant
    TO_STAFF = "to_staff"  # the migrant's message to the organisation
    REPLY = "reply"  # a direct reply Telegram did not take at once
    REVOKED = "revoked"  # "remove this member from the group", to an inbox or an admin
    ALERT = "alert"  # a broadcast alert to one subscriber (issue 15)
    INBOX_STATE = "inbox_state"  # an inbox lost, back or moved: to a group or an admin


def _case_key(kind: OutboxKind, case_ref: str, event_id: int) -> str:
    return f"case:{case_ref}:{kind}:{event_id}"


def inbox_key(case_ref: str, event_id: int) -> str:
    return _case_key(OutboxKind.INBOX, case_ref, event_id)


def digest_key(chat_id: int, event_id: int) -> str:
    """The response-time job's reminders to one chat in one run, named by the first event
    it lists (a run records a new event for each case it reminds)."""
    return f"{OutboxKind.DIGEST}:{chat_id}:{event_id}"


def card_key(case_ref: str, event_id: int, chat_id: int) -> str:
    """The card as one event left it, in one chat: a re-route edits the card in the old
    organisation's inbox and sends one to the new, in the same event."""
    return f"{_case_key(OutboxKind.CARD, case_ref, event_id)}:{chat_id}"


def card_slot(case_ref: str) -> str:
    """The live message every card row of a case edits (bot/outbox/rows.py), per chat."""
    return f"case:{case_ref}:{OutboxKind.CARD}"


def migrant_key(case_ref: str, event_id: int) -> str:
    return _case_key(OutboxKind.MIGRANT, case_ref, event_id)


def migrant_keys_like(case_ref: str) -> str:
    """A LIKE pattern for every message to the person about one case (`migrant_key`)."""
    return f"case:{case_ref}:{OutboxKind.MIGRANT}:%"


def case_of_migrant_key(idem_key: str) -> tuple[str, int] | None:
    """ "case:<ref>:migrant:<event id>" -> (ref, event id); None for any other key."""
    parts = idem_key.split(":")
    if len(parts) != 4 or parts[0] != "case" or parts[2] != OutboxKind.MIGRANT:
        return None
    _case, ref, _kind, event_id = parts
    return (ref, int(event_id)) if ref and event_id.isdigit() else None


def to_staff_key(case_ref: str, event_id: int) -> str:
    return _case_key(OutboxKind.TO_STAFF, case_ref, event_id)


def case_of_staff_key(idem_key: str) -> tuple[str, int] | None:
    """ "case:<ref>:to_staff:<event id>" (or a `staff_copy_key`) -> (ref, event id); None
    for any other key."""
    parts = idem_key.split(":")
    if len(parts) not in (4, 5) or parts[0] != "case" or parts[2] != OutboxKind.TO_STAFF:
        return None
    ref, event_id = parts[1], parts[3]
    return (ref, int(event_id)) if ref and event_id.isdigit() else None


def staff_copy_key(case_ref: str, event_id: int, chat_id: int) -> str:
    """One event told to a member of staff beside the one `to_staff_key` names (the holder
    told of an admin's action, the admin who asked told of the person's answer): per chat,
    as one event may be told to two people."""
    return f"{to_staff_key(case_ref, event_id)}:{chat_id}"


def reply_key(update_id: int, position: int) -> str:
    """A reply to one update, by its position in the answer to that update."""
    return f"{OutboxKind.REPLY}:{update_id}:{position}"


def revoked_key(org_id: str, tg_user_id: int, staff_version: str, recipient: int) -> str:
    """One notice per revocation (`staff_version`: when it happened) and recipient."""
    return f"{OutboxKind.REVOKED}:{org_id}:{tg_user_id}:{staff_version}:{recipient}"


def code_shown_key(org_id: str, code_hash: str, recipient: int) -> str:
    """A staff code posted in a group and cancelled, told to one admin (once per code)."""
    return f"{OutboxKind.REVOKED}:{org_id}:code:{code_hash[:16]}:{recipient}"


def member_key(org_id: str, what: str, tg_user_id: int, when: str, recipient: int) -> str:
    """A member joined (`what` "joined"), or a used code was tried again ("tried"), told to
    one admin, once."""
    return f"{OutboxKind.REVOKED}:{org_id}:{what}:{tg_user_id}:{when}:{recipient}"


def returned_draft_key(case_ref: str, staff_version: str, draft_id: int, part: str) -> str:
    """A reply its writer had not sent, given back when their access was removed
    (`staff_version`: when), in `part`s: a case key, so the person's erasure takes it too."""
    return f"{_case_key(OutboxKind.REVOKED, case_ref, draft_id)}:{staff_version}:{part}"


def inbox_state_key(org_id: str, what: str, when: str, chat_id: int) -> str:
    """One notice that an organisation's inbox was lost, came back or moved (`what`), at
    `when` (a time stamp), to one chat: the old group, or an admin."""
    return f"{OutboxKind.INBOX_STATE}:{org_id}:{what}:{when}:{chat_id}"


def case_keys_like(case_ref: str) -> str:
    """A LIKE pattern for every key about one case (case references are letters and digits)."""
    return f"case:{case_ref}:%"


def alert_key(alert_id: str, chat_id: int) -> str:
    """One alert to one subscriber's chat: sending the alert again, or after a crash while
    queueing, finds the key and adds nothing."""
    return f"{OutboxKind.ALERT}:{alert_id}:{chat_id}"


def alert_keys_like(alert_id: str | None = None) -> str:
    """A LIKE pattern for one alert's rows (alert ids are letters, digits and hyphens), or
    for every alert's rows."""
    return f"{OutboxKind.ALERT}:{alert_id}:%" if alert_id else f"{OutboxKind.ALERT}:%"
