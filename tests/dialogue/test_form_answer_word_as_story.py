"""A "yes" typed at "Tell me what happened" (round 12: a sister who had just pressed "Talk to
a person" typed "yes", then her story): the "yes" became what happened and the story, typed
at "Where are you?", the place. The caseworker's card would read "Your words: yes" and a
story as the place. A message that is only a yes, an ok, a no or "send" is no story: the
question comes again, with a line that says what it wants, and nothing is kept."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, settled, text, tr

from bot.dialogue.events import ButtonPress

NOTE = "Please tell me what happened, in a few words. If you do not want to, press Skip."


def at_description(ctx, lang: str):
    outcome = run(ctx, settled(lang), ButtonPress("person:unpaid_wages"))
    outcome = run(ctx, outcome.state, ButtonPress("ref:topic:unpaid_wages"))
    assert outcome.state.step == "ref:description"
    return outcome


@pytest.mark.parametrize(
    ("words", "lang"),
    [("yes", "en"), ("ok", "en"), ("yes please", "en"), ("ဟုတ်ကဲ့", "my"), ("បាទ", "km")],
)
def test_a_yes_at_tell_me_what_happened_is_not_the_story(ctx, words, lang):
    before = at_description(ctx, lang)
    outcome = run(ctx, before.state, text(words, lang))
    assert outcome.state.step == "ref:description"
    assert "description" not in (outcome.state.form or {})
    assert said(outcome).startswith(tr(lang).gettext(NOTE))


def test_a_story_that_starts_with_yes_is_the_story(ctx):
    before = at_description(ctx, "en")
    words = "yes, my brother was arrested in Johor"
    outcome = run(ctx, before.state, text(words, "en"))
    assert (outcome.state.form or {}).get("description") == words
    assert outcome.state.step == "ref:place"
