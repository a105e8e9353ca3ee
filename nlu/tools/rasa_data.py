"""Reading and writing Rasa NLU training data for the tools (no Rasa import: both venvs)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Dict, Iterable, List, Tuple

import yaml

Example = Tuple[str, str]  # (text, intent)

# Entity annotations "[word](entity)" are read as their words.
_ENTITY = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}")


def read_examples(path: Path) -> List[Example]:
    """(text, intent) pairs from one Rasa NLU YAML file, in file order."""
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    examples: List[Example] = []
    for block in document.get("nlu") or []:
        intent = block.get("intent")
        if not intent:
            continue
        for line in str(block.get("examples") or "").splitlines():
            line = line.strip()
            if line.startswith("- "):
                text = _ENTITY.sub(lambda m: m.group(1) or m.group(2) or "", line[2:]).strip()
                if text:
                    examples.append((text, intent))
    return examples


def write_examples(examples: Iterable[Example], path: Path) -> None:
    """Write (text, intent) pairs as Rasa NLU YAML (texts quoted as JSON strings)."""
    by_intent: Dict[str, List[str]] = {}
    for text, intent in examples:
        by_intent.setdefault(intent, []).append(text)
    lines = ['version: "3.1"', "nlu:"]
    for intent, texts in by_intent.items():
        lines += [f"- intent: {intent}", "  examples: |"]
        lines += [f"    - {json.dumps(t, ensure_ascii=False)[1:-1]}" for t in texts]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
