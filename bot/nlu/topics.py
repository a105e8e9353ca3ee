"""Which problems one message raises: the one answered, and the others offered as buttons.

The classifier gives one probability per topic for the whole message, and reads each clause
of a long message apart (nlu/components/clauses.py). A clause read alone is a weak witness:
half of a one-question message ("how much cost go korea | by agency") is often read, sure
of itself, as another topic. So a topic the whole message did not choose becomes a second
problem by its *evidence score*: a weighted sum of what tells a real second problem from a
stray fragment on the development set (nlu/dev; `nlu/tools/choose_second.py` fits the
weights and chooses the two score thresholds there, never on the held-out set):

- how sure its clause is, and by how much over that clause's next reading;
- whether that clause came from cutting a message without any boundary at its middle
  (then it is usually half of one question);
- the whole message's own probability for it (log);
- whether another clause reads the answer (two clauses, two problems);
- how urgent it is (PRIORITY): the problems people write together are mostly the urgent
  ones, and missing one of those costs the most.

From OFFER_SCORE on, a topic is offered as a button after the answer; from FOUND_SCORE on it
counts as found beside the answer, and the problems found are answered most urgent first.

A long first message often begins with an introduction (a greeting, a name, a workplace, a
phone number) and ends with "what can I do? please help": clauses that carry no problem but
dilute the whole message's reading, sometimes under the threshold. Then a problem that one of
its clauses reads from CLAUSE_ANSWER on is answered (`clause_answer`).
A closing plea ("please help", ကူညီပါ, "chuoy phong") is a clause of its own that the
classifier reads as emergency_help; it proposes nothing unless another clause reads a danger
(`heard`): "my boss keeps my passport. please help" is about the passport, "my friend was
arrested and beaten, please help" keeps its emergency.
The weights belong to the model they were fitted on (nlu-20261203-204323): after a retrain,
`make nlu-eval` then `nlu/tools/choose_second.py` refit them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from bot.nlu import clause_slips, cues, lexicon
from bot.nlu.priority import MAX_TOPICS, PRIORITY, urgency

Ranking = Sequence[tuple[str, float]]

# Chosen on nlu/dev by nlu/tools/choose_second.py (docs/benchmarks.md "Issue 12").
FEATURES = ("clause_confidence", "clause_margin", "middle_cut", "log_whole", "anchored", "urgency")
# What the candidate's clause's own words say (bot/nlu/cues.py): tried on dev, not in the
# rule (docs/benchmarks.md, "Structural cues"); second_curve.py --features adds them. And
# the log of its clauses' encoder-model reading of it (`log_meaning`, from a model with the
# classifier's clause_encoder; tried, not adopted: "The encoder's reading of each clause").
# And the topic-cue lexicon's (bot/nlu/lexicon.py; tried, not adopted: docs/benchmarks.md,
# "A topic-cue lexicon"): the candidate's clause holds a cue of its topic; the message does;
# the candidate's clause holds a cue of the answer's topic.
CUE_FEATURES = ("topic_cue", "message_cue", "answer_cue")
ALL_FEATURES = FEATURES + cues.STRUCTURE + ("log_meaning",) + CUE_FEATURES
# Weights fitted on nlu/dev as it was then (its first 100 two-problem messages; refitted on
# all 175 since, the rule did no better: docs/benchmarks.md, "A multi-label reading"),
# thresholds chosen on its cross-validated scores: OFFER
# gives the most two-problem messages right with the other offered while at most 15 % of
# single-problem messages get a stray button; FOUND is the lowest that costs at most half a
# point of single-message accuracy (answering a found problem first when it is more urgent).
SECOND_WEIGHTS: tuple[float, ...] = (2.817, -0.253, -1.687, 0.361, 1.807, -2.422)
SECOND_BIAS: float = -1.511
OFFER_SCORE: float = -2.25
FOUND_SCORE: float = 0.25
# Two problems that split the probability (each from this share, together over the
# threshold) make a message understood: what two problems look like to a one-label model.
PAIR_SHARE: float = 0.15
# A topic of the whole message's ranking is a candidate from this probability on, even when
# no clause reads it; probabilities are floored here before their log is taken.
WHOLE_CANDIDATE: float = 0.05
WHOLE_FLOOR: float = 1e-4
# When the whole message is read under the threshold (its best reading a topic, not
# out_of_scope) and one of its clauses reads no problem at all (an introduction, a greeting, a
# phone number, "what can I do"), a problem that another clause reads from this on is answered.
# Chosen on nlu/dev with its judging set of introduced messages (docs/benchmarks.md,
# "Introductions in long messages"; 0.90 did as well there); math.inf turns it off.
CLAUSE_ANSWER: float = 0.95
_PROBLEMS = frozenset(PRIORITY)
# A problem whose cue (bot/nlu/lexicon.py) a clause holds is a candidate too, when no
# reading proposes it (`candidates`): tried on dev and held-out, not adopted
# (docs/benchmarks.md, "A topic-cue lexicon"); choose_second.py --cue-candidates on.
CUE_CANDIDATES: bool = False
# Whether each candidate carries what CUE_FEATURES read (the message's words, the topics
# answered): only the tools ask for it (choose_second.use_features), so the bot's parse does
# not fill two fields of every candidate for features its rule never reads.
CUE_CONTEXT: bool = False
# What a closing plea is an emergency beside (`heard`).
DANGERS = frozenset({"emergency_help", "job_scams_trafficking", "arrest_detention"})


@dataclass(frozen=True)
class ClauseReading:
    """One clause read apart: its intents by falling probability (at least its best), and
    whether the message was cut at its middle for want of a boundary."""

    ranking: tuple[tuple[str, float], ...]
    middle_cut: bool = False
    # The clause's words, when the NLU says where it starts and ends; never in a repr (a
    # log line or an error must not carry what the person wrote).
    text: str = field(default="", repr=False)
    tokens: int = 0  # its length in tokens, when the NLU gives it
    # The encoder model's reading of it (its intents by falling probability), when the NLU
    # gives one (the classifier's clause_encoder); () otherwise.
    meaning: tuple[tuple[str, float], ...] = ()

    @property
    def best(self) -> str:
        return self.ranking[0][0] if self.ranking else ""

    @property
    def meant(self) -> tuple[tuple[str, float], ...]:
        """The encoder model's reading when there is one, else the n-gram model's."""
        return self.meaning or self.ranking


@dataclass(frozen=True)
class Candidate:
    """A topic beside the answer, and what speaks for it being a second problem."""

    topic: str
    clause_confidence: float = 0.0  # 0 when only the whole message's ranking names it
    clause_margin: float = 0.0
    middle_cut: bool = False
    whole: float = 0.0
    anchored: bool = False
    # What the structural cues read (cues.structure; not the rule's evidence, so not compared):
    # the words of the clause that reads it, its length, the message's other clauses' words
    # and those of them that read the answer.
    clause_text: str = field(default="", compare=False, repr=False)
    clause_tokens: int = field(default=0, compare=False)
    other_clauses: tuple[str, ...] = field(default=(), compare=False, repr=False)
    answer_clauses: tuple[str, ...] = field(default=(), compare=False, repr=False)
    # Its highest probability in a clause's encoder-model reading (the n-gram reading of a
    # clause the encoder did not read); not in the rule (docs/benchmarks.md, "The encoder's
    # reading of each clause").
    meaning: float = field(default=0.0, compare=False)
    # For the topic-cue lexicon (CUE_FEATURES; not in the rule, so not compared): the
    # message's words (its clauses') and the topics answered.
    message_text: str = field(default="", compare=False, repr=False)
    answer: tuple[str, ...] = field(default=(), compare=False)

    def features(self) -> tuple[float, ...]:
        """The rule's FEATURES."""
        return self._features()

    def _features(self) -> tuple[float, ...]:
        return (
            self.clause_confidence,
            self.clause_margin,
            float(self.middle_cut),
            math.log(max(self.whole, WHOLE_FLOOR)),
            float(self.anchored),
            urgency(self.topic) / len(PRIORITY),
        )

    def all_features(self) -> tuple[float, ...]:
        """FEATURES, then cues.STRUCTURE, log_meaning and CUE_FEATURES (tried, not in the
        rule)."""
        structure = cues.structure(
            self.clause_text, self.clause_tokens, self.other_clauses, self.answer_clauses
        )
        meaning = math.log(max(self.meaning, WHOLE_FLOOR))
        return (*self._features(), *structure, meaning, *self.cue_features())

    def cue_features(self) -> tuple[float, ...]:
        """CUE_FEATURES, read by the topic-cue lexicon."""
        cue = lexicon.default()
        return (
            float(cue.has(self.topic, self.clause_text)),
            float(cue.has(self.topic, self.message_text)),
            float(any(cue.has(a, self.clause_text) for a in self.answer)),
        )


