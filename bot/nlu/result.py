"""What the bot gets back from the NLU: a topic (or none), how sure, and the runners-up."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Protocol

from bot.nlu.denials import after_denied, danger_after_denied
from bot.nlu.topics import SECOND_RULE, ClauseReading, SecondRule, found_topics
from bot.values import NluResult

OUT_OF_SCOPE = "out_of_scope"
# Rasa's FallbackClassifier answers with this name; the bot applies its own threshold instead,
# but a model trained with it must still not leak it as a topic.
_NOT_TOPICS = frozenset({OUT_OF_SCOPE, "nlu_fallback"})
RANKING_LENGTH = 5
_MAX_RANKING_READ = 100  # a hostile or broken answer may list millions

# Chosen on the development set (`make nlu-eval`, docs/benchmarks.md "Threshold"), never on
# the held-out set it is reported on: the threshold that catches the most out-of-scope
# messages while sending at most 2 % of in-scope ones to the fallback (issue 12's bound).
# Below it the bot says it did not understand. 0.60 since the model trained with the i12e and
# i12g training-only examples, chosen on the enlarged dev set (2026-12-04; was 0.56, 0.5
# before that); chosen again with the i12m examples (near-domain questions whose words are
# shared with a topic) on dev enlarged with i12m's fresh judging sets; 0.61 with i12k's Khmer
# ones (dev's in-scope -> fallback 0.018 at 0.61 with that model).
DEFAULT_THRESHOLD: float = 0.61


Reading = tuple[str | None, float, tuple[tuple[str, float], ...], tuple[ClauseReading, ...]]

NOT_UNDERSTOOD = NluResult(topic=None, confidence=0.0, ranking=())


class NluUnavailable(Exception):
    """The NLU service is down, answered with an error or took longer than its timeout."""


class NluClient(Protocol):
    async def parse(self, text: str) -> NluResult: ...


def _confidence(value: object) -> float:
    """A number in [0, 1]; anything else (missing, text, NaN, a boolean) is 0."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    number = float(value)
    return min(1.0, max(0.0, number)) if math.isfinite(number) else 0.0


def _intent(entry: object) -> tuple[str | None, float]:
    """(name, confidence) of one intent object; None for a name that is not a string."""
    if not isinstance(entry, Mapping):
        return None, 0.0
    name = entry.get("name")
    return (name if isinstance(name, str) and name else None), _confidence(entry.get("confidence"))


def _ranking(entries: object) -> tuple[tuple[str, float], ...]:
    if not isinstance(entries, list | tuple):
        return ()
    read = (_intent(entry) for entry in entries[:_MAX_RANKING_READ])
    named = ((name, score) for name, score in read if name and name not in _NOT_TOPICS)
    return tuple(named)[:RANKING_LENGTH]


def _clause_readings(entries: object, text: object = "") -> tuple[ClauseReading, ...]:
    """Each clause's intents (its runners-up when the NLU gives them), how it was cut, its
    words (the parsed text between the clause's `start` and `end`, when given) and its
    encoder-model reading (`meaning`, when given)."""
    if not isinstance(entries, list | tuple):
        return ()
    whole = text if isinstance(text, str) else ""
    readings = []
    for entry in entries[:_MAX_RANKING_READ]:
        name, confidence = _intent(entry)
        if name is None or not isinstance(entry, Mapping):
            continue
        ranking = tuple(
            (n, c) for n, c in (_intent(e) for e in _entries(entry.get("ranking"))) if n
        )
        if not ranking or ranking[0][0] != name:
            ranking = ((name, confidence),)
        words = _words(whole, entry.get("start"), entry.get("end"))
        tokens = entry.get("tokens")
        count = tokens if isinstance(tokens, int) and not isinstance(tokens, bool) else 0
        meaning = _clause_meaning(entry.get("meaning"))
        readings.append(
            ClauseReading(ranking, entry.get("middle_cut") is True, words, count, meaning)
        )
    return tuple(readings)


def _clause_meaning(entry: object) -> tuple[tuple[str, float], ...]:
    """A clause's encoder-model reading (clause_encoder), its best first; () for none."""
    name, confidence = _intent(entry)
    if name is None or not isinstance(entry, Mapping):
        return ()
    ranking = tuple((n, c) for n, c in (_intent(e) for e in _entries(entry.get("ranking"))) if n)
    return ranking if ranking and ranking[0][0] == name else ((name, confidence),)


def _words(text: str, start: object, end: object) -> str:
    """text[start:end] for two offsets that fit it; "" for anything else."""
    if isinstance(start, bool) or isinstance(end, bool):
        return ""
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end:
        return ""
    return text[start:end] if end <= len(text) else ""


def _entries(value: object) -> list[object]:
    return list(value[:_MAX_RANKING_READ]) if isinstance(value, list | tuple) else []


def read_payload(payload: Mapping[str, object]) -> Reading:
    """(best intent, its confidence, the real topics by falling probability, the clauses):
    what the decision rules read from one answer (nlu/tools/choose_second.py reads the same)."""
    name, confidence = _intent(payload.get("intent"))
    ranking = _ranking(payload.get("intent_ranking"))
    if name == "nlu_fallback" and ranking:
        name, confidence = ranking[0]
    clauses = _clause_readings(payload.get("clause_intents"), payload.get("text"))
    return name, confidence, ranking, clauses


def result_from_rasa(
    payload: object, threshold: float, rule: SecondRule = SECOND_RULE
) -> NluResult:
    """Read Rasa's /model/parse answer. Never raises: an answer of any shape (no intent, no
    confidence, wrong types) reads as "not understood" as far as it is malformed, so the
    bot's own checks (emergency words first) always run."""
    if not isinstance(payload, Mapping):
        return NOT_UNDERSTOOD
    name, confidence, ranking, readings = read_payload(payload)
    best = name if name is not None and name not in _NOT_TOPICS else None
    topics = found_topics(best, confidence, ranking, threshold, readings, rule)
    text = payload.get("text")
    if isinstance(text, str):
        topics = danger_after_denied(after_denied(topics, text), text)
    return NluResult(
        topic=topics[0] if topics else None,
        confidence=confidence,
        ranking=ranking,
        topics=topics,
        clauses=tuple(r.ranking[0] for r in readings),
        out_of_scope=not topics and name == OUT_OF_SCOPE and confidence >= threshold,
    )
