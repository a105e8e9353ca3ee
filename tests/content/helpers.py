"""Shared paths and tree builders for the content tests (no mocks: real files in tmp_path)."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.content.topics import TOPIC_GROUPS

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = FIXTURES / "good" / "content"
REAL = Path(__file__).resolve().parents[2] / "content"

MINIMAL_TOPIC = """\
id: {topic_id}
group: {group}
title: {{en: Title, my: title my, km: title km}}
checked_on: 2026-11-27
review:
  en: {{status: draft}}
  my: {{status: draft}}
  km: {{status: draft}}
answers:
  - when: {{}}
    text: {{en: Answer., my: answer my, km: answer km}}
"""


def fixture_root(name: str) -> Path:
    return FIXTURES / name / "content"


def copy_good(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(GOOD, root)
    return root


def complete_tree(tmp_path: Path) -> Path:
    """The good tree plus a minimal file for every topic issue 3 requires."""
    root = copy_good(tmp_path)
    for group, topic_ids in TOPIC_GROUPS.items():
        for topic_id in topic_ids:
            path = root / "topics" / f"{topic_id}.yml"
            if not path.exists():
                path.write_text(MINIMAL_TOPIC.format(topic_id=topic_id, group=group))
    return root
