"""An answer that asks "Where are you now?" with a button per country fits a small phone's
screen (round 9, left open: a Khmer reader who skipped the place got 10 buttons under "Work
at home instead": five countries, three related topics, Talk to a person and Menu). The
related topics are not lost: each country's answer shows them, one tap away."""

from __future__ import annotations

import re

import pytest
from dialogue_helpers import button_data, run

from bot.content.topics import TOPIC_IDS
from bot.dialogue.answers import RELATED_SHOWN, named_topics
from bot.dialogue.events import ButtonPress
from bot.values import UserState

MOST_BUTTONS = 7  # as "Going abroad safely": a screen's worth on a small phone


def skipped_place(lang: str, origin: str | None) -> UserState:
    return UserState(language=lang, origin=origin, country=None, profile_asked=True)


def opened(data: str) -> str | None:
    """The topic a button opens, for the profile's place or for the answer's."""
    found = re.fullmatch(r"(?:topic|at):([a-z_]+)(?:@.*)?", data)
    return found.group(1) if found else None


def answers_asking_where(real, lang: str, origin: str | None):
    """(topic, the answer's last reply) for each topic whose answer asks for the place."""
    for topic_id in TOPIC_IDS:
        outcome = run(real, skipped_place(lang, origin), ButtonPress(f"topic:{topic_id}"))
        last = outcome.replies[-1]
        if any(data.startswith("here:") for data in button_data(last)):
            yield topic_id, last, outcome.state


@pytest.mark.parametrize("lang", ["my", "km", "en"])
@pytest.mark.parametrize("origin", ["MM", "KH", None])
def test_where_are_you_now_answers_fit_a_small_screen_and_keep_every_topic(real, lang, origin):
    seen = 0
    for topic_id, last, state in answers_asking_where(real, lang, origin):
        seen += 1
        shown = button_data(last)
        # A topic the answer tells the reader to open ("open "Emergency help" now") keeps
        # its button on top of the screen's worth (round 25C): a dead end costs more.
        named = named_topics(real.catalog, last.text, topic_id, lang)
        assert len(shown) <= MOST_BUTTONS + len(named), (topic_id, shown)
        assert {"person:" + topic_id, "menu"} <= set(shown) or {"person", "menu"} <= set(shown)
        related = [
            rid
            for rid in real.catalog.topic(topic_id).related[:RELATED_SHOWN]
            if real.catalog.topic(rid) is not None
        ]
        for here in (data for data in shown if data.startswith("here:")):
            after = run(real, state, ButtonPress(here))
            under = button_data(after.replies[-1])
            assert not any(data.startswith("here:") for data in under)
            # Every related topic one tap away: on the answer, or on each country's (for
            # that country: "at:<topic>@...", test_buttons_for_named_place.py).
            offered = {opened(data) for data in (*shown, *under)}
            missing = [rid for rid in related if rid not in offered]
            assert not missing, (topic_id, here, missing)
    if origin is not None:
        assert seen, "no answer asked for the place: the test tests nothing"
