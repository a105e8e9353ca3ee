"""nlu/tools/dev_subset.py on made-up parses: only the file's messages are scored (a Zawgyi
copy or another file's message is not), with the bot's own threshold, and a message missing
from the parse is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.nlu import SECOND_RULE
from nlu.tools.dev_subset import figures, group_of, multi_figures


def row(group: str, text: str, gold: str, best: str, confidence: float = 0.95) -> dict:
    return {
        "set": "dev",
        "group": group,
        "gold": gold,
        "text": text,
        "intent": {"name": best, "confidence": confidence},
        "intent_ranking": [{"name": best, "confidence": confidence}],
        "clause_intents": [],
    }


ROWS = [
    row("en", "boss no pay", "unpaid_wages", "unpaid_wages"),
    row("en", "visa end soon", "visa_work_permit", "visa_work_permit", 0.58),
    row("en", "rain tomorrow", "out_of_scope", "out_of_scope"),
    row("en", "old dev message", "thanks", "greet"),
    row("my_zawgyi", "boss no pay", "unpaid_wages", "lost_documents"),
]
FILE = [
    ("boss no pay", "unpaid_wages"),
    ("visa end soon", "visa_work_permit"),
    ("rain tomorrow", "out_of_scope"),
]


def test_only_the_files_messages_are_scored() -> None:
    result = figures(ROWS, "en", FILE, 0.5, SECOND_RULE)
    assert result["n"] == 3
    assert result["accuracy"] == 1.0
    assert (result["oos_recall"], result["in_scope_to_fallback"]) == (1.0, 0.0)


def test_the_threshold_sends_an_unsure_answer_to_the_fallback() -> None:
    result = figures(ROWS, "en", FILE, 0.6, SECOND_RULE)
    assert result["in_scope_accuracy"] == 0.5
    assert result["in_scope_to_fallback"] == 0.5
    assert result["wrong"] == [("visa end soon", "visa_work_permit", "out_of_scope")]


def test_a_file_is_read_as_its_language_group() -> None:
    assert group_of(Path("nlu/dev/my_near_domain_dev_zawgyi.yml")) == "my_zawgyi"
    assert group_of(Path("nlu/dev/en.yml")) == "en"
    with pytest.raises(SystemExit):
        group_of(Path("nlu/dev/not_a_group.yml"))


def test_a_message_missing_from_the_parse_is_refused() -> None:
    with pytest.raises(SystemExit):
        figures(ROWS[:2], "en", FILE, 0.5, SECOND_RULE)


def two(group: str, text: str, gold: str, best: str, clause: str) -> dict:
    """A two-problem row: the whole message reads `best`, a second clause reads `clause`."""
    return {
        **row(group, text, gold, best),
        "set": "dev_multi",
        "clause_intents": [
            {"name": best, "confidence": 0.99, "ranking": [{"name": best, "confidence": 0.99}]},
            {"name": clause, "confidence": 0.99, "ranking": [{"name": clause, "confidence": 0.99}]},
        ],
    }


def test_a_two_problem_judging_set_is_scored_alone() -> None:
    rows = [
        two(
            "en",
            "passport kept, no pay",
            "documents_confiscated+unpaid_wages",
            "documents_confiscated",
            "unpaid_wages",
        ),
        two("en", "hurt and no pay", "injury_health+unpaid_wages", "injury_health", "greet"),
        two("en", "an older dev message", "lost_documents+return_home", "greet", "greet"),
    ]
    messages = [
        ("passport kept, no pay", ["documents_confiscated", "unpaid_wages"]),
        ("hurt and no pay", ["injury_health", "unpaid_wages"]),
    ]
    result = multi_figures(rows, "en", messages, 0.5, SECOND_RULE)
    assert (result["n"], result["both"], result["first_is_one"]) == (2, 0.5, 1.0)
    with pytest.raises(SystemExit):
        multi_figures(rows, "km", messages, 0.5, SECOND_RULE)
