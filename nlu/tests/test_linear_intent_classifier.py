"""LinearIntentClassifier trained and loaded through Rasa itself, on a tiny data set."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from nlu.tests.toy_model import load, parse, train_toy

EXAMPLES = [
    ("my boss did not pay my salary", "unpaid_wages"),
    ("no salary for three months", "unpaid_wages"),
    ("လစာ မရဘူး", "unpaid_wages"),
    ("ប្រាក់ខែមិនទាន់បាន", "unpaid_wages"),
    ("i lost my passport", "lost_passport"),
    ("passport ပျောက်သွားတယ်", "lost_passport"),
    ("លិខិតឆ្លងដែនបាត់", "lost_passport"),
    ("employer keeps my passport", "lost_passport"),
    ("what is the weather", "out_of_scope"),
    ("tell me a joke", "out_of_scope"),
    ("ဘောလုံးပွဲ ဘယ်သူနိုင်လဲ", "out_of_scope"),
    ("ខ្ញុំចូលចិត្តភីហ្សា", "out_of_scope"),
]


VARIANTS = {
    "svm": {"model": "svm"},
    "logistic": {"model": "logistic"},
    "complement_nb": {"model": "complement_nb"},
    # cascade_confidence 1.0: every message also gets the encoder's second look.
    "svm+e5": {"model": "svm", "encoder": "e5", "cascade_confidence": 1.0},
}


@pytest.fixture(scope="module", params=list(VARIANTS))
def agent(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    tmp = tmp_path_factory.mktemp(request.param.replace("+", "_"))
    return load(train_toy(tmp, EXAMPLES, **VARIANTS[request.param]))


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("boss no pay salary", "unpaid_wages"),
        ("passport lost", "lost_passport"),
        ("ကျွန်တော့် passport ပျောက်", "lost_passport"),
        ("លិខិតឆ្លងដែនខ្ញុំបាត់ហើយ", "lost_passport"),
    ],
)
def test_predicts_the_trained_intents(agent: Any, text: str, intent: str) -> None:
    assert parse(agent, text)["intent"]["name"] == intent


def test_ranking_is_a_probability_distribution_best_first(agent: Any) -> None:
    ranking = parse(agent, "my salary")["intent_ranking"]
    confidences = [r["confidence"] for r in ranking]
    assert {r["name"] for r in ranking} == {"unpaid_wages", "lost_passport", "out_of_scope"}
    assert confidences == sorted(confidences, reverse=True)
    assert sum(confidences) == pytest.approx(1.0)


# No character or token of these occurs in EXAMPLES: each is the empty feature vector.
FEATURELESS = ["?!", "🙏", "zzzzqqq", "١٢٣"]
# The bot answers a topic only at or above its threshold (bot/nlu/result.py; read from there,
# since the bot's package needs Python 3.11 and this venv runs 3.10).
BOT_THRESHOLD = float(
    re.search(
        r"DEFAULT_THRESHOLD: float = ([0-9.]+)",
        (Path(__file__).parents[2] / "bot" / "nlu" / "result.py").read_text(encoding="utf-8"),
    ).group(1)  # type: ignore[union-attr]
)


@pytest.mark.parametrize("text", [*FEATURELESS, "a" * 5000])
def test_text_without_known_features_still_gets_an_answer(agent: Any, text: str) -> None:
    parsed = parse(agent, text)
    assert parsed["intent"]["name"] in {"unpaid_wages", "lost_passport", "out_of_scope"}
    assert 0.0 <= parsed["intent"]["confidence"] <= 1.0
    # ... and not a topic the bot would answer: nothing in it points to one.
    intent = parsed["intent"]
    assert intent["name"] == "out_of_scope" or intent["confidence"] < BOT_THRESHOLD
    assert intent["name"] == parsed["intent_ranking"][0]["name"]


def test_featureless_texts_are_all_read_alike(agent: Any, request: pytest.FixtureRequest) -> None:
    if "encoder" in VARIANTS[request.node.callspec.params["agent"]]:
        pytest.skip("the sentence encoder sees every text, featureless or not")
    rankings = [parse(agent, text)["intent_ranking"] for text in FEATURELESS]
    names = [[r["name"] for r in ranking] for ranking in rankings]
    confidences = [[r["confidence"] for r in ranking] for ranking in rankings]
    assert names == [names[0]] * len(FEATURELESS)
    assert confidences == [pytest.approx(confidences[0])] * len(FEATURELESS)


def test_each_clause_of_a_two_problem_message_is_read_apart(agent: Any) -> None:
    parsed = parse(agent, "my boss did not pay my salary and i lost my passport")
    assert [c["name"] for c in parsed["clause_intents"]] == ["unpaid_wages", "lost_passport"]
    assert all(0.0 <= c["confidence"] <= 1.0 for c in parsed["clause_intents"])
    # each clause also gives its runners-up (best first), its length and how it was cut
    for clause in parsed["clause_intents"]:
        ranking = clause["ranking"]
        assert ranking[0] == {"name": clause["name"], "confidence": clause["confidence"]}
        assert [r["confidence"] for r in ranking] == sorted(
            (r["confidence"] for r in ranking), reverse=True
        )
        assert clause["middle_cut"] is False  # cut at "and"
    assert [c["tokens"] for c in parsed["clause_intents"]] == [7, 5]
    # and where it starts and ends in the parsed text: the bot reads the clause's words there
    words = [parsed["text"][c["start"] : c["end"]] for c in parsed["clause_intents"]]
    assert words == ["my boss did not pay my salary", "and i lost my passport"]
    assert parse(agent, "passport lost")["clause_intents"] == []  # one clause: none
    # without clause_encoder, no clause is read by the encoder model
    assert not any("meaning" in c for c in parsed["clause_intents"])


TWO_PROBLEMS = "my boss did not pay my salary and i lost my passport"
CLAUSES = ["my boss did not pay my salary", "and i lost my passport"]


@pytest.fixture(scope="module")
def encoded(tmp_path_factory: pytest.TempPathFactory, monkeypatch_module: Any) -> Any:
    """The svm+e5 model with clause_encoder, every clause read (confidence above 1); the
    encoder's calls recorded, training's apart."""
    from nlu.components import sentence_encoder

    calls: list[tuple[list[str], bool]] = []
    original = sentence_encoder.encode

    def recording(texts: list[str], batch: bool = False) -> Any:
        calls.append((list(texts), batch))
        return original(texts, batch=batch)

    monkeypatch_module.setattr(sentence_encoder, "encode", recording)
    model = train_toy(tmp_path_factory.mktemp("clause_encoder"), EXAMPLES, model="svm",
                      encoder="e5", cascade_confidence=0.0, clause_encoder=True,
                      clause_encoder_confidence=1.01)
    trained = list(calls)
    calls.clear()
    return load(model), calls, trained


@pytest.fixture(scope="module")
def monkeypatch_module() -> Any:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.fixture(scope="module")
def ngram_only(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The same model without clause_encoder (training is deterministic)."""
    return load(train_toy(tmp_path_factory.mktemp("clause_ngram"), EXAMPLES, model="svm",
                          encoder="e5", cascade_confidence=0.0))


