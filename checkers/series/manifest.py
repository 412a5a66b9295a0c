"""Series packs: a directory with `manifest.yaml` whose `series:` section describes dated series, read and
checked row by row. Nothing is built when any problem is found (`read_series_pack` returns the problems).

    name: oil-prices
    description: ...
    license: public domain (EIA)
    sources: SOURCES.md
    series:
      brent:
        file: brent-daily.csv            # .csv or .csv.gz
        layout: dated                    # dated | wide | indicator
        columns: {date: Date, value: Price}
        frequency: daily                 # daily | monthly | annual
        observation: close               # close | fixing | average | end_of_period | point
        calendar: trading_days           # trading_days | step | exact
        unit: USD per barrel
        positive: true                   # a price: a value at or below zero is a bad row
        label: {en: Brent crude, ar: خام برنت}
        cues: {en: [Brent, Brent crude], ar: [برنت, خام برنت]}
    aliases:                             # entity names (as in the other packs): en, ar, display, group
      USD: {en: [dollar], ar: [الدولار]}
    names_file: entities.csv             # or a CSV: id, group, names_en, names_ar (names separated by |)

See checkers/series/README.md for every key.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from checkers.reference.problems import Problem, ReferenceError
from checkers.reference.yamlfile import LineDict as _LineDict
from checkers.reference.yamlfile import LineLoader as _Loader
from checkers.reference.yamlfile import line_of as _line
from checkers.series.files import Problems, read_table
from checkers.series.layouts import LAYOUTS, FileRead, describe_rules, read_file
from checkers.series.model import CALENDARS, DEFAULT_MAX_GAP_DAYS, FREQUENCIES, OBSERVATIONS, Series, SeriesInfo

MANIFEST = "manifest.yaml"
PACK_KEYS = {"name", "description", "license", "sources", "series", "aliases", "names_file"}
SERIES_KEYS = {
    "file", "layout", "columns", "entities", "missing", "frequency", "observation", "calendar", "max_gap_days",
    "unit", "positive", "allow_non_positive", "label", "cues", "kinds", "measure", "tolerance", "source",
    "description", "source_code", "valid_to", "vintage",
}
MEASURES = ("level", "change", "ratio")
NAMES_COLUMNS = ("id", "group", "names_en", "names_ar")
LANGS = ("en", "ar")


@dataclass(frozen=True)
class EntityNames:
    id: str
    group: str | None
    names: dict[str, tuple[str, ...]]  # lang -> names, the first is the display name

    def display(self, lang: str = "en") -> str:
        found = self.names.get(lang) or self.names.get("en") or (self.id,)
        return found[0]


@dataclass(frozen=True)
class SeriesPack:
    """One loaded series pack: descriptions, series by (series id, entity), entity names."""

    name: str
    path: Path
    description: str
    license: str
    infos: dict[str, SeriesInfo]
    series: dict[tuple[str, str | None], Series]
    entities: dict[str, EntityNames]
    # Read with `defer`: the indicator-layout entries not read yet, series id -> its reader (the catalog calls it
    # on the first lookup of that id); their series are not in `series`.
    deferred: dict[str, Callable[[], dict[str | None, Series]]] = field(default_factory=dict)


def is_series_manifest(path: Path) -> bool:
    """True for a pack directory or manifest whose manifest has a top-level `series:` key."""
    manifest = path / MANIFEST if path.is_dir() else path
    if manifest.suffix not in (".yaml", ".yml") or not manifest.is_file():
        return False
    try:
        with manifest.open(encoding="utf-8") as handle:
            return any(line.startswith("series:") for line in handle)
    except (OSError, UnicodeDecodeError):
        return False


# ---------------------------------------------------------------------------------------------- manifest
def _load_yaml(manifest: Path, problems: Problems) -> _LineDict | None:
    try:
        data = yaml.load(manifest.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError) as exc:
        problems.add(manifest, 1, f"cannot read manifest: {exc}")
        return None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.add(manifest, (mark.line + 1) if mark else 1, f"invalid YAML: {exc}")
        return None
    if not isinstance(data, dict):
        problems.add(manifest, 1, "a manifest must be a mapping with name and series")
        return None
    for key in data:
        if key not in PACK_KEYS:
            problems.add(manifest, _line(data, str(key)), f"unknown manifest key {key!r}")
    name = data.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9_.-]+", name):
        problems.add(manifest, _line(data, "name"), "manifest needs a `name` (letters, digits, _ . -)")
    if not isinstance(data.get("series"), dict) or not data["series"]:
        problems.add(manifest, _line(data, "series"), "`series` must map a series id to its description")
    return data


def _words(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(w, str) and w.strip() for w in value)


def _spec_errors(spec: dict[str, Any]) -> list[str]:
    """What is wrong with one series entry (apart from its file)."""
    errors = [f"unknown key {key!r}" for key in spec if key not in SERIES_KEYS]
    if not isinstance(spec.get("file"), str) or not spec["file"]:
        errors.append("needs a `file`")
    if spec.get("layout") not in LAYOUTS:
        errors.append(f"layout must be one of {', '.join(LAYOUTS)}")
    if spec.get("frequency") not in FREQUENCIES:
        errors.append(f"frequency must be one of {', '.join(FREQUENCIES)}")
    valid_to = spec.get("valid_to")
    if valid_to is not None and (spec.get("calendar") != "step" or not isinstance(valid_to, date)):
        errors.append("valid_to (a YYYY-MM-DD date) is only for a step calendar: how long the last row holds")
    for key, allowed in (("calendar", CALENDARS), ("observation", OBSERVATIONS), ("measure", MEASURES)):
        if key in spec and spec[key] not in allowed:
            errors.append(f"{key} must be one of {', '.join(allowed)}")
    gap = spec.get("max_gap_days", DEFAULT_MAX_GAP_DAYS)
    if isinstance(gap, bool) or not isinstance(gap, int) or gap < 1:
        errors.append("max_gap_days must be a whole number of days, at least 1")
    if not isinstance(spec.get("unit"), str) or not spec["unit"].strip():
        errors.append("needs a `unit` (USD per barrel, {entity} per EUR, percent, persons, ...)")
    label = spec.get("label")
    if not isinstance(label, dict) or not isinstance(label.get("en"), str) or not all(
        isinstance(v, str) for v in label.values()
    ):
        errors.append("label must map language to text and have an English text (label: {en: ..., ar: ...})")
    cues = spec.get("cues") or {}
    if not isinstance(cues, dict) or not all(_words(v) for v in cues.values()):
        errors.append("cues must map language to a list of words (cues: {en: [...], ar: [...]})")
    for key in ("kinds", "missing", "entities", "allow_non_positive"):
        value = spec.get(key) or []
        if not isinstance(value, list) or not all(isinstance(w, str | int | float) or hasattr(w, "isoformat")
                                                  for w in value):
            errors.append(f"{key} must be a list")
    for key in ("columns", "tolerance", "source"):
        if not isinstance(spec.get(key) or {}, dict):
            errors.append(f"{key} must be a mapping")
    return errors


def _info(pack: str, series_id: str, spec: dict[str, Any], license_text: str | None) -> SeriesInfo:
    frequency = spec["frequency"]
    source = spec.get("source") or {}
    return SeriesInfo(
        id=series_id,
        pack=pack,
        frequency=frequency,
        calendar=spec.get("calendar", "trading_days" if frequency == "daily" else "exact"),
        observation=spec.get("observation", "point"),
        unit=spec["unit"].strip(),
        label={str(k): str(v) for k, v in spec["label"].items()},
        cues={str(k): tuple(v) for k, v in (spec.get("cues") or {}).items()},
        kinds=tuple(spec.get("kinds") or ()),
        measure=spec.get("measure", "level"),
        max_gap_days=spec.get("max_gap_days", DEFAULT_MAX_GAP_DAYS),
        positive=bool(spec.get("positive", False)),
        tolerance=dict(spec.get("tolerance") or {}),
        source_name=source.get("name"),
        source_url=source.get("url"),
        license=license_text,
        description=spec.get("description"),
        valid_to=spec.get("valid_to"),
        vintage=str(spec["vintage"]) if spec.get("vintage") else None,
    )


def _series_entry(manifest: Path, pack: str, series_id: str, spec: Any, line: int, license_text: str | None,
                  problems: Problems, defer: bool = False) -> tuple[SeriesInfo, FileRead | None] | None:
    """The entry's description and its file read (None for the file when `defer` leaves an indicator file unread)."""
    if not isinstance(spec, dict):
        problems.add(manifest, line, f"series {series_id!r} must be a mapping")
        return None
    errors = _spec_errors(spec)
    for error in errors:
        problems.add(manifest, line, f"series {series_id!r}: {error}")
    if errors:
        return None
    info = _info(pack, series_id, spec, license_text)
    if defer and spec["layout"] == "indicator":
        if not (manifest.parent / spec["file"]).is_file():
            problems.add(manifest, line, f"series {series_id!r}: no file {spec['file']}")
            return None
        return info, None
    read = _entry_file(manifest, info, spec, problems)
    return (info, read) if read is not None else None


