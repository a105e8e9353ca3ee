"""The channels ask the service: no channel reads the store or a user's dialogue step.

The import contract (pyproject.toml, `make imports`) keeps the channels from importing the
storage; this catches what imports cannot show, an attribute reached through the service.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[2] / "bot"
CHANNELS = sorted([*BOT.glob("telegram/*.py"), BOT / "console.py"])
FORBIDDEN = {"store", "sessions", "step"}  # the service's store and the dialogue's state


def reached(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}


@pytest.mark.parametrize("path", CHANNELS, ids=lambda path: path.name)
def test_a_channel_never_reaches_into_the_store_or_the_state(path: Path) -> None:
    assert reached(path) & FORBIDDEN == set()


def test_the_check_sees_such_a_reach(tmp_path: Path) -> None:
    handler = tmp_path / "handler.py"
    handler.write_text("state = service.store.load_state(uid)\nif state.step: pass\n")
    assert reached(handler) & FORBIDDEN == {"store", "step"}
    assert {"app.py", "handlers.py", "polling.py", "console.py"} <= {p.name for p in CHANNELS}
