"""Where the person is from and is now, with their case, on SQLite and PostgreSQL: stored as
the summary showed it when they pressed Send, on the caseworker's card and in /cases in the
organisation's language, and forgotten with the case's words."""

from __future__ import annotations

import datetime as dt

from referral_helpers import ORG_CHAT, Harness

from bot.referrals import retention
from bot.storage.models import Case, utcnow

MIGRANT = "tg:731904682"
LINE = "From: Cambodia · Now in: Thailand"


def sent_case(harness: Harness, org: str = "ALPHA") -> tuple[int, Case]:
    """A person from Cambodia in Thailand sends a case to ALPHA, whose inbox is connected;
    (a caseworker of `org`, the case)."""
    harness.connect_inbox(org)
    worker = harness.join(org, 7001)
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "my words")
    return worker, harness.only(Case)


def cards(harness: Harness, case: Case) -> tuple[str, str]:
    """The inbox group's card and the caseworker's details of `case`."""
    kit = harness.service.kit
    with harness.store.sessions() as session:
        fresh = session.get(Case, case.id)
        assert fresh is not None
        group, _ = kit.cards.inbox_card(session, fresh, fresh.org_id)
        details, _ = kit.cards.case_details(session, fresh)
    return group, details


def test_send_stores_the_countries_as_codes_and_the_cards_show_them(harness: Harness):
    worker, case = sent_case(harness)
    assert (case.origin, case.country) == ("KH", "TH")
    card = harness.outbox_to(ORG_CHAT["ALPHA"])[-1]["text"]
    assert f"\n{LINE}\n" in card
    [details] = harness.staff_press(worker, ORG_CHAT["ALPHA"], "open", case.id)
    assert f"\n{LINE}\n" in details.text


def test_a_skipped_profile_sends_no_countries_and_the_card_shows_none(harness: Harness):
    harness.connect_inbox("GAMMA")  # the fallback: no route knows an unknown place
    harness.press(MIGRANT, "lang:en")
    harness.press(MIGRANT, "origin:skip")
    harness.press(MIGRANT, "country:skip")
    summary = harness.fill_form(MIGRANT, "unpaid_wages", "my words", send=False)
    assert "From:" not in summary[-1].text and "Now in:" not in summary[-1].text
    assert "Where are you from?" not in "\n".join(reply.text for reply in summary)
    [send] = [b.data for row in summary[-1].buttons for b in row if b.data.startswith("ref:send")]
    harness.press(MIGRANT, send)
    case = harness.only(Case)
    assert (case.origin, case.country) == (None, None)
    for text in cards(harness, case):
        assert "From:" not in text and "Now in:" not in text


def test_a_thai_speaking_organisation_reads_the_countries_in_thai(harness: Harness):
    harness.connect_inbox("DELTA")
    harness.join("DELTA", 7301)
    _, case = sent_case(harness)
    with harness.store.sessions.begin() as session:
        moved = session.get(Case, case.id)
        assert moved is not None
        moved.org_id = "DELTA"  # (no route leads to DELTA)
    for text in cards(harness, case):
        assert "มาจาก: กัมพูชา · ตอนนี้อยู่ที่: ไทย" in text and "Cambodia" not in text
    [listing] = harness.desk.list_cases(ORG_CHAT["DELTA"], 7301)
    assert listing.text.split("\n")[1].endswith(" · กัมพูชา → ไทย")


def test_cases_lists_the_countries_in_the_line_and_nothing_for_a_case_without(harness: Harness):
    worker, case = sent_case(harness)
    with harness.store.sessions.begin() as session:  # as a case opened before migration 0012
        session.add(
            Case(ref="OLD234", uid="tg:9001", org_id="ALPHA", topic="unpaid_wages", language="en",
                 contact_method="bot", status="new", tried_orgs="ALPHA")
        )  # fmt: skip
    [listing] = harness.desk.list_cases(ORG_CHAT["ALPHA"], worker)
    lines = listing.text.split("\n")
    [ours] = [line for line in lines if line.startswith(f"/case_{case.ref}")]
    [old] = [line for line in lines if line.startswith("/case_OLD234")]
    assert ours.endswith(" · Cambodia → Thailand") and ours.count(" · ") == 4
    assert old.count(" · ") == 3 and "→" not in old
    [old_case] = [c for c in harness.all(Case) if c.ref == "OLD234"]
    for text in cards(harness, old_case):
        assert "From:" not in text and "Now in:" not in text


def test_delete_my_data_clears_the_countries(harness: Harness):
    _, case = sent_case(harness)
    harness.command(MIGRANT, "delete_my_data")
    harness.press(MIGRANT, "del:yes")
    with harness.store.sessions() as session:
        erased = session.get(Case, case.id)
        assert erased is not None and erased.uid == f"erased:{case.ref}"
        assert (erased.origin, erased.country) == (None, None)


def test_retention_clears_the_countries_of_a_closed_case(harness: Harness):
    worker, case = sent_case(harness)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "acc", case.id)
    harness.close(worker, ORG_CHAT["ALPHA"], case.id)
    with harness.store.sessions.begin() as session:
        done = retention.purge(
            session, harness.service.kit, utcnow() + dt.timedelta(days=91), 90, 365
        )
    assert done.case_contents == 1
    with harness.store.sessions() as session:
        kept = session.get(Case, case.id)
        assert kept is not None and kept.status == "closed"
        assert (kept.origin, kept.country) == (None, None)


def test_retention_clears_the_countries_of_a_case_with_no_words_whose_person_left(
    harness: Harness,
):
    """No words, no place, contact through the bot, and the person's idle profile deleted
    while the case was open (the bot closes it then: bot/referrals/forgotten.py): once
    closed, its countries were all that was left of them."""
    harness.connect_inbox("ALPHA")
    worker = harness.join("ALPHA", 7001)
    harness.profile(MIGRANT, "KH", "TH")
    case = harness.minimal_case(MIGRANT)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "acc", case.id)
    with harness.store.sessions.begin() as session:  # the profile, idle for a year
        assert retention.purge(
            session, harness.service.kit, utcnow() + dt.timedelta(days=400), 90, 365
        ).cases_closed
    with harness.store.sessions.begin() as session:
        done = retention.purge(
            session, harness.service.kit, utcnow() + dt.timedelta(days=400 + 91), 90, 365
        )
    assert done.case_contents == 1
    erased = harness.only(Case)
    assert erased.uid == f"erased:{case.ref}" and (erased.origin, erased.country) == (None, None)
