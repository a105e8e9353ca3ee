"""Round 40B, every button path, part two: the form by buttons to Send, and old buttons.

- After "Delete my data" (the language is deleted with the rest), an old "Talk to a person"
  still in the chat opened the form in English for a Burmese or Khmer reader, and every
  old form button after it said "That button is old" in English; an old topic, group or
  alerts button answered in English too. Every button but a language's (and the farewell's
  /clear, which carries its language) now gets the three-language greeting first.
- "What do you want to change?" under the summary had only the five fields: "Change"
  pressed by mistake had no way back to Send and no Cancel. It has Back (the summary again)
  and Cancel; "What is the problem?" (changing the topic) has Cancel, as every other step.
"""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said, tr

from bot.dialogue.events import ButtonPress, Command
from bot.values import UserState

LANGS = ["my", "km", "en"]
GREETING = {"lang:my", "lang:km", "lang:en", "lang:my:zawgyi"}


def ready(lang: str) -> UserState:
    return UserState(language=lang, origin="MM", country="TH", profile_asked=True)


def deleted(ctx, lang: str) -> UserState:
    asked = run(ctx, ready(lang), Command("delete_my_data"))
    yes = next(d for d in all_button_data(asked) if d.startswith("del:yes"))
    done = run(ctx, asked.state, ButtonPress(yes))
    assert done.state.language is None
    return done.state


OLD_BUTTONS = [
    "person",
    "person:unpaid_wages",
    "topic:unpaid_wages",
    "group:at_work",
    "menu",
    "al:latest",
    "mine:cases",
    "ref:urgent:yes",
    "ref:change",
    "ans:AB12CD",
]


@pytest.mark.parametrize("lang", ["my", "km"])
@pytest.mark.parametrize("data", OLD_BUTTONS)
def test_an_old_button_after_deleting_everything_asks_the_language_first(ctx, lang, data):
    state = deleted(ctx, lang)
    out = run(ctx, state, ButtonPress(data))
    # an old "Talk to a person" carries itself on the language buttons (session 28)
    shown = {d.removesuffix(">person") for d in all_button_data(out)}
    assert shown >= GREETING, (data, said(out))
    assert out.state.language is None
    assert not out.state.form, "no form opened in English"


def test_an_old_talk_to_a_person_then_an_old_form_button_is_never_english(ctx):
    state = deleted(ctx, "km")
    for data in ("person", "ref:skip:description", "ref:skip:place", "ref:contact:bot"):
        out = run(ctx, state, ButtonPress(data))
        assert "That button is old" not in said(out)
        assert "Tell me what happened" not in said(out)
        state = out.state


@pytest.mark.parametrize("lang", LANGS)
def test_the_farewells_buttons_still_work_without_a_language(ctx, lang):
    state = deleted(ctx, lang)
    again = run(ctx, state, ButtonPress(f"lang:{lang}"))
    assert again.state.language == lang
    assert tr(lang).gettext("Where are you from?") in said(again)


def summary_of(ctx, lang: str):
    state = ready(lang)
    out = run(ctx, state, ButtonPress("person"))
    for prefix in ("ref:skip:description", "ref:skip:place", "ref:contact:bot", "ref:urgent:no"):
        data = next(d for d in all_button_data(out) if d.startswith(prefix))
        out = run(ctx, out.state, ButtonPress(data))
    assert any(d.startswith("ref:send:") for d in all_button_data(out)), said(out)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_change_has_a_way_back_to_send_and_a_cancel(ctx, lang):
    _ = tr(lang).gettext
    out = summary_of(ctx, lang)
    change = run(ctx, out.state, ButtonPress("ref:change"))
    labels = {b.label: b.data for r in change.replies for row in r.buttons for b in row}
    assert _("Back") in labels and _("Cancel") in labels, labels
    back = run(ctx, change.state, ButtonPress(labels[_("Back")]))
    assert any(d.startswith("ref:send:") for d in all_button_data(back)), said(back)
    change = run(ctx, back.state, ButtonPress("ref:change"))
    cancelled = run(ctx, change.state, ButtonPress(labels[_("Cancel")]))
    assert _("Cancelled. Nothing was sent.") in said(cancelled)
    assert not cancelled.state.form


@pytest.mark.parametrize("lang", LANGS)
def test_changing_the_problem_can_be_cancelled(ctx, lang):
    out = summary_of(ctx, lang)
    change = run(ctx, out.state, ButtonPress("ref:change"))
    topic = run(ctx, change.state, ButtonPress("ref:edit:topic"))
    assert "ref:cancel" in all_button_data(topic)
