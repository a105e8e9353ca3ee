"""A danger the writer denies (round 27A): "i am not in danger" right after the emergency
numbers brought them again (the danger keyword "in danger"), and the Khmer "I am not in
danger, the boss does not pay my salary" was read as Emergency help first. The words that
deny are no danger; the rest of the words still are."""

from __future__ import annotations

import pytest

from bot.nlu.denials import denies_danger, without_danger_denied
from bot.nlu.result import DEFAULT_THRESHOLD, result_from_rasa

# How the model (Dec 2026, the shared server) reads it, clause by clause: "I am not in
# danger", then "the boss does not give my salary".
TEXT = "ខ្ញុំមិននៅក្នុងគ្រោះថ្នាក់ទេ ថៅកែមិនឲ្យប្រាក់ខែ"
CLAUSES = [
    (0, 28, [("emergency_help", 0.713), ("work_at_home", 0.26)], 5),
    (29, 47, [("unpaid_wages", 0.992), ("job_scams_trafficking", 0.003)], 4),
]
RANKING = [
    ("emergency_help", 0.915),
    ("work_at_home", 0.048),
    ("unpaid_wages", 0.015),
    ("injury_health", 0.01),
]


def payload(text: str = TEXT) -> dict:
    def intent(name: str, confidence: float) -> dict:
        return {"name": name, "confidence": confidence}

    return {
        "text": text,
        "intent": intent(*RANKING[0]),
        "intent_ranking": [intent(*r) for r in RANKING],
        "clause_intents": [
            {
                **intent(*ranking[0]),
                "ranking": [intent(*r) for r in ranking],
                "start": start,
                "end": end,
                "tokens": tokens,
                "middle_cut": True,
            }
            for start, end, ranking, tokens in CLAUSES
        ],
    }


def test_a_denied_danger_beside_unpaid_wages_is_unpaid_wages() -> None:
    assert TEXT[29:47] == "ថៅកែមិនឲ្យប្រាក់ខែ"
    assert result_from_rasa(payload(), DEFAULT_THRESHOLD).topics == ("unpaid_wages",)


def test_a_danger_not_denied_keeps_its_place() -> None:
    # "I am in danger, the boss does not pay": the danger first, as before
    affirmed = TEXT.replace("មិននៅ", "នៅ", 1)
    topics = result_from_rasa(payload(affirmed), DEFAULT_THRESHOLD).topics
    assert topics[0] == "emergency_help"


@pytest.mark.parametrize(
    "words",
    [
        "i am not in danger",
        "I'm NOT in danger now",
        "no danger",
        "this is not an emergency",
        "i am no longer in danger",
        "ខ្ញុំមិននៅក្នុងគ្រោះថ្នាក់ទេ",
        "អត់មានគ្រោះថ្នាក់ទេ",
        "အန္တရာယ်မရှိပါဘူး",
    ],
)
def test_words_that_deny_a_danger(words: str) -> None:
    assert denies_danger(words)


@pytest.mark.parametrize(
    "words",
    [
        "i am in danger",
        "not sure if i am in danger",
        "i am not in danger but it is dangerous here",
        "emergency",
        "no emergency number work",  # "no emergency" is not a denial: it is kept
    ],
)
def test_words_that_do_not(words: str) -> None:
    assert not denies_danger(words)


def test_the_rest_of_the_words_are_kept() -> None:
    assert "beat me" in without_danger_denied("i am not in danger but he beat me")
