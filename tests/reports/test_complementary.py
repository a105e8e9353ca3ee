"""Complementary suppression (bot/reports/small.py, rules 2 and 3): a total shown beside its
counts, or a second breakdown of the same population, must not give a hidden count back
(total minus the shown counts). Rule 3 is checked on every small population in
test_linked_bruteforce.py; here on lines and on the seeded report."""

from __future__ import annotations

import itertools
import random

from sqlalchemy import Engine
from test_reports import CATALOG, NOW, seeded, visible_words  # noqa: F401 (fixture)

from bot.reports.build import report
from bot.reports.small import MIN_SHOWN, linked, shown, sum_text
from bot.storage.db import session_factory


def possible_values(cells: list[str], total_text: str) -> list[set[int]]:
    """What a reader can work out of each hidden cell ("<5") from the shown cells and the
    shown total: every assignment of 1..4 to the hidden cells that agrees with the total."""
    hidden_at = [i for i, text in enumerate(cells) if text == f"<{MIN_SHOWN}"]
    known = sum(int(text) for text in cells if text != f"<{MIN_SHOWN}")
    possible: list[set[int]] = [set() for _ in hidden_at]
    for values in itertools.product(range(1, MIN_SHOWN), repeat=len(hidden_at)):
        whole = known + sum(values)
        if total_text.startswith("≥"):
            agrees = whole >= int(total_text[1:])
        else:
            agrees = total_text == shown(whole)
        if agrees:
            for slot, value in enumerate(values):
                possible[slot].add(value)
    return possible


def test_a_3_beside_a_total_cannot_be_derived():
    row = [3, 10, 12]  # one hidden cell, and its row's total beside it
    cells = [shown(c) for c in row]
    assert cells == ["<5", "10", "12"]
    total_text = sum_text(cells, sum(row))
    assert total_text != "25"  # 25 - 10 - 12 would be the 3
    [values] = possible_values(cells, total_text)
    assert values == {1, 2, 3, 4}  # total minus the visible cells is no single value
    # The check itself can fail: with the exact total the 3 comes back.
    assert possible_values(cells, shown(sum(row))) == [{3}]


def test_no_hidden_count_is_derivable_from_any_line_and_its_total():
    draw = random.Random(14)
    for _ in range(2000):
        row = [draw.choice([0, 1, 2, 3, 4, 5, 6, 9, 20]) for _ in range(draw.randint(1, 5))]
        cells = [shown(c) for c in row]
        for values in possible_values(cells, sum_text(cells, sum(row))):
            assert len(values) >= 2, row  # never a single value
    assert sum_text(["10", "20"], 30) == "30"  # nothing hidden: the exact total
    assert sum_text(["<5", "0"], 3) == "<5"  # a small total of hidden counts is hidden
    assert sum_text(["<5"] * 4, 4) == "≥4"  # not "<5": that would make each a 1


def test_a_population_broken_down_two_ways_leaves_each_largest_count_open():
    weeks, endings = [6, 6, 0], [9, 3]  # 12 ended: by week, and by how they ended
    assert linked(weeks).total == "12"  # alone, nothing hidden: exact
    both = linked(weeks, endings)
    # The weeks alone hide nothing, but their exact 12 minus the endings' 9 is the 3.
    assert both.breakdowns == (("≥6", "6", "0"), ("≥8", "<5"))  # 8: at least 12, less 4
    assert both.total == "≥12"


def test_the_report_shows_no_total_that_gives_a_3_back(seeded: Engine):  # noqa: F811
    with session_factory(seeded)() as session:
        page = report(session, CATALOG, "all", 8, NOW)
    words = visible_words(page)
    # ALPHA's 3 cases beside BETA's 7: the service's 10 would give the 3 back.
    assert "10" not in words and "≥6" in words
    assert "3" not in words


def test_the_question_breakdowns_do_not_give_each_other_a_hidden_count(seeded: Engine):  # noqa: F811
    with session_factory(seeded)() as session:
        page = report(session, CATALOG, "all", 8, NOW)
    words = visible_words(page)
    # Burmese (the only language) answered 15: minus unpaid_wages' 12 gives injury's 3. So
    # is the outcome table's 15, and the 12 itself beside the language's 15.
    assert "15" not in words and "<td>12</td>" not in page
    assert "<td>injury_health</td><td>&lt;5</td>" in page
    assert "<td>Unpaid wages</td><td>≥5</td>" in page


def test_cases_ended_by_week_do_not_give_an_ending_back(seeded: Engine):  # noqa: F811
    """6 BETA cases resolved in one week and nothing else: nothing hidden, all exact. One
    more case ended another way would be a "<5" the weekly column must not give back."""
    with session_factory(seeded)() as session:
        page = report(session, CATALOG, "BETA", 8, NOW)
    assert "<tr><td>Resolved</td><td>6</td></tr>" in page
    assert "6 ended." in page
