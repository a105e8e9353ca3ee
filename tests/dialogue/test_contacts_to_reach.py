"""A directory entry with no way to reach it is no contact (exploratory test 7, finding 12).

"Myanmar labour attachés, Embassy of Myanmar, Bangkok / ⚠ Not confirmed" was shown under
"where is embassy" with no phone, address, e-mail or website: on a small screen it reads as
a contact to use, and the caution warns about nothing. The answer's text already says their
direct contacts were not found. Such an entry stays in the directory (a card when asked for
by name says "no phone number known") but is left out of answers' contact blocks and of
"Offices near you".
"""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, text

from bot.dialogue.events import Location
from bot.values import UserState

ATTACHES = "Myanmar labour attachés, Embassy of Myanmar, Bangkok"
BANGKOK = Location(13.7563, 100.5018)


def ready() -> UserState:
    return UserState(language="en", origin="MM", country="TH", profile_asked=True)


@pytest.mark.parametrize("topic", ["embassy_contact", "labour_attache", "change_employer"])
def test_answers_leave_out_an_entry_with_no_contact(real, topic):
    words = said(run(real, ready(), text("q", topic=topic)))
    assert ATTACHES not in words
    entry = real.catalog.entries["mm-labour-attache-bangkok"]
    assert not (entry.phones or entry.address or entry.email or entry.web)  # still so


def test_the_embassy_itself_is_still_shown(real):
    words = said(run(real, ready(), text("where is embassy", topic="embassy_contact")))
    assert real.catalog.entries["mm-embassy-bangkok"].phones[0] in words


def test_offices_near_you_leave_it_out(real):
    words = said(run(real, ready(), BANGKOK))
    assert "Offices near you" in words or "office" in words.lower()
    assert ATTACHES not in words
