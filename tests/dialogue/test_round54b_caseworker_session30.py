"""Round 54B (the caseworker's side of session 30's new paths).

Before asking for a person, as a first message, people asked whether their boss would learn
of it: "will my boss know if i talk to you" got Change employer (the NLU's best, 0.29) and
"if i talk to a person will my boss know" went straight into the form, neither told who sees
what. The employer-not-to-know words of round 53A matched only the bare question; with the
bot, this chat or a person named they are now privacy phrases (content/safety/
own_words.yml). "will my boss know if i complain" keeps complaint_fears' answer."""

from __future__ import annotations

import pytest
from dialogue_helpers import button_data, run, said
from test_own_data_words import NOTHING_TO_POLICE, ready, typed


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        ("will my boss know if i talk to you", "change_employer", 0.29),
        ("will my boss know if i talk to you?", "change_employer", 0.29),
        ("if i talk to a person will my boss know", "talk_to_person", 0.99),
        ("my boss know i talk to you?", "talk_to_person", 0.87),
        ("will my employer find out if i use this bot", None, 0.0),
        ("will my employer know about this chat", "change_employer", 0.5),
    ],
)
def test_will_my_boss_know_first_gets_who_sees_what(real, words, topic, confidence):
    got = run(real, ready(), typed(words, topic, confidence))
    assert said(got).startswith(NOTHING_TO_POLICE)
    assert button_data(got.replies[0]) == ["mine:privacy", "person", "mine:delete", "menu"]
    assert not got.urgent and not got.effects


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        ("will my boss know if i complain", "complaint_channels", 0.99),
        ("will my boss know if i change job", "change_employer", 0.8),
        ("i want to talk to you, my boss knows my passport number", "documents_confiscated", 0.6),
        ("my boss doesnt know i talk to you, he took my passport", "documents_confiscated", 0.8),
    ],
)
def test_near_misses_keep_their_answers(real, words, topic, confidence):
    got = run(real, ready(), typed(words, topic, confidence))
    assert not said(got).startswith(NOTHING_TO_POLICE)
