"""Topics the words put in place of the NLU's (bot/dialogue/instead.py), read by the reply and
by the anonymous count alike. Before, the count kept its own copy of the rules: it took the
first that held where the reply went through them all, and it read them before a missing
person where the reply answers the missing person first, so the count could name a topic
the person was never shown."""

from __future__ import annotations

import pytest
from dialogue_helpers import read_as, run, said, settled

from bot.dialogue import instead
from bot.dialogue.events import ButtonPress
from bot.values import Asked


def title(ctx, topic: str) -> str:
    return said(run(ctx, settled(), ButtonPress(f"topic:{topic}"))).split("\n")[0]


def test_two_rules_in_turn_the_count_names_the_answer_shown(real):
    # An arrest read; the words fear a hospital (the injury answer) and tell of a crossing
    # without a passport (Documents you need, after it).
    words = "i cross river no passport, if i go hospital will police arrest me?"
    got = run(real, settled(), read_as(words, "arrest_detention", 0.9))
    assert title(real, "documents_needed") in said(got)
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.ANSWERED, "documents_needed")


def test_a_missing_son_is_answered_and_counted_before_the_rules(real):
    # A mother in Myanmar; read, not surely, as a visa problem. The pay cut would make it
    # Unpaid wages (deductions.py) if the count read the rules first, as it did: the reply
    # answers the son out of contact (someone_else.py), and the count says so.
    words = "my son in malaysia, cannot contact 1 month, boss cut his salary for levy"
    at_home = settled(country="MM")
    got = run(real, at_home, read_as(words, "visa_work_permit", 0.7))
    plain = run(real, at_home, read_as("my son in malaysia, cannot contact 1 month", None, 0.3))
    assert said(got).split("\n")[0] == said(plain).split("\n")[0]
    assert title(real, "unpaid_wages") not in said(got)
    assert got.tally is not None
    assert got.tally.asked == Asked.CONVERSATION


@pytest.mark.parametrize(
    ("topic", "words", "expected", "also"),
    [
        (
            "arrest_detention",
            "if I complain will police arrest me",
            "complaint_channels",
            ("arrest_detention",),
        ),
        ("arrest_detention", "i complained and they arrest me", "arrest_detention", ()),
        (None, "boss fine me 500 baht", "unpaid_wages", ()),
        ("arrest_detention", "agent say cross river tonight, no passport", "arrest_detention", ()),
    ],
)
def test_read(real, topic, words, expected, also):
    got = instead.read(topic, words, 0.8, real)
    assert (got.topic, got.also) == (expected, also)
