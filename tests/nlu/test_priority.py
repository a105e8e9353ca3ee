"""Several problems in one message: which count, and the order they are answered in."""

from __future__ import annotations

import pytest

from bot.content.topics import TOPIC_IDS
from bot.nlu import PRIORITY, found_topics
from bot.nlu.priority import MAX_TOPICS, urgency

CONVERSATION = {"greet", "thanks", "goodbye", "bot_help", "change_language", "talk_to_person"}

# best, its confidence, ranking (out_of_scope left out), threshold 0.5, also 0.2 -> topics
CASES = [
    (
        "one clear problem",
        "unpaid_wages",
        0.9,
        [("unpaid_wages", 0.9), ("visa_work_permit", 0.05)],
        ("unpaid_wages",),
    ),
    (
        "two problems: the more urgent first",
        "unpaid_wages",
        0.6,
        [("unpaid_wages", 0.6), ("documents_confiscated", 0.3)],
        ("documents_confiscated", "unpaid_wages"),
    ),
    (
        "an emergency beside anything comes first",
        "lost_documents",
        0.55,
        [("lost_documents", 0.55), ("emergency_help", 0.25)],
        ("emergency_help", "lost_documents"),
    ),
    (
        "a runner-up under the second threshold is not a problem",
        "unpaid_wages",
        0.8,
        [("unpaid_wages", 0.8), ("documents_confiscated", 0.19)],
        ("unpaid_wages",),
    ),
    (
        "two problems that split the probability",
        "injury_health",
        0.35,
        [("injury_health", 0.35), ("unpaid_wages", 0.3), ("return_home", 0.1)],
        ("injury_health", "unpaid_wages"),
    ),
    (
        "one unsure problem alone is not understood",
        "injury_health",
        0.35,
        [("injury_health", 0.35), ("unpaid_wages", 0.1)],
        (),
    ),
    ("out_of_scope on top, nothing else", None, 0.9, [("unpaid_wages", 0.05)], ()),
    (
        "small talk beside a problem: the problem is answered",
        "greet",
        0.6,
        [("greet", 0.6), ("unpaid_wages", 0.3)],
        ("unpaid_wages",),
    ),
    ("small talk alone is kept", "thanks", 0.9, [("thanks", 0.9)], ("thanks",)),
    (
        "small talk is never a second problem",
        "unpaid_wages",
        0.6,
        [("unpaid_wages", 0.6), ("goodbye", 0.3)],
        ("unpaid_wages",),
    ),
    (
        "at most three",
        "unpaid_wages",
        0.5,
        [
            ("unpaid_wages", 0.5),
            ("lost_documents", 0.2),
            ("return_home", 0.2),
            ("visa_work_permit", 0.2),
        ],
        ("unpaid_wages", "lost_documents", "visa_work_permit"),
    ),
]


@pytest.mark.parametrize(
    ("best", "confidence", "ranking", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_found_topics(
    best: str | None,
    confidence: float,
    ranking: list[tuple[str, float]],
    expected: tuple[str, ...],
) -> None:
    assert found_topics(best, confidence, ranking, 0.5, 0.2) == expected


# whole-message reading as above; clauses read apart; clause threshold 0.6 -> topics
CLAUSE_CASES = [
    (
        "a clause adds a second problem after the answer, even a more urgent one",
        "unpaid_wages",
        0.9,
        [("unpaid_wages", 0.9)],
        [("unpaid_wages", 0.95), ("documents_confiscated", 0.8)],
        ("unpaid_wages", "documents_confiscated"),
    ),
    (
        "an unsure clause adds nothing",
        "unpaid_wages",
        0.9,
        [("unpaid_wages", 0.9)],
        [("unpaid_wages", 0.95), ("documents_confiscated", 0.5)],
        ("unpaid_wages",),
    ),
    (
        "two sure clauses make an unsure message understood",
        None,
        0.6,
        [("injury_health", 0.2)],
        [("unpaid_wages", 0.9), ("injury_health", 0.7)],
        ("injury_health", "unpaid_wages"),
    ),
    (
        "one sure clause alone does not",
        None,
        0.6,
        [("injury_health", 0.2)],
        [("unpaid_wages", 0.9), ("greet", 0.7)],
        (),
    ),
    (
        "small talk then a problem: the problem is answered",
        "greet",
        0.8,
        [("greet", 0.8)],
        [("greet", 0.99), ("unpaid_wages", 0.9)],
        ("unpaid_wages",),
    ),
    (
        "a clause never repeats a topic",
        "unpaid_wages",
        0.9,
        [("unpaid_wages", 0.9), ("lost_documents", 0.3)],
        [("lost_documents", 0.9), ("unpaid_wages", 0.9)],
        ("unpaid_wages", "lost_documents"),
    ),
]


@pytest.mark.parametrize(
    ("best", "confidence", "ranking", "clauses", "expected"),
    [case[1:] for case in CLAUSE_CASES],
    ids=[case[0] for case in CLAUSE_CASES],
)
def test_found_topics_with_clauses(
    best: str | None,
    confidence: float,
    ranking: list[tuple[str, float]],
    clauses: list[tuple[str, float]],
    expected: tuple[str, ...],
) -> None:
    assert found_topics(best, confidence, ranking, 0.5, 0.2, clauses, 0.6) == expected


def test_every_problem_topic_has_one_place_in_the_order() -> None:
    assert len(PRIORITY) == len(set(PRIORITY))
    assert set(PRIORITY) == set(TOPIC_IDS) - CONVERSATION
    assert PRIORITY[0] == "emergency_help"
    assert urgency("greet") > urgency(PRIORITY[-1])
    assert MAX_TOPICS >= 2
