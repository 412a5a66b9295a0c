"""Reading reference packs into keyed rows: one pack (a directory with manifest.yaml, a manifest file, or a bare
facts CSV whose metrics are described by packs already loaded), or several, later ones replacing earlier rows.
Nothing here builds tables: `validate_paths` only reads, ReferenceTables (tables.py) builds."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from checkers.reference.csvfiles import facts_csv
from checkers.reference.manifest import MANIFEST, manifest_row_metrics, read_manifest
from checkers.reference.problems import Collector, Problem, Record, ReferenceError

PACKS_DIR = Path(__file__).resolve().parent.parent / "packs"
DEFAULT_PACKS = ("countries", "worldbank", "coalition", "organisations")


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while packs are read and indexed. Loading makes ~1.5 million small
    acyclic objects (rows, facts, series arrays' keys); each full collection triggered meanwhile walks all of
    them again and frees nothing: 1.1 of the 2.0 CPU seconds of the default tables' load at a worker's start.
    Reference counting still frees everything as usual; the collector's state is restored afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class PackRead:
    records: list[Record]
    problems: list[Problem]


def _manifest_of(path: Path) -> Path | None:
    if path.is_dir():
        candidate = path / MANIFEST
        return candidate if candidate.exists() else None
    if path.suffix in (".yaml", ".yml"):
        return path
    return None


def read_pack(path: Path, known_row_metrics: set[str] | None = None) -> PackRead:
    """Read one pack (directory, manifest file, or bare facts CSV) into rows and problems."""
    out = Collector()
    path = Path(path)
    if not path.exists():
        out.problem(path, 0, "no such file or directory")
        return PackRead(out.records, out.problems)
    manifest = _manifest_of(path)
    if manifest is not None:
        read_manifest(out, manifest)
    elif path.is_dir():
        out.problem(path, 0, f"a pack directory needs a {MANIFEST}")
    elif path.suffix == ".csv":
        known = {m: m for m in known_row_metrics} if known_row_metrics is not None else None
        facts_csv(out, path, path.stem, known)
    else:
        out.problem(path, 0, "not a reference pack (a directory with manifest.yaml, a .yaml manifest or a .csv)")
    return PackRead(out.records, out.problems)


def default_pack_paths() -> list[Path]:
    """The packs shipped with the project (country names, World Bank indicators, coalition facts)."""
    return [PACKS_DIR / name for name in DEFAULT_PACKS]


def row_metrics_of(records: Iterable[Record]) -> set[str]:
    """The metric names the tables may use, per the metric rows among the records."""
    found: set[str] = set()
    for _, row in records:
        if row.get("type") == "metric":
            found.update(row.get("rows") or [row["id"]])
    return found


@lru_cache(maxsize=1)
def _default_row_metrics() -> frozenset[str]:
    found: set[str] = set()
    for path in default_pack_paths():
        manifest = path / MANIFEST
        if manifest.exists():
            found |= manifest_row_metrics(manifest)
    return frozenset(found)


def records_from_paths(paths: Sequence[Path | str]) -> list[Record]:
    """Read packs into keyed rows (later packs replace rows with the same key). Raises ReferenceError."""
    merged: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    known_row_metrics: set[str] = set()
    bare_csvs = [Path(p) for p in paths if Path(p).suffix == ".csv" and not Path(p).is_dir()]
    if bare_csvs:
        # A bare facts CSV relies on metrics described by a manifest: the shipped ones or the other paths.
        known_row_metrics |= _default_row_metrics()
    for path in map(Path, paths):
        if path.suffix != ".csv":
            read = read_pack(path)
            known_row_metrics |= row_metrics_of(read.records)
            problems.extend(read.problems)
            merged.update(read.records)
    for path in map(Path, paths):
        if path.suffix == ".csv":
            read = read_pack(path, known_row_metrics)
            problems.extend(read.problems)
            merged.update(read.records)
    if problems:
        raise ReferenceError(problems)
    return list(merged.items())


def validate_paths(paths: Sequence[Path | str]) -> list[Problem]:
    """Every problem in the given packs (file:line: why), loading nothing."""
    try:
        records_from_paths(paths)
    except ReferenceError as exc:
        return exc.problems
    return []
