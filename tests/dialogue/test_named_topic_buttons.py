"""An answer that tells its reader to open another topic by name ("If you are forced to work
or cannot leave, open "Emergency help"") has that topic's button under it, for every
nationality, place and language (round 25C: the agency answer abroad and Cambodia's fake-jobs
answer abroad named "Emergency help" with no button to it, and the embassy answer at home
"Where to complain" with none either)."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run

from bot.content.localised import pick, topic_title
from bot.content.topics import TOPIC_IDS
from bot.dialogue.events import ButtonPress
from bot.values import COUNTRIES, UserState

QUOTES = (('"', '"'), ("'", "'"), ("\u201c", "\u201d"))


@pytest.mark.parametrize("lang", ["en", "my", "km"])
@pytest.mark.parametrize("origin", ["MM", "KH"])
def test_a_topic_the_answer_names_has_its_button(real, lang, origin):
    checked = 0
    for country in (*COUNTRIES, None):
        state = UserState(language=lang, origin=origin, country=country, profile_asked=True)
        for topic_id in TOPIC_IDS:
            outcome = run(real, state, ButtonPress(f"topic:{topic_id}"))
            words = "\n".join(reply.text for reply in outcome.replies)
            shown = {data.split("@")[0] for data in all_button_data(outcome)}
            for other in TOPIC_IDS:
                if other == topic_id:
                    continue
                title = topic_title(real.catalog, other, lang)
                if any(f"{left}{title}{right}" in words for left, right in QUOTES):
                    checked += 1
                    assert {f"topic:{other}", f"at:{other}"} & shown, (
                        country,
                        topic_id,
                        other,
                        sorted(shown),
                    )
    assert checked  # the answers do name other topics


def test_the_agency_answer_abroad_offers_emergency_help(real):
    state = UserState(language="en", origin="MM", country="MY", profile_asked=True)
    outcome = run(real, state, ButtonPress("topic:agency_complaint"))
    text = pick(real.catalog.topic("emergency_help").title, "en")
    assert f'"{text}"' in outcome.replies[-1].text
    assert "topic:emergency_help" in all_button_data(outcome)
