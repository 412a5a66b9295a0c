"""A reference pack's manifest (YAML): its metrics, entity names (country-codes files and aliases) and tables,
read into rows with every problem at its file:line. Metrics go through the one metric validator (rows.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from checkers.reference.csvfiles import facts_csv, indicator_csv, read_csv
from checkers.reference.problems import Collector
from checkers.reference.rows import LANGS, clean_country_name, metric_errors, metric_row, metric_rows
from checkers.reference.yamlfile import line_of, load_manifest

MANIFEST = "manifest.yaml"
# `shared` holds lists that metrics reuse through YAML anchors (&measures ... *measures); it is not read.
MANIFEST_KEYS = {"name", "description", "license", "sources", "metrics", "tables", "entities", "aliases", "shared"}


def read_manifest(out: Collector, manifest_path: Path) -> None:
    """Every row the manifest describes (its metrics, entities and tables' facts) into `out`."""
    data = load_manifest(manifest_path, out)
    if data is None:
        return
    if not isinstance(data, dict):
        out.problem(manifest_path, 1, "a manifest must be a mapping with name, metrics, tables, entities")
        return
    name = data.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9_.-]+", name or ""):
        out.problem(manifest_path, line_of(data, "name"), "manifest needs a `name` (letters, digits, _ . -)")
        return
    for key in data:
        if key not in MANIFEST_KEYS:
            out.problem(manifest_path, line_of(data, str(key)), f"unknown manifest key {key!r}")
    base = manifest_path.parent
    metrics = data.get("metrics") or {}
    if not isinstance(metrics, dict):
        out.problem(manifest_path, line_of(data, "metrics"), "`metrics` must be a mapping")
        metrics = {}
    row_metrics: dict[str, str] = {}
    for metric_id, spec in metrics.items():
        row = _metric(out, manifest_path, name, str(metric_id), spec, line_of(metrics, str(metric_id)))
        if row is not None:
            for raw in row["rows"]:
                row_metrics[raw] = row["id"]
    for entity_spec in data.get("entities") or []:
        _entity_file(out, manifest_path, base, name, entity_spec)
    aliases = data.get("aliases") or {}
    if not isinstance(aliases, dict):
        out.problem(manifest_path, line_of(data, "aliases"), "`aliases` must be a mapping of entity id")
        aliases = {}
    for entity_id, spec in aliases.items():
        _alias_entry(out, manifest_path, name, str(entity_id), spec, line_of(aliases, str(entity_id)))
    tables = data.get("tables") or []
    if not isinstance(tables, list):
        out.problem(manifest_path, line_of(data, "tables"), "`tables` must be a list")
        tables = []
    for spec in tables:
        _table(out, manifest_path, base, spec, metrics_known=row_metrics)


def manifest_row_metrics(manifest_path: Path) -> set[str]:
    """The metric names a manifest's tables may use (what a bare facts CSV relies on), read without its tables."""
    data = load_manifest(manifest_path, Collector())
    metrics = (data.get("metrics") or {}) if isinstance(data, dict) else {}
    found: set[str] = set()
    for metric_id, spec in metrics.items() if isinstance(metrics, dict) else ():
        found.update(metric_rows(str(metric_id), spec if isinstance(spec, dict) else {}))
    return found


def _metric(out: Collector, path: Path, pack: str, metric_id: str, spec: Any, line: int) -> dict[str, Any] | None:
    if not isinstance(spec, dict):
        out.problem(path, line, f"metric {metric_id!r} must be a mapping")
        return None
    errors = metric_errors(spec)
    if errors:
        for error in errors:
            out.problem(path, line, f"metric {metric_id!r}: {error}")
        return None
    row = metric_row(pack, metric_id, spec)
    out.add(f"metric|{metric_id}", row, path, line)
    return row


