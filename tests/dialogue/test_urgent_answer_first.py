"""Someone held or trapped now is not made to answer questions first (bot/dialogue/menu.py):
an arrest or a trafficking question asked before the profile is known gets the answer that fits
anyone at once (what to do, a person to talk to), then the profile questions, then the answer
for their own place. Topics that are not urgent still ask first. The real catalog, in all three
languages."""

from __future__ import annotations

import pytest
from dialogue_helpers import button_data, run, said, tr

from bot.dialogue import engine
from bot.dialogue.events import ButtonPress
from bot.values import UserState

LANGS = ["my", "km", "en"]


def new_user(lang: str) -> UserState:
    return UserState(language=lang)


def first_line_of(real: engine.Context, topic: str, lang: str) -> str:
    variant = real.catalog.answer(topic, None, None)
    return str(getattr(variant.text, lang)).splitlines()[0]


@pytest.mark.parametrize("topic", ["arrest_detention", "job_scams_trafficking"])
@pytest.mark.parametrize("lang", LANGS)
def test_an_arrest_is_answered_at_once_then_the_profile_is_asked(real, lang, topic):
    outcome = run(real, new_user(lang), ButtonPress(f"topic:{topic}"))
    body = said(outcome)
    assert first_line_of(real, topic, lang) in body
    assert body.index(first_line_of(real, topic, lang)) < body.index(
        tr(lang).gettext("Where are you from?")
    )
    assert button_data(outcome.replies[0])[0] == f"person:{topic}"  # a person first
    assert button_data(outcome.replies[-1])[0] == "origin:MM"
    assert outcome.state.pending_topic == topic
    assert outcome.state.step == "origin"
    assert outcome.urgent is (topic == "arrest_detention")  # the emergency lane's as before


@pytest.mark.parametrize("lang", LANGS)
def test_after_the_profile_the_arrest_answer_names_their_embassy(real, lang):
    outcome = run(
        real,
        new_user(lang),
        ButtonPress("topic:arrest_detention"),
        ButtonPress("origin:MM"),
        ButtonPress("country:MY"),
    )
    body = said(outcome)
    embassy = real.catalog.entries["mm-embassy-kuala-lumpur"]
    assert embassy.phones and embassy.phones[0] in body
    assert outcome.state.pending_topic is None


@pytest.mark.parametrize("lang", LANGS)
def test_a_topic_that_can_wait_still_asks_first(real, lang):
    outcome = run(real, new_user(lang), ButtonPress("topic:embassy_contact"))
    assert len(outcome.replies) == 1
    assert tr(lang).gettext("Where are you from?") in said(outcome)


@pytest.mark.parametrize("topic", ["embassy_contact", "arrest_detention", "emergency_help"])
def test_skipping_the_questions_gets_the_answer_not_the_questions_again(real, topic):
    # "You can skip them": a person who skips both questions gets the answer that fits anyone
    # (before, the questions came back, for ever: an embassy question was never answered).
    outcome = run(
        real,
        new_user("en"),
        ButtonPress(f"topic:{topic}"),
        ButtonPress("origin:skip"),
        ButtonPress("country:skip"),
    )
    assert outcome.state.step is None and outcome.state.pending_topic is None
    assert first_line_of(real, topic, "en") in said(outcome)
    assert tr("en").gettext("Where are you from?") not in said(outcome)
