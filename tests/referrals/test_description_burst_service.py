"""Through the service (its clock): messages typed right after the form's description are
added to it (findings part 5, section 6); with FORM_JOIN_SECONDS=0 the next one is the place."""

from __future__ import annotations

from referral_helpers import Harness

MIGRANT = "tg:5101"


def described(harness: Harness) -> None:
    harness.profile(MIGRANT, "MM", "TH")
    harness.press(MIGRANT, "person")
    harness.say(MIGRANT, "my boss")


def test_a_burst_of_messages_is_one_description(harness: Harness):
    described(harness)
    [reply] = harness.say(MIGRANT, "did not pay me")
    assert reply.text.startswith("I added this to what happened.")
    state = harness.state(MIGRANT)
    assert state.form is not None and state.form["description"] == "my boss\ndid not pay me"
    assert state.step == "ref:place" and "place" not in state.form


def test_with_the_window_off_the_next_message_is_the_place(harness: Harness):
    harness.service.join_seconds = 0
    described(harness)
    harness.say(MIGRANT, "Mae Sot")
    state = harness.state(MIGRANT)
    assert state.form is not None and state.form["place"] == "Mae Sot"
