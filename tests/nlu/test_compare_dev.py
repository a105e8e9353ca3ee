"""nlu/tools/compare_dev.py on made-up parses: fixed and broken messages are paired by
message, Zawgyi copies are not counted twice, and the interval brackets the difference."""

from __future__ import annotations

import pytest

from bot.nlu import SECOND_RULE
from nlu.tools.compare_dev import paired


def row(group: str, text: str, gold: str, best: str) -> dict:
    return {
        "set": "dev",
        "group": group,
        "gold": gold,
        "text": text,
        "intent": {"name": best, "confidence": 0.95},
        "intent_ranking": [{"name": best, "confidence": 0.95}],
        "clause_intents": [],
    }


BEFORE = [
    row("en", "a", "unpaid_wages", "unpaid_wages"),
    row("en", "b", "return_home", "social_security"),
    row("my", "c", "visa_work_permit", "visa_work_permit"),
    row("my_zawgyi", "c", "visa_work_permit", "visa_work_permit"),
]
AFTER = [
    row("en", "a", "unpaid_wages", "unpaid_wages"),
    row("en", "b", "return_home", "return_home"),
    row("my", "c", "visa_work_permit", "lost_documents"),
    row("my_zawgyi", "c", "visa_work_permit", "lost_documents"),
]


def test_fixed_and_broken_are_paired_by_message_without_zawgyi() -> None:
    result = paired(BEFORE, AFTER, 0.5, SECOND_RULE)
    assert result["n"] == 3
    assert result["fixed"] == [("en", "b")]
    assert result["broken"] == [("my", "c")]
    assert result["difference"] == 0.0


def test_interval_brackets_a_one_sided_change() -> None:
    better = paired(BEFORE[:2], AFTER[:2], 0.5, SECOND_RULE)
    assert better["difference"] == 0.5
    assert 0.0 <= better["low"] <= 0.5 <= better["high"] <= 1.0
    same = paired(BEFORE, BEFORE, 0.5, SECOND_RULE)
    assert (same["low"], same["high"], same["fixed"], same["broken"]) == (0.0, 0.0, [], [])


def test_parses_of_different_messages_are_refused() -> None:
    with pytest.raises(SystemExit):
        paired(BEFORE, AFTER[:2], 0.5, SECOND_RULE)


def test_each_model_can_be_scored_at_its_own_threshold() -> None:
    unsure = row("en", "d", "unpaid_wages", "unpaid_wages")
    unsure["intent"]["confidence"] = unsure["intent_ranking"][0]["confidence"] = 0.58
    same = paired([unsure], [unsure], 0.56, SECOND_RULE)
    assert (same["fixed"], same["broken"]) == ([], [])
    higher = paired([unsure], [unsure], 0.56, SECOND_RULE, after_threshold=0.6)
    assert higher["broken"] == [("en", "d")]
