"""A problem the writer denies: "i not arrested, but no passport, how i go home" was
answered with what to do when arrested, before Going home (exploratory round 12: "i not
arrested" is itself read as an arrest clause). The arrest now comes after the other
problems when every arrest the words name is denied; alone, or beside an arrest the words
affirm, it keeps its place."""

from __future__ import annotations

import pytest

from bot.nlu.denials import after_denied, denies_arrest
from bot.nlu.result import DEFAULT_THRESHOLD, result_from_rasa

# How the model (nlu-20261206-112213) reads the message, clause by clause.
TEXT = "i not arrested, but no passport, how i go home"
CLAUSES = [
    (0, 14, [("arrest_detention", 1.0), ("talk_to_person", 0.0)], 3),
    (16, 31, [("lost_documents", 0.902), ("documents_confiscated", 0.091)], 3),
    (33, 46, [("return_home", 1.0), ("goodbye", 0.0)], 4),
]
RANKING = [
    ("arrest_detention", 0.917),
    ("return_home", 0.063),
    ("check_agency", 0.005),
    ("lost_documents", 0.003),
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
                "middle_cut": False,
            }
            for start, end, ranking, tokens in CLAUSES
        ],
    }


def test_the_clauses_are_where_the_test_says() -> None:
    assert [TEXT[start:end] for start, end, _r, _t in CLAUSES] == [
        "i not arrested",
        "but no passport",
        "how i go home",
    ]


def test_a_denied_arrest_comes_after_going_home() -> None:
    topics = result_from_rasa(payload(), DEFAULT_THRESHOLD).topics
    assert topics[0] != "arrest_detention"
    assert "return_home" in topics
    assert topics[-1] == "arrest_detention", "still one tap away"


def test_the_same_words_with_the_arrest_affirmed_keep_it_first() -> None:
    said = "my brother arrested, i not arrested, but no passport, how i go home"
    assert result_from_rasa(payload(said), DEFAULT_THRESHOLD).topics[0] == "arrest_detention"


@pytest.mark.parametrize(
    "text",
    [
        "I am not arrested. my passport expired, I want go back",
        "police not arrest me but they take my passport",
        "I wasn’t caught, I ran away from the raid",
        "i didn't get arrested but my boss keep my passport",
        "ရဲ မဖမ်းခံရဘူး၊ ပတ်စ်ပို့ မရှိဘူး",
        "ខ្ញុំមិនត្រូវគេចាប់ទេ តែគ្មានលិខិតឆ្លងដែន",
    ],
)
def test_denials(text: str) -> None:
    assert denies_arrest(text)


@pytest.mark.parametrize(
    "text",
    [
        "will police arrest me?",
        "how to not get arrested",  # a fear of arrest: the arrest answer fits
        "my brother arrested, i not arrested",
        "police catch me yesterday, i not in jail now",
        "ရဲဖမ်းသွားတယ်",
        "ប៉ូលីសចាប់ខ្ញុំ",
        "no passport, how i go home",
    ],
)
def test_not_denials(text: str) -> None:
    assert not denies_arrest(text)


def test_alone_the_arrest_stays_the_answer() -> None:
    assert after_denied(("arrest_detention",), "I was not arrested") == ("arrest_detention",)
    assert after_denied(("return_home", "arrest_detention"), "not arrested") == (
        "return_home",
        "arrest_detention",
    )
