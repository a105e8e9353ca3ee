"""Organisation admins (issues 14 and 15): /team only for them, in their organisation's
language; an alert sent from Telegram with a preview and a signed confirm button."""

from __future__ import annotations

import datetime as dt
import re

from referral_helpers import ORG_CHAT, Harness
from sqlalchemy import select

from bot import broadcast
from bot.alert_desk import AlertDesk
from bot.content import Catalog
from bot.content.alerts import ALERT_TOPICS
from bot.content.models import Review, Reviews
from bot.referrals import revoking, staff
from bot.storage import subscriptions
from bot.storage.models import Outbox
from bot.storage.staff_events import StaffEvent
from bot.team import TeamDesk
from bot.values import CaseStatus, Subscription, UserState

TODAY = dt.date(2026, 12, 3)  # th-test-live: MM in TH, documents, 2026-11-01 to 2027-01-01


def admin(harness: Harness, org: str, tg_user_id: int) -> int:
    with harness.store.sessions.begin() as session:
        code = staff.create_invite(session, org, "staff", "admin")
    said = harness.desk.join(tg_user_id, code)
    assert harness.org_name(org) in said[0].text  # "Welcome ..." in its staff language
    return tg_user_id


def alerts_queued(harness: Harness) -> int:
    """The outbox's alert rows (an admin is also told in private who joined: round 26A)."""
    return len([row for row in harness.all(Outbox) if row.idem_key.startswith("alert:")])


def team_desk(harness: Harness) -> TeamDesk:
    return TeamDesk(harness.store, harness.service.kit)


def reviewed(catalog: Catalog) -> Catalog:
    """The fixture catalog with th-test-live reviewed in every language (the fixtures' alerts
    are all drafts, and Telegram refuses drafts)."""
    done = Review(status="reviewed", by="fixture reviewer", on=dt.date(2026, 11, 2))
    alert = catalog.alerts["th-test-live"].model_copy(
        update={"review": Reviews(my=done, km=done, en=done)}
    )
    alerts = {**catalog.alerts, alert.id: alert}
    return Catalog(catalog.topics, catalog.entries, catalog.partners, None, alerts)


def alert_desk(harness: Harness, all_reviewed: bool = True) -> AlertDesk:
    catalog = harness.service.catalogs.get()
    live = reviewed(catalog) if all_reviewed else catalog
    return AlertDesk(harness.store, harness.service.kit, lambda: live, lambda: TODAY)


def subscribers(harness: Harness, count: int) -> None:
    with harness.store.sessions.begin() as session:
        for chat in range(1, count + 1):
            uid = f"tg:{9000 + chat}"
            harness.store.write_state(session, uid, UserState(language="my"))
            subscriptions.save(session, uid, Subscription("MM", "TH", ALERT_TOPICS))
        other = "tg:8999"  # another corridor: never counted, never sent
        harness.store.write_state(session, other, UserState(language="km"))
        subscriptions.save(session, other, Subscription("KH", "TH", ALERT_TOPICS))


# --- /team ------------------------------------------------------------------------------------
def test_team_lists_caseworkers_with_activity_and_open_cases_for_an_admin(harness: Harness):
    harness.connect_inbox("ALPHA")
    boss = admin(harness, "ALPHA", 7100)
    worker = harness.join("ALPHA", 7101)
    idle = harness.join("ALPHA", 7102)
    harness.profile("tg:5001", "KH", "TH")
    harness.fill_form("tg:5001", "unpaid_wages", "words")
    [case] = harness.all(staff.Case)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "acc", case.id)
    with harness.store.sessions.begin() as session:  # the first name Telegram last gave us
        session.scalars(
            select(staff.Staff).where(staff.Staff.tg_user_id == worker)
        ).one().display_name = "Aye"
    for chat in (boss, ORG_CHAT["ALPHA"]):  # in private and in the inbox
        [said] = team_desk(harness).team(chat, boss) or []
        lines = said.text.splitlines()
        assert lines[0] == "Team of Alpha Aid (fixture): 3 active"
        [worker_line] = [line for line in lines if "7101" in line]
        assert "caseworker" in worker_line and "holds 1 open case" in worker_line
        assert "Aye (Telegram id 7101)" in worker_line  # a name to recognise, an id to be sure
        assert "last active" in worker_line
        [idle_line] = [line for line in lines if str(idle) in line]
        assert "no action yet" in idle_line and "holds 0 open cases" in idle_line
        assert any("organisation admin" in line and "7100" in line for line in lines)
        assert "words" not in said.text


