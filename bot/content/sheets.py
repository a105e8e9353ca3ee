"""What the review workbook's sheets share: decisions, fingerprints, layout, the refusal."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

DECISIONS = ("approve", "correct", "reject")
REVIEWER_COLUMNS = ("correction", "reviewer", "decision", "comment")
# Every sheet's columns for the text under review, then the reviewer's (ReviewCells).
TEXT_COLUMNS = ("language", "status", "english", "text", *REVIEWER_COLUMNS)
WIDTHS = {"english": 60, "text": 60, "correction": 60, "comment": 30}


@dataclass(frozen=True, kw_only=True)
class ReviewCells:
    """The columns every sheet's row has, whatever it reviews (a topic text, a directory word)."""

    language: str
    status: str
    english: str
    text: str
    correction: str
    reviewer: str
    decision: str
    comment: str
    fingerprint: str
    line: int  # the row number in the sheet, for messages


R = TypeVar("R", bound=ReviewCells)
K = TypeVar("K", bound=Hashable)  # what a language's status belongs to: (topic, language)...
P = TypeVar("P", bound=Hashable)  # ...and its parts, each one row: a variant, a field


class ImportRefused(Exception):
    """The sheet cannot be applied; `problems` say why, row by row."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def fingerprint(text: str) -> str:
    """A short hash of a source text: enough to notice that it changed since export."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


def decision_problem(row: ReviewCells, current: str) -> str | None:
    """What is wrong with a decided row, by the rules every sheet shares; None when nothing."""
    if fingerprint(current) != row.fingerprint:
        return "the source text changed since the sheet was exported; export a new sheet"
    if fingerprint(row.text) != row.fingerprint:
        return "the `text` column was edited; write changes in `correction`"
    if row.decision not in DECISIONS:
        return f"decision {row.decision!r} is not one of {', '.join(DECISIONS)}"
    if not row.reviewer:
        return "a decision needs the reviewer's name"
    return None


def decided_rows(
    rows: Sequence[R], problem: Callable[[R], str | None], where: Callable[[R], str]
) -> list[R]:
    """The rows with a decision, once every row passed its checks; otherwise ImportRefused
    naming each problem (the whole sheet is refused, not the bad rows alone)."""
    problems = [f"{where(row)}: {found}" for row in rows if (found := problem(row))]
    if problems:
        raise ImportRefused(problems)
    return [row for row in rows if row.decision]


def review_statuses(
    decided: Mapping[K, Mapping[P, str]],
    parts_of: Callable[[K], Collection[P]],
    changed: Iterable[K],
) -> dict[K, tuple[str, str]]:
    """The new (status, reviewers) per item and language, by the one rule both sheets follow:
    it becomes `reviewed` only when every row of it (each part) was approved or corrected;
    a text changed where some row is still undecided leaves it `draft`. `decided` maps each
    item and language to the reviewer of each decided part."""
    statuses: dict[K, tuple[str, str]] = {}
    for key, by_part in decided.items():
        if set(by_part) == set(parts_of(key)):
            statuses[key] = ("reviewed", ", ".join(sorted(set(by_part.values()))))
    for key in changed:
        statuses.setdefault(key, ("draft", ""))
    return statuses


def style_sheet(sheet: Worksheet, columns: tuple[str, ...], count: int) -> None:
    """Header in bold, the reviewer's columns shaded, a drop-down for the decision."""
    sheet.freeze_panes = "A3"
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    editable = PatternFill("solid", fgColor="FFF2CC")
    for position, name in enumerate(columns, start=1):
        letter = sheet.cell(row=2, column=position).column_letter
        sheet.column_dimensions[letter].width = WIDTHS.get(name, 14)
        for row in range(3, count + 3):
            cell = sheet.cell(row=row, column=position)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if name in REVIEWER_COLUMNS:
                cell.fill = editable
    letter = sheet.cell(row=2, column=columns.index("decision") + 1).column_letter
    rule = DataValidation(type="list", formula1=f'"{",".join(DECISIONS)}"', allow_blank=True)
    rule.add(f"{letter}3:{letter}{count + 2}")
    sheet.add_data_validation(rule)
