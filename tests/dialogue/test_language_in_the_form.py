"""/language in the middle of the form (exploratory test 7, finding 7).

A person who switched language at "Where are you?" (because they could not read it) got the
menu; the place they typed next, "rayong", got "I cannot help with that". After choosing a
language, the form's question comes again in the new language, and what is typed next is
its answer.
"""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, text, tr

from bot.dialogue.events import ButtonPress, Command
from bot.values import UserState


def at_place(ctx, lang: str) -> UserState:
    state = UserState(language=lang, origin="KH", country="TH", profile_asked=True)
    opened = run(ctx, state, ButtonPress("person:unpaid_wages"))
    yes = run(ctx, opened.state, ButtonPress("ref:topic:unpaid_wages"))
    told = run(ctx, yes.state, text("boss not pay me", lang))
    assert told.state.step == "ref:place"
    return told.state


@pytest.mark.parametrize(("before", "after"), [("km", "en"), ("en", "my"), ("my", "km")])
def test_the_forms_question_comes_again_in_the_new_language(ctx, before, after):
    state = at_place(ctx, before)
    asked = run(ctx, state, Command("language"))
    chosen = run(ctx, asked.state, ButtonPress(f"lang:{after}"))
    assert chosen.state.language == after and chosen.state.step == "ref:place"
    question = tr(after).gettext(
        "Where are you? If you write for someone else, where are they? A country, province or "
        "city is enough. Do not give an exact address."
    )
    assert question in said(chosen)
    placed = run(ctx, chosen.state, text("rayong", after))
    assert placed.state.form["place"] == "rayong"
    assert placed.state.form["description"] == "boss not pay me"


def test_zawgyi_chosen_in_the_form_keeps_the_form(ctx):
    state = at_place(ctx, "en")
    chosen = run(ctx, state, ButtonPress("lang:my:zawgyi"))
    assert chosen.state.encoding == "zawgyi" and chosen.state.step == "ref:place"


def test_without_a_form_the_menu_as_before(ctx):
    state = UserState(language="km", origin="KH", country="TH", profile_asked=True)
    chosen = run(ctx, state, Command("language"), ButtonPress("lang:en"))
    assert chosen.state.step is None
    assert "What do you need help with?" in said(chosen)