def test_team_is_refused_quietly_to_caseworkers_strangers_and_other_inboxes(harness: Harness):
    harness.connect_inbox("ALPHA")
    harness.connect_inbox("BETA")
    worker = harness.join("ALPHA", 7101)
    beta_admin = admin(harness, "BETA", 7200)
    desk = team_desk(harness)
    assert desk.team(worker, worker) is None  # a caseworker in private
    assert desk.team(ORG_CHAT["ALPHA"], worker) is None  # a caseworker in the inbox
    assert desk.team(5001, 5001) is None  # a migrant
    assert desk.team(ORG_CHAT["ALPHA"], beta_admin) is None  # another organisation's inbox
    assert desk.team(-999, beta_admin) is None  # a group that is no inbox
    assert desk.team(ORG_CHAT["BETA"], beta_admin) is not None


def test_a_thai_partners_staff_read_team_welcome_and_cards_in_thai(harness: Harness):
    harness.connect_inbox("DELTA")
    boss = admin(harness, "DELTA", 7300)
    with harness.store.sessions.begin() as session:
        code = staff.create_invite(session, "DELTA", "staff", "caseworker")
    [welcome] = harness.desk.join(7301, code)
    assert welcome.text.startswith("ยินดีต้อนรับ") and "เจ้าหน้าที่ดูแลเคส" in welcome.text
    [said] = team_desk(harness).team(boss, boss) or []
    assert said.text.splitlines()[0] == "ทีมของ Delta House (fixture): 2 คน"
    assert "เจ้าหน้าที่ดูแลเคส" in said.text and "caseworker" not in said.text
    # A case at DELTA (no route sends one there: moved by hand): its card is in Thai, the
    # person's language named in Thai, not as a code.
    harness.profile("tg:5001", "KH", "TH")
    harness.press("tg:5001", "lang:km")
    harness.fill_form("tg:5001", "unpaid_wages", "words")
    with harness.store.sessions.begin() as session:
        [case] = session.scalars(select(staff.Case)).all()
        case.org_id, case.status = "DELTA", CaseStatus.NEW  # (ALPHA has no inbox here)
        session.flush()
        text, _ = harness.service.kit.cards.case_details(session, case)
        group_text, buttons = harness.service.kit.cards.inbox_card(session, case, "DELTA")
    assert "ภาษา: เขมร" in text and "km" not in text.split()  # Khmer, named in Thai
    assert text.startswith(("เคส", "ด่วน")) and "Language" not in text
    assert group_text.startswith("เคสใหม่") and "รอมาแล้ว" in group_text
    assert "Waiting" not in group_text
    labels = {button.label for row in buttons for button in row}
    assert "รับเคส" in labels and "Accept" not in labels
    # Ages in Thai words (Babel's), not "0h 0m"; /cases names the status in Thai.
    assert "24 ชั่วโมง" in group_text and not re.search(r"\d+[hm]\b", group_text)
    [listing] = harness.desk.list_cases(ORG_CHAT["DELTA"], 7301)
    assert f"{case.ref} · ใหม่ · " in listing.text and "new" not in listing.text
    assert "Open a private chat" not in harness.desk.private_chat_first(ORG_CHAT["DELTA"])


def test_a_revocation_notice_reaches_the_inbox_in_the_staff_language(harness: Harness):
    harness.connect_inbox("DELTA")
    harness.join("DELTA", 7301)
    with harness.store.sessions.begin() as session:
        assert (
            revoking.revoke_member(session, "DELTA", 7301, harness.service.kit).result == "removed"
        )
    text = harness.outbox_to(ORG_CHAT["DELTA"])[-1]["text"]
    assert text.startswith("ยกเลิกสิทธิ์แล้ว") and "Access" not in text
    assert "เจ้าหน้าที่หมายเลข" in text and "7301" not in text  # named (no name given: a number)


