"""No alerts offer under the emergency numbers (exploratory test 7, finding 3).

The offer ("Do you want a short message from me when the rules change?") came as the third
answer's second message: after "help me please", "urgent" or "police arrest me" it sat under
the 🆘 numbers, two more buttons on a small screen, where a frightened person's "yes" or
"no" went to it. A turn that shows the numbers, or answers an emergency, an arrest or a
trafficking question, neither carries the offer nor counts toward it: the next ordinary
answer does.
"""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said, text

from bot.dialogue.events import ButtonPress
from bot.values import UserState


def ready() -> UserState:
    return UserState(language="en", origin="MM", country="TH", profile_asked=True)


def two_answers(ctx) -> UserState:
    state = run(ctx, ready(), text("where is embassy", topic="embassy_contact")).state
    return run(ctx, state, text("boss not pay me", topic="unpaid_wages")).state


THIRD = {
    "emergency read": text("help me please", topic="emergency_help"),
    "arrest read": text("police arrest me", topic="arrest_detention"),
    "trafficking read": text("they sell me to boat", topic="job_scams_trafficking"),
    # Danger words with another problem: the numbers, then the wages answer.
    "danger words": text("boss locked me in and not pay me", topic="unpaid_wages"),
    "emergency tapped": ButtonPress("topic:emergency_help"),
    "arrest tapped": ButtonPress("topic:arrest_detention"),
}


@pytest.mark.parametrize("third", THIRD.values(), ids=THIRD.keys())
def test_no_offer_in_an_urgent_turn_and_it_does_not_count(real, third):
    state = two_answers(real)
    urgent = run(real, state, third)
    assert "al:no" not in all_button_data(urgent) and "al:sub" not in all_button_data(urgent)
    assert urgent.state.answers_seen == state.answers_seen
    assert not urgent.state.alerts_offered and urgent.state.step is None
    # The next ordinary answer is the third that counts: the offer comes with it.
    later = run(real, urgent.state, text("how change employer", topic="change_employer"))
    assert "al:no" in all_button_data(later)


def test_the_numbers_turn_shows_the_numbers_alone(real):
    state = two_answers(real)
    urgent = run(real, state, text("help me please", topic="emergency_help"))
    assert "🆘" in said(urgent)
    assert "Rules for migrant workers change often" not in said(urgent)