@dataclass(frozen=True)
class SecondRule:
    """The evidence score's weights and the two thresholds on it."""

    weights: tuple[float, ...] = SECOND_WEIGHTS
    bias: float = SECOND_BIAS
    offer: float = OFFER_SCORE
    found: float = FOUND_SCORE
    clause_answer: float = CLAUSE_ANSWER

    def score(self, candidate: Candidate) -> float:
        pairs = zip(self.weights, candidate.features(), strict=True)
        return self.bias + sum(w * x for w, x in pairs)


SECOND_RULE = SecondRule()
ONE_TOPIC = SecondRule(offer=math.inf, found=math.inf)  # no second problem, ever


def candidates(
    answer: Sequence[str], ranking: Ranking, clauses: Sequence[ClauseReading]
) -> list[Candidate]:
    """Every problem a clause reads best (its best problem, small talk skipped) or the whole
    message gives at least WHOLE_CANDIDATE, other than those answered; the surest clause
    speaks for a topic two clauses read. With the clauses' encoder-model readings (the
    classifier's clause_encoder), also each clause's best problem in that reading."""
    whole = {name: confidence for name, confidence in ranking}
    meant: dict[str, float] = {}  # each topic's best probability in a clause's meant reading
    for clause in clauses:
        for name, confidence in clause.meant:
            if confidence > meant.get(name, 0.0):
                meant[name] = confidence
    found: dict[str, Candidate] = {}
    for index, clause in enumerate(clauses):
        problems = [(n, c) for n, c in clause.ranking if n in _PROBLEMS]
        if not problems or problems[0][0] in answer:
            continue
        topic, confidence = problems[0]
        others = [c for n, c in clause.ranking if n != topic]
        anchored = any(o.best in answer for i, o in enumerate(clauses) if i != index)
        candidate = Candidate(
            topic,
            confidence,
            confidence - (others[0] if others else 0.0),
            clause.middle_cut,
            whole.get(topic, 0.0),
            anchored,
            clause.text,
            clause.tokens,
            tuple(o.text for i, o in enumerate(clauses) if i != index),
            tuple(o.text for i, o in enumerate(clauses) if i != index and o.best in answer),
            meant.get(topic, 0.0),
        )
        if topic not in found or found[topic].clause_confidence < confidence:
            found[topic] = candidate
    for name, confidence in ranking:
        new = name in _PROBLEMS and name not in answer and name not in found
        if new and confidence >= WHOLE_CANDIDATE:
            found[name] = Candidate(name, whole=confidence, meaning=meant.get(name, 0.0))
    for index, clause in enumerate(clauses):
        proposed = next((n for n, _ in clause.meaning if n in _PROBLEMS), None)
        if proposed is not None and proposed not in answer and proposed not in found:
            anchored = any(o.best in answer for i, o in enumerate(clauses) if i != index)
            found[proposed] = Candidate(
                proposed,
                middle_cut=clause.middle_cut,
                whole=whole.get(proposed, 0.0),
                anchored=anchored,
                meaning=meant.get(proposed, 0.0),
            )
    if CUE_CANDIDATES:
        _cue_candidates(answer, whole, clauses, found)
    if not (CUE_CONTEXT or CUE_CANDIDATES):
        return list(found.values())
    message = " ".join(clause.text for clause in clauses if clause.text)
    return [replace(c, message_text=message, answer=tuple(answer)) for c in found.values()]


