"""Words typed in the open form that answer none of its questions (exploratory round 15A,
F1 and F2): "cancel", "i dont want anymore" or "no i change my mind, dont send" typed at
"Tell me what happened" or "Where are you?" became what happened, the place, or more of what
happened ("I added this to what happened"), so a caseworker's card would have read "Your
words: cancel"; "actually i scared, maybe later" at "Is it urgent?" got "[Continue the form]
[Ask this instead]", with no Cancel. "is it secret? my boss will know?" typed at "Tell me what
happened" became the story, its question never answered. Now: that nothing is sent and what
Cancel does, or who sees what, then the same question with its buttons; nothing is kept."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said, settled, text, tr

from bot.dialogue.events import ButtonPress

STOP_NOTE = "Nothing is sent. If you want to stop, press Cancel: it deletes this form."
NOTHING_TO_POLICE = (
    "I send nothing about you to the police, immigration, an embassy or your employer."
)
PLACE = "Where are you?"


def at_description(ctx, lang: str = "en"):
    outcome = run(ctx, settled(lang), ButtonPress("person:unpaid_wages"))
    outcome = run(ctx, outcome.state, ButtonPress("ref:topic:unpaid_wages"))
    assert outcome.state.step == "ref:description"
    return outcome


def at_place(ctx, lang: str = "en"):
    outcome = run(ctx, at_description(ctx, lang).state, text("boss not pay me 2 month", lang))
    assert outcome.state.step == "ref:place"
    return outcome


def at_urgency(ctx):
    outcome = run(ctx, at_place(ctx).state, ButtonPress("ref:place:TH"))
    outcome = run(ctx, outcome.state, ButtonPress("ref:contact:bot"))
    assert outcome.state.step == "ref:urgency"
    return outcome


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("cancel", "en"),
        ("i dont want anymore", "en"),
        ("no i change my mind, dont send", "en"),
        ("sorry, never mind", "en"),
        ("မပို့တော့ဘူး", "my"),  # I won't send it any more
        ("ខ្ញុំប្តូរចិត្តហើយ", "km"),  # I changed my mind
    ],
)
def test_changing_ones_mind_at_tell_me_what_happened_is_not_the_story(ctx, words, lang):
    before = at_description(ctx, lang)
    outcome = run(ctx, before.state, text(words, lang))
    assert outcome.state.step == "ref:description"
    assert "description" not in (outcome.state.form or {})
    assert said(outcome).startswith(tr(lang).gettext(STOP_NOTE))
    assert said(outcome).endswith(before.replies[-1].text)
    assert "ref:cancel" in all_button_data(outcome)


def test_changing_ones_mind_at_where_are_you_is_not_the_place_nor_the_story(ctx):
    before = at_place(ctx)
    outcome = run(ctx, before.state, text("no i change my mind, dont send"))
    assert outcome.state.step == "ref:place"
    assert outcome.state.form == before.state.form
    assert said(outcome).startswith(STOP_NOTE)
    assert PLACE in said(outcome)


@pytest.mark.parametrize("words", ["not now", "sorry not today", "next time"])
def test_not_now_at_where_are_you_is_neither_the_place_nor_more_of_the_story(ctx, words):
    # Session 20: "not now" got "I added this to what happened."
    before = at_place(ctx)
    outcome = run(ctx, before.state, text(words))
    assert outcome.state.step == "ref:place"
    assert outcome.state.form == before.state.form
    assert said(outcome).startswith(STOP_NOTE)


def test_afraid_maybe_later_at_is_it_urgent_offers_cancel(ctx):
    before = at_urgency(ctx)
    outcome = run(ctx, before.state, text("actually i scared, maybe later"))
    assert outcome.state.step == "ref:urgency"
    assert outcome.state.form == before.state.form
    assert said(outcome).startswith(STOP_NOTE)
    assert "ref:cancel" in all_button_data(outcome)


def test_not_urgent_typed_at_is_it_urgent_still_answers_it(ctx):
    outcome = run(ctx, at_urgency(ctx).state, text("not urgent"))
    assert outcome.state.step == "ref:confirm"


def test_a_story_that_says_stop_is_still_the_story(ctx):
    words = "my boss not pay 3 month, when i ask he say stop or he call police, i dont want anymore"
    outcome = run(ctx, at_description(ctx).state, text(words))
    assert (outcome.state.form or {}).get("description") == words
    assert outcome.state.step == "ref:place"


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("is it secret? my boss will know?", "en"),
        ("can my boss see this", "en"),
        ("သူဌေးမြင်နိုင်လား", "my"),  # can the boss see it?
    ],
)
def test_asking_who_sees_it_in_the_form_gets_who_sees_what_and_the_question_again(
    real, words, lang
):
    before = at_description(real, lang)
    outcome = run(real, before.state, text(words, lang))
    assert said(outcome).startswith(tr(lang).gettext(NOTHING_TO_POLICE))
    assert said(outcome).endswith(before.replies[-1].text)
    assert outcome.state.step == "ref:description"
    assert "description" not in (outcome.state.form or {})
    assert not outcome.effects


def test_asking_who_sees_it_at_where_are_you_adds_nothing_to_the_story(real):
    before = at_place(real)
    outcome = run(real, before.state, text("can my boss see this"))
    assert said(outcome).startswith(NOTHING_TO_POLICE)
    assert outcome.state.form == before.state.form
    assert outcome.state.step == "ref:place"


def test_danger_words_in_the_form_still_come_first(real):
    outcome = run(real, at_description(real).state, text("cancel, he is beating me now"))
    assert not said(outcome).startswith(STOP_NOTE)
    assert (outcome.state.form or {}).get("urgent") == "1"


def test_taking_something_back_at_the_summary_is_told_about_change(ctx):
    """ "no wait i dont want give phone" at the summary (F13) was told only to press Send."""
    before = run(ctx, at_urgency(ctx).state, ButtonPress("ref:urgent:no"))
    assert before.state.step == "ref:confirm"
    outcome = run(ctx, before.state, text("no wait i dont want give phone"))
    assert said(outcome).startswith(
        "Nothing is sent yet. To send it, press Send. To change something, press Change."
    )
    assert outcome.state.form == before.state.form and not outcome.effects
