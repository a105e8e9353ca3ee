"""`python -m bot content export`: the review workbook partners fill in without git.

Sheet "Review": one row per topic x variant x language: the text, the English beside it, the
review status, and empty columns for the reviewer's correction, name and decision. Sheet
"Directory": the Burmese and Khmer names and hours of the directory, the same way. A
fingerprint of each text lets `content import` refuse a sheet whose source changed since.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from bot.content.catalog import Catalog, load_catalog
from bot.content.models import LANGUAGES
from bot.content.report import describe_when, stranded_profiles
from bot.content.review_directory import add_sheet
from bot.content.sheets import TEXT_COLUMNS, ReviewCells, fingerprint, style_sheet

SHEET = "Review"
COLUMNS = ("topic", "variant", "when", *TEXT_COLUMNS, "no_reachable_contact_for", "fingerprint")
HELP = (
    "How to review: read `text` against `english`. To change it, write the whole new text in "
    "`correction` and choose `correct`; if it is right, choose `approve`; `reject` marks a "
    "text that needs work without changing it. Put your name in `reviewer`. Do not edit "
    "`text` or `fingerprint`. Send the file back; it is imported with "
    "`python -m bot content import FILE`."
)


@dataclass(frozen=True, kw_only=True)
class Row(ReviewCells):
    topic: str
    variant: int
    when: str


def export_workbook(root: Path, path: Path, today: dt.date | None = None) -> int:
    """Write the workbook; returns the number of text rows. ContentError if content is broken."""
    catalog = load_catalog(root)
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook always has one sheet
    sheet.title = SHEET
    sheet.append([f"{HELP} Exported on {today or dt.date.today()}."])
    sheet.append(list(COLUMNS))
    count = 0
    for values in _rows(catalog):
        sheet.append(values)
        count += 1
    style_sheet(sheet, COLUMNS, count)
    add_sheet(book, catalog.entries)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return count


def _rows(catalog: Catalog) -> Iterator[list[str | int]]:
    stranded = stranded_profiles(catalog)
    for topic in catalog.topics.values():
        for index, variant in enumerate(topic.answers):
            for language in LANGUAGES:
                text = getattr(variant.text, language)
                status = getattr(topic.review, language).status
                yield [
                    topic.id,
                    index,
                    describe_when(variant),
                    language,
                    status,
                    variant.text.en,
                    text,
                    "",
                    "",
                    "",
                    "",
                    stranded.get((topic.id, index), ""),
                    fingerprint(text),
                ]


def read_rows(path: Path) -> list[Row]:
    """The rows of a returned workbook; ValueError naming what is wrong with its layout."""
    book = load_workbook(path, read_only=True, data_only=True)
    if SHEET not in book.sheetnames:
        raise ValueError(f"{path.name}: no sheet named {SHEET!r}")
    lines = list(book[SHEET].iter_rows(values_only=True))
    if len(lines) < 2 or tuple(str(v or "") for v in lines[1][: len(COLUMNS)]) != COLUMNS:
        raise ValueError(f"{path.name}: the header row is not the one `content export` writes")
    rows = []
    for number, values in enumerate(lines[2:], start=3):
        cells = {name: _cell(values, i) for i, name in enumerate(COLUMNS)}
        if not cells["topic"]:
            continue
        variant = cells.pop("variant")
        if not variant.isdigit():
            raise ValueError(f"{path.name}: row {number}: variant {variant!r} is not a number")
        cells.pop("no_reachable_contact_for")
        rows.append(Row(variant=int(variant), line=number, **cells))
    return rows


def _cell(values: tuple[object, ...], index: int) -> str:
    value = values[index] if index < len(values) else None
    return "" if value is None else str(value).strip()
