"""What the bot gets back from the NLU: a topic (or none), how sure, and the runners-up."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from bot.nlu.priority import DEFAULT_ALSO_THRESHOLD, DEFAULT_CLAUSE_THRESHOLD, found_topics
from bot.values import NluResult

OUT_OF_SCOPE = "out_of_scope"
# Rasa's FallbackClassifier answers with this name; the bot applies its own threshold instead,
# but a model trained with it must still not leak it as a topic.
_NOT_TOPICS = frozenset({OUT_OF_SCOPE, "nlu_fallback"})
RANKING_LENGTH = 5

# Chosen on the development set (`make nlu-eval`, docs/benchmarks.md "Threshold"), never on
# the held-out set it is reported on: the threshold that catches the most out-of-scope
# messages while sending at most 5 % of in-scope ones to the fallback. Below it the bot says
# it did not understand.
DEFAULT_THRESHOLD: float = 0.5


NOT_UNDERSTOOD = NluResult(topic=None, confidence=0.0, ranking=())


class NluUnavailable(Exception):
    """The NLU service is down, answered with an error or took longer than its timeout."""


class NluClient(Protocol):
    async def parse(self, text: str) -> NluResult: ...


def result_from_rasa(
    payload: Mapping[str, Any],
    threshold: float,
    also_threshold: float = DEFAULT_ALSO_THRESHOLD,
    clause_threshold: float = DEFAULT_CLAUSE_THRESHOLD,
) -> NluResult:
    """Read Rasa's /model/parse answer; raises KeyError, TypeError or ValueError if malformed."""
    intent = payload["intent"]
    name = intent.get("name") if intent else None
    confidence = float(intent.get("confidence") or 0.0) if intent else 0.0
    ranking = tuple(
        (str(entry["name"]), float(entry["confidence"]))
        for entry in payload.get("intent_ranking") or ()
        if entry["name"] not in _NOT_TOPICS
    )[:RANKING_LENGTH]
    if name == "nlu_fallback" and ranking:
        name, confidence = ranking[0]
    best = str(name) if name is not None and name not in _NOT_TOPICS else None
    clauses = tuple(
        (str(entry["name"]), float(entry["confidence"]))
        for entry in payload.get("clause_intents") or ()
    )[:RANKING_LENGTH]
    topics = found_topics(
        best, confidence, ranking, threshold, also_threshold, clauses, clause_threshold
    )
    return NluResult(
        topic=topics[0] if topics else None,
        confidence=confidence,
        ranking=ranking,
        topics=topics,
        clauses=clauses,
        out_of_scope=not topics and name == OUT_OF_SCOPE and confidence >= threshold,
    )