def _alias_entry(out: Collector, path: Path, pack: str, entity_id: str, spec: Any, line: int) -> None:
    """An `aliases` entry: extra names (and generic ones, and display names) of an entity."""
    if not isinstance(spec, dict):
        out.problem(path, line, f"aliases of {entity_id!r} must be a mapping (en, ar, generic, display)")
        return
    names: dict[str, list[str]] = {}
    generic: dict[str, list[str]] = {}
    for lang in LANGS:
        value = spec.get(lang) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            out.problem(path, line, f"aliases of {entity_id!r}: {lang} must be a list of names")
            return
        names[lang] = value
    raw_generic = spec.get("generic") or {}
    if not isinstance(raw_generic, dict):
        out.problem(path, line, f"aliases of {entity_id!r}: generic must map language to names")
        return
    for lang, value in raw_generic.items():
        generic[str(lang)] = list(value or [])
    display = spec.get("display") or {}
    if not isinstance(display, dict):
        out.problem(path, line, f"aliases of {entity_id!r}: display must map language to a name")
        return
    unknown = set(spec) - {"en", "ar", "generic", "display", "group"}
    if unknown:
        out.problem(path, line, f"aliases of {entity_id!r}: unknown keys {sorted(unknown)}")
        return
    row = {
        "type": "entity",
        "source": pack,
        "id": entity_id,
        "group": spec.get("group"),
        "names": names,
        "generic": generic,
        "display": {str(k): str(v) for k, v in display.items()},
        "priority": 2,
    }
    out.add(f"entity|{pack}/aliases|{entity_id}", row, path, line)


def _entity_file(out: Collector, manifest: Path, base: Path, pack: str, spec: Any) -> None:
    """An `entities` entry: a country-codes file, one entity row per country with its names."""
    line = line_of(spec)
    if not isinstance(spec, dict) or spec.get("layout") != "country-codes" or not spec.get("file"):
        out.problem(manifest, line, "an entities entry needs file and layout: country-codes")
        return
    path = base / str(spec["file"])
    id_column = spec.get("id_column", "ISO3166-1-Alpha-3")
    name_columns = spec.get("names") or {}
    group = spec.get("group", "country")
    rows = read_csv(out, path)
    if rows is None:
        return
    header, body = rows
    wanted = [id_column, *[c for cols in name_columns.values() for c in cols]]
    missing = [c for c in wanted if c not in header]
    if missing:
        out.problem(path, 1, f"missing column(s) {missing}")
        return
    for line_no, row in body:
        entity_id = (row.get(id_column) or "").strip()
        if not entity_id:
            continue  # territories without an alpha-3 code (none in the shipped file) cannot be joined
        names: dict[str, list[str]] = {}
        for lang, columns in name_columns.items():
            found: list[str] = []
            for column in columns:
                name = clean_country_name(row.get(column) or "")
                if name and name not in found:
                    found.append(name)
            names[str(lang)] = found
        display = {lang: found[0] for lang, found in names.items() if found}
        short_en = clean_country_name(row.get("CLDR display name") or "")
        if short_en:
            display["en"] = short_en
        entry = {
            "type": "entity",
            "source": pack,
            "id": entity_id,
            "group": group,
            "names": names,
            "generic": {},
            "display": display,
            "priority": 1,
        }
        out.add(f"entity|{pack}/{path.name}|{entity_id}", entry, path, line_no)


def _table(out: Collector, manifest: Path, base: Path, spec: Any, metrics_known: dict[str, str]) -> None:
    """A `tables` entry: a facts or an indicator CSV file."""
    line = line_of(spec)
    if not isinstance(spec, dict) or not spec.get("id") or not spec.get("file"):
        out.problem(manifest, line, "a table needs id, file and layout (facts or indicator)")
        return
    layout = spec.get("layout", "facts")
    path = base / str(spec["file"])
    if layout == "facts":
        facts_csv(out, path, str(spec["id"]), metrics_known)
    elif layout == "indicator":
        indicator_csv(out, manifest, base, path, spec, metrics_known)
    else:
        out.problem(manifest, line_of(spec, "layout"), f"unknown layout {layout!r} (facts or indicator)")
