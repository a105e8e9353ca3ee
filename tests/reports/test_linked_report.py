"""The brute-force proof (test_linked_bruteforce.py) is about one population. A report shows
many side by side: each outcome's questions in the same tables, rows ordered and summed
across outcomes; cases received, answered and ended in one weekly table. The proof carries
over when what the report shows depends on each population only through what `linked`
shows of it: then raising a population's open ("≥N") counts, which the proof uses to keep
every hidden count open, changes nothing on the page. These tests do exactly that raise on
random reports and compare every text (row order and row totals included)."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter, defaultdict

from bot.reports.numbers import AGES, ENDINGS, FATES, TIMING, CaseNumbers
from bot.reports.questions import OUTCOMES, UNANSWERED, QuestionNumbers, _table
from bot.reports.texts import case_texts, question_texts

LABELS = {"topic": "abcd", "language": "xyz", "corridor": "pq", "guess": "uvw", "conf": "lm"}
TITLES = ("topic", "language", "corridor", "guess", "conf")
Record = tuple[str, str, str, str, str, str]  # topic, language, corridor, guess, conf, outcome


def question_numbers(records: Counter[Record]) -> QuestionNumbers:
    """QuestionNumbers from records, summed as bot/reports/questions.py sums the counts."""
    tables: dict[str, defaultdict[str, Counter[str]]] = {t: defaultdict(Counter) for t in TITLES}
    outcomes: Counter[str] = Counter()
    for record, count in records.items():
        *labels, outcome = record
        outcomes[outcome] += count
        for title, label in zip(TITLES, labels, strict=True):
            if title in ("topic", "language", "corridor") or outcome in UNANSWERED:
                tables[title][label][outcome] += count
    made = [_table(title, tables[title]) for title in TITLES]
    return QuestionNumbers(dt.date(2026, 1, 5), tuple((o, outcomes[o]) for o in OUTCOMES
                                                     if outcomes[o]), *made)  # fmt: skip


def random_records(rng: random.Random) -> Counter[Record]:
    outcomes = (*UNANSWERED, "answered")
    records: Counter[Record] = Counter()
    for _ in range(rng.randint(1, 12)):
        labels = tuple(rng.choice(LABELS[t]) for t in TITLES)
        records[(*labels, rng.choice(outcomes))] += rng.choice((1, 2, 3, 4, 5, 7, 12))  # type: ignore[index]
    return records


def raised(records: Counter[Record], outcome: str, rng: random.Random) -> Counter[Record] | None:
    """The records with Δ more questions of `outcome` where each of its breakdowns is largest
    (so each breakdown's open count grows by Δ), or None when no count of it is open."""
    q = question_numbers(records)
    tables = (q.by_topic, q.by_language, q.by_corridor, q.guesses, q.confidence)
    topics = question_texts(q).by_topic
    if outcome not in topics.outcomes:
        return None
    at = topics.outcomes.index(outcome)
    if not any(texts[at].startswith("≥") for _, texts, _ in topics.rows):
        return None  # nothing hidden, or too few to break down: no count is left open
    k = OUTCOMES.index(outcome)
    tops = []
    for title, table in zip(TITLES, tables, strict=True):
        if title in ("guess", "conf") and outcome not in UNANSWERED:
            tops.append(rng.choice(LABELS[title]))  # not counted for this outcome
            continue
        column = sorted((label, counts[k]) for label, counts in table.rows)
        best = max(c for _, c in column)
        tops.append(next(label for label, c in column if c == best))  # the first, by label
    more = Counter(records)
    more[(*tops, outcome)] += rng.randint(1, 20)  # type: ignore[index]
    return more


def test_raising_an_outcomes_open_counts_changes_nothing_shown():
    rng = random.Random(14)
    checked = 0
    for _ in range(400):
        records = random_records(rng)
        for outcome in (*UNANSWERED, "answered"):
            more = raised(records, outcome, rng)
            if more is not None:
                assert question_texts(question_numbers(more)) == question_texts(
                    question_numbers(records)
                ), (records, outcome)
                checked += 1
    assert checked > 100  # the raise happened often enough to mean something


def case_numbers(rng: random.Random, scope: str = "all") -> CaseNumbers:
    weeks = 4

    def column() -> tuple[int, ...]:
        return tuple(rng.choice((0, 1, 3, 5, 8, 13)) for _ in range(weeks))

    return CaseNumbers(
        scope=scope, weeks=tuple(dt.date(2026, 1, 5) + dt.timedelta(weeks=i) for i in range(weeks)),
        received=(0,) * weeks, accepted=column(), ended={e: column() for e in ENDINGS},
        median_hours=(None,) * weeks, responded=(0,) * weeks, overall_median=None,
        fates=(0,) * len(FATES), timing=(0,) * len(TIMING), targets={},
        open_by_age=tuple((label, 0) for label, _ in AGES),
    )  # fmt: skip


Arrival = tuple[int, int, int]  # week, fate, timing


def with_arrivals(n: CaseNumbers, arrivals: Counter[Arrival]) -> CaseNumbers:
    """An organisation's numbers with these arrivals, summed as bot/reports/numbers.py sums
    them: by week, by fate and by timing."""
    weekly, fates, timing = [0] * len(n.weeks), [0] * len(FATES), [0] * len(TIMING)
    for (week, fate, when), count in arrivals.items():
        weekly[week] += count
        fates[fate] += count
        timing[when] += count
    return CaseNumbers(**{**n.__dict__, "received": tuple(weekly), "fates": tuple(fates),
                          "timing": tuple(timing)})  # fmt: skip


def random_arrivals(rng: random.Random) -> Counter[Arrival]:
    arrivals: Counter[Arrival] = Counter()
    for _ in range(rng.randint(0, 6)):
        where = (rng.randrange(4), rng.randrange(len(FATES)), rng.randrange(len(TIMING)))
        arrivals[where] += rng.choice((1, 2, 3, 5, 8, 13))
    return arrivals


def test_raising_the_open_counts_of_cases_ended_changes_nothing_shown():
    rng = random.Random(14)
    checked = 0
    for _ in range(1000):
        n = case_numbers(rng)
        texts = case_texts(n)
        if not any(t.startswith("≥") for t in texts.ended):
            continue  # nothing hidden, or too few to break down: no count is left open
        week = texts.ended.index(next(t for t in texts.ended if t.startswith("≥")))
        ending = ENDINGS[texts.endings.index(next(t for t in texts.endings if t.startswith("≥")))]
        ended = dict(n.ended)
        column = list(ended[ending])
        column[week] += rng.randint(1, 20)
        ended[ending] = tuple(column)
        more = CaseNumbers(**{**n.__dict__, "ended": ended})
        assert case_texts(more) == texts, n
        checked += 1
    assert checked > 100


def test_raising_the_open_counts_of_an_organisations_arrivals_changes_nothing_shown():
    """The cases that reached an organisation, by week, by what happened there and against
    its target: in its own report, and as its row in the whole service's (whose summary
    line adds the rows up)."""
    rng = random.Random(15)
    checked = 0
    for _ in range(1000):
        records = [random_arrivals(rng) for _ in "ABC"]
        orgs = [with_arrivals(case_numbers(rng, org), r) for org, r in zip("ABC", records,
                                                                          strict=True)]  # fmt: skip
        whole = with_arrivals(case_numbers(rng), sum(records, Counter()))
        whole = CaseNumbers(**{**whole.__dict__, "received": orgs[0].accepted})  # its cases
        own = case_texts(orgs[0])
        service = case_texts(whole, orgs)
        shown = (own.received, own.arrivals.fates, own.arrivals.timing)
        open_at = [next((i for i, t in enumerate(ts) if t.startswith("≥")), None) for ts in shown]
        if None in open_at:
            continue  # nothing hidden, or too few to break down: no count is left open
        more = Counter(records[0])
        more[tuple(open_at)] += rng.randint(1, 20)  # type: ignore[index]
        orgs[0] = with_arrivals(orgs[0], more)
        raised_whole = with_arrivals(whole, sum([more, *records[1:]], Counter()))
        raised_whole = CaseNumbers(**{**raised_whole.__dict__, "received": whole.received})
        assert case_texts(orgs[0]) == own, records[0]
        assert case_texts(raised_whole, orgs) == service, records
        checked += 1
    assert checked > 100


def test_the_response_line_does_not_say_four_small_counts_are_all_ones():
    """Four organisations with a "<5" of cases due each: "too few to measure" (fewer than 5
    in all) or a median (5 or more) would tell 1+1+1+1 from the rest."""
    from bot.reports.summary import summary

    rng = random.Random(16)
    lines = set()
    for each in ((1, 1, 1, 1), (1, 2, 1, 1), (4, 4, 4, 4)):
        orgs = [
            with_arrivals(case_numbers(rng, org), Counter({(0, 1, 1): n}))  # missed, passed on
            for org, n in zip("ABCD", each, strict=True)
        ]
        total = sum(each)
        whole = with_arrivals(case_numbers(rng), Counter({(0, 1, 1): total}))
        whole = CaseNumbers(**{**whole.__dict__, "overall_median": 3.0 if total >= 5 else None})
        lines.add(summary(whole, per_org=orgs)[1])
    assert lines == {"First response: median not measured (each organisation's target); "
                     "0 of ≥4 within the target."}  # fmt: skip
