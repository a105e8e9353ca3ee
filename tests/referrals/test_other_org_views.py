"""What staff read about an organisation that is not the one they are looking from
(exploratory test 8, "Smaller"): /case in the inbox of an organisation a case was passed on
from shows none of the next organisation's activity, and a member of two organisations can
tell one's private reminder list from the other's."""

from __future__ import annotations

import datetime as dt

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case, utcnow

ALPHA, GAMMA = ORG_CHAT["ALPHA"], ORG_CHAT["GAMMA"]


def test_case_in_the_inbox_it_was_passed_on_from_shows_no_later_activity(harness: Harness):
    harness.connect_inbox("ALPHA")
    harness.connect_inbox("GAMMA")
    aye = harness.join_named("ALPHA", 7001, "Aye")
    mya = harness.join_named("GAMMA", 7301, "Mya")
    case = harness.sent_case("tg:5201")
    harness.staff_press(aye, ALPHA, "dec", case.id)
    harness.staff_text(aye, "we are full this month")
    assert harness.only(Case).org_id == "GAMMA"
    harness.staff_press(mya, GAMMA, "acc", case.id)  # GAMMA's work, just now
    [card] = harness.desk.show_case(ALPHA, aye, case.ref)
    assert card.text.startswith(f"Case {case.ref}: passed to another organisation\n")
    assert "Last activity" not in card.text
    [theirs] = harness.desk.show_case(GAMMA, mya, case.ref)
    assert "\nLast activity: just now" in theirs.text, "at the organisation it is at, shown"


def test_a_member_of_two_organisations_reads_which_one_each_private_reminder_is_for(
    harness: Harness,
):
    harness.connect_inbox("ALPHA")
    harness.connect_inbox("GAMMA")  # BETA has no inbox: a case from Myanmar goes to GAMMA
    dara = harness.join_named("ALPHA", 7002, "Dara")
    harness.join_named("GAMMA", 7002, "Dara")
    harness.profile("tg:5301", "KH", "TH")
    harness.fill_form("tg:5301", "unpaid_wages", "my boss owes me")
    harness.profile("tg:5302", "MM", "TH")
    harness.fill_form("tg:5302", "unpaid_wages", "no salary 3 months")
    at_alpha, at_gamma = harness.all(Case)
    assert (at_alpha.org_id, at_gamma.org_id) == ("ALPHA", "GAMMA")
    harness.staff_press(dara, ALPHA, "acc", at_alpha.id)
    harness.staff_press(dara, GAMMA, "acc", at_gamma.id)
    before = len(harness.texts_to(dara))
    assert harness.desk.check_deadlines(utcnow() + dt.timedelta(days=4)) == 2
    lists = harness.texts_to(dara)[before:]
    heads = sorted(text.split("\n")[0] for text in lists)
    assert heads == [
        "Reminder for Alpha Aid (fixture), past the response target:",
        "Reminder for Gamma Door (fixture), past the response target:",
    ]
    [inbox_list] = [t for t in harness.texts_to(ALPHA) if t.startswith("Reminder")]
    assert inbox_list.startswith("Reminder, past the response target:\n"), "its own inbox"
