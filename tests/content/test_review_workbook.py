"""Partner review without git: export a workbook, edit it as a reviewer would, import it."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
from helpers import REAL, complete_tree
from openpyxl import load_workbook

from bot.content import load_catalog
from bot.content.review_directory import COLUMNS as DIRECTORY_COLUMNS
from bot.content.review_import import ImportRefused, import_workbook
from bot.content.workbook import COLUMNS, export_workbook

TODAY = dt.date(2026, 12, 3)
REVIEWER = "Sokha (CWCC)"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return complete_tree(tmp_path)


def exported(tree: Path, tmp_path: Path) -> Path:
    path = tmp_path / "review.xlsx"
    export_workbook(tree, path, today=TODAY)
    return path


def edit(path: Path, topic: str, language: str, changes: dict[int, dict[str, str]]) -> None:
    """Fill the reviewer's columns of one topic and language, variant by variant."""
    book = load_workbook(path)
    sheet = book["Review"]
    col = {name: i + 1 for i, name in enumerate(COLUMNS)}
    for row in range(3, sheet.max_row + 1):
        cell = sheet.cell
        if cell(row, col["topic"]).value == topic and cell(row, col["language"]).value == language:
            for name, value in changes.get(int(cell(row, col["variant"]).value), {}).items():
                cell(row, col[name]).value = value
    book.save(path)


def run_import(tree: Path, path: Path, apply: bool = True) -> str:
    out = io.StringIO()
    import_workbook(tree, path, out, today=TODAY, apply=apply)
    return out.getvalue()


def test_export_has_one_row_per_topic_variant_and_language(tree: Path, tmp_path: Path) -> None:
    sheet = load_workbook(exported(tree, tmp_path))["Review"]
    header = [cell.value for cell in sheet[2]]
    assert header == list(COLUMNS)
    variants = sum(len(t.answers) for t in load_catalog(tree).topics.values())
    assert sheet.max_row - 2 == variants * 3
    first = dict(zip(header, [cell.value for cell in sheet[3]], strict=True))
    assert first["language"] == "my" and first["english"] and first["status"] == "draft"


def test_a_reviewer_corrects_and_approves_and_the_import_applies_it(
    tree: Path, tmp_path: Path
) -> None:
    path = exported(tree, tmp_path)
    # embassy_contact has 8 variants; the reviewer corrects one Khmer text, approves the rest.
    changes = {i: {"decision": "approve", "reviewer": REVIEWER} for i in range(8)}
    changes[2] = {"decision": "correct", "reviewer": REVIEWER, "correction": "MM in TH (km), fixed"}
    edit(path, "embassy_contact", "km", changes)
    shown = run_import(tree, path)
    assert "-MM in TH (km)" in shown and "+MM in TH (km), fixed" in shown
    topic = load_catalog(tree).topic("embassy_contact")
    assert topic is not None
    assert topic.answers[2].text.km == "MM in TH (km), fixed"
    assert topic.answers[2].text.my == "MM in TH (my)"  # other languages untouched
    assert (topic.review.km.status, topic.review.km.by, topic.review.km.on) == (
        "reviewed",
        REVIEWER,
        TODAY,
    )
    # The same sheet again: its source text has changed since export, so it is refused.
    with pytest.raises(ImportRefused) as refused:
        run_import(tree, path)
    assert "changed since the sheet was exported" in refused.value.problems[0]


def test_a_partial_correction_leaves_the_language_a_draft(tree: Path, tmp_path: Path) -> None:
    path = exported(tree, tmp_path)
    edit(path, "embassy_contact", "my", {0: {"decision": "correct", "reviewer": REVIEWER,
                                             "correction": "general (my), fixed"}})  # fmt: skip
    run_import(tree, path)
    topic = load_catalog(tree).topic("embassy_contact")
    assert topic is not None and topic.answers[0].text.my == "general (my), fixed"
    assert topic.review.my.status == "draft"


def test_a_correction_that_fails_the_checker_is_refused_and_nothing_written(
    tree: Path, tmp_path: Path
) -> None:
    (tree / "glossary.yml").write_text(
        "review: {my: {status: draft}, km: {status: draft}}\nterms:\n"
        "  - {id: embassy, en: embassy, my: {use: A, avoid: [BAD]}, km: {use: B}}\n"
    )
    before = (tree / "topics" / "embassy_contact.yml").read_text()
    path = exported(tree, tmp_path)
    edit(path, "embassy_contact", "my", {1: {"decision": "correct", "reviewer": REVIEWER,
                                             "correction": "a BAD word"}})  # fmt: skip
    with pytest.raises(ImportRefused) as refused:
        run_import(tree, path)
    assert any("'BAD': use 'A'" in problem for problem in refused.value.problems)
    assert (tree / "topics" / "embassy_contact.yml").read_text() == before


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"decision": "approve"}, "needs the reviewer's name"),
        ({"decision": "correct", "reviewer": REVIEWER}, "needs the new text"),
        ({"decision": "maybe", "reviewer": REVIEWER}, "is not one of approve, correct, reject"),
        ({"decision": "approve", "reviewer": REVIEWER, "text": "edited"}, "`text` column"),
    ],
)
def test_rows_a_reviewer_got_wrong_are_named(
    tree: Path, tmp_path: Path, changes: dict[str, str], message: str
) -> None:
    path = exported(tree, tmp_path)
    edit(path, "embassy_contact", "en", {0: changes})
    with pytest.raises(ImportRefused) as refused:
        run_import(tree, path, apply=False)
    assert message in refused.value.problems[0]
    assert refused.value.problems[0].startswith("row ")


