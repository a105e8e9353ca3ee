""" "What must I write down?" right after an answer that said to (session 26, round 29B's
still open): after the line on long hours it got Documents you need, the papers for going
abroad. Now what that answer said to write down, again, and a person."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import work_conditions, write_down
from bot.dialogue.events import ButtonPress
from bot.values import Asked

KEEP = (
    "Keep the notes safe. A person from a partner organisation can help you use them: tap "
    "“Talk to a person”."
)
HOURS = (
    "Write down each day: when you started and stopped, days without rest, what happened and "
    "who saw it. Keep pay slips and photos."
)


WAGES = "Write down your work days, hours and the pay you got."
KEPT = "Write down who has your document and since when."
INJURY = "Write down when and how it happened. Keep hospital papers and receipts."
LAST_DAY = "Write down your last work day and what you are still owed."


def test_after_the_hours_line_the_question_gets_what_to_write(real):
    line = run(
        real, settled("en", "TH"), read_as("i work 14 hour every day, no day off", None, 0.4)
    )
    assert line.shown == work_conditions.NAME  # remembered for the next message
    after = replace(real, last_answer=line.shown)
    # read as Documents you need (0.6) live
    got = run(after, line.state, read_as("what i must write down?", "documents_needed", 0.6))
    assert said(got) == f"{HOURS}\n{KEEP}"
    assert all_button_data(got)[0] == "person"
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, write_down.NAME)


@pytest.mark.parametrize(
    ("topic", "words", "lang", "what"),
    [
        ("unpaid_wages", "what should i write?", "en", WAGES),
        ("documents_confiscated", "write down what?", "en", KEPT),
        ("injury_health", "ဘာရေးရမလဲ", "my", INJURY),
        ("unpaid_wages", "kat tra avey?", "km", WAGES),
        ("change_employer", "កត់ត្រាអ្វីខ្លះ?", "km", LAST_DAY),
    ],
)  # fmt: skip
def test_after_an_answer_that_says_to_write_things_down(real, topic, words, lang, what):
    shown = run(real, settled(lang, "TH"), ButtonPress(f"topic:{topic}"))
    after = replace(real, last_answer=shown.shown)
    got = run(after, shown.state, read_as(words, "documents_needed", 0.6, lang))
    assert said(got) == f"{in_language(lang, what)}\n{in_language(lang, KEEP)}"


@pytest.mark.parametrize(
    ("last", "words"),
    [
        (None, "what i must write down?"),  # no answer above
        ("topic:embassy_contact", "what i must write down?"),  # it said nothing to write
        (
            "topic:unpaid_wages",
            "what i must write down in the form for the labour office, they give me paper in thai",
        ),
        ("topic:unpaid_wages", "boss not pay me"),
    ],
)
def test_other_messages_are_read_as_before(real, last, words):
    after = replace(real, last_answer=last)
    assert not write_down.asked(words, after)
