"""The directory's Burmese and Khmer words (names, hours) in the review workbook: a second
sheet, "Directory", exported and imported like the topic texts (bot/content/review_import.py)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook, load_workbook

from bot.content.models import DirectoryEntry, Names, Review
from bot.content.sheets import (
    TEXT_COLUMNS,
    ImportRefused,
    ReviewCells,
    decided_rows,
    decision_problem,
    fingerprint,
    review_statuses,
    style_sheet,
)

SHEET = "Directory"
COLUMNS = ("entry", "field", *TEXT_COLUMNS, "fingerprint")
LOCAL = ("my", "km")


@dataclass(frozen=True, kw_only=True)
class WordRow(ReviewCells):
    entry: str
    field: str


@dataclass
class WordPlan:
    words: dict[tuple[str, str, str], str] = field(default_factory=dict)
    reviews: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    diff: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


def _words(entry: DirectoryEntry) -> Iterator[tuple[str, Names]]:
    yield "name", entry.name
    if entry.hours is not None:
        yield "hours", entry.hours


def add_sheet(book: Workbook, entries: Mapping[str, DirectoryEntry]) -> int:
    sheet = book.create_sheet(SHEET)
    sheet.append(["Names and hours of the directory, in Burmese and Khmer. Review as above."])
    sheet.append(list(COLUMNS))
    count = 0
    for entry in entries.values():
        for name, words in _words(entry):
            for language in LOCAL:
                text = getattr(words, language) or ""
                status = getattr(entry.review, language).status if entry.review else "draft"
                english = words.en
                row = [entry.id, name, language, status, english, text, "", "", "", ""]
                sheet.append([*row, fingerprint(text)])
                count += 1
    style_sheet(sheet, COLUMNS, count)
    return count


def read_word_rows(path: Path) -> list[WordRow]:
    """The directory rows of a returned workbook; none when it has no such sheet."""
    book = load_workbook(path, read_only=True, data_only=True)
    if SHEET not in book.sheetnames:
        return []
    lines = list(book[SHEET].iter_rows(values_only=True))
    if len(lines) < 2 or tuple(str(v or "") for v in lines[1][: len(COLUMNS)]) != COLUMNS:
        raise ValueError(f"{path.name}: the {SHEET} header is not the one `content export` writes")
    rows = []
    for number, values in enumerate(lines[2:], start=3):
        cells = {
            name: "" if i >= len(values) or values[i] is None else str(values[i]).strip()
            for i, name in enumerate(COLUMNS)
        }
        if cells["entry"]:
            rows.append(WordRow(line=number, **cells))
    return rows


def make_word_plan(entries: Mapping[str, DirectoryEntry], rows: list[WordRow]) -> WordPlan:
    plan = WordPlan()
    decided: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for row in decided_rows(
        rows,
        lambda row: _problem(entries, row),
        lambda row: f"{SHEET} row {row.line} ({row.entry}, {row.language})",
    ):
        old = getattr(dict(_words(entries[row.entry]))[row.field], row.language) or ""
        if row.decision == "correct" and row.correction != old:
            plan.words[(row.entry, row.field, row.language)] = row.correction
            who = f"{row.entry} {row.field} {row.language}, by {row.reviewer}"
            plan.diff += [f"--- {who}", f"-{old}", f"+{row.correction}"]
        if row.decision in ("approve", "correct"):
            decided[(row.entry, row.language)][row.field] = row.reviewer
        if row.comment:
            plan.comments.append(f"comment, {SHEET} row {row.line} ({row.entry}): {row.comment}")
    plan.reviews = review_statuses(
        decided,
        lambda key: [name for name, _words_ in _words(entries[key[0]])],
        [(entry_id, language) for entry_id, _field, language in plan.words],
    )
    return plan


def _problem(entries: Mapping[str, DirectoryEntry], row: WordRow) -> str | None:
    entry = entries.get(row.entry)
    words = dict(_words(entry)) if entry else {}
    if entry is None or row.field not in words or row.language not in LOCAL:
        return "no such entry, field or language in the directory"
    if not row.decision:
        return None
    current = getattr(words[row.field], row.language) or ""
    if problem := decision_problem(row, current):
        return problem
    if row.decision == "correct" and not row.correction:
        return "`correct` needs the new text in `correction`"
    return None


def write_word_plan(
    root: Path,
    entries: Mapping[str, DirectoryEntry],
    entry_files: Mapping[str, str],
    plan: WordPlan,
    today: dt.date,
) -> None:
    touched = sorted({key[0] for key in plan.words} | {key[0] for key in plan.reviews})
    for entry_id in touched:
        path = root / Path(entry_files[entry_id]).relative_to(root.name)
        source = path.read_text(encoding="utf-8")
        start = source.index(f"- id: {entry_id}\n")
        following = re.compile(r"(?m)^(?:- id: |# ---)").search(source, start + 1)
        end = following.start() if following else len(source)
        block = source[start:end]
        for (eid, name, language), text in plan.words.items():
            if eid == entry_id:
                block = _replace_word(block, entry_id, name, language, text)
        reviews = {
            language: plan.reviews.get((entry_id, language))
            for language in LOCAL
            if (entry_id, language) in plan.reviews
        }
        if reviews:
            block = _replace_review(block, entries[entry_id], reviews, today)
        path.write_text(source[:start] + block + source[end:], encoding="utf-8")


def _replace_word(block: str, entry_id: str, name: str, language: str, text: str) -> str:
    found = re.search(rf"(?m)^  {name}:\n((?:    .*\n)+)", block)
    line = re.compile(rf"(?m)^    {language}: .*$")
    if found is None or not line.search(found.group(1)):
        raise ImportRefused([f"entry {entry_id}: {name}.{language} is not a block line; edit it"])
    sub = line.sub(f"    {language}: {json.dumps(text, ensure_ascii=False)}", found.group(1), 1)
    return block[: found.start(1)] + sub + block[found.end(1) :]


def _replace_review(
    block: str,
    entry: DirectoryEntry,
    new: Mapping[str, tuple[str, str] | None],
    today: dt.date,
) -> str:
    parts = []
    for language in LOCAL:
        old = getattr(entry.review, language) if entry.review else Review(status="draft")
        status, by = new.get(language) or (old.status, old.by or "")
        on = today if language in new else old.on
        if status == "reviewed":
            who = json.dumps(by, ensure_ascii=False)
            parts.append(f"{language}: {{status: reviewed, by: {who}, on: {on}}}")
        else:
            parts.append(f"{language}: {{status: draft}}")
    review = "  review: {" + ", ".join(parts) + "}"
    block, count = re.subn(r"(?m)^  review: \{.*\}$", review, block, count=1)
    if count != 1:
        raise ImportRefused([f"entry {entry.id}: `review` is not one line; edit the file"])
    return block
