"""Rasa answers of every shape: never an exception, never a topic from a malformed answer.

The bot checks emergency words before it looks at the NLU, but an exception here would end
the message in an apology with no numbers: reading the answer must not raise.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.nlu import ClauseReading
from bot.nlu.result import NOT_UNDERSTOOD, read_payload, result_from_rasa
from bot.values import NluResult

# The second entry is under the "second problem" threshold (bot/nlu/priority.py): these
# cases are about the shape of an answer, not about several problems in one message.
GOOD_RANKING = [{"name": "visa", "confidence": 0.6}, {"name": "unpaid_wages", "confidence": 0.1}]

# payload -> expected result, threshold 0.5
SHAPES: list[tuple[str, object, NluResult]] = [
    ("not a mapping: list", [1, 2], NOT_UNDERSTOOD),
    ("not a mapping: string", "visa", NOT_UNDERSTOOD),
    ("not a mapping: None", None, NOT_UNDERSTOOD),
    ("empty object", {}, NOT_UNDERSTOOD),
    ("intent null", {"intent": None}, NOT_UNDERSTOOD),
    ("intent a string", {"intent": "visa"}, NOT_UNDERSTOOD),
    ("intent a list", {"intent": ["visa", 0.9]}, NOT_UNDERSTOOD),
    ("intent without confidence", {"intent": {"name": "visa"}}, NluResult(None, 0.0, ())),
    ("intent without name", {"intent": {"confidence": 0.9}}, NluResult(None, 0.9, ())),
    ("name not a string", {"intent": {"name": 7, "confidence": 0.9}}, NluResult(None, 0.9, ())),
    ("name empty", {"intent": {"name": "", "confidence": 0.9}}, NluResult(None, 0.9, ())),
    (
        "confidence as text",
        {"intent": {"name": "visa", "confidence": "0.9"}},
        NluResult(None, 0.0, ()),
    ),
    (
        "confidence a boolean",
        {"intent": {"name": "visa", "confidence": True}},
        NluResult(None, 0.0, ()),
    ),
    (
        "confidence NaN",
        {"intent": {"name": "visa", "confidence": math.nan}},
        NluResult(None, 0, ()),
    ),
    (
        "confidence above 1",
        {"intent": {"name": "visa", "confidence": 7}},
        NluResult("visa", 1.0, (), topics=("visa",)),
    ),
    (
        "confidence negative",
        {"intent": {"name": "visa", "confidence": -3}},
        NluResult(None, 0.0, ()),
    ),
    ("ranking not a list", {"intent_ranking": {"name": "visa"}}, NOT_UNDERSTOOD),
    (
        "ranking entries of every kind",
        {"intent_ranking": [None, "visa", {"name": None}, {"confidence": 1}, *GOOD_RANKING]},
        NluResult(None, 0.0, (("visa", 0.6), ("unpaid_wages", 0.1))),
    ),
    (
        "ranking entry without confidence",
        {"intent_ranking": [{"name": "visa"}]},
        NluResult(None, 0.0, (("visa", 0.0),)),
    ),
    (
        "fallback with a good ranking",
        {"intent": {"name": "nlu_fallback", "confidence": 0.7}, "intent_ranking": GOOD_RANKING},
        NluResult("visa", 0.6, (("visa", 0.6), ("unpaid_wages", 0.1)), topics=("visa",)),
    ),
    (
        "a well-formed answer",
        {"intent": {"name": "visa", "confidence": 0.8}, "intent_ranking": GOOD_RANKING},
        NluResult("visa", 0.8, (("visa", 0.6), ("unpaid_wages", 0.1)), topics=("visa",)),
    ),
]


@pytest.mark.parametrize(
    ("payload", "expected"), [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES]
)
def test_every_shape_reads_without_raising(payload: object, expected: NluResult) -> None:
    assert result_from_rasa(payload, 0.5) == expected


json_values = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "intent",
                    "name",
                    "confidence",
                    "intent_ranking",
                    "clause_intents",
                    "ranking",
                    "middle_cut",
                ]
            ),
            inner,
        )
    ),
    max_leaves=20,
)


@given(json_values)
def test_any_json_reads_as_a_result(payload: object) -> None:
    result = result_from_rasa(payload, 0.5)
    assert 0.0 <= result.confidence <= 1.0
    assert result.topic is None or isinstance(result.topic, str)
    assert all(isinstance(n, str) and 0.0 <= c <= 1.0 for n, c in result.ranking)


def test_clause_readings_keep_their_runners_up_and_how_they_were_cut() -> None:
    clause = {
        "name": "documents_confiscated",
        "confidence": 0.8,
        "ranking": [
            {"name": "documents_confiscated", "confidence": 0.8},
            {"name": "change_employer", "confidence": 0.15},
        ],
        "tokens": 5,
        "middle_cut": True,
    }
    payload = {"intent": {"name": "unpaid_wages", "confidence": 0.9}, "clause_intents": [clause]}
    readings = read_payload(payload)[3]
    assert readings == (
        ClauseReading((("documents_confiscated", 0.8), ("change_employer", 0.15)), True, "", 5),
    )
    del clause["tokens"]
    # an older model's clause (no runners-up, no cut) is its best reading alone, not cut
    del clause["ranking"], clause["middle_cut"]
    assert read_payload(payload)[3] == (ClauseReading((("documents_confiscated", 0.8),)),)
    # runners-up that do not start with the clause's best are not trusted
    clause["ranking"] = [{"name": "greet", "confidence": 0.9}]
    assert read_payload(payload)[3] == (ClauseReading((("documents_confiscated", 0.8),)),)
    assert result_from_rasa(payload, 0.5).clauses == (("documents_confiscated", 0.8),)


def test_a_clauses_encoder_reading_is_read_beside_its_own() -> None:
    """A model with the classifier's clause_encoder gives each clause's encoder-model
    reading as its "meaning"; the clause's own reading stays the n-gram model's."""
    meaning = {
        "name": "recruitment_fees",
        "confidence": 0.67,
        "ranking": [
            {"name": "recruitment_fees", "confidence": 0.67},
            {"name": "agency_complaint", "confidence": 0.2},
        ],
    }
    clause = {"name": "agency_complaint", "confidence": 0.72, "meaning": meaning}
    payload = {"intent": {"name": "legal_channels", "confidence": 0.9}, "clause_intents": [clause]}
    (reading,) = read_payload(payload)[3]
    assert reading.ranking == (("agency_complaint", 0.72),)
    assert reading.meaning == (("recruitment_fees", 0.67), ("agency_complaint", 0.2))
    assert reading.meant == reading.meaning
    # runners-up that do not start with its best are not trusted; a malformed one is none
    meaning["ranking"] = [{"name": "greet", "confidence": 0.9}]
    assert read_payload(payload)[3][0].meaning == (("recruitment_fees", 0.67),)
    for broken in ("recruitment_fees", [meaning], {"confidence": 0.5}, None):
        clause["meaning"] = broken
        (reading,) = read_payload(payload)[3]
        assert reading.meaning == () and reading.meant == reading.ranking


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        (23, 47, "and he keeps my passport"),
        (0, 22, "boss did not pay wages"),
        (23, 48, ""),  # past the text's end
        (30, 22, ""),  # backwards
        (-1, 5, ""),
        ("0", 5, ""),  # not numbers
        (True, 5, ""),
        (None, None, ""),
    ],
)
def test_a_clause_reads_its_words_from_the_parsed_text(
    start: object, end: object, words: str
) -> None:
    text = "boss did not pay wages and he keeps my passport"
    clause = {"name": "documents_confiscated", "confidence": 0.8, "start": start, "end": end}
    payload = {"text": text, "intent": {"name": "unpaid_wages", "confidence": 0.9}}
    assert read_payload({**payload, "clause_intents": [clause]})[3][0].text == words
    # without the parsed text there are no words to read
    assert read_payload({"clause_intents": [clause], "intent": payload["intent"]})[3][0].text == ""


def test_a_clauses_words_never_show_in_a_repr():
    """The clause's words are what the person wrote: a log line or an error that prints a
    reading (or a whole NLU result) must not carry them."""
    words = "boss keep my passport"
    payload = {
        "text": f"{words} and no pay",
        "intent": {"name": "documents_confiscated", "confidence": 0.9},
        "clause_intents": [
            {"name": "documents_confiscated", "confidence": 0.9, "start": 0, "end": len(words)}
        ],
    }
    (clause,) = read_payload(payload)[3]
    assert clause.text == words  # read, for the second-problem tools
    assert "passport" not in repr(clause)
    assert "passport" not in repr(result_from_rasa(payload, 0.6))
