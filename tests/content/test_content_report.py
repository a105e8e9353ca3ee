"""The review sheet: one row per topic x language x variant, plus the directory."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from helpers import GOOD

from bot.content.report import write_report


def test_review_sheet_rows(tmp_path: Path) -> None:
    paths = write_report(GOOD, tmp_path / "out", today=dt.date(2026, 12, 27))
    assert [path.name for path in paths] == ["review-sheet.csv", "review-sheet.md"]
    with paths[0].open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    blank = rows.index([])
    topics, directory = rows[1:blank], rows[blank + 2 :]
    assert len(topics) == (7 + 1) * 3
    header = rows[0]
    first = dict(zip(header, topics[0], strict=True))
    assert first["topic"] == "embassy_contact"
    assert first["variant"] == "general"
    assert (first["language"], first["review_status"], first["age_days"]) == ("my", "draft", "30")
    km = dict(zip(header, topics[1 * 3 + 1], strict=True))
    assert km["variant"] == "origin=MM"
    assert (km["language"], km["review_status"], km["reviewer"]) == (
        "km",
        "reviewed",
        "Partner reviewer",
    )
    assert km["sources"] == "sheet (2026-11)"
    assert km["contacts"] == "mm-embassy-bangkok (official)"
    assert len(directory) == 8
    entry = dict(zip(rows[blank + 1], directory[1], strict=True))
    assert (entry["entry"], entry["status"], entry["caution"], entry["source_date"]) == (
        "kh-embassy-bangkok",
        "unverified",
        "yes",
        "undated",
    )
    markdown = paths[1].read_text(encoding="utf-8")
    assert "## Directory" in markdown
    assert (
        "| mm-consulate-chiang-mai | consulate | TH | Chiang Mai | secondary | yes | 2015 |"
        in markdown
    )


def test_review_sheet_names_who_a_variant_leaves_without_a_contact(tmp_path: Path) -> None:
    csv_path, _md = write_report(GOOD, tmp_path / "out", today=dt.date(2026, 12, 27))
    with csv_path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    header = rows[0]
    topics = [dict(zip(header, row, strict=True)) for row in rows[1 : rows.index([])]]
    korea = {row["no_reachable_contact_for"] for row in topics if row["variant"] == "country=KR"}
    assert korea == {"MM in KR, KH in KR"}
    in_thailand = [row for row in topics if row["variant"] == "origin=MM country=TH"]
    assert {row["no_reachable_contact_for"] for row in in_thailand} == {""}
