"""The topic-cue lexicon (bot/nlu/lexicon.py, nlu/data/sources/not_adopted/cue_words.yml) and
its trial in the second-problem rule: tried on dev and held-out, not adopted
(docs/benchmarks.md, "A topic-cue lexicon for second problems"). These keep the trial
repeatable: the matcher, the candidates and features the tools read, and the trial's rule."""

from __future__ import annotations

import pytest

from bot.nlu import SECOND_RULE, ClauseReading, SecondRule, found_topics, lexicon, topics
from bot.nlu.priority import PRIORITY
from nlu.tools import choose_second

SIX = ["clause_confidence", "clause_margin", "middle_cut", "log_whole", "anchored", "urgency"]
# The trial's rule: choose_second.py --features SIX,topic_cue --cue-candidates on, on main's
# model's dev parse (docs/benchmarks.md).
TRIAL = SecondRule(
    weights=(2.832, 0.012, -1.332, 0.283, 1.187, -0.705, 1.860), bias=-2.663, offer=-2.0, found=0.5
)


def cues(**by_language: list[str]) -> lexicon.Lexicon:
    return lexicon.parse({"documents_confiscated": by_language})


def test_latin_parts_are_whole_words_in_order_and_close() -> None:
    keep = cues(en=["keep my passport", "confiscat*"])
    assert keep.has("documents_confiscated", "My boss KEEP MY PASSPORT")
    assert keep.has("documents_confiscated", "they keep my old passport")  # a word between
    assert keep.has("documents_confiscated", "passport confiscated")  # a word start
    assert not keep.has("documents_confiscated", "keep my passports")  # not the same word
    assert not keep.has("documents_confiscated", "my passport keep")  # not in order
    far = "keep my money and the key to the room and my passport"
    assert not keep.has("documents_confiscated", far)  # too far apart
    assert not keep.has("unpaid_wages", "keep my passport")  # a topic without cues


def test_burmese_and_khmer_parts_match_inside_words_across_spaces() -> None:
    script = cues(my=["ပတ်စပို့ သိမ်း"], km=["យក លិខិតឆ្លងដែន"])
    assert script.has("documents_confiscated", "သူဌေးက ပတ်စပို့ကို သိမ်းထားတယ်")
    assert script.has("documents_confiscated", "ថៅកែយកលិខិតឆ្លងដែនខ្ញុំ")
    assert not script.has("documents_confiscated", "ပတ်စပို့ ပျောက်သွားတယ်")


def test_the_file_is_read_and_names_problems_only() -> None:
    read = lexicon.load()
    assert read.patterns
    assert set(read.patterns) <= set(PRIORITY)
    assert read.topics("boss not pay me 2 month and he keep my passport") == (
        "unpaid_wages",
        "documents_confiscated",
    )
    assert read.topics("thaokae min oy luy khnhom") == ("unpaid_wages",)
    assert read.topics("hello, how are you") == ()


@pytest.mark.parametrize(
    "data",
    [["a list"], {"unpaid_wages": ["no languages"]}, {"unpaid_wages": {"fr": ["pas payé"]}}],
)
def test_a_malformed_file_is_refused(data: object) -> None:
    with pytest.raises(ValueError):
        lexicon.parse(data)


WAGES = ClauseReading((("unpaid_wages", 0.9),), text="my boss not pay me 2 month")
# The n-grams read a kept passport as a permit question, the kept passport its runner-up.
PASSPORT = ClauseReading(
    (("visa_work_permit", 0.5), ("documents_confiscated", 0.3)), text="and he keep my passport"
)
RANKING = [("unpaid_wages", 0.9), ("documents_confiscated", 0.02)]


def test_a_cue_proposes_a_candidate_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = {c.topic for c in topics.candidates(("unpaid_wages",), RANKING, [WAGES, PASSPORT])}
    assert plain == {"visa_work_permit"}  # the whole message's 0.02 is under WHOLE_CANDIDATE
    monkeypatch.setattr(topics, "CUE_CANDIDATES", True)
    found = {c.topic: c for c in topics.candidates(("unpaid_wages",), RANKING, [WAGES, PASSPORT])}
    assert set(found) == {"visa_work_permit", "documents_confiscated"}
    kept = found["documents_confiscated"]
    assert (kept.clause_confidence, kept.clause_margin, kept.whole, kept.anchored) == (
        0.3,
        pytest.approx(-0.2),
        0.02,
        True,
    )
    start = topics.ALL_FEATURES.index("topic_cue")
    assert kept.all_features()[start : start + 3] == (1.0, 1.0, 0.0)
    # the permit clause holds no cue of a permit problem, nor of the answer's
    assert found["visa_work_permit"].all_features()[start : start + 3] == (0.0, 0.0, 0.0)


def test_the_bots_rule_reads_no_cue() -> None:
    assert "topic_cue" not in topics.FEATURES
    assert not topics.CUE_CANDIDATES and not topics.CUE_CONTEXT
    # so the bot's parse leaves the cue lexicon's fields empty
    [found] = topics.candidates(("unpaid_wages",), RANKING, [WAGES, PASSPORT])
    assert (found.message_text, found.answer) == ("", ())


def test_a_tool_asking_for_the_cue_features_gets_their_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(topics, "CUE_CONTEXT", True)
    [found] = topics.candidates(("unpaid_wages",), RANKING, [WAGES, PASSPORT])
    assert found.message_text == f"{WAGES.text} {PASSPORT.text}"
    assert found.answer == ("unpaid_wages",)
    assert found_topics("unpaid_wages", 0.9, RANKING, 0.61, [WAGES, PASSPORT]) == ("unpaid_wages",)


@pytest.fixture
def trial(monkeypatch: pytest.MonkeyPatch) -> SecondRule:
    """The trial's features and candidates, as choose_second.py fits them."""
    monkeypatch.setattr(topics.Candidate, "features", topics.Candidate.features)
    monkeypatch.setattr(SecondRule, "score", SecondRule.score)
    monkeypatch.setattr(choose_second, "FEATURES", choose_second.FEATURES)
    monkeypatch.setattr(topics, "CUE_CANDIDATES", True)
    choose_second.use_features([*SIX, "topic_cue"])
    return TRIAL


def test_with_the_trial_a_cue_makes_a_second_problem_offered(trial: SecondRule) -> None:
    found = found_topics("unpaid_wages", 0.9, RANKING, 0.61, [WAGES, PASSPORT], trial)
    assert found == ("unpaid_wages", "documents_confiscated")


def test_with_the_trial_a_named_topic_without_its_cue_is_no_stray(trial: SecondRule) -> None:
    """A kept passport (its own topic's cue) and a worry that names the police but holds no
    cue of an arrest: the bot's rule offers the arrest, the trial's does not."""
    passport = ClauseReading((("documents_confiscated", 0.95),), text="my boss keeps my passport")
    police = ClauseReading(
        (("arrest_detention", 0.6), ("documents_confiscated", 0.2)), text="what if police stop me"
    )
    ranking = [("documents_confiscated", 0.9)]
    args = ("documents_confiscated", 0.9, ranking, 0.61, [passport, police])
    assert found_topics(*args, trial) == ("documents_confiscated",)
    assert found_topics(*args, SECOND_RULE) == ("documents_confiscated", "arrest_detention")
