"""A long message that closes with "please help" (ကူညီပါ, "chuoy phong"): the closing plea
is a clause of its own, which the classifier reads as emergency_help, so a question about
wages was offered the emergency numbers, or answered with them first. A bare plea now
witnesses an emergency only beside a clause that reads a danger (chosen on nlu/dev:
docs/benchmarks.md, "A closing plea")."""

from __future__ import annotations

import pytest

from bot.nlu import ClauseReading
from bot.nlu.cues import bare_plea
from bot.nlu.result import DEFAULT_THRESHOLD, result_from_rasa
from bot.nlu.topics import found_topics

# How the model (nlu-20261205-145223) reads a message of the dev judging set
# (nlu/dev/en_m3_intro_dev.yml), clause by clause.
TEXT = (
    "hello, my name is Nyein, i am a cleaner in Singapore, my phone 81234567. my employer did "
    "not pay my salary for this month. what can i do, please help"
)
CLAUSES = [
    (0, 23, [("greet", 0.952), ("reintegration_id", 0.023)]),
    (25, 52, [("legal_channels", 0.685), ("out_of_scope", 0.093)]),
    (54, 71, [("out_of_scope", 0.841), ("embassy_contact", 0.053)]),
    (73, 121, [("unpaid_wages", 1.0), ("documents_confiscated", 0.0)]),
    (123, 136, [("bot_help", 0.814), ("documents_needed", 0.082)]),
    (138, 149, [("emergency_help", 0.584), ("talk_to_person", 0.205)]),
]


def payload(text: str = TEXT, clauses: list = CLAUSES) -> dict:
    def intent(name: str, confidence: float) -> dict:
        return {"name": name, "confidence": confidence}

    return {
        "text": text,
        "intent": intent("unpaid_wages", 0.82),
        "intent_ranking": [intent("unpaid_wages", 0.82), intent("social_security", 0.061)],
        "clause_intents": [
            {
                **intent(*ranking[0]),
                "ranking": [intent(*r) for r in ranking],
                "start": start,
                "end": end,
                "tokens": len(text[start:end].split()),
                "middle_cut": False,
            }
            for start, end, ranking in clauses
        ],
    }


def test_the_clauses_are_where_the_test_says() -> None:
    assert TEXT[73:121] == "my employer did not pay my salary for this month"
    assert TEXT[138:149] == "please help"


def test_a_closing_plea_does_not_add_the_emergency_to_a_wage_question() -> None:
    result = result_from_rasa(payload(), DEFAULT_THRESHOLD)
    assert result.topics == ("unpaid_wages",)


def test_beside_a_danger_the_plea_stays_an_emergency() -> None:
    text = "my friend was arrested by police yesterday, please help"
    clauses = [
        (0, 42, [("arrest_detention", 0.97), ("emergency_help", 0.02)]),
        (44, 55, [("emergency_help", 0.96), ("talk_to_person", 0.02)]),
    ]
    assert text[44:55] == "please help"
    found = payload(text, clauses)
    found["intent"] = found["intent_ranking"][0] = {"name": "arrest_detention", "confidence": 0.9}
    topics = result_from_rasa(found, DEFAULT_THRESHOLD).topics
    assert topics[0] == "arrest_detention"
    assert "emergency_help" in topics


def test_when_only_the_plea_is_understood_it_still_counts() -> None:
    # the whole message under the threshold, no other clause sure: without the plea nothing
    # would be understood, and an answer that names the emergency beats "I did not understand"
    clauses = [
        ClauseReading((("greet", 0.95),), text="hello"),
        ClauseReading((("injury_health", 0.6),), text="my hand was cut"),
        ClauseReading((("emergency_help", 0.97),), text="ku nyi par"),
    ]
    ranking = [("injury_health", 0.4), ("emergency_help", 0.3)]
    found = found_topics("injury_health", 0.4, ranking, DEFAULT_THRESHOLD, clauses)
    assert found[:1] == ("emergency_help",)


@pytest.mark.parametrize(
    "text",
    [
        "please help",
        "please help me.",
        "help us please",
        "ku nyi par",
        "ku nyi pay par ownt",
        "chuoy khnhom phong",
        "ជួយខ្ញុំផង",
        "ជួយផង",
        "ကူညီပေးပါ",
        "ကူညီပါ ခင်ဗျာ",
    ],
)
def test_bare_pleas(text: str) -> None:
    assert bare_plea(text)


@pytest.mark.parametrize(
    "text",
    [
        "they hit me",  # three words, a danger
        "help urgent",
        "please",  # no call for help
        "what can i do? please help",
        "ហូរឈាមច្រើន ជួយផង",  # bleeding a lot, help
        "ကူညီပါ ဖမ်းသွားပြီ",  # help, (they) arrested (him)
        "som nenoam phong",  # please advise
    ],
)
def test_not_bare_pleas(text: str) -> None:
    assert not bare_plea(text)
