"""Several problems in one message: which count, and the order they are answered in."""

from __future__ import annotations

import math

import pytest

from bot.content.topics import TOPIC_IDS
from bot.nlu import ONE_TOPIC, PRIORITY, SECOND_RULE, ClauseReading, SecondRule, found_topics
from bot.nlu.priority import MAX_TOPICS, urgency
from bot.nlu.topics import ALL_FEATURES, FEATURES, WHOLE_CANDIDATE, Candidate, candidates

CONVERSATION = {"greet", "thanks", "goodbye", "bot_help", "change_language", "talk_to_person"}

# A rule with round weights, so that each case says why: score = the clause's confidence
# - 1 when it was cut at the middle + 1 when another clause reads the answer. Offered from
# 0.5, found beside the answer (ranked by urgency with it) from 1.5.
RULE = SecondRule(weights=(1.0, 0.0, -1.0, 0.0, 1.0, 0.0), bias=0.0, offer=0.5, found=1.5)


def clause(*ranking: tuple[str, float], middle_cut: bool = False) -> ClauseReading:
    return ClauseReading(tuple(ranking), middle_cut)


WAGES = clause(("unpaid_wages", 0.95))
# best, its confidence, ranking (out_of_scope left out), clauses -> topics at threshold 0.5
CASES = [
    ("one clear problem", "unpaid_wages", 0.9, [("unpaid_wages", 0.9)], [], ("unpaid_wages",)),
    (
        "two clauses, two problems: the more urgent is answered first",
        "unpaid_wages",
        0.9,
        [("unpaid_wages", 0.9)],
        [WAGES, clause(("documents_confiscated", 0.9))],
        ("documents_confiscated", "unpaid_wages"),
    ),
    (
        "a clause without the other problem beside it is only offered, after the answer",
        "unpaid_wages",
        0.9,
        [("unpaid_wages", 0.9)],
        [clause(("greet", 0.9)), clause(("documents_confiscated", 0.9))],
        ("unpaid_wages", "documents_confiscated"),
    ),
    (
        "half of a message cut at its middle is only offered",
        "unpaid_wages",
        0.9,
        [("unpaid_wages", 0.9)],
        [
            clause(("unpaid_wages", 0.95), middle_cut=True),
            clause(("documents_confiscated", 0.9), middle_cut=True),
        ],
        ("unpaid_wages", "documents_confiscated"),
    ),
    (
        "an unsure fragment adds nothing",
        "unpaid_wages",
        0.9,
        [("unpaid_wages", 0.9)],
        [clause(("greet", 0.5)), clause(("documents_confiscated", 0.4))],
        ("unpaid_wages",),
    ),
    (
        "a clause that reads the answer adds nothing",
        "unpaid_wages",
        0.9,
        [("unpaid_wages", 0.9)],
        [WAGES, clause(("unpaid_wages", 0.9), ("lost_documents", 0.1))],
        ("unpaid_wages",),
    ),
    (
        "small talk is never a second problem: the clause's best problem is weighed",
        "unpaid_wages",
        0.9,
        [("unpaid_wages", 0.9)],
        [clause(("thanks", 0.9)), clause(("goodbye", 0.9), ("return_home", 0.05))],
        ("unpaid_wages",),
    ),
    (
        "small talk and a problem found beside it: the problem is answered",
        "greet",
        0.8,
        [("greet", 0.8)],
        [clause(("greet", 0.99)), clause(("unpaid_wages", 0.9))],
        ("unpaid_wages",),
    ),
    (
        "small talk and a problem only offered: small talk alone",
        "greet",
        0.8,
        [("greet", 0.8)],
        [clause(("thanks", 0.99)), clause(("unpaid_wages", 0.9))],
        ("greet",),
    ),
    ("small talk alone is kept", "thanks", 0.9, [("thanks", 0.9)], [], ("thanks",)),
    (
        "two problems that split the probability",
        "injury_health",
        0.35,
        [("injury_health", 0.35), ("unpaid_wages", 0.3), ("return_home", 0.1)],
        [],
        ("injury_health", "unpaid_wages"),
    ),
    (
        "one unsure problem alone is not understood, whatever its clauses say",
        "injury_health",
        0.35,
        [("injury_health", 0.35), ("unpaid_wages", 0.1)],
        [clause(("unpaid_wages", 0.99)), clause(("injury_health", 0.99))],
        (),
    ),
    ("out_of_scope on top, nothing else", None, 0.9, [("unpaid_wages", 0.05)], [], ()),
    (
        "at most three",
        "unpaid_wages",
        0.9,
        [("unpaid_wages", 0.9)],
        [
            WAGES,
            clause(("lost_documents", 0.9)),
            clause(("return_home", 0.9)),
            clause(("visa_work_permit", 0.9)),
        ],
        ("unpaid_wages", "lost_documents", "visa_work_permit"),
    ),
]


