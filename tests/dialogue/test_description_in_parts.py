"""Several messages at "Tell me what happened" (findings part 5, section 6): people write in
bursts of short messages, and the Telegram app splits a text over 4,096 characters. What
arrives within JOIN_SECONDS of the description is added to it, and the person is told; it is
never taken as the place."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dialogue_helpers import run, said, text

from bot.dialogue.events import ButtonPress
from bot.dialogue.referral_form import JOIN_SECONDS
from bot.values import UserState

T0 = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)
ADDED = "I added this to what happened."
PLACE = (
    "Where are you? If you write for someone else, where are they? A country, province or "
    "city is enough. Do not give an exact address."
)


def ready() -> UserState:
    return UserState(language="en", origin="MM", country="TH", profile_asked=True)


def at(ctx, seconds: float):
    return replace(ctx, now=T0 + dt.timedelta(seconds=seconds))


def described(ctx, words: str = "my boss"):
    started = run(at(ctx, -30), ready(), ButtonPress("person"))
    return run(at(ctx, 0), started.state, text(words))


def test_short_messages_in_a_row_go_into_the_description(ctx):
    outcome = described(ctx)
    outcome = run(at(ctx, 2), outcome.state, text("did not pay me"))
    assert said(outcome).startswith(ADDED) and said(outcome).endswith(PLACE)
    outcome = run(at(ctx, 2 + JOIN_SECONDS), outcome.state, text("for 3 months, took my passport"))
    assert said(outcome).startswith(ADDED)
    form = outcome.state.form
    assert form["description"] == "my boss\ndid not pay me\nfor 3 months, took my passport"
    assert "place" not in form and outcome.state.step == "ref:place"
    placed = run(at(ctx, 60), outcome.state, text("Mae Sot"))  # the place, after reading
    assert placed.state.form["place"] == "Mae Sot" and placed.state.step == "ref:contact"
    assert "Mae Sot" not in placed.state.form["description"]


def test_a_message_after_the_window_is_the_place(ctx):
    outcome = run(at(ctx, JOIN_SECONDS + 1), described(ctx).state, text("Mae Sot"))
    assert outcome.state.form["place"] == "Mae Sot" and ADDED not in said(outcome)


def test_a_button_pressed_ends_the_window(ctx):
    skipped = run(at(ctx, 1), described(ctx).state, ButtonPress("ref:skip:place"))
    outcome = run(at(ctx, 2), skipped.state, text("by phone"))
    assert ADDED not in said(outcome) and outcome.state.form["description"] == "my boss"


def test_a_long_text_split_by_the_app_keeps_its_end(ctx):
    story = "I came to Thailand in 2024 with an agent from Myawaddy. " * 80
    end = " Now I am in Mae Sot and my boss keeps my passport."
    first, rest = story[:4096], story[4096:] + end
    outcome = described(ctx, first)
    assert "I kept the first 2000 of 4096 characters" in said(outcome)
    outcome = run(at(ctx, 1), outcome.state, text(rest))
    body = said(outcome)
    assert body.startswith(ADDED + " Your text was long: I kept the last 2000 characters.")
    description = outcome.state.form["description"]
    assert len(description) == 2000 and description.endswith(end.strip())
    assert "place" not in outcome.state.form and body.endswith(PLACE)


def test_more_words_after_changing_the_description_join_it_at_the_summary(ctx):
    events = [text("Mae Sot"), ButtonPress("ref:contact:bot"), ButtonPress("ref:urgent:no")]
    summary = run(at(ctx, 60), described(ctx).state, *events)
    editing = run(at(ctx, 70), summary.state, ButtonPress("ref:change"))
    editing = run(at(ctx, 71), editing.state, ButtonPress("ref:edit:description"))
    changed = run(at(ctx, 80), editing.state, text("my boss hit me"))
    outcome = run(at(ctx, 81), changed.state, text("and kept my wages"))
    assert said(outcome).startswith(ADDED) and outcome.state.step == "ref:confirm"
    assert outcome.state.form["description"] == "my boss hit me\nand kept my wages"
    assert outcome.state.form["place"] == "Mae Sot"


def test_danger_added_to_the_description_gets_the_numbers_and_marks_it_urgent(ctx):
    outcome = run(at(ctx, 1), described(ctx).state, text("they locked me in the room"))
    body = said(outcome)
    assert body.startswith("🆘") and "191" in body  # the numbers first (triage)
    assert ADDED in body and outcome.state.form["urgent"] == "1"
    assert outcome.state.form["description"] == "my boss\nthey locked me in the room"


# --- explore6, finding 4: a place typed fast after the description ---------------------------


def test_the_window_is_shorter_than_reading_the_question_and_typing(ctx):
    assert JOIN_SECONDS <= 3  # 6 s took a place typed 2.9 s after the description


def test_a_known_place_typed_fast_is_the_place(ctx):
    for place in ("ချင်းမိုင်", "Bangkok"):
        outcome = run(at(ctx, 1), described(ctx).state, text(place))
        assert ADDED not in said(outcome) and outcome.state.form["place"] == place
        assert outcome.state.form["description"] == "my boss"


def test_a_text_typed_again_is_never_added_twice(ctx):
    outcome = run(at(ctx, 1), described(ctx).state, text("Lampang"))  # a place it does not know
    assert said(outcome).startswith(ADDED)
    again = run(at(ctx, 2), outcome.state, text("Lampang"))  # the question came again
    assert ADDED not in said(again)
    assert again.state.form["place"] == "Lampang"
    assert again.state.form["description"] == "my boss\nLampang"
