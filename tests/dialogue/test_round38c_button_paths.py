"""Round 38C, every button path for a person who only taps.

- "Yes, delete everything" answered "Done. ... Send /start if you want to talk again." with
  no button at all: a dead end for someone who cannot type /start. It has "Start again" now,
  in the farewell's language, and pressing it asks the profile questions in that language
  and script (nothing about the person is kept: the language is only in the button).
- The alert settings' "Change place" asked "Where are you from?" and then "Where are you
  now?" with country buttons only: no way back but to answer. Alerts and Menu are under both.
- "No, thanks" to alerts and "Stop all alerts" said "Send /alerts ..." with Menu only: the
  Alerts button stands beside Menu now.
"""

from __future__ import annotations

import dataclasses

import pytest
from dialogue_helpers import all_button_data, run, tr

from bot.content.alerts import ALERT_TOPICS
from bot.dialogue.events import ButtonPress, Command
from bot.values import Subscription, UserState

LANGS = ["my", "km", "en"]
SUBSCRIBED = Subscription("MM", "TH", ALERT_TOPICS)


def ready(lang: str, encoding: str | None = None) -> UserState:
    state = UserState(language=lang, origin="MM", country="TH", profile_asked=True)
    return state.with_(encoding=encoding) if encoding else state


def _press_label(outcome, label: str) -> str:
    for reply in outcome.replies:
        for row in reply.buttons:
            for button in row:
                if button.label == label:
                    return button.data
    raise AssertionError(f"no button {label!r} in {all_button_data(outcome)}")


@pytest.mark.parametrize("lang", LANGS)
def test_deleting_everything_leaves_a_button_to_start_again(ctx, lang):
    _ = tr(lang).gettext
    asked = run(ctx, ready(lang), Command("delete_my_data"))
    done = run(ctx, asked.state, ButtonPress(_press_label(asked, _("Yes, delete everything"))))
    assert done.state.language is None  # deleted
    data = _press_label(done, _("Start again"))
    again = run(ctx, done.state, ButtonPress(data))
    assert again.state.language == lang
    assert _("Where are you from?") in "\n".join(r.text for r in again.replies)
    assert all_button_data(again), "the profile question has its buttons"


def test_start_again_keeps_a_zawgyi_readers_script(ctx):
    asked = run(ctx, ready("my", "zawgyi"), Command("delete_my_data"))
    yes = next(d for d in all_button_data(asked) if d.startswith("del:yes"))
    done = run(ctx, asked.state, ButtonPress(yes))
    start = [d for d in all_button_data(done) if d.startswith("lang:")]
    assert start == ["lang:my:zawgyi"]
    again = run(ctx, done.state, ButtonPress(start[0]))
    assert again.state.encoding == "zawgyi"


@pytest.mark.parametrize("lang", LANGS)
def test_change_place_in_alerts_has_a_way_back(ctx, lang):
    context = dataclasses.replace(ctx, subscription=SUBSCRIBED)
    origin = run(context, ready(lang), ButtonPress("al:place"))
    assert {"al:show", "menu"} <= set(all_button_data(origin))
    country = run(context, origin.state, ButtonPress("al:o:KH"))
    assert {"al:show", "menu"} <= set(all_button_data(country))
    # the way back does not change the subscription
    back = run(context, country.state, ButtonPress("al:show"))
    assert not back.effects


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("data", ["al:no", "al:stop"])
def test_the_alerts_it_names_is_a_button(ctx, lang, data):
    context = dataclasses.replace(ctx, subscription=SUBSCRIBED)
    outcome = run(context, ready(lang), ButtonPress(data))
    assert "/alerts" in outcome.replies[-1].text
    assert all_button_data(outcome)[-2:] == ["al:show", "menu"]
    assert tr(lang).gettext("Alerts") in [
        b.label for r in outcome.replies for row in r.buttons for b in row
    ]
