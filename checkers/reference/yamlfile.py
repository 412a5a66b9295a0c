"""YAML with line numbers: every mapping read from a manifest knows the line of each key (for file:line errors)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from checkers.reference.problems import Collector


class _LineDict(dict[Any, Any]):
    lines: dict[str, int]
    line: int


if TYPE_CHECKING:
    from yaml import SafeLoader as _BaseLoader
else:  # the C parser when libyaml is there (same interface)
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> _LineDict:
    loader.flatten_mapping(node)
    result = _LineDict()
    result.lines = {}
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[str(key)] = key_node.start_mark.line + 1
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# For other manifest readers (checkers/series): the same loader, so every manifest reports lines one way.
LineLoader = _Loader
LineDict = _LineDict


def line_of(mapping: Any, key: str | None = None) -> int:
    """The line a key of a mapping read here stands on (else the mapping's own line, else 1)."""
    if isinstance(mapping, _LineDict):
        if key is not None and key in mapping.lines:
            return mapping.lines[key]
        return mapping.line
    return 1


def load_manifest(path: Path, out: Collector) -> Any | None:
    """The manifest's YAML, or None with the problem recorded (unreadable file, invalid YAML)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        out.problem(path, 1, f"cannot read manifest: {exc}")
        return None
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        out.problem(path, (mark.line + 1) if mark else 1, f"invalid YAML: {exc}")
        return None
