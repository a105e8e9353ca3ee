"""The same question again within a minute (a bad connection resends): "I answered this just
above" with the buttons, not the whole answer again (exploratory test 9, finding 10). Never
for danger, and never for words a step or a caseworker waits for. The service says whether
the text is the same as the last (Context.repeated; bot/recent.py, tested in tests/referrals)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, tr

from bot.dialogue import engine
from bot.dialogue.events import ButtonPress
from bot.values import UserState

ABOVE = "I answered this just above: scroll up to read it."
WAGES = read_as("my boss does not pay me", "unpaid_wages", 0.95)


def ready(lang: str = "en") -> UserState:
    return UserState(language=lang, origin="MM", country="TH", profile_asked=True)


@pytest.mark.parametrize("lang", ["my", "km", "en"])
def test_a_question_resent_gets_a_short_note_with_the_buttons(ctx, lang):
    wages = read_as("my boss does not pay me", "unpaid_wages", 0.95, lang)
    first = run(ctx, ready(lang), wages)
    again = engine.handle(wages, first.state, replace(ctx, repeated=True))
    [note] = again.replies
    assert note.text == tr(lang).gettext(ABOVE) and len(note.text) < 120
    assert all_button_data(again) == ["person", "menu"]
    assert again.state == first.state and again.tally is None and not again.effects


def test_not_the_same_text_or_not_within_the_window_is_answered_in_full(ctx):
    first = run(ctx, ready(), WAGES)
    again = engine.handle(WAGES, first.state, ctx)  # repeated False: differs, or too late
    assert ABOVE not in said(again) and "wages" in said(again).lower()


@pytest.mark.parametrize(
    "event",
    [
        read_as("help they beat me", "emergency_help", 0.9),
        read_as("police arrested my brother", "arrest_detention", 0.9),
        read_as("they lock me in the room", None, 0.1),
    ],
)
def test_danger_sent_again_gets_the_whole_answer_again(ctx, event):
    first = run(ctx, ready(), event)
    again = engine.handle(event, first.state, replace(ctx, repeated=True))
    assert ABOVE not in said(again)
    assert said(again) == said(first) or again.urgent


def test_words_the_form_waits_for_are_never_taken_as_a_resend(ctx):
    opened = run(ctx, ready(), ButtonPress("person:unpaid_wages"))
    at_words = run(ctx, opened.state, ButtonPress("ref:topic:unpaid_wages"))
    story = read_as("my boss does not pay me", None, 0.1)
    again = engine.handle(story, at_words.state, replace(ctx, repeated=True))
    assert ABOVE not in said(again) and "pay me" in (again.state.form or {}).get("description", "")


def test_a_question_waiting_for_the_text_is_not_skipped(ctx):
    # "Where are you from?" waits: "Myanmar" typed again is its answer, not a resend.
    asked = UserState(language="en", step="origin")
    again = engine.handle(read_as("Myanmar", None, 0.1), asked, replace(ctx, repeated=True))
    assert ABOVE not in said(again) and again.state.origin == "MM"
