"""The structural cues of a clause (bot/nlu/cues.py): tried as features of the second-problem
evidence score on dev (docs/benchmarks.md, "Structural cues"), not in the rule."""

from __future__ import annotations

import math

import pytest

from bot.nlu import cues
from bot.nlu.topics import ALL_FEATURES, FEATURES, Candidate, ClauseReading, candidates


@pytest.mark.parametrize(
    "text",
    [
        "and what happen to my work permit",
        "can i change boss?",
        "bal mhar tine ya ma lae",  # romanised Burmese: where can I complain
        "tov pteah yang mech",  # romanised Khmer: how do I go home
        "ဘယ်မှာ တိုင်ရမလဲ",  # Burmese: where to complain
        "ប្តឹងនៅណា",  # Khmer: where to complain
    ],
)
def test_a_question_asks(text: str) -> None:
    assert cues.asks(text)


@pytest.mark.parametrize(
    "text",
    [
        "boss didnt pay overtime",
        "he keeps my passport",
        "boss ka la kha ma pay buu",  # romanised Burmese: the boss does not pay
        "thaokae min oy prak khae",  # romanised Khmer: the boss does not give wages
        "သူဌေးက လစာမပေးဘူး",  # Burmese: the boss does not pay
        "ថៅកែមិនឲ្យប្រាក់ខែ",  # Khmer: the boss does not give wages
    ],
)
def test_a_stated_problem_is_one(text: str) -> None:
    assert cues.states_problem(text)
    assert not cues.asks(text)


@pytest.mark.parametrize(
    "text",
    ["my contract end next month", "a lote a thit", "work permit", "ការងារថ្មី", ""],
)
def test_a_topic_only_named_carries_no_cue(text: str) -> None:
    assert not cues.asks(text)
    assert not cues.states_problem(text)
    assert not cues.sets_scene(text)


def test_latin_cues_are_whole_words() -> None:
    assert not cues.states_problem("nothingness")  # "nothing" inside a word
    assert not cues.asks("bartender")  # "bar" (romanised Burmese: what) inside a word
    assert cues.sets_scene("because his work permit expired")
    assert cues.sets_scene("police chab pros work permit phot")  # romanised Khmer: because


def test_structure_reads_the_clause_and_its_neighbours() -> None:
    features = cues.structure(
        "where to report", 3, ("agency took my money",), ("agency took my money",)
    )
    named = dict(zip(cues.STRUCTURE, features, strict=True))
    assert named["clause_asks"] == 1.0 and named["clause_problem"] == 0.0
    assert named["answer_states"] == 1.0 and named["asks_after_problem"] == 1.0
    assert named["others_ask"] == 0.0 and named["log_clause_tokens"] == pytest.approx(math.log(4))


def test_a_candidate_carries_its_clauses_words_but_the_rule_reads_only_its_six() -> None:
    clauses = (
        ClauseReading((("unpaid_wages", 0.9),), text="boss didnt pay overtime", tokens=4),
        ClauseReading((("complaint_channels", 0.7),), text="where can i complain", tokens=4),
    )
    (candidate,) = candidates(("unpaid_wages",), (("unpaid_wages", 0.9),), clauses)
    assert candidate.topic == "complaint_channels"
    assert candidate.clause_text == "where can i complain"
    assert candidate.answer_clauses == ("boss didnt pay overtime",)
    assert len(candidate.features()) == len(FEATURES)
    every = dict(zip(ALL_FEATURES, candidate.all_features(), strict=True))
    assert every["clause_asks"] == 1.0 and every["asks_after_problem"] == 1.0
    assert candidate.all_features()[: len(FEATURES)] == candidate.features()
    # the same clause without its words (an older NLU): no cue
    bare = (ClauseReading(clauses[0].ranking), ClauseReading(clauses[1].ranking))
    (old,) = candidates(("unpaid_wages",), (("unpaid_wages", 0.9),), bare)
    assert old.features() == candidate.features()
    assert dict(zip(ALL_FEATURES, old.all_features(), strict=True))["clause_asks"] == 0.0
    structure = slice(len(FEATURES), len(FEATURES) + len(cues.STRUCTURE))
    assert Candidate("unpaid_wages").all_features()[structure] == (0.0,) * len(cues.STRUCTURE)
