"""Every Burmese string the bot can send: content/ (topics, directory, partners), the
Burmese interface catalog, and Burmese literals in the code (the language buttons)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import yaml
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]


def has_burmese(text: str) -> bool:
    return any("\u1000" <= ch <= "\u109f" for ch in text)


def _yaml_strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _yaml_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _yaml_strings(value)


def _catalog_strings() -> Iterator[str]:
    with open(ROOT / "locales" / "my" / "LC_MESSAGES" / "messages.po", "rb") as handle:
        for message in read_po(handle):
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            yield from (s for s in strings if s)


# Module-level word lists named so hold what people type, matched and never sent (e.g.
# someone_else._SCRIPT: "ကျွန်မယောက်ျား", my husband, typed with the asat before the ya-pin
# as many phones do; a Zawgyi font cannot draw that order back). Any module-level name that
# ends so is such a list (harassed._ROOM_SCRIPT: "ယောက်ျားတွေနဲ့အတူနေ", living with men).
MATCHED_ONLY = "_SCRIPT"


def _matched_only(tree: ast.Module) -> set[int]:
    """The ids of the string constants in MATCHED_ONLY lists."""
    ids: set[int] = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if any(isinstance(t, ast.Name) and t.id.endswith(MATCHED_ONLY) for t in targets):
            ids |= {id(n) for n in ast.walk(node.value) if isinstance(n, ast.Constant)}
    return ids


def _code_strings() -> Iterator[str]:
    # Conversion and matching rules hold fragments (Zawgyi, look-alikes), not texts for people.
    for path in sorted((ROOT / "bot").rglob("*.py")):
        if "language" in path.parts or path.name == "folding.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _matched_only(tree)
        for node in ast.walk(tree):
            is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if is_text and id(node) not in skipped:
                yield node.value


def burmese_strings() -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "content").rglob("*.yml")):
        if path.parent.name == "safety":
            continue  # keywords to match, never sent
        texts += _yaml_strings(yaml.safe_load(path.read_text(encoding="utf-8")))
    texts += _catalog_strings()
    texts += _code_strings()
    return [text for text in dict.fromkeys(texts) if has_burmese(text)]