def test_clause_encoder_reads_every_clause_by_the_encoder_model(
    encoded: Any, ngram_only: Any
) -> None:
    agent, calls, _ = encoded
    calls.clear()
    parsed = parse(agent, TWO_PROBLEMS)
    # the clauses' words, embedded in one call for the whole message
    assert calls == [(CLAUSES, True)]
    clauses = parsed["clause_intents"]
    plain = parse(ngram_only, TWO_PROBLEMS)["clause_intents"]
    # the clause's own reading, and where it is, stay the n-gram model's ...
    assert [{k: v for k, v in c.items() if k != "meaning"} for c in clauses] == plain
    # ... and the encoder model's reading is given beside it, a distribution of its own
    assert [c["meaning"]["name"] for c in clauses] == ["unpaid_wages", "lost_passport"]
    for clause in clauses:
        meaning = clause["meaning"]
        assert meaning["ranking"][0] == {"name": meaning["name"],
                                         "confidence": meaning["confidence"]}
        assert meaning["confidence"] != pytest.approx(clause["confidence"])
    # the whole message's reading is not changed by the option
    assert parsed["intent_ranking"] == parse(ngram_only, TWO_PROBLEMS)["intent_ranking"]


def test_clause_encoder_asks_nothing_for_a_one_clause_message(encoded: Any) -> None:
    agent, calls, _ = encoded
    calls.clear()
    assert parse(agent, "passport lost")["clause_intents"] == []
    assert calls == []  # cascade_confidence 0: the whole message does not ask it either


def test_no_training_message_has_its_clauses_embedded(encoded: Any) -> None:
    _, _, trained = encoded
    assert trained and not any(batch for _, batch in trained)


def test_only_clauses_under_clause_encoder_confidence_are_embedded(
    tmp_path_factory: pytest.TempPathFactory, ngram_only: Any
) -> None:
    plain = parse(ngram_only, TWO_PROBLEMS)["clause_intents"]
    # between the two clauses' n-gram confidences: only the less sure one is read again
    low, high = sorted(c["confidence"] for c in plain)
    agent = load(train_toy(tmp_path_factory.mktemp("clause_some"), EXAMPLES, model="svm",
                           encoder="e5", cascade_confidence=0.0, clause_encoder=True,
                           clause_encoder_confidence=(low + high) / 2))
    clauses = parse(agent, TWO_PROBLEMS)["clause_intents"]
    assert ["meaning" in c for c in clauses] == [c["confidence"] == low for c in plain]


def test_clause_encoder_skip_answer_leaves_the_answers_clause_to_the_n_grams(
    tmp_path_factory: pytest.TempPathFactory, ngram_only: Any
) -> None:
    agent = load(train_toy(tmp_path_factory.mktemp("clause_skip"), EXAMPLES, model="svm",
                           encoder="e5", cascade_confidence=0.0, clause_encoder=True,
                           clause_encoder_skip_answer=True))
    parsed = parse(agent, TWO_PROBLEMS)
    best = parsed["intent"]["name"]
    clauses = parsed["clause_intents"]
    # every clause is under the confidence (1.01), but the one that reads the answer
    assert sorted(c["name"] == best for c in clauses) == [False, True]
    assert ["meaning" in c for c in clauses] == [c["name"] != best for c in clauses]
    plain = parse(ngram_only, TWO_PROBLEMS)["clause_intents"]
    assert [{k: v for k, v in c.items() if k != "meaning"} for c in clauses] == plain


def test_encoder_is_refused_with_complement_nb() -> None:
    from nlu.components.linear_intent_classifier import LinearIntentClassifier

    with pytest.raises(ValueError, match="complement_nb"):
        LinearIntentClassifier({"model": "complement_nb", "encoder": "e5"}, None, None)  # type: ignore[arg-type]