@pytest.mark.parametrize(
    ("best", "confidence", "ranking", "clauses", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_found_topics(
    best: str | None,
    confidence: float,
    ranking: list[tuple[str, float]],
    clauses: list[ClauseReading],
    expected: tuple[str, ...],
) -> None:
    assert found_topics(best, confidence, ranking, 0.5, clauses, RULE) == expected


def test_one_topic_never_adds_a_second() -> None:
    clauses = [WAGES, clause(("emergency_help", 1.0))]
    ranking = [("unpaid_wages", 0.6), ("emergency_help", 0.4)]
    assert found_topics("unpaid_wages", 0.6, ranking, 0.5, clauses, ONE_TOPIC) == ("unpaid_wages",)


def test_candidates_and_their_evidence() -> None:
    clauses = [
        WAGES,
        clause(("lost_documents", 0.6), ("greet", 0.3), middle_cut=True),
        clause(("lost_documents", 0.9), ("visa_work_permit", 0.05)),
    ]
    ranking = [("unpaid_wages", 0.8), ("return_home", 0.1), ("lost_documents", 0.02)]
    found = {c.topic: c for c in candidates(("unpaid_wages",), ranking, clauses)}
    # the surer of the two clauses speaks for lost_documents; the whole message's ranking
    # brings return_home (from WHOLE_CANDIDATE on); the answer is never a candidate
    assert found == {
        "lost_documents": Candidate("lost_documents", 0.9, 0.85, False, 0.02, True),
        "return_home": Candidate("return_home", whole=0.1),
    }
    assert WHOLE_CANDIDATE > 0.02
    assert len(found["return_home"].features()) == len(FEATURES) == len(RULE.weights)


def test_a_clauses_encoder_reading_proposes_a_candidate_and_speaks_for_it() -> None:
    """With the clauses' encoder-model readings (the classifier's clause_encoder, tried and
    not adopted), a clause's best problem in that reading is a candidate too, and every
    candidate carries its highest probability there (log_meaning, not in the rule)."""
    fees = ClauseReading(
        (("agency_complaint", 0.72), ("recruitment_fees", 0.2)),
        meaning=(("recruitment_fees", 0.67), ("agency_complaint", 0.3)),
    )
    legal = ClauseReading((("legal_channels", 0.99),))
    ranking = [("legal_channels", 0.7), ("return_home", 0.06)]
    found = {c.topic: c for c in candidates(("legal_channels",), ranking, [fees, legal])}
    assert set(found) == {"agency_complaint", "return_home", "recruitment_fees"}
    # proposed by the encoder's reading alone: no n-gram clause evidence, anchored by the
    # clause that reads the answer
    assert found["recruitment_fees"] == Candidate("recruitment_fees", anchored=True)
    assert found["recruitment_fees"].meaning == 0.67
    assert found["agency_complaint"].meaning == 0.3
    assert found["return_home"].meaning == 0.0  # no clause reads it at all
    log_meaning = ALL_FEATURES.index("log_meaning")
    assert found["recruitment_fees"].all_features()[log_meaning] == pytest.approx(math.log(0.67))
    assert found["recruitment_fees"].all_features()[: len(FEATURES)] == (
        found["recruitment_fees"].features()
    )
    # without encoder readings the candidates are as before; a clause's meaning is then its
    # n-gram reading
    plain = [ClauseReading(fees.ranking), legal]
    before = {c.topic: c for c in candidates(("legal_channels",), ranking, plain)}
    assert before == {t: c for t, c in found.items() if t != "recruitment_fees"}
    assert before["agency_complaint"].meaning == 0.72


def score(**evidence: object) -> float:
    return SECOND_RULE.score(Candidate(**{"topic": "unpaid_wages", **evidence}))  # type: ignore[arg-type]


def test_the_fitted_rule_weighs_evidence_the_way_it_says() -> None:
    base = {"clause_confidence": 0.8, "clause_margin": 0.6, "whole": 0.01, "anchored": True}
    assert score(**base) > score(**{**base, "middle_cut": True})
    assert score(**base) > score(**{**base, "anchored": False})
    assert score(**base) > score(**{**base, "clause_confidence": 0.4, "clause_margin": 0.2})
    assert score(**base) > score(**{**base, "whole": 0.0001})
    urgent = SECOND_RULE.score(Candidate("arrest_detention", 0.8, 0.6, False, 0.01, True))
    assert (
        urgent
        > score(**base)
        > SECOND_RULE.score(Candidate("work_at_home", 0.8, 0.6, False, 0.01, True))
    )
    assert SECOND_RULE.offer <= SECOND_RULE.found
    # a sure clause beside the answer, at a boundary: found; a weak whole-message runner-up
    # with no clause: not even offered
    assert score(**{**base, "clause_confidence": 0.95, "clause_margin": 0.9}) >= SECOND_RULE.found
    assert score(whole=0.06) < SECOND_RULE.offer


def test_a_tiny_probability_is_floored_before_its_log() -> None:
    assert (
        Candidate("unpaid_wages", whole=0.0).features()
        == Candidate("unpaid_wages", whole=1e-9).features()
    )


def test_every_problem_topic_has_one_place_in_the_order() -> None:
    assert len(PRIORITY) == len(set(PRIORITY))
    assert set(PRIORITY) == set(TOPIC_IDS) - CONVERSATION
    assert PRIORITY[0] == "emergency_help"
    assert urgency("greet") > urgency(PRIORITY[-1])
    assert MAX_TOPICS >= 2
