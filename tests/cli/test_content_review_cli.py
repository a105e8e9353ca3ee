"""`python -m bot content export` and `content import`, as a partner organisation's editor runs
them: the file round-trips, and a broken file gets a clear refusal, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "content"))
from helpers import complete_tree  # noqa: E402


def bot(tmp_path: Path, content: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONTENT_DIR": str(content), "BOT_VAR_DIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-m", "bot", "content", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_export_then_import_of_an_untouched_sheet_changes_nothing(tmp_path: Path) -> None:
    content = complete_tree(tmp_path)
    sheet = tmp_path / "review.xlsx"
    exported = bot(tmp_path, content, "export", "--out", str(sheet))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip().endswith("90 rows")
    imported = bot(tmp_path, content, "import", str(sheet))
    assert imported.returncode == 0, imported.stderr
    assert "Nothing to import" in imported.stdout


def test_a_file_that_is_not_a_workbook_is_refused_kindly(tmp_path: Path) -> None:
    content = complete_tree(tmp_path)
    wrong = tmp_path / "notes.xlsx"
    wrong.write_text("not a spreadsheet")
    result = bot(tmp_path, content, "import", str(wrong))
    assert result.returncode == 1
    assert result.stderr.startswith("Import refused, nothing was written:")
    assert "Traceback" not in result.stderr