def _cue_candidates(
    answer: Sequence[str],
    whole: dict[str, float],
    clauses: Sequence[ClauseReading],
    found: dict[str, Candidate],
) -> None:
    """Each problem whose cue a clause holds, when nothing else proposed it: its clause's
    probability for it (0 when not among the clause's readings) and the clause's facts."""
    cue = lexicon.default()
    for index, clause in enumerate(clauses):
        for topic in cue.topics(clause.text):
            if topic in answer or topic in found or topic not in _PROBLEMS:
                continue
            confidence = dict(clause.ranking).get(topic, 0.0)
            found[topic] = Candidate(
                topic,
                confidence,
                confidence - max((c for n, c in clause.ranking if n != topic), default=0.0),
                clause.middle_cut,
                whole.get(topic, 0.0),
                any(o.best in answer for i, o in enumerate(clauses) if i != index),
                clause.text,
                clause.tokens,
                tuple(o.text for i, o in enumerate(clauses) if i != index),
                tuple(o.text for i, o in enumerate(clauses) if i != index and o.best in answer),
            )


def found_topics(
    best: str | None,
    best_confidence: float,
    ranking: Ranking,
    threshold: float,
    clauses: Sequence[ClauseReading] = (),
    rule: SecondRule = SECOND_RULE,
) -> tuple[str, ...]:
    """The topics of one message, the one to answer first; empty when nothing is understood.

    `best` is the classifier's top intent (None when out_of_scope won) and `ranking` the
    real topics by falling probability. The best topic counts when it clears `threshold`,
    or two problems that split the probability (each from PAIR_SHARE, together over the
    threshold), or else a problem a clause reads surely beside a clause without a problem
    (`clause_answer`). Other topics count by their evidence score (`rule`): found (answered in
    urgency order with the best) or offered after it. Small talk is answered only alone. A
    closing plea is no witness (`heard`), unless without it nothing at all is understood.
    """
    witnesses = heard(clauses)
    found = _found(best, best_confidence, ranking, threshold, witnesses, rule)
    if found or witnesses is clauses:
        return found
    return _found(best, best_confidence, ranking, threshold, clauses, rule)


