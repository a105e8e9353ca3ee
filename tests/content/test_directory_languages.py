"""The directory in the person's language (issue 13): what `content check` requires of entries,
and that file names in content/ are relative to the repository."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from helpers import copy_good

from bot.content.check import run_check

ENTRY = "content/directory/offices.yml: entry th-hotline-1506"


def errors(root: Path) -> list[str]:
    out = io.StringIO()
    run_check(root, 100_000, out, today=dt.date(2026, 11, 27))
    return [line for line in out.getvalue().splitlines() if line.startswith("ERROR")]


def edit_entry(root: Path, old: str, new: str) -> None:
    path = root / "directory" / "offices.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: th-hotline-1506")
    end = text.find("\n- id:", start)
    end = len(text) if end == -1 else end
    block = text[start:end]
    assert old in block, old
    path.write_text(text[:start] + block.replace(old, new, 1) + text[end:], encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (', km: "Ministry of Labour hotline 1506 (Thailand) (km)"', "",
         f"ERROR {ENTRY}, language km: name.km missing"),
        ("  languages: null\n", "", f"ERROR {ENTRY}: missing `languages` (the languages it "
         "speaks; `null` if not known)"),
        ("  languages: null\n", "  languages: []\n",
         f"ERROR {ENTRY}: `languages` is empty; write `null` when not known"),
        ("  review: {my: {status: draft}, km: {status: draft}}\n", "",
         f"ERROR {ENTRY}: missing `review` (status of the Burmese and Khmer words)"),
        ("  languages: null\n", "  languages: null\n  hours: {en: 24 hours, my: ၂၄ နာရီ}\n",
         f"ERROR {ENTRY}, language km: hours.km missing"),
    ],
)  # fmt: skip
def test_an_entry_without_its_words_in_every_language_is_an_error(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    root = copy_good(tmp_path)
    assert not [e for e in errors(root) if "entry th-hotline-1506" in e]
    edit_entry(root, old, new)
    assert message in errors(root)


def test_an_absolute_path_in_a_content_file_is_an_error(tmp_path: Path) -> None:
    root = copy_good(tmp_path)
    path = root / "directory" / "offices.yml"
    path.write_text("# Checked against /work/shared/reference/sheet.md\n" + path.read_text())
    assert (
        "ERROR content/directory/offices.yml: line 1: absolute path; name files relative to "
        "the repo"
    ) in errors(root)
    path.write_text(path.read_text().replace("/work/shared", "../shared", 1))
    assert not [e for e in errors(root) if "absolute path" in e]
