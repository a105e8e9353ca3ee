"""/stats through the desk: the organisation's chart and summary for its staff only."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.desk import Said
from bot.reports.build import Picture
from bot.team import TeamDesk


def test_staff_get_their_organisations_picture_in_the_inbox_and_in_private(harness: Harness):
    harness.connect_inbox("ALPHA")
    worker = harness.join("ALPHA", 7001)
    harness.profile("tg:5001", "KH", "TH")
    harness.fill_form("tg:5001", "unpaid_wages", "words that never reach a chart")
    in_inbox = TeamDesk(harness.store, harness.service.kit).stats(ORG_CHAT["ALPHA"], worker)
    in_private = TeamDesk(harness.store, harness.service.kit).stats(worker, worker)
    for picture in (in_inbox, in_private):
        assert isinstance(picture, Picture)
        assert picture.png.startswith(b"\x89PNG")
        assert picture.caption.splitlines()[:2] == [
            "Alpha Aid (fixture)",  # whose numbers, in the caption the chat shows
            "Last 8 weeks: <5 cases received, 0 answered, 0 ended.",
        ]
        assert "words" not in picture.caption


def test_others_get_no_numbers(harness: Harness):
    harness.connect_inbox("ALPHA")
    harness.join("BETA", 7002)
    # Staff of another organisation, in ALPHA's inbox: a plain refusal, no picture.
    refused = TeamDesk(harness.store, harness.service.kit).stats(ORG_CHAT["ALPHA"], 7002)
    assert isinstance(refused, Said) and "Only staff" in refused.text
    # A migrant in private, or anyone in a group that is no inbox: the dialogue answers.
    assert TeamDesk(harness.store, harness.service.kit).stats(5001, 5001) is None
    assert TeamDesk(harness.store, harness.service.kit).stats(-999, 7002) is None


def test_a_thai_partners_staff_get_the_summary_in_thai(harness: Harness):
    harness.connect_inbox("DELTA")
    worker = harness.join("DELTA", 7301)
    picture = TeamDesk(harness.store, harness.service.kit).stats(worker, worker)
    assert isinstance(picture, Picture) and picture.png.startswith(b"\x89PNG")
    lines = picture.caption.splitlines()
    assert lines[0] == "Delta House (fixture)"
    assert lines[1] == "8 สัปดาห์ล่าสุด: ได้รับ 0 เคส, ตอบแล้ว 0, จบแล้ว 0"
    assert lines[3] == "เปิดอยู่ตอนนี้: 0 ในจำนวนนี้ 0 รอเกินหนึ่งสัปดาห์"
