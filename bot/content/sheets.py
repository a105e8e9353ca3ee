"""What the review workbook's sheets share: decisions, fingerprints, layout, the refusal."""

from __future__ import annotations

import hashlib

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

DECISIONS = ("approve", "correct", "reject")
REVIEWER_COLUMNS = ("correction", "reviewer", "decision", "comment")
WIDTHS = {"english": 60, "text": 60, "correction": 60, "comment": 30}


class ImportRefused(Exception):
    """The sheet cannot be applied; `problems` say why, row by row."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def fingerprint(text: str) -> str:
    """A short hash of a source text: enough to notice that it changed since export."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


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
