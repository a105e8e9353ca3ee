"""Not wanting to live (exploratory round 16B; round 13A for "I want to die"): the danger
words give the numbers and the emergency answer, and then the NLU's reading of the rest was
answered too: "i miss my family so much i dont want to live anymore" got "Work at home
instead", "I want to die" the injury answer. Now the emergency answer alone."""

from __future__ import annotations

import pytest
from dialogue_helpers import read_as, run, said, settled

from bot.content.localised import topic_title


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("i miss my family so much i dont want to live anymore", "en", "work_at_home"),
        ("I want to die", "en", "injury_health"),
        ("ခေါင်းကိုက်တယ် သေချင်တယ်", "my", "injury_health"),  # a headache, I want to die
        ("ខ្ញុំមិនចង់រស់ទៀតទេ", "km", "return_home"),
    ],
)
def test_only_the_emergency_answer_comes(real, words, lang, topic):
    got = run(real, settled(lang), read_as(words, topic, 0.6, lang))
    assert got.urgent
    assert topic_title(real.catalog, "emergency_help", lang) in said(got)
    assert topic_title(real.catalog, topic, lang) not in said(got)


def test_other_danger_still_gets_the_problem_read_beside_it(real):
    words = "boss beat me and not pay salary"
    got = run(real, settled(), read_as(words, "unpaid_wages", 0.9))
    assert topic_title(real.catalog, "unpaid_wages", "en") in said(got)
