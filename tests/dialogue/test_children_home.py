"""Children left at home while a parent works abroad (round 17B, still open; session 21):
"my children stay with grandmother, who take care" got "Are you asking for someone else?"
with the embassy and the arrest answer, the Burmese the guesses, the Khmer "I cannot help
with that". Our sources say nothing on it: the reply says so, with a person."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import children_home
from bot.dialogue.events import Text
from bot.values import Asked, NluResult

LINE = (
    "Your children staying at home while you work abroad? Our sources have no checked "
    "information on care for children left at home. A person from a partner organisation can "
    "help: tap “{person}”."
)


def line(lang: str) -> str:
    return in_language(lang, LINE).format(person=in_language(lang, "Talk to a person"))


def out_of_scope(words: str, lang: str) -> Text:
    nlu = NluResult(None, 0.87, (("out_of_scope", 0.87),), (), (), True)
    return Text(words, lang, None, nlu)


@pytest.mark.parametrize(
    ("event", "lang"),
    [
        (read_as("my children stay with grandmother, who take care", None, 0.58), "en"),
        (read_as("i go thailand, who look after my kids", None, 0.34), "en"),
        (read_as("left my baby with my mother, i work in factory", None, 0.4), "en"),
        (read_as("ကလေးတွေကို အဖွားနဲ့ ထားခဲ့ရတယ်", None, 0.43, "my"), "my"),
        (read_as("ကေလးေတြကို အဖြားနဲ႔ ထားခဲ့ရတယ္", None, 0.43, "my"), "my"),  # Zawgyi
        (out_of_scope("កូនខ្ញុំនៅជាមួយយាយ", "km"), "km"),  # my child stays with grandma
    ],
)
def test_children_left_at_home_are_told_what_is_not_known_and_offered_a_person(real, event, lang):
    got = run(real, settled(lang), event)
    assert said(got).startswith(line(lang))
    assert "person" in all_button_data(got)
    assert "topic:embassy_contact" not in all_button_data(got)
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, children_home.NAME)


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("my son is missing in malaysia", None),
        ("my daughter stay with agent in bangkok, cannot contact", None),
        ("my kids at home dont go school, boss not pay me 2 month", "unpaid_wages"),
        ("who take care of this problem", None),
        # out of contact: the answer for someone else (session 21, a last read)
        ("my son is with my sister in malaysia, cannot contact him 2 week", None),
        ("my daughter stay with my mother, now my mother say she missing", None),
    ],
)
def test_other_messages_about_children_are_read_as_before(real, words, topic):
    got = run(real, settled(), read_as(words, topic, 0.9 if topic else 0.4))
    assert line("en") not in said(got)
