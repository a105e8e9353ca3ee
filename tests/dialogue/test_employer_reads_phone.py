"""The employer in the house reads her phone (exploratory round 18A): "my employer check my
phone, can he see this chat?" got Check an agency (the NLU read "check"), and "i shame, dont
tell anybody" after telling of harassment was not understood. Both now get who sees what
(own_data.py): nothing is passed on, anyone who holds the phone can read this chat, and
/clear deletes it. Matched from content/safety/own_words.yml (the real content)."""

from __future__ import annotations

import pytest
from dialogue_helpers import button_data, read_as, run, said, settled

NOTHING_PASSED = "I did not pass this message on to anyone."
PHONE = (
    "Anyone who holds your phone can read this chat. /clear deletes our messages "
    "from the last 48 hours."
)


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        ("my employer check my phone, can he see this chat?", "check_agency", 0.7),
        ("madam checks my phone every night", None, 0.4),
        ("can she see this chat", None, 0.4),
        ("my boss read my phone when i sleep", None, 0.4),
    ],
)
def test_a_phone_the_employer_reads_gets_who_sees_what(real, words, topic, confidence):
    got = run(real, settled("en", "TH"), read_as(words, topic, confidence))
    assert not said(got).startswith("Check an agency")
    assert PHONE in said(got)
    assert button_data(got.replies[-1]) == ["mine:privacy", "person", "mine:delete", "menu"]


@pytest.mark.parametrize("words", ["i shame, dont tell anybody", "please do not tell anyone"])
def test_asking_that_nobody_is_told_gets_who_sees_what(real, words):
    got = run(real, settled("en", "SG"), read_as(words, None, 0.3))
    assert NOTHING_PASSED in said(got) or "I send nothing about you" in said(got)
    assert "did not understand" not in said(got)
