"""Problems found in reference data (file:line: why), and the collector that reading a pack fills."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# A keyed, JSON-able row: what a pack is read into and what the compacted `reference` topic carries.
Record = tuple[str, dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class ReferenceError(ValueError):
    """A reference pack or row is invalid; the message lists every problem as file:line: why."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        shown = "\n".join(str(p) for p in self.problems[:200])
        more = f"\n... and {len(self.problems) - 200} more" if len(self.problems) > 200 else ""
        super().__init__(f"{len(self.problems)} problem(s) in reference data:\n{shown}{more}")


class Collector:
    """The rows read so far and the problems met, for one pack; a key read twice is a problem."""

    def __init__(self) -> None:
        self.records: list[Record] = []
        self.problems: list[Problem] = []
        self.keys: dict[str, tuple[Path, int]] = {}  # key -> where first defined

    def problem(self, path: Path | str, line: int, message: str) -> None:
        self.problems.append(Problem(str(path), line, message))

    def add(self, key: str, row: dict[str, Any], path: Path, line: int) -> None:
        if key in self.keys:
            first_path, first_line = self.keys[key]
            self.problem(path, line, f"duplicate row {key!r} (first at {first_path}:{first_line})")
            return
        self.keys[key] = (path, line)
        self.records.append((key, row))
