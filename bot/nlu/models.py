"""Finding the trained model the NLU server should load."""

from __future__ import annotations

from pathlib import Path


def newest_model(models_dir: Path) -> Path | None:
    """The most recently written `*.tar.gz` in `models_dir`, or None when there is none."""
    candidates = [path for path in models_dir.glob("*.tar.gz") if path.is_file()]
    return max(candidates, key=lambda path: path.stat().st_mtime, default=None)