def _entry_file(manifest: Path, info: SeriesInfo, spec: dict[str, Any], problems: Problems) -> FileRead | None:
    series_id = info.id
    path = manifest.parent / spec["file"]
    columns = {str(k): str(v) for k, v in (spec.get("columns") or {}).items()}
    only = [str(c) for c in spec.get("entities") or []] or None
    read = read_file(path, spec["layout"], columns, describe_rules(spec, info.frequency), problems, only)
    if read is None:
        return None
    if not read.columns:
        problems.add(path, 1, f"series {series_id!r}: no rows with a value")
        return None
    return read


def _deferred_reader(manifest: Path, info: SeriesInfo, spec: dict[str, Any]) -> Callable[[], dict[str | None, Series]]:
    """Reads a deferred entry's file when first needed; raises checkers.ReferenceError if it has a bad row."""

    def read() -> dict[str | None, Series]:
        problems = Problems()
        found = _entry_file(manifest, info, spec, problems)
        if found is None or problems:
            raise ReferenceError(problems)
        return {entity: Series(info, entity, col.keys, col.values) for entity, col in found.columns.items()}

    return read


def _names(manifest: Path, data: dict[str, Any], names_from_files: dict[str, str], problems: Problems,
           ) -> dict[str, EntityNames]:
    """Entity names: the names file, then `aliases` (added to), then the names the data files give."""
    found: dict[str, dict[str, Any]] = {}
    for code, name in names_from_files.items():
        found[code] = {"group": None, "names": {"en": [name]} if name else {}}
    if data.get("names_file"):
        path = manifest.parent / str(data["names_file"])
        table = read_table(path, problems)
        if table is not None:
            header, rows = table
            missing = [c for c in NAMES_COLUMNS if c not in header]
            if missing:
                problems.add(path, 1, f"missing column(s) {missing}")
            else:
                at = {c: header.index(c) for c in NAMES_COLUMNS}
                for _line_no, values in rows:
                    entry = found[values[at["id"]].strip()] = {"group": values[at["group"]].strip() or None,
                                                               "names": {}}
                    for lang in LANGS:
                        names = [n.strip() for n in values[at[f"names_{lang}"]].split("|") if n.strip()]
                        entry["names"][lang] = names
    aliases = data.get("aliases") or {}
    if not isinstance(aliases, dict):
        problems.add(manifest, _line(data, "aliases"), "`aliases` must map an entity id to its names")
        aliases = {}
    for code, spec in aliases.items():
        if not isinstance(spec, dict) or not all(_words(spec.get(lang) or []) for lang in LANGS):
            problems.add(manifest, _line(aliases, str(code)), f"aliases of {code!r}: en and ar must be lists of names")
            continue
        entry = found.setdefault(str(code), {"group": None, "names": {}})
        entry["group"] = spec.get("group", entry["group"])
        display = spec.get("display") or {}
        for lang in LANGS:
            names = list(entry["names"].get(lang) or [])
            extra = [n for n in [display.get(lang), *(spec.get(lang) or [])] if n and n not in names]
            entry["names"][lang] = ([display[lang]] if display.get(lang) else []) + [
                n for n in names + extra if n != display.get(lang)]
    return {code: EntityNames(code, e["group"], {k: tuple(v) for k, v in e["names"].items() if v})
            for code, e in found.items()}


