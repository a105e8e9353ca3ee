"""Reading one YAML file, refusing duplicate keys (YAML would silently keep the last one)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml


class _StrictLoader(yaml.SafeLoader):
    pass


# YAML 1.1 reads on/off/yes/no as booleans, so `{by: X, on: 2026-12-01}` would get a key True.
# Only true/false are booleans here (as in YAML 1.2).
_BOOL_TAG = "tag:yaml.org,2002:bool"
_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _BOOL_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_StrictLoader.add_implicit_resolver(
    _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _mapping_without_duplicates(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _value in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            line = key_node.start_mark.line + 1
            message = f"duplicate key {key!r} (line {line})"
            raise yaml.constructor.ConstructorError(None, None, message)
        seen.add(key)
    return loader.construct_mapping(node, deep=True)


_StrictLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates
)


def read_yaml(path: Path) -> Any:
    """The parsed document; raises ValueError with a short reason (no file contents)."""
    try:
        with path.open(encoding="utf-8") as stream:
            return yaml.load(
                stream, Loader=_StrictLoader
            )  # a SafeLoader subclass: no arbitrary objects
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise ValueError(f"invalid YAML: {error.problem}{where}") from None
    except yaml.YAMLError as error:
        raise ValueError(f"invalid YAML: {error}") from None
    except UnicodeDecodeError:
        raise ValueError("not UTF-8") from None
