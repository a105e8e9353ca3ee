"""Topic lists that fit a small phone's screen, hiding no topic from a person who only taps
(exploratory test 9, finding 10: "Going abroad safely" showed 10 buttons)."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run

from bot.content.topics import TOPIC_GROUPS, TOPIC_IDS
from bot.dialogue.events import ButtonPress, Command
from bot.values import UserState

LANGS = ["my", "km", "en"]
MOST_BUTTONS = 8  # a list of topics and the footer, on a small screen


def ready(lang: str) -> UserState:
    return UserState(language=lang, origin="MM", country="TH", profile_asked=True)


def buttons(ctx, lang, *data):
    return all_button_data(run(ctx, ready(lang), Command("menu"), *map(ButtonPress, data)))


@pytest.mark.parametrize("lang", LANGS)
def test_going_abroad_safely_fits_a_small_screen(real, lang):
    shown = buttons(real, lang, "group:safe_migration")
    assert len(shown) <= 6
    # Fake jobs and trafficking stays one tap from the group, as it was.
    assert "topic:job_scams_trafficking" in shown
    assert shown[-2:] == ["person", "menu"]


@pytest.mark.parametrize("lang", LANGS)
def test_every_topic_is_reached_by_buttons_and_no_list_is_too_long(real, lang):
    reached: set[str] = set()
    for group in TOPIC_GROUPS:
        shown = buttons(real, lang, f"group:{group}")
        assert len(shown) <= MOST_BUTTONS, group
        for data in shown:
            if data.startswith("group:"):
                inner = buttons(real, lang, f"group:{group}", data)
                assert len(inner) <= MOST_BUTTONS and inner[-2:] == ["person", "menu"]
                reached |= {d.removeprefix("topic:") for d in inner if d.startswith("topic:")}
            elif data.startswith("topic:"):
                reached.add(data.removeprefix("topic:"))
    assert reached == set(TOPIC_IDS)


def test_a_subgroup_lists_its_topics(real):
    shown = buttons(real, "en", "group:safe_migration", "group:legal_way")
    assert shown[:3] == [
        "topic:legal_channels",
        "topic:documents_needed",
        "topic:predeparture_training",
    ]