def read_series_pack(path: Path, *, defer: bool = False) -> tuple[SeriesPack | None, list[Problem]]:
    """Read and check one series pack; the pack is None when any problem was found. With `defer`, the files of
    indicator-layout entries (the World Bank tables: 17 files, 0.3 s) are read and checked only when a lookup
    first needs them (SeriesPack.deferred), in a pack with a `names_file` (its entity names then come from that
    file and the aliases only, not from the data files)."""
    path = Path(path)
    manifest = path / MANIFEST if path.is_dir() else path
    problems = Problems()
    if not manifest.is_file():
        problems.add(path, 0, f"a series pack needs a {MANIFEST}")
        return None, problems
    data = _load_yaml(manifest, problems)
    if data is None or not isinstance(data.get("series"), dict) or not isinstance(data.get("name"), str):
        return None, problems
    name, license_text = data["name"], data.get("license")
    # Only a pack that names its entities in a names file: otherwise its names come from the data files.
    defer = defer and bool(data.get("names_file"))
    infos: dict[str, SeriesInfo] = {}
    series: dict[tuple[str, str | None], Series] = {}
    names_from_files: dict[str, str] = {}
    entries = data["series"]
    reads: list[tuple[SeriesInfo, FileRead | None, Any]] = []
    deferred: dict[str, Callable[[], dict[str | None, Series]]] = {}
    for series_id, spec in entries.items():
        read = _series_entry(manifest, name, str(series_id), spec, _line(entries, str(series_id)), license_text,
                             problems, defer)
        if read is not None:
            reads.append((*read, spec))
            names_from_files.update(read[1].names if read[1] is not None else {})
    entities = _names(manifest, data, names_from_files, problems)
    if problems:
        return None, problems
    for info, file_read, spec in reads:
        infos[info.id] = info
        if file_read is None:
            deferred[info.id] = _deferred_reader(manifest, info, spec)
            continue
        for entity, column in file_read.columns.items():
            series[(info.id, entity)] = Series(info, entity, column.keys, column.values)
    pack = SeriesPack(name, manifest.parent, str(data.get("description") or ""), str(license_text or ""),
                      infos, series, entities, deferred)
    return pack, problems
