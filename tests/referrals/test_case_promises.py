"""Issue 10 (points 5, 6 and 7, the case and staff parts), on SQLite and PostgreSQL, through
the service and the desk: retention and erasure that leave nothing, need-to-know cards,
refusals as alerts, notes only on open cases, staff steps that expire, and a case held by
exactly one caseworker of the organisation it is at.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from referral_helpers import ORG_CHAT, Harness
from sqlalchemy import Engine, inspect, select, update

from bot.referrals import cases, retention, revoking, staff
from bot.storage.models import Case, CaseMessage, Outbox, ProcessedUpdate, User, utcnow

# An id no timestamp, counter or key can contain by chance (a short one like 5001 can
# stand in a timestamp's microseconds and fail the "nothing left" dumps at random).
MIGRANT = "tg:731904682"
REFUSED = "You cannot act on this case."


def dump_every_table(engine: Engine) -> str:
    """Every row of every table (found by inspection, not listed by hand), as one text."""
    names = inspect(engine).get_table_names()
    assert {"users", "cases", "case_events", "case_messages", "outbox"} <= set(names)
    with engine.connect() as connection:
        rows = [
            (name, tuple(map(str, row)))
            for name in names
            for row in connection.exec_driver_sql(f'SELECT * FROM "{name}"')
        ]
    return repr(rows)


def a_case(harness: Harness, words: str = "my words") -> tuple[Case, int]:
    harness.connect_inbox("ALPHA")
    worker = harness.join("ALPHA", 7001)
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", words)
    return harness.only(Case), worker


def purge(harness: Harness, days_later: float) -> retention.Purged:
    with harness.store.sessions.begin() as session:
        return retention.purge(
            session, harness.service.kit, utcnow() + dt.timedelta(days=days_later), 90, 365
        )


def is_alert(said: Any) -> bool:
    return bool(getattr(said, "alert", False))


# --- retention and erasure ---------------------------------------------------------------------
def test_a_minimal_case_is_purged_after_the_retention_period(harness: Harness):
    harness.connect_inbox("ALPHA")
    worker = harness.join("ALPHA", 7001)
    harness.profile(MIGRANT, "KH", "TH")
    case = harness.minimal_case(MIGRANT)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    harness.staff_text(worker, "a question to the person")
    harness.press(MIGRANT, f"ans:{case.ref}")
    harness.say(MIGRANT, "an answer from the person")
    harness.close(worker, ORG_CHAT["ALPHA"], case.id)
    assert harness.count(CaseMessage) == 2

    assert purge(harness, 10).case_contents == 0
    assert purge(harness, 91).case_contents == 1
    assert harness.count(CaseMessage) == 0
    kept = harness.only(Case)
    assert kept.uid == f"erased:{case.ref}", "the closed case no longer names its person"
    assert purge(harness, 92).case_contents == 0, "a purged case is not purged again"


def test_a_decline_reason_is_never_plaintext_and_goes_with_the_case(harness: Harness):
    harness.connect_inbox("GAMMA")
    case, worker = a_case(harness)
    reason = "outside our area, person lives in Kampot 5x7q"
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "dec", case.id)
    harness.staff_text(worker, reason)
    assert harness.only(Case).org_id == "GAMMA"
    assert "5x7q" not in dump_every_table(harness.engine), "the reason is stored in plaintext"
    harness.command(MIGRANT, "delete_my_data")
    harness.press(MIGRANT, "del:yes")
    everything = dump_every_table(harness.engine)
    assert "731904682" not in everything and "5x7q" not in everything
    assert harness.count(CaseMessage) == 0


def test_erasure_removes_failed_outbox_rows_to_the_person(harness: Harness):
    case, worker = a_case(harness)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "acc", case.id)
    with harness.store.sessions.begin() as session:
        session.execute(update(Outbox).values(status="failed", last_error="Forbidden"))
    harness.command(MIGRANT, "delete_my_data")
    harness.press(MIGRANT, "del:yes")
    assert "731904682" not in dump_every_table(harness.engine)


def test_failed_outbox_rows_and_old_update_ids_are_purged(harness: Harness):
    case, worker = a_case(harness)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "acc", case.id)
    harness.store.first_time_update(424242)
    with harness.store.sessions.begin() as session:
        session.execute(update(Outbox).values(status="failed", last_error="Forbidden"))
    purge(harness, 15)
    assert harness.count(ProcessedUpdate) == 0
    left = [(row.chat_id, row.status) for row in harness.all(Outbox)]
    assert left == [], "a failed row links a Telegram id to a case for ever"


# --- notes, steps and the race ----------------------------------------------------------------
def test_no_note_on_a_closed_case_even_from_a_step_started_before(harness: Harness):
    case, worker = a_case(harness)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "acc", case.id)  # only a holder closes
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "note", case.id)  # a note step is pending
    harness.close(worker, ORG_CHAT["ALPHA"], case.id)
    said = harness.staff_text(worker, "written after closing")
    assert "closed" in said[0].text and said[1].text == "written after closing"  # to copy
    pressed = harness.staff_press(worker, ORG_CHAT["ALPHA"], "note", case.id)
    assert pressed[0].text == f"Case {case.ref}: closed (Resolved)"
    assert [m.kind for m in harness.all(CaseMessage)] == []


def test_no_note_on_an_erased_case(harness: Harness):
    case, worker = a_case(harness)
    harness.command(MIGRANT, "delete_my_data")
    harness.press(MIGRANT, "del:yes")
    pressed = harness.staff_press(worker, ORG_CHAT["ALPHA"], "note", case.id)
    if not is_alert(pressed[0]) and "not open" not in pressed[0].text:
        harness.staff_text(worker, "a note on an erased case")
    assert harness.count(CaseMessage) == 0


def test_a_staff_step_expires_after_30_minutes(harness: Harness):
    case, worker = a_case(harness)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    before = len(harness.outbox_to(731904682))
    harness.desk.clock = lambda: utcnow() + dt.timedelta(minutes=31)  # type: ignore[attr-defined]
    said = harness.staff_text(worker, "typed long after pressing Reply")
    assert "expired" in said[0].text
    assert len(harness.outbox_to(731904682)) == before, "nothing reached the person"
    assert harness.count(CaseMessage) == 0
    assert harness.state(f"tg:{worker}").step is None


def test_a_staff_step_within_30_minutes_still_works(harness: Harness):
    case, worker = a_case(harness)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    harness.desk.clock = lambda: utcnow() + dt.timedelta(minutes=29)  # type: ignore[attr-defined]
    said = harness.staff_text(worker, "typed within the half hour")
    assert said[0].text == f"Sent to the person in case {case.ref}."


def test_an_accept_racing_the_reroute_never_crosses_organisations(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
):
    harness.connect_inbox("GAMMA")
    case, worker = a_case(harness)
    real = staff.authorise

    def authorise_then_rerouted(session: Any, case_id: int, tg_user_id: int, **how: Any) -> Any:
        who = real(session, case_id, tg_user_id, **how)
        # Meanwhile the response-time check re-routes the case in its own transaction.
        with harness.store.sessions.begin() as other:
            moving = other.get(Case, case_id)
            assert moving is not None
            kit = harness.service.kit
            assert cases.reroute(other, kit, moving, "system", "late", to_fallback=True)
        return who

    monkeypatch.setattr(staff, "authorise", authorise_then_rerouted)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "acc", case.id)
    monkeypatch.undo()
    held = harness.only(Case)
    assert held.org_id == "GAMMA"
    assert (held.status, held.assigned_staff_id) == ("new", None)
    with harness.store.sessions() as session:
        assert session.scalars(select(User).where(User.uid == MIGRANT)).first() is not None


# --- what the group sees, and refusals ----------------------------------------------------------
def test_the_inbox_card_holds_no_words_and_open_gives_them_in_private(harness: Harness):
    case, worker = a_case(harness, "words only the caseworker reads 7k2p")
    card = harness.outbox_to(ORG_CHAT["ALPHA"])[-1]
    assert case.ref in card["text"] and "7k2p" not in card["text"]
    said = harness.staff_press(worker, ORG_CHAT["ALPHA"], "open", case.id)
    assert said[0].chat_id == worker and "7k2p" in said[0].text
    outsider = harness.join("BETA", 7002)
    refused = harness.staff_press(outsider, ORG_CHAT["ALPHA"], "open", case.id)
    assert is_alert(refused[0]) and "7k2p" not in refused[0].text


def test_a_refusal_is_an_alert_to_the_presser(harness: Harness):
    case, _worker = a_case(harness)
    outsider = harness.join("BETA", 7002)
    said = harness.staff_press(outsider, ORG_CHAT["ALPHA"], "acc", case.id)
    assert len(said) == 1 and is_alert(said[0]) and said[0].text == REFUSED


def test_revoking_tells_the_inbox_to_remove_the_member(harness: Harness):
    a_case(harness)
    with harness.store.sessions.begin() as session:
        assert (
            revoking.revoke_member(session, "ALPHA", 7001, harness.service.kit).result == "removed"
        )
    notices = [
        p["text"] for p in harness.outbox_to(ORG_CHAT["ALPHA"]) if "Access removed" in p["text"]
    ]
    assert notices and "remov" in notices[-1]