def test_a_sheet_whose_source_changed_is_refused(tree: Path, tmp_path: Path) -> None:
    path = exported(tree, tmp_path)
    topic_file = tree / "topics" / "embassy_contact.yml"
    topic_file.write_text(topic_file.read_text().replace('"general (km)"', '"general (km) v2"'))
    edit(path, "embassy_contact", "km", {0: {"decision": "approve", "reviewer": REVIEWER}})
    with pytest.raises(ImportRefused) as refused:
        run_import(tree, path)
    assert "export a new sheet" in refused.value.problems[0]


def test_a_dry_run_shows_the_diff_and_writes_nothing(tree: Path, tmp_path: Path) -> None:
    before = (tree / "topics" / "embassy_contact.yml").read_text()
    path = exported(tree, tmp_path)
    edit(path, "embassy_contact", "en", {0: {"decision": "correct", "reviewer": REVIEWER,
                                             "correction": "general, shorter"}})  # fmt: skip
    assert "+general, shorter" in run_import(tree, path, apply=False)
    assert (tree / "topics" / "embassy_contact.yml").read_text() == before


# The directory's Burmese and Khmer words, on the workbook's second sheet (real content).


@pytest.fixture
def real_tree(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(REAL, root)
    return root


def edit_directory(
    path: Path, entry: str, language: str, changes: dict[str, dict[str, str]]
) -> None:
    book = load_workbook(path)
    sheet = book["Directory"]
    col = {name: i + 1 for i, name in enumerate(DIRECTORY_COLUMNS)}
    for row in range(3, sheet.max_row + 1):
        cell = sheet.cell
        if cell(row, col["entry"]).value == entry and cell(row, col["language"]).value == language:
            for name, value in changes.get(str(cell(row, col["field"]).value), {}).items():
                cell(row, col[name]).value = value
    book.save(path)


def test_the_directory_sheet_has_the_names_and_hours_in_burmese_and_khmer(
    real_tree: Path, tmp_path: Path
) -> None:
    sheet = load_workbook(exported(real_tree, tmp_path))["Directory"]
    entries = load_catalog(real_tree).entries.values()
    fields = sum(1 + (entry.hours is not None) for entry in entries)
    assert sheet.max_row - 2 == fields * 2


def test_a_reviewer_corrects_a_khmer_name_and_approves_the_hours(
    real_tree: Path, tmp_path: Path
) -> None:
    path = exported(real_tree, tmp_path)
    fixed = "ខ្សែទូរស័ព្ទពលករចំណាកស្រុក ១៦៩៤ (ថៃ)"
    edit_directory(path, "th-hotline-1694", "km", {
        "name": {"decision": "correct", "correction": fixed, "reviewer": REVIEWER},
        "hours": {"decision": "approve", "reviewer": REVIEWER},
    })  # fmt: skip
    shown = run_import(real_tree, path)
    assert f"+{fixed}" in shown
    entry = load_catalog(real_tree).entries["th-hotline-1694"]
    assert entry.name.km == fixed and entry.name.my and entry.name.my != fixed
    assert entry.review is not None
    assert (entry.review.km.status, entry.review.km.by, entry.review.km.on) == (
        "reviewed",
        REVIEWER,
        TODAY,
    )
    assert entry.review.my.status == "draft"


def test_a_directory_entry_partly_reviewed_stays_a_draft(real_tree: Path, tmp_path: Path) -> None:
    # The rule the topic sheet follows too (bot/content/sheets.py review_statuses): the name
    # corrected, the hours undecided, so Khmer is not `reviewed`.
    path = exported(real_tree, tmp_path)
    fixed = "ខ្សែទូរស័ព្ទពលករចំណាកស្រុក ១៦៩៤ (ថៃ)"
    edit_directory(path, "th-hotline-1694", "km", {
        "name": {"decision": "correct", "correction": fixed, "reviewer": REVIEWER},
    })  # fmt: skip
    run_import(real_tree, path)
    entry = load_catalog(real_tree).entries["th-hotline-1694"]
    assert entry.name.km == fixed and entry.hours is not None
    assert entry.review is not None and entry.review.km.status == "draft"


def test_a_directory_correction_against_the_glossary_is_refused(
    real_tree: Path, tmp_path: Path
) -> None:
    before = (real_tree / "directory" / "embassies.yml").read_text()
    path = exported(real_tree, tmp_path)
    edit_directory(path, "mm-consulate-chiang-mai", "km", {"name": {
        "decision": "correct", "correction": "ស្ថានកុងស៊ុលមីយ៉ាន់ម៉ា", "reviewer": REVIEWER}})  # fmt: skip
    with pytest.raises(ImportRefused) as refused:
        run_import(real_tree, path)
    assert any("glossary: consulate" in problem for problem in refused.value.problems)
    assert (real_tree / "directory" / "embassies.yml").read_text() == before
