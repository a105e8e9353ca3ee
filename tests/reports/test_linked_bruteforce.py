"""Rule 3 of bot/reports/small.py (linked breakdowns), checked on every small population.

Attacker model. The reader knows the rule (`linked`, this code) and every text it shows for
one population: each breakdown's texts and the total's text. A population is any set of
breakdown vectors of given lengths, counts 0..CAP, that sum to the same number (any such
margins come from some table of people, so the reader cannot rule one out). For one shown
output, the populations consistent with it are those the rule turns into the same output.
A count is singled out when every consistent population gives it the same value, from 1 to 4.

What the test proves: for every population with every count at most SOURCE_CAP, no count
that is not shown exactly can be singled out, even by a reader who tries every population
with counts up to CAP. Counts above CAP only add consistent populations, so a pass holds for
any reader (the CAP - SOURCE_CAP margin leaves the rule room to raise the largest counts).
The same check finds the leak in the rule before this one (total from the exact breakdown).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Sequence

import pytest

from bot.reports.small import Shown, exact, known_total, least, linked, shown, sum_text

CAP = 12
SOURCE_CAP = 8
# Breakdown lengths: one, two or three ways of splitting one population.
SHAPES = ((3,), (4,), (1, 2), (2, 2), (2, 3), (1, 4), (2, 2, 2), (1, 2, 3))

Rule = Callable[..., Shown]
Population = tuple[tuple[int, ...], ...]


def populations(shape: Sequence[int], cap: int) -> list[Population]:
    by_sum: list[defaultdict[int, list[tuple[int, ...]]]] = []
    for length in shape:
        vectors: defaultdict[int, list[tuple[int, ...]]] = defaultdict(list)
        for vector in itertools.product(range(cap + 1), repeat=length):
            vectors[sum(vector)].append(vector)
        by_sum.append(vectors)
    found: list[Population] = []
    for whole in range(cap * min(shape) + 1):
        found += itertools.product(*(vectors[whole] for vectors in by_sum))
    return found


def singled_out(rule: Rule, shape: Sequence[int]) -> list[tuple[Population, int, int, int]]:
    """(population, breakdown, position, value) for each count the reader can pin to 1..4."""
    values: defaultdict[tuple[Shown, int, int], set[int]] = defaultdict(set)
    outputs: list[tuple[Population, Shown]] = []
    for population in populations(shape, CAP):
        output = rule(*population)
        outputs.append((population, output))
        assert least(output.total) <= sum(population[0])
        for b, vector in enumerate(population):
            for i, count in enumerate(vector):
                values[output, b, i].add(count)
    leaks = []
    for population, output in outputs:
        if max(max(v) for v in population) > SOURCE_CAP:
            continue
        for b, vector in enumerate(population):
            for i, count in enumerate(vector):
                assert least(output.breakdowns[b][i]) <= count  # a bound is never too high
                if exact(output.breakdowns[b][i]):
                    assert output.breakdowns[b][i] == str(count)  # what is shown is true
                    continue
                if values[output, b, i] == {count} and 1 <= count <= 4:
                    leaks.append((population, b, i, count))
    return leaks


def each_breakdown_alone(*breakdowns: Sequence[int]) -> Shown:
    """The rule before rule 3: each breakdown's counts and a total worked out from one of
    them; a breakdown with nothing hidden then gives the total away."""
    texts = tuple(tuple(shown(c) for c in b) for b in breakdowns)
    return Shown(texts, sum_text(texts[0], sum(breakdowns[0])))


@pytest.mark.parametrize("shape", SHAPES)
def test_no_count_of_a_linked_population_can_be_singled_out(shape: tuple[int, ...]):
    assert singled_out(linked, shape) == []


def with_known_total(states: Sequence[int], total: Sequence[int]) -> Shown:
    """Rule 5: the states of an alert's messages, the reader knowing how many were queued
    (a breakdown of one count, shown as it is)."""
    return Shown((known_total(states), (shown(total[0]),)), shown(total[0]))


def states_alone(states: Sequence[int], total: Sequence[int]) -> Shown:
    """Each state as `shown`, beside the total the reader knows."""
    return Shown((tuple(map(shown, states)), (shown(total[0]),)), shown(total[0]))


@pytest.mark.parametrize("length", (2, 3, 4))
def test_no_count_of_a_breakdown_with_a_known_total_can_be_singled_out(length: int):
    assert singled_out(with_known_total, (length, 1)) == []
    assert singled_out(states_alone, (length, 1))  # the check finds the leak rule 5 closes


def test_the_check_finds_the_leak_of_breakdowns_shown_alone():
    leaks = singled_out(each_breakdown_alone, (2, 1))
    # Ended 8: 3 "could not reach" and 5 resolved, all in one week: 8 - 5 gives the 3.
    assert (((3, 5), (8,)), 0, 0, 3) in leaks


def test_what_rule_3_shows():
    # Nothing hidden: every count exact.
    assert linked([6, 7], [13]) == Shown((("6", "7"), ("13",)), "13")
    # A hidden 3: each breakdown's largest is left open, the total a bound.
    assert linked([3, 10], [6, 7]) == Shown((("<5", "≥8"), ("6", "≥6")), "≥12")
    # One breakdown has nothing of 5 or more: "–" for every count, zeros kept.
    assert linked([3, 0], [2, 1]) == Shown((("–", "0"), ("–", "–")), "<5")
    # An alert's 198 messages, its sender knowing the 198: 198 - 11 - at most 4.
    assert known_total([184, 3, 11, 0]) == ("≥183", "<5", "11", "0")
    assert known_total([3, 0]) == ("–", "–")  # a total under 5: nothing to show
    # One breakdown alone: rule 2 (the total from its texts).
    assert linked([3, 10, 12]) == Shown((("<5", "10", "12"),), "≥23")
