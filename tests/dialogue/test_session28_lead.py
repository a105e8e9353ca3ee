"""The lead's reading of session 28's merges."""

from __future__ import annotations

from dialogue_helpers import settled

from bot.dialogue.contacts_shown import partner_contacts
from bot.dialogue.referral_summary import none_left


def test_no_other_organisation_does_not_offer_the_one_complained_about(real):
    """Round 42B: when the words complain about the only organisation that could get the
    request, nothing is sent and the person may contact an organisation themselves; the list
    had the one complained about in it (FED for a Burmese worker in Thailand)."""
    assert "cso-fed" in [e.id for e in partner_contacts(real.catalog, "MM", "TH")]
    text = none_left(settled("en", "TH"), real, ["FED"]).replies[0].text
    assert "nothing is sent" in text
    assert "You can contact an organisation yourself:" in text  # the others still are
    assert "ghrefed.org" not in text  # FED's own page