# --- /alert -----------------------------------------------------------------------------------
def test_the_preview_shows_every_language_corridor_reach_review_and_expiry(harness: Harness):
    boss = admin(harness, "ALPHA", 7100)
    subscribers(harness, 3)
    [said] = alert_desk(harness).preview(boss, boss, "th-test-live") or []
    assert "Alert th-test-live" in said.text
    assert "people from Myanmar in Thailand" in said.text
    assert "Documents and permits" in said.text
    assert "expires January 1, 2027" in said.text
    assert "Review: Burmese: reviewed, Khmer: reviewed, English: reviewed" in said.text
    assert "It will reach <5 subscribers; 0 were queued before." in said.text
    for heading in ("— Burmese —", "— Khmer —", "— English —"):
        assert heading in said.text
    [[send]] = said.buttons
    assert send.label == "Send to <5 subscribers"  # people: under 5 reads "<5"
    assert alerts_queued(harness) == 0  # a preview queues nothing


def test_confirm_queues_once_and_a_second_confirm_does_nothing_twice(harness: Harness):
    boss = admin(harness, "ALPHA", 7100)
    subscribers(harness, 3)
    desk = alert_desk(harness)
    [preview] = desk.preview(boss, boss, "th-test-live") or []
    data = preview.buttons[0][0].data
    [first] = desk.confirm(boss, boss, data)
    assert "queued for <5 subscribers" in first.text and not first.alert
    assert sorted(row.chat_id for row in harness.all(Outbox)) == [9001, 9002, 9003]
    [again] = desk.confirm(boss, boss, data)
    assert "already queued" in again.text
    assert alerts_queued(harness) == 3
    # The same rows as the command line would write: it finds nothing left to queue.
    alert = reviewed(harness.service.catalogs.get()).alerts["th-test-live"]
    queued = broadcast.queue_alert(harness.store, alert, harness.service.kit.translator)
    assert (queued.matched, queued.added) == (3, 0)
    with harness.store.sessions() as session:
        events = session.scalars(select(StaffEvent)).all()
        assert [(e.org_id, e.action, e.detail) for e in events] == [
            ("ALPHA", "alert_sent", "th-test-live: 3 queued of 3")
        ]
    [status] = alert_desk(harness).status(boss, boss, "th-test-live") or []
    # Under 5 messages in all: no state is shown (its sender knows the total).
    assert status.text.startswith("Alert th-test-live: – waiting, – sent, – failed")


def test_caseworkers_cannot_preview_or_confirm_and_forged_buttons_fail(harness: Harness):
    harness.connect_inbox("ALPHA")
    boss = admin(harness, "ALPHA", 7100)
    worker = harness.join("ALPHA", 7101)
    subscribers(harness, 2)
    desk = alert_desk(harness)
    assert desk.preview(worker, worker, "th-test-live") is None
    assert desk.status(worker, worker, "th-test-live") is None
    # The admin previews in the inbox: the button is in the group, a caseworker presses it.
    [preview] = desk.preview(ORG_CHAT["ALPHA"], boss, "th-test-live") or []
    data = preview.buttons[0][0].data
    [refused] = desk.confirm(ORG_CHAT["ALPHA"], worker, data)
    assert refused.alert and "Only an organisation admin" in refused.text
    forged = data.replace("th-test-live", "kh-test-jobs")
    [refused] = desk.confirm(boss, boss, forged)
    assert refused.alert
    assert alerts_queued(harness) == 0


def test_drafts_expired_and_unknown_alerts_are_refused_honestly(harness: Harness):
    boss = admin(harness, "ALPHA", 7100)
    subscribers(harness, 2)
    desk = alert_desk(harness, all_reviewed=False)
    body, refusal = desk.preview(boss, boss, "th-test-live") or []
    assert "Alert th-test-live" in body.text and body.buttons == ()
    assert "not reviewed yet in Burmese, Khmer, English" in refusal.text
    [expired] = desk.preview(boss, boss, "mm-test-expired") or []
    assert "is not live today" in expired.text and expired.buttons == ()
    [unknown] = desk.preview(boss, boss, "no-such-alert") or []
    assert "There is no alert no-such-alert" in unknown.text
    # A button signed for a draft (as an earlier preview of a then-reviewed file would be).
    button = desk.button("x", "th-test-live")
    [refused] = desk.confirm(boss, boss, button.data)
    assert refused.alert and "not reviewed" in refused.text
    assert alerts_queued(harness) == 0