def _found(
    best: str | None,
    best_confidence: float,
    ranking: Ranking,
    threshold: float,
    clauses: Sequence[ClauseReading],
    rule: SecondRule,
) -> tuple[str, ...]:
    answer = answered(best, best_confidence, ranking, threshold)
    if not answer and best is not None:
        answer = clause_answer(clauses, rule.clause_answer)
    if not answer:
        return ()
    scored = [(c.topic, rule.score(c)) for c in candidates(answer, ranking, clauses)]
    found = [t for t, s in scored if s >= rule.found]
    offered = [t for t, s in scored if rule.offer <= s < rule.found]
    first = sorted({*(t for t in answer if t in _PROBLEMS), *found}, key=urgency)
    then = sorted(set(offered) - set(first), key=urgency)
    if not first:
        return answer[:1]  # small talk: greet, thanks, ...
    return tuple([*first, *then][:MAX_TOPICS])


def heard(clauses: Sequence[ClauseReading]) -> Sequence[ClauseReading]:
    """The clauses that witness a problem: all but a bare plea read as an emergency, unless
    another clause reads a danger (chosen on nlu/dev: docs/benchmarks.md, "A closing plea"),
    and but a clause whose words raise no problem of their own (clause_slips.py, round 53C:
    "won't give back" read as Going home, the writer's name as an emergency)."""
    if len(clauses) < 2:
        return clauses
    kept = [
        clause
        for index, clause in enumerate(clauses)
        if (
            clause.best != "emergency_help"
            or not cues.bare_plea(clause.text)
            or any(other.best in DANGERS for i, other in enumerate(clauses) if i != index)
        )
        and not _slip(clause)
    ]
    return kept if len(kept) < len(clauses) else clauses


def _slip(clause: ClauseReading) -> bool:
    """Whether `clause` raises no problem its reading names (clause_slips.py)."""
    confidence = clause.ranking[0][1] if clause.ranking else 0.0
    return clause_slips.no_witness(clause.best, confidence, clause.text, clause.tokens)


def answered(
    best: str | None, best_confidence: float, ranking: Ranking, threshold: float
) -> tuple[str, ...]:
    """The best topic over the threshold, or two problems that split the probability."""
    if best is not None and best_confidence >= threshold:
        return (best,)
    pair = [n for n, c in ranking if n in _PROBLEMS and c >= PAIR_SHARE]
    if len(pair) >= 2 and sum(c for n, c in ranking if n in pair) >= threshold:
        return tuple(pair)
    return ()


def clause_answer(clauses: Sequence[ClauseReading], surely: float) -> tuple[str, ...]:
    """The problem a clause reads most surely, from `surely` on, in a message one of whose
    clauses reads no problem (an introduction that dilutes the whole message); () otherwise."""
    if all(clause.best in _PROBLEMS for clause in clauses):
        return ()
    sure = [c.ranking[0] for c in clauses if c.best in _PROBLEMS and c.ranking[0][1] >= surely]
    return (max(sure, key=lambda reading: reading[1])[0],) if sure else ()
