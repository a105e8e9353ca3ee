"""Live reload: a broken edit is refused and the old catalog stays; a good edit goes live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import copy_good, fixture_root

from bot.content import CatalogHolder, ContentError


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    # Filesystem timestamps can be coarse: move mtime on so the change is always seen.
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))


def test_broken_start_refuses_to_run() -> None:
    with pytest.raises(ContentError):
        CatalogHolder(fixture_root("missing_language"))


def test_broken_edit_keeps_old_catalog_then_good_edit_goes_live(tmp_path: Path) -> None:
    root = copy_good(tmp_path)
    topic_file = root / "topics" / "emergency_help.yml"
    holder = CatalogHolder(root, min_interval_s=0)
    first = holder.get()

    edit(topic_file, "km: help km", "km: ''")
    assert holder.get() is first
    assert holder.last_error is not None
    assert holder.last_error.problems == [
        "content/topics/emergency_help.yml: topic emergency_help, language km: "
        "answers[0].text.km: String should have at least 1 character"
    ]

    edit(topic_file, "km: ''", "km: help km (fixed)")
    second = holder.get()
    assert second is not first
    assert second.answer("emergency_help", None, None).text.km == "help km (fixed)"
    assert holder.last_error is None


def test_unchanged_files_keep_the_same_catalog(tmp_path: Path) -> None:
    holder = CatalogHolder(copy_good(tmp_path), min_interval_s=0)
    assert holder.get() is holder.get()


def test_rechecks_at_most_every_interval(tmp_path: Path) -> None:
    root = copy_good(tmp_path)
    clock = Clock()
    holder = CatalogHolder(root, min_interval_s=2.0, clock=clock)
    first = holder.get()
    edit(root / "topics" / "emergency_help.yml", "en: Call for help.", "en: Call now.")
    clock.now = 1.0
    assert holder.get() is first  # too soon: files not even looked at
    clock.now = 2.5
    assert holder.get().answer("emergency_help", None, None).text.en == "Call now."


def test_new_broken_file_is_refused(tmp_path: Path) -> None:
    root = copy_good(tmp_path)
    holder = CatalogHolder(root, min_interval_s=0)
    first = holder.get()
    (root / "directory" / "extra.yml").write_text("- id: Not An Id\n", encoding="utf-8")
    assert holder.get() is first
    assert holder.last_error is not None
    assert any(
        p.startswith("content/directory/extra.yml: entry Not An Id: ")
        for p in holder.last_error.problems
    )
