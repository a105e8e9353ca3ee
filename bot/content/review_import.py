"""`python -m bot content import FILE`: a partner's review workbook back into content/.

The sheet is refused whole when any reviewed row's source text changed since export, or when
the content with the corrections fails `content check`; otherwise the diff is shown and the
corrections are written into the topic files with reviewer, date and status per language.
A topic's language becomes `reviewed` only when every variant of it was approved or
corrected in the sheet; a correction in a partly reviewed language leaves it `draft` (the rule
the directory's sheet follows too: bot/content/sheets.py `review_statuses`).
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
import json
import re
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from bot.content.check import run_check
from bot.content.loader import collect
from bot.content.models import Topic
from bot.content.review_directory import (
    make_word_plan,
    read_word_rows,
    write_word_plan,
)
from bot.content.sheets import ImportRefused, decided_rows, decision_problem, review_statuses
from bot.content.workbook import Row, read_rows

__all__ = ["ImportRefused", "import_workbook"]

INDENT = " " * 8  # the block scalars of topic texts: `      my: |` then 8 spaces


@dataclass
class Plan:
    texts: dict[tuple[str, int, str], str] = field(default_factory=dict)  # new texts
    reviews: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    diff: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


def import_workbook(
    root: Path, path: Path, out: TextIO, today: dt.date | None = None, apply: bool = True
) -> Plan:
    """Show, validate and (unless apply is False) write a returned review workbook."""
    today = today or dt.date.today()
    loaded = collect(root)
    if loaded.problems:
        raise ImportRefused(["the content is invalid before the import:", *loaded.problems])
    plan = make_plan(loaded.topics, read_rows(path))
    words = make_word_plan(loaded.entries, read_word_rows(path))
    statuses = [
        f"review: {name} {language}: {status}" + (f" by {by}" if by else "")
        for reviews in (plan.reviews, words.reviews)
        for (name, language), (status, by) in sorted(reviews.items())
    ]
    for line in plan.diff + words.diff + statuses + plan.comments + words.comments:
        print(line, file=out)
    if not (plan.texts or plan.reviews or words.words or words.reviews):
        print("Nothing to import: no row has a decision.", file=out)
        return plan

    def write(into: Path) -> None:
        write_plan(into, loaded.topic_files, plan, today)
        write_word_plan(into, loaded.entries, loaded.entry_files, words, today)

    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / root.name
        shutil.copytree(root, trial)
        write(trial)
        report = io.StringIO()
        if run_check(trial, 100_000, report, today=today) != 0:
            errors = [line for line in report.getvalue().splitlines() if line.startswith("ERROR")]
            raise ImportRefused(["the corrected content fails `content check`:", *errors])
    if apply:
        write(root)
        changed = len(plan.texts) + len(words.words)
        reviews = len(plan.reviews) + len(words.reviews)
        print(f"Applied: {changed} texts changed, {reviews} reviews.", file=out)
    return plan


def make_plan(topics: dict[str, Topic], rows: list[Row]) -> Plan:
    plan = Plan()
    decided: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    for row in decided_rows(
        rows,
        lambda row: _row_problem(topics, row),
        lambda row: f"row {row.line} ({row.topic}, {row.language})",
    ):
        key = (row.topic, row.variant, row.language)
        old = getattr(topics[row.topic].answers[row.variant].text, row.language)
        if row.decision == "correct" and row.correction.strip() != old.strip():
            plan.texts[key] = row.correction.strip()
            plan.diff.extend(_diff(row, old, row.correction))
        if row.decision in ("approve", "correct"):
            decided[(row.topic, row.language)][row.variant] = row.reviewer
        if row.comment:
            plan.comments.append(f"comment, row {row.line} ({row.topic}): {row.comment}")
    plan.reviews = review_statuses(
        decided,
        lambda key: range(len(topics[key[0]].answers)),
        [(topic_id, language) for topic_id, _index, language in plan.texts],
    )
    return plan


def _row_problem(topics: dict[str, Topic], row: Row) -> str | None:
    topic = topics.get(row.topic)
    if topic is None or not 0 <= row.variant < len(topic.answers):
        return "no such topic or variant in the content"
    if row.language not in ("my", "km", "en"):
        return f"language {row.language!r} is not my, km or en"
    current = getattr(topic.answers[row.variant].text, row.language)
    if row.decision and (problem := decision_problem(row, current)):
        return problem
    if row.decision == "correct" and not row.correction.strip():
        return "`correct` needs the new text in `correction`"
    return None


def _diff(row: Row, old: str, new: str) -> list[str]:
    head = f"{row.topic} answers[{row.variant}] ({row.when}) {row.language}, by {row.reviewer}"
    lines = difflib.unified_diff(
        old.strip().splitlines(), new.strip().splitlines(), "before", "after", lineterm=""
    )
    return [f"--- {head}", *list(lines)[2:]]


def write_plan(root: Path, topic_files: dict[str, str], plan: Plan, today: dt.date) -> None:
    touched = {key[0] for key in plan.texts} | {key[0] for key in plan.reviews}
    for topic_id in sorted(touched):
        path = root / Path(topic_files[topic_id]).relative_to(root.name)
        source = path.read_text(encoding="utf-8")
        for (tid, index, language), text in plan.texts.items():
            if tid == topic_id:
                source = _replace_text(source, index, language, text)
        for (tid, language), (status, by) in plan.reviews.items():
            if tid == topic_id:
                source = _replace_review(source, language, status, by, today)
        path.write_text(source, encoding="utf-8")


_VARIANT = re.compile(r"(?m)^  - when: ")


def _replace_text(source: str, index: int, language: str, text: str) -> str:
    """The text of answers[index] in `language`, rewritten as a `|` block; the rest of the
    file (comments, order, other languages) stays byte for byte."""
    head, answers = source.split("\nanswers:\n", 1)
    starts = [m.start() for m in _VARIANT.finditer(answers)] + [len(answers)]
    chunk = answers[starts[index] : starts[index + 1]]
    body = "".join(f"{INDENT}{line}\n" if line else "\n" for line in text.splitlines())
    block = re.compile(rf"(?m)^      {language}: \|[+-]?\n((?:{INDENT}.*\n|[ \t]*\n)*)")
    # A one-line scalar (`en: "..."`) becomes a block.
    line = re.compile(rf"(?m)^      {language}: (?![|>]).*\n")
    if found := block.search(chunk):
        chunk = chunk[: found.start(1)] + body + chunk[found.end(1) :]
    elif found := line.search(chunk):
        chunk = f"{chunk[: found.start()]}      {language}: |\n{body}{chunk[found.end() :]}"
    else:
        raise ImportRefused([f"answers[{index}] {language}: text not found; edit the file"])
    answers = answers[: starts[index]] + chunk + answers[starts[index + 1] :]
    return f"{head}\nanswers:\n{answers}"


def _replace_review(source: str, language: str, status: str, by: str, today: dt.date) -> str:
    line = re.compile(rf"(?m)^  {language}: \{{status: [^\n]*\}}$")
    value = f"{{status: reviewed, by: {json.dumps(by, ensure_ascii=False)}, on: {today}}}"
    new = f"  {language}: {value if status == 'reviewed' else '{status: draft}'}"
    source, count = line.subn(new, source, count=1)
    if count != 1:
        raise ImportRefused([f"review.{language}: not a one-line `{{status: ...}}`; edit the file"])
    return source
