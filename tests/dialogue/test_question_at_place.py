"""A question typed at the form's "Where are you?" (round 12, left open until session 18):
"will they call my boss?" became the place, so the card read "Where: will they call my
boss?" and the question went unanswered. Now it gets the choice the button steps give,
[Continue the form] [Ask this instead]; a place, even said unsure or unknown to the bot, is
still the place."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, settled, text

from bot.dialogue import form_question
from bot.dialogue.events import ButtonPress


def at_place(ctx):
    ctx = replace(ctx, join_seconds=0)  # typed after a while: not more of the story
    outcome = run(ctx, settled(), ButtonPress("person:unpaid_wages"))
    outcome = run(ctx, outcome.state, ButtonPress("ref:topic:unpaid_wages"))
    outcome = run(ctx, outcome.state, text("boss not pay me 2 months"))
    assert outcome.state.step == "ref:place"
    return ctx, outcome


@pytest.mark.parametrize(
    ("words", "topic", "lang"),
    [
        ("will they call my boss?", None, "en"),
        ("how long does it take", None, "en"),
        ("where is the labour office", "complaint_channels", "en"),
        ("ဘယ်လောက် ကြာမလဲ", None, "my"),  # how long will it take?
    ],
)
def test_a_question_at_where_are_you_is_not_the_place(real, words, topic, lang):
    ctx, before = at_place(real)
    got = run(ctx, before.state, read_as(words, topic, 0.8 if topic else 0.2, lang))
    assert got.state.step == form_question.STEP
    assert "place" not in (got.state.form or {})
    assert {form_question.CONTINUE, form_question.ASK} <= set(all_button_data(got))
    back = run(ctx, got.state, ButtonPress(form_question.CONTINUE))
    assert back.state.step == "ref:place"


@pytest.mark.parametrize(
    "words", ["Rayong?", "near the big market in Rayong", "Mae Sot", "i am in Thailand now"]
)
def test_a_place_is_still_the_place(real, words):
    ctx, before = at_place(real)
    got = run(ctx, before.state, text(words))
    assert (got.state.form or {}).get("place") == words
    assert got.state.step == "ref:contact"
