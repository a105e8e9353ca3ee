"""Several problems in one message: which the NLU found, and which to answer first.

A worker rarely has one problem ("my boss has not paid me for two months and he keeps my
passport"). The classifier gives one probability per topic; a second problem shows as a
second topic with a real share of it. The bot answers the most urgent problem found and
offers the others as buttons, so the order below is the one place that decides what
"most urgent" means: danger to the person first, then what traps them (documents, debt,
no wages), then what can wait.

Urgency is decided in two places, on purpose: this order ranks the topics the classifier
found, so it needs the NLU and speaks only of topics. Danger words ("help!", "beating me")
are caught by bot/dialogue/triage.py from a keyword list, with or without the NLU, on every
text a person types: the emergency numbers never wait for a model that may be down or wrong.
"""

from __future__ import annotations

from collections.abc import Sequence

# Most urgent first. Only these are "problems": small talk (greet, thanks, ...) and the
# conversation intents are answered only when no problem is found.
PRIORITY: tuple[str, ...] = (
    "emergency_help",
    "job_scams_trafficking",
    "arrest_detention",
    "injury_health",
    "documents_confiscated",
    "unpaid_wages",
    "lost_documents",
    "visa_work_permit",
    "agency_complaint",
    "change_employer",
    "return_home",
    "complaint_channels",
    "social_security",
    "embassy_contact",
    "labour_attache",
    "recruitment_fees",
    "employment_contract",
    "check_agency",
    "reintegration_id",
    "reintegration_jobs",
    "legal_channels",
    "documents_needed",
    "predeparture_training",
    "work_at_home",
)
_RANK = {topic: index for index, topic in enumerate(PRIORITY)}

# Chosen on the development set (`make nlu-eval`, docs/benchmarks.md "Several problems"):
# a topic beside the best one counts as a second problem from this probability on, and a
# clause's own best topic (the NLU reads each clause of a long message apart) from this one.
DEFAULT_ALSO_THRESHOLD: float = 0.15
DEFAULT_CLAUSE_THRESHOLD: float = 0.6
# At most this many problems are reported (one answer and two buttons fit a phone screen).
MAX_TOPICS = 3


def urgency(topic: str) -> int:
    """Lower is more urgent; topics outside PRIORITY come after every problem."""
    return _RANK.get(topic, len(PRIORITY))


def found_topics(
    best: str | None,
    best_confidence: float,
    ranking: Sequence[tuple[str, float]],
    threshold: float,
    also_threshold: float = DEFAULT_ALSO_THRESHOLD,
    clauses: Sequence[tuple[str, float]] = (),
    clause_threshold: float = DEFAULT_CLAUSE_THRESHOLD,
) -> tuple[str, ...]:
    """The topics of one message, the one to answer first; empty when nothing is understood.

    `best` is the classifier's top intent (None when out_of_scope won) and `ranking` the
    real topics by falling probability. The best topic counts when it clears `threshold`;
    other problems count from `also_threshold`. Two problems that split the probability
    between them (neither alone over `threshold`, together over it) count too: that is
    what a two-problem message looks like to a one-label classifier. These come most
    urgent first. `clauses` are the best intents of the message's clauses read apart: a
    problem among them that clears `clause_threshold` is added after those (a clause read
    alone is a weaker reading, so it adds a button but does not take the answer), and two
    such alone make a message understood.
    """
    topics = _whole_message(best, best_confidence, ranking, threshold, also_threshold)
    from_clauses = [n for n, c in clauses if n in _RANK and c >= clause_threshold]
    if not topics and len(set(from_clauses)) < 2:
        return ()
    first = sorted(dict.fromkeys(t for t in topics if t in _RANK), key=urgency)
    then = sorted(dict.fromkeys(t for t in from_clauses if t not in first), key=urgency)
    if not first and not then:
        return topics[:1]  # small talk alone: greet, thanks, ...
    return tuple([*first, *then][:MAX_TOPICS])


def _whole_message(
    best: str | None,
    best_confidence: float,
    ranking: Sequence[tuple[str, float]],
    threshold: float,
    also_threshold: float,
) -> tuple[str, ...]:
    also = [
        name
        for name, confidence in ranking
        if name in _RANK and confidence >= also_threshold and name != best
    ]
    if best is not None and best_confidence >= threshold:
        return (best, *also)
    pair = [(n, c) for n, c in ranking if n in _RANK and c >= also_threshold]
    if len(pair) < 2 or sum(c for _, c in pair) < threshold:
        return ()
    return tuple(name for name, _ in pair)
