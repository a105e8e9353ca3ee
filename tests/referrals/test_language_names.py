"""Issue 14 item 3 (part): staff read a language's name, not its code."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case


def test_the_case_details_name_the_migrants_language(harness: Harness):
    harness.connect_inbox("ALPHA")
    worker = harness.join("ALPHA", 7001)
    harness.press("tg:5001", "lang:km")
    harness.press("tg:5001", "origin:KH")
    harness.press("tg:5001", "country:TH")
    harness.fill_form("tg:5001", "unpaid_wages", "ពាក្យរបស់ខ្ញុំ")
    case = harness.only(Case)
    assert case.language == "km"
    [details] = harness.staff_press(worker, ORG_CHAT["ALPHA"], "open", case.id)
    assert "Language: Khmer" in details.text
    assert "Language: km" not in details.text
