"""How the person's contact reads on their summary and on the caseworker's case details:
"Contact: by phone: 0812345678" put two colons in a row (user testing, "Still open")."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

MIGRANT = "tg:5101"
PERSON = 5101


def test_a_phone_contact_reads_without_two_colons_on_the_summary_and_the_card(
    harness: Harness,
):
    harness.connect_inbox("ALPHA")
    form = harness.phone_summary(MIGRANT)
    summary = form.text
    assert "Contact: by phone (0812345678)" in summary
    harness.press_send(MIGRANT, form)
    worker = harness.join("ALPHA", 7001)
    case = harness.only(Case)
    [_group, details] = harness.staff_press(worker, ORG_CHAT["ALPHA"], "acc", case.id)
    assert "Contact: by phone (0812345678)" in details.text
    for text in (summary, details.text):
        assert ": by phone:" not in text
