"""Development-only sources (nlu/data/sources/dev_only): every message goes to nlu/dev, none to
training or held-out, and adding one never changes a file built from the other sources."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from nlu.tools import build_from_sources
from nlu.tools.rasa_data import read_examples


def _write(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# a comment\n" + "\n".join(lines) + "\n", encoding="utf-8")


def _build(sources: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for folder in ("data/train", "dev", "heldout"):
        (out / folder).mkdir(parents=True)
    monkeypatch.setattr(sys, "argv", ["build", str(sources), str(out)])
    build_from_sources.main()


def _all_texts(folder: Path) -> set[str]:
    return {t for f in folder.rglob("*.yml") if "multi" not in f.parts for t, _ in read_examples(f)}


def test_dev_only_messages_go_to_dev_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = tmp_path / "sources"
    _write(sources / "en_near_domain.txt", ["## out_of_scope"] + [f"old {i}" for i in range(36)])
    _build(sources, tmp_path / "before", monkeypatch)
    _write(sources / "dev_only" / "en_near_domain_dev.txt", ["## out_of_scope", "new a", "new b"])
    _build(sources, tmp_path / "after", monkeypatch)

    new = tmp_path / "after" / "dev" / "en_near_domain_dev.yml"
    assert read_examples(new) == [("new a", "out_of_scope"), ("new b", "out_of_scope")]
    assert not {"new a", "new b"} & _all_texts(tmp_path / "after" / "data")
    assert not {"new a", "new b"} & _all_texts(tmp_path / "after" / "heldout")
    for built in (tmp_path / "before").rglob("*.yml"):
        after = tmp_path / "after" / built.relative_to(tmp_path / "before")
        assert after.read_bytes() == built.read_bytes()
