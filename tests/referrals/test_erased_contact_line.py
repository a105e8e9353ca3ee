"""A case whose words are gone (the person's /delete_my_data, or retention after closing):
the caseworker's Open says "Contact: -", as "Where: -", not "on Telegram ()" or "by phone ()",
an empty pair of brackets that reads as a fault (exploratory test 10)."""

from __future__ import annotations

import datetime as dt

from referral_helpers import ORG_CHAT, Harness

from bot.referrals import retention
from bot.storage.models import Case, utcnow

MIGRANT = "tg:731904683"
WORKER = 7002


def _contact_line(harness: Harness, case: Case) -> str:
    [details] = harness.staff_press(WORKER, ORG_CHAT["ALPHA"], "open", case.id)
    [line] = [ln for ln in details.text.splitlines() if ln.startswith("Contact:")]
    return line


def test_the_contact_shows_while_the_words_are_kept(harness: Harness):
    case = harness.accepted_telegram_case(MIGRANT, WORKER, "@sokha_kh")
    assert _contact_line(harness, case) == "Contact: on Telegram (@sokha_kh)"


def test_after_delete_my_data_the_contact_is_a_dash(harness: Harness):
    case = harness.accepted_telegram_case(MIGRANT, WORKER, "@sokha_kh")
    harness.command(MIGRANT, "delete_my_data")
    harness.press(MIGRANT, "del:yes")
    assert _contact_line(harness, case) == "Contact: -"


def test_after_retention_the_contact_is_a_dash(harness: Harness):
    case = harness.accepted_telegram_case(MIGRANT, WORKER, "@sokha_kh")
    harness.close(WORKER, ORG_CHAT["ALPHA"], case.id)
    with harness.store.sessions.begin() as session:
        later = utcnow() + dt.timedelta(days=91)
        retention.purge(session, harness.service.kit, later, case_days=90, profile_days=365)
    assert _contact_line(harness, case) == "Contact: -"
