"""Two-problem sources: every third message of multi/<language>.txt is development data, the
rest held out, and multi_dev_only/<language>.txt adds development messages only."""

from __future__ import annotations

from pathlib import Path

import yaml

from nlu.tools.build_from_sources import build_multi


def _write(path: Path, rows: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# a comment\n" + "\n".join(rows) + "\n", encoding="utf-8")


def _texts(path: Path) -> list[str]:
    return [row["text"] for row in yaml.safe_load(path.read_text(encoding="utf-8"))]


def test_dev_only_messages_go_to_dev_and_never_move_a_held_out_one(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    rows = [f"unpaid_wages+return_home | message {i}" for i in range(6)]
    _write(sources / "multi" / "en.txt", rows)
    build_multi(sources / "multi" / "en.txt", tmp_path / "before")
    _write(sources / "multi_dev_only" / "en.txt", ["injury_health+social_security | new one"])
    build_multi(sources / "multi" / "en.txt", tmp_path / "after")

    assert _texts(tmp_path / "before" / "dev" / "multi" / "en.yml") == ["message 1", "message 4"]
    assert _texts(tmp_path / "after" / "dev" / "multi" / "en.yml") == [
        "message 1",
        "message 4",
        "new one",
    ]
    held = "heldout/multi/en.yml"
    assert (tmp_path / "after" / held).read_bytes() == (tmp_path / "before" / held).read_bytes()
    assert "new one" not in _texts(tmp_path / "after" / held)
    new = yaml.safe_load((tmp_path / "after" / "dev" / "multi" / "en.yml").read_text())[-1]
    assert new["topics"] == ["injury_health", "social_security"]


def test_a_judging_set_folder_adds_development_messages_after_the_others(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    _write(
        sources / "multi" / "en.txt", [f"unpaid_wages+return_home | message {i}" for i in range(3)]
    )
    _write(sources / "multi_dev_only" / "en.txt", ["injury_health+social_security | older"])
    _write(sources / "multi_dev_only" / "intro" / "en.txt", ["injury_health+unpaid_wages | new"])
    _write(sources / "multi_dev_only" / "intro" / "km.txt", ["injury_health+unpaid_wages | km"])
    build_multi(sources / "multi" / "en.txt", tmp_path / "out")

    assert _texts(tmp_path / "out" / "dev" / "multi" / "en.yml") == ["message 1", "older", "new"]
    assert "new" not in _texts(tmp_path / "out" / "heldout" / "multi" / "en.yml")
