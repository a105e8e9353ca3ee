"""The farewell's /clear button (my_data.clear_button): its data says the language and script
the farewell is in, so /clear's note after the erasure can say them too with nothing kept;
pressed where the channel does not clear (the console), /clear's answer in that language."""

from __future__ import annotations

import dataclasses

import pytest
from dialogue_helpers import all_button_data, run, said, tr

from bot.dialogue.events import ButtonPress, Command
from bot.values import UserState

EXPLAIN = "On Telegram, /clear deletes our messages from the last 48 hours."


def reader(language: str, encoding: str | None = None) -> UserState:
    return UserState(language=language, encoding=encoding, origin="MM", profile_asked=True)


@pytest.mark.parametrize(
    ("state", "data"),
    [
        (reader("my", "zawgyi"), "clear:my:zawgyi"),
        (reader("my"), "clear:my"),
        (reader("km"), "clear:km"),
        (reader("en", "zawgyi"), "clear:en"),  # Zawgyi is Burmese only
    ],
)
def test_the_farewell_carries_clear_in_its_language_and_script(ctx, state, data):
    telegram = dataclasses.replace(ctx, clears_chat=True)
    farewell = run(telegram, state, Command("delete_my_data"), ButtonPress("del:yes"))
    # "Start again" under it (round 38C), its data the same language and script
    assert all_button_data(farewell) == [data, data.replace("clear:", "lang:")]
    assert farewell.state == UserState()  # nothing kept: the data is on the person's message


def test_no_clear_button_where_the_channel_cannot_clear(ctx):
    farewell = run(ctx, reader("km"), Command("delete_my_data"), ButtonPress("del:yes"))
    assert all_button_data(farewell) == ["lang:km"]  # "Start again" only (round 38C)


@pytest.mark.parametrize(
    ("data", "language"), [("clear:km", "km"), ("clear:my:zawgyi", "my"), ("clear:xx", "en")]
)
def test_the_button_pressed_after_the_erasure_answers_in_its_language(ctx, data, language):
    outcome = run(ctx, UserState(), ButtonPress(data))
    assert said(outcome) == tr(language).gettext(EXPLAIN)
    assert outcome.state == UserState()


def test_a_person_known_again_is_answered_in_their_own_language(ctx):
    outcome = run(ctx, reader("en"), ButtonPress("clear:km"))
    assert said(outcome) == tr("en").gettext(EXPLAIN)
