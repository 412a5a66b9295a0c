"""Reference packs: a manifest (YAML) describing metrics, entity names and tables (CSV), read into rows.

A pack is a directory holding `manifest.yaml` (or the manifest file itself, or a bare facts CSV whose metrics are
described by packs already loaded). Reading a pack yields keyed JSON-able rows — the same rows the compacted
`reference` topic carries — and the list of problems found, each with file:line and why. Nothing here builds
tables: `validate_paths` only reads, `ReferenceTables` (tables.py) builds.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from factstream.models import CLAIM_KINDS

PACKS_DIR = Path(__file__).resolve().parent / "packs"
DEFAULT_PACKS = ("countries", "worldbank", "coalition")
MANIFEST = "manifest.yaml"

FACTS_COLUMNS = (
    "entity_id",
    "entity_names_en",
    "entity_names_ar",
    "metric",
    "value",
    "unit_or_currency",
    "as_of",
    "valid_from",
    "valid_to",
    "source_url",
    "source_quote",
)
NUMERIC_UNITS = {"count", "persons", "percent", "days"}
LABEL_UNITS = {"weekdays", "label"}
TIME_MODES = {"snapshot", "yearly", "event"}
PERIODS = {"year", "month", "day"}
# How far a cue word reaches: anywhere in the sentence, or only the figure it governs (see check.py).
SCOPES = {"sentence", "governs"}
LANGS = ("en", "ar")
_ISO_TIME = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


class ReferenceError(ValueError):
    """A reference pack or row is invalid; the message lists every problem as file:line: why."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        shown = "\n".join(str(p) for p in self.problems[:200])
        more = f"\n... and {len(self.problems) - 200} more" if len(self.problems) > 200 else ""
        super().__init__(f"{len(self.problems)} problem(s) in reference data:\n{shown}{more}")


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


Record = tuple[str, dict[str, Any]]


# ---------------------------------------------------------------------------------------------------------------
# small parsers shared with tables.py


def parse_time(text: str | None) -> str | None:
    """Validate an ISO date at year, month or day precision; returns it or raises ValueError."""
    if text is None:
        return None
    text = str(text).strip()
    if not text:
        return None
    if not _ISO_TIME.match(text):
        raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
    parts = [int(p) for p in text.split("-")]
    date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return text


def parse_unit(text: str) -> tuple[str, str | None]:
    """'count (states and ...)' -> ('count', None); 'USD (nearly)' -> ('USD', 'about'); '(more than)' -> bound."""
    text = (text or "").strip()
    if not text:
        raise ValueError("unit_or_currency is empty")
    base, _, rest = text.partition(" ")
    rest = rest.casefold()
    bound = None
    if "more than" in rest or "at least" in rest:
        bound = "more than"
    elif "less than" in rest or "at most" in rest:
        bound = "less than"
    elif "approx" in rest or "nearly" in rest or "about" in rest:
        bound = "about"
    if not (base in NUMERIC_UNITS or base in LABEL_UNITS or base == "date" or _CURRENCY.match(base)):
        raise ValueError(f"unknown unit {base!r} (count, persons, percent, days, date, weekdays, or ISO 4217)")
    return base, bound


def parse_value(text: str, unit: str) -> float | int | str:
    text = (text or "").strip()
    if not text:
        raise ValueError("value is empty")
    if unit == "date":
        parsed = parse_time(text)
        assert parsed is not None
        return parsed
    if unit in LABEL_UNITS:
        return text
    try:
        number = float(text)
    except ValueError:
        raise ValueError(f"value {text!r} is not a plain number (unit {unit})") from None
    if not math.isfinite(number):
        raise ValueError(f"value {text!r} is not finite")
    return int(number) if number.is_integer() and "." not in text and "e" not in text.lower() else number


def split_names(text: str | None) -> list[str]:
    return [n.strip() for n in (text or "").split("|") if n.strip()]


_PAREN = re.compile(r"\s*\([^)]*\)|\s*\*")


def clean_country_name(name: str) -> str:
    """'Iran (Islamic Republic of)' -> 'Iran'; 'دولة فلسطين *' -> 'دولة فلسطين'."""
    return _PAREN.sub("", name or "").strip(" ,")


# ---------------------------------------------------------------------------------------------------------------
# YAML with line numbers


class _LineDict(dict):
    lines: dict[str, int]
    line: int


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # the C parser when libyaml is there
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


def _line(mapping: Any, key: str | None = None) -> int:
    if isinstance(mapping, _LineDict):
        if key is not None and key in mapping.lines:
            return mapping.lines[key]
        return mapping.line
    return 1


# ---------------------------------------------------------------------------------------------------------------
# reading packs


@dataclass
class PackRead:
    records: list[Record]
    problems: list[Problem]


class _Reader:
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

    # -- manifest ------------------------------------------------------------------------------------------

    def read_manifest(self, manifest_path: Path) -> None:
        try:
            text = manifest_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.problem(manifest_path, 1, f"cannot read manifest: {exc}")
            return
        try:
            data = yaml.load(text, Loader=_Loader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            self.problem(manifest_path, (mark.line + 1) if mark else 1, f"invalid YAML: {exc}")
            return
        if not isinstance(data, dict):
            self.problem(manifest_path, 1, "a manifest must be a mapping with name, metrics, tables, entities")
            return
        name = data.get("name")
        if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9_.-]+", name or ""):
            self.problem(manifest_path, _line(data, "name"), "manifest needs a `name` (letters, digits, _ . -)")
            return
        # `shared` holds lists that metrics reuse through YAML anchors (&measures ... *measures); it is not read.
        known_keys = {"name", "description", "license", "sources", "metrics", "tables", "entities", "aliases",
                      "shared"}
        for key in data:
            if key not in known_keys:
                self.problem(manifest_path, _line(data, str(key)), f"unknown manifest key {key!r}")
        base = manifest_path.parent
        metrics = data.get("metrics") or {}
        if not isinstance(metrics, dict):
            self.problem(manifest_path, _line(data, "metrics"), "`metrics` must be a mapping")
            metrics = {}
        row_metrics: dict[str, str] = {}
        for metric_id, spec in metrics.items():
            row = self.metric(manifest_path, name, str(metric_id), spec, _line(metrics, str(metric_id)))
            if row is not None:
                for raw in row["rows"]:
                    row_metrics[raw] = row["id"]
        for entity_spec in data.get("entities") or []:
            self.entity_file(manifest_path, base, name, entity_spec)
        aliases = data.get("aliases") or {}
        if not isinstance(aliases, dict):
            self.problem(manifest_path, _line(data, "aliases"), "`aliases` must be a mapping of entity id")
            aliases = {}
        for entity_id, spec in aliases.items():
            self.alias_entry(manifest_path, name, str(entity_id), spec, _line(aliases, str(entity_id)))
        tables = data.get("tables") or []
        if not isinstance(tables, list):
            self.problem(manifest_path, _line(data, "tables"), "`tables` must be a list")
            tables = []
        for spec in tables:
            self.table(manifest_path, base, spec, metrics_known=row_metrics)

    def metric(self, path: Path, pack: str, metric_id: str, spec: Any, line: int) -> dict[str, Any] | None:
        if not isinstance(spec, dict):
            self.problem(path, line, f"metric {metric_id!r} must be a mapping")
            return None
        errors: list[str] = []
        kinds = spec.get("kinds") or []
        if isinstance(kinds, str):
            kinds = [kinds]
        if not isinstance(kinds, list) or any(k not in CLAIM_KINDS for k in kinds):
            errors.append(f"kinds must be a list of {', '.join(CLAIM_KINDS)}")
        unit = str(spec.get("unit") or "")
        try:
            parse_unit(unit)
        except ValueError as exc:
            errors.append(str(exc))
        cues = spec.get("cues")
        if isinstance(cues, list) and cues and all(isinstance(c, str) for c in cues):
            cues = [cues]  # one group
        if kinds and (not isinstance(cues, list) or not cues or not all(
            isinstance(g, list) and g and all(isinstance(w, str) and w.strip() for w in g) for g in cues
        )):
            errors.append("cues must be a non-empty list of words (or a list of such lists, all required)")
        time_mode = spec.get("time", "snapshot")
        if time_mode not in TIME_MODES:
            errors.append(f"time must be one of {sorted(TIME_MODES)}")
        period = spec.get("period", "year" if time_mode == "yearly" else "day")
        if period not in PERIODS:
            errors.append(f"period must be one of {sorted(PERIODS)}")
        for key in ("counted", "exclude", "stops", "breaks"):
            value = spec.get(key) or []
            if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
                errors.append(f"{key} must be a list of words")
        for key in ("label", "phrase"):
            value = spec.get(key) or {}
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                errors.append(f"{key} must map language code to text")
        if "en" not in (spec.get("label") or {}):
            errors.append("label needs an English text (label: {en: ..., ar: ...})")
        tolerance = spec.get("tolerance") or {}
        allowed = {"about_relative", "about_points", "relative", "absolute", "exact_counts", "rounded_counts"}
        if not isinstance(tolerance, dict) or any(k not in allowed for k in tolerance):
            errors.append(f"tolerance keys are {sorted(allowed)}")
        if spec.get("scope", "sentence") not in SCOPES:
            errors.append(f"scope must be one of {sorted(SCOPES)}")
        ratio = spec.get("plausible_ratio")
        if ratio is not None and (isinstance(ratio, bool) or not isinstance(ratio, (int, float)) or not ratio > 1):
            errors.append("plausible_ratio must be a number above 1")
        if not isinstance(spec.get("annual", False), bool):
            errors.append("annual must be true or false")
        unknown = set(spec) - {
            "kinds", "unit", "cues", "time", "period", "counted", "exclude", "label", "phrase", "tolerance",
            "rows", "applies_to", "source_url", "source_name", "description", "trend", "scope", "stops",
            "breaks", "plausible_ratio", "annual",
        }
        if unknown:
            errors.append(f"unknown metric keys {sorted(unknown)}")
        if spec.get("trend") not in (None, "non_decreasing", "non_increasing"):
            errors.append("trend must be non_decreasing or non_increasing")
        rows = spec.get("rows") or [metric_id]
        if not isinstance(rows, list) or not all(isinstance(r, str) for r in rows):
            errors.append("rows must be a list of metric names used in the tables")
            rows = [metric_id]
        if errors:
            for error in errors:
                self.problem(path, line, f"metric {metric_id!r}: {error}")
            return None
        row = {
            "type": "metric",
            "pack": pack,
            "id": metric_id,
            "rows": rows,
            "kinds": kinds,
            "unit": parse_unit(unit)[0],
            "cues": cues or [],
            "exclude": spec.get("exclude") or [],
            "counted": spec.get("counted") or [],
            "scope": spec.get("scope", "sentence"),
            "stops": spec.get("stops") or [],
            "breaks": spec.get("breaks") or [],
            "plausible_ratio": ratio,
            "annual": bool(spec.get("annual", False)),
            "time": time_mode,
            "period": period,
            "label": dict(spec.get("label") or {}),
            "phrase": dict(spec.get("phrase") or {}),
            "tolerance": dict(tolerance),
            "applies_to": spec.get("applies_to"),
            "trend": spec.get("trend"),
            "source_url": spec.get("source_url"),
            "source_name": spec.get("source_name"),
        }
        self.add(f"metric|{metric_id}", row, path, line)
        return row

    def alias_entry(self, path: Path, pack: str, entity_id: str, spec: Any, line: int) -> None:
        if not isinstance(spec, dict):
            self.problem(path, line, f"aliases of {entity_id!r} must be a mapping (en, ar, generic, display)")
            return
        names: dict[str, list[str]] = {}
        generic: dict[str, list[str]] = {}
        for lang in LANGS:
            value = spec.get(lang) or []
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                self.problem(path, line, f"aliases of {entity_id!r}: {lang} must be a list of names")
                return
            names[lang] = value
        raw_generic = spec.get("generic") or {}
        if not isinstance(raw_generic, dict):
            self.problem(path, line, f"aliases of {entity_id!r}: generic must map language to names")
            return
        for lang, value in raw_generic.items():
            generic[str(lang)] = list(value or [])
        display = spec.get("display") or {}
        if not isinstance(display, dict):
            self.problem(path, line, f"aliases of {entity_id!r}: display must map language to a name")
            return
        unknown = set(spec) - {"en", "ar", "generic", "display", "group"}
        if unknown:
            self.problem(path, line, f"aliases of {entity_id!r}: unknown keys {sorted(unknown)}")
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
        self.add(f"entity|{pack}/aliases|{entity_id}", row, path, line)

    def entity_file(self, manifest: Path, base: Path, pack: str, spec: Any) -> None:
        line = _line(spec)
        if not isinstance(spec, dict) or spec.get("layout") != "country-codes" or not spec.get("file"):
            self.problem(manifest, line, "an entities entry needs file and layout: country-codes")
            return
        path = base / str(spec["file"])
        id_column = spec.get("id_column", "ISO3166-1-Alpha-3")
        name_columns = spec.get("names") or {}
        group = spec.get("group", "country")
        rows = self.read_csv(path)
        if rows is None:
            return
        header, body = rows
        wanted = [id_column, *[c for cols in name_columns.values() for c in cols]]
        missing = [c for c in wanted if c not in header]
        if missing:
            self.problem(path, 1, f"missing column(s) {missing}")
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
            self.add(f"entity|{pack}/{path.name}|{entity_id}", entry, path, line_no)

    # -- tables --------------------------------------------------------------------------------------------

    def table(self, manifest: Path, base: Path, spec: Any, metrics_known: dict[str, str]) -> None:
        line = _line(spec)
        if not isinstance(spec, dict) or not spec.get("id") or not spec.get("file"):
            self.problem(manifest, line, "a table needs id, file and layout (facts or indicator)")
            return
        layout = spec.get("layout", "facts")
        path = base / str(spec["file"])
        if layout == "facts":
            self.facts_csv(path, str(spec["id"]), metrics_known)
        elif layout == "indicator":
            self.indicator_csv(manifest, base, path, spec, metrics_known)
        else:
            self.problem(manifest, _line(spec, "layout"), f"unknown layout {layout!r} (facts or indicator)")

    def read_csv(self, path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]] | None:
        try:
            handle = path.open(encoding="utf-8-sig", newline="")
        except OSError as exc:
            self.problem(path, 1, f"cannot open: {exc.strerror or exc}")
            return None
        with handle:
            try:
                reader = csv.reader(handle, strict=True)
                header = next(reader, None)
                if not header:
                    self.problem(path, 1, "empty file (a header row is required)")
                    return None
                header = [h.strip() for h in header]
                body: list[tuple[int, dict[str, str]]] = []
                line_no = reader.line_num
                for values in reader:
                    start = line_no + 1
                    line_no = reader.line_num
                    if not any(v.strip() for v in values):
                        continue
                    if len(values) != len(header):
                        self.problem(
                            path, start, f"{len(values)} fields where the header has {len(header)}"
                        )
                        continue
                    body.append((start, dict(zip(header, values, strict=True))))
            except UnicodeDecodeError as exc:
                self.problem(path, 1, f"not UTF-8: {exc}")
                return None
            except csv.Error as exc:
                self.problem(path, reader.line_num, f"CSV error: {exc}")
                return None
        return header, body

    def facts_csv(self, path: Path, table: str, metrics_known: dict[str, str] | None) -> None:
        rows = self.read_csv(path)
        if rows is None:
            return
        header, body = rows
        missing = [c for c in FACTS_COLUMNS if c not in header]
        if missing:
            self.problem(path, 1, f"missing column(s) {missing}; the facts layout is {', '.join(FACTS_COLUMNS)}")
            return
        entity_names: dict[str, dict[str, list[str]]] = {}
        entity_lines: dict[str, int] = {}
        for line_no, row in body:
            errors: list[str] = []
            entity_id = row["entity_id"].strip()
            metric = row["metric"].strip()
            if not entity_id:
                errors.append("entity_id is empty")
            if not metric:
                errors.append("metric is empty")
            elif metrics_known is not None and metric not in metrics_known:
                errors.append(f"metric {metric!r} is not described in the manifest")
            unit = bound = None
            value: Any = None
            try:
                unit, bound = parse_unit(row["unit_or_currency"])
                value = parse_value(row["value"], unit)
            except ValueError as exc:
                errors.append(str(exc))
            times: dict[str, str | None] = {}
            for column in ("as_of", "valid_from", "valid_to"):
                try:
                    times[column] = parse_time(row[column])
                except ValueError as exc:
                    errors.append(f"{column}: {exc}")
            if not times.get("as_of") and not times.get("valid_from") and "as_of" not in " ".join(errors):
                errors.append("as_of is empty (a fact needs the date its source stated it)")
            if times.get("valid_from") and times.get("valid_to") and times["valid_from"] > times["valid_to"]:
                errors.append(f"valid_from {times['valid_from']} is after valid_to {times['valid_to']}")
            url = row["source_url"].strip()
            if not url:
                errors.append("source_url is empty (every fact needs its source)")
            elif not re.match(r"^https?://", url):
                errors.append(f"source_url is not an http(s) URL: {url!r}")
            names_en = split_names(row["entity_names_en"])
            names_ar = split_names(row["entity_names_ar"])
            if not names_en and not names_ar and entity_id:
                errors.append("no entity names (entity_names_en / entity_names_ar)")
            if errors:
                for error in errors:
                    self.problem(path, line_no, error)
                continue
            fact = {
                "type": "fact",
                "table": table,
                "entity_id": entity_id,
                "entity_name": names_en[0] if names_en else names_ar[0],
                "row_metric": metric,
                "value": value,
                "unit": unit,
                "bound": bound,
                "as_of": times["as_of"],
                "valid_from": times["valid_from"],
                "valid_to": times["valid_to"],
                "year": None,
                "source_url": url,
                "source_quote": row["source_quote"].strip() or None,
            }
            key = f"fact|{table}|{entity_id}|{metric}|{times['as_of'] or times['valid_from']}|{url}"
            if key in self.keys:
                # Same source, same statement date: a second figure from one page (e.g. another valid_to).
                key = f"{key}|{row['value'].strip()}"
            self.add(key, fact, path, line_no)
            names = entity_names.setdefault(entity_id, {"en": [], "ar": []})
            entity_lines.setdefault(entity_id, line_no)
            for lang, found in (("en", names_en), ("ar", names_ar)):
                for name in found:
                    if name not in names[lang]:
                        names[lang].append(name)
        for entity_id, names in entity_names.items():
            entry = {
                "type": "entity",
                "source": table,
                "id": entity_id,
                "group": None,
                "names": names,
                "generic": {},
                "display": {lang: found[0] for lang, found in names.items() if found},
                "priority": 0,
            }
            self.add(f"entity|{table}/{path.name}|{entity_id}", entry, path, entity_lines[entity_id])

    def indicator_csv(
        self, manifest: Path, base: Path, path: Path, spec: dict[str, Any], metrics_known: dict[str, str]
    ) -> None:
        table = str(spec["id"])
        metric = spec.get("metric")
        if metric not in metrics_known:
            self.problem(manifest, _line(spec, "metric"), f"table {table!r}: metric {metric!r} is not described")
            return
        columns = {"entity": "Country Code", "name": "Country Name", "year": "Year", "value": "Value"}
        columns.update(spec.get("columns") or {})
        keep: set[str] | None = None
        keep_spec = spec.get("keep_entities")
        if keep_spec is not None:
            keep = set(keep_spec.get("also") or [])
            if keep_spec.get("file"):
                keep_path = base / str(keep_spec["file"])
                rows = self.read_csv(keep_path)
                if rows is None:
                    return
                column = keep_spec.get("column", "ISO3166-1-Alpha-3")
                keep.update((r.get(column) or "").strip() for _, r in rows[1])
                keep.discard("")
        rows = self.read_csv(path)
        if rows is None:
            return
        header, body = rows
        missing = [c for c in columns.values() if c not in header]
        if missing:
            self.problem(path, 1, f"missing column(s) {missing}")
            return
        source_url = spec.get("source_url")
        for line_no, row in body:
            code = row[columns["entity"]].strip()
            if keep is not None and code not in keep:
                continue  # aggregates (regions, income groups) are not entities a claim names
            errors = []
            try:
                year = int(row[columns["year"]])
                if not 1800 <= year <= 2200:
                    raise ValueError
            except ValueError:
                errors.append(f"year {row[columns['year']]!r} is not a year")
                year = 0
            raw_value = row[columns["value"]].strip()
            if not raw_value:
                continue  # the World Bank leaves years without data empty: no fact, not an error
            try:
                value = float(raw_value)
                if not math.isfinite(value):
                    raise ValueError
            except ValueError:
                errors.append(f"value {raw_value!r} is not a number")
                value = 0.0
            if not code:
                errors.append("country code is empty")
            if errors:
                for error in errors:
                    self.problem(path, line_no, error)
                continue
            name = row.get(columns["name"], "").strip() or None
            fact = {
                "type": "fact",
                "table": table,
                "entity_id": code,
                "entity_name": name,
                "row_metric": metric,
                "value": int(value) if value.is_integer() else value,
                "unit": None,  # the metric's unit
                "bound": None,
                "as_of": str(year),
                "valid_from": None,
                "valid_to": None,
                "year": year,
                "source_url": source_url,
                "source_quote": f"{spec.get('source_name') or table}: {name or code}, {year}: {raw_value}",
            }
            self.add(f"fact|{table}|{code}|{year}", fact, path, line_no)


def _manifest_of(path: Path) -> Path | None:
    if path.is_dir():
        candidate = path / MANIFEST
        return candidate if candidate.exists() else None
    if path.suffix in (".yaml", ".yml"):
        return path
    return None


def read_pack(path: Path, known_row_metrics: set[str] | None = None) -> PackRead:
    """Read one pack (directory, manifest file, or bare facts CSV) into rows and problems."""
    reader = _Reader()
    path = Path(path)
    if not path.exists():
        reader.problem(path, 0, "no such file or directory")
        return PackRead(reader.records, reader.problems)
    manifest = _manifest_of(path)
    if manifest is not None:
        reader.read_manifest(manifest)
    elif path.is_dir():
        reader.problem(path, 0, f"a pack directory needs a {MANIFEST}")
    elif path.suffix == ".csv":
        known = {m: m for m in known_row_metrics} if known_row_metrics is not None else None
        reader.facts_csv(path, path.stem, known)
    else:
        reader.problem(path, 0, "not a reference pack (a directory with manifest.yaml, a .yaml manifest or a .csv)")
    return PackRead(reader.records, reader.problems)


def default_pack_paths() -> list[Path]:
    """The packs shipped with the project (country names, World Bank indicators, coalition facts)."""
    return [PACKS_DIR / name for name in DEFAULT_PACKS]


def row_metrics_of(records: Iterable[Record]) -> set[str]:
    found: set[str] = set()
    for _, row in records:
        if row.get("type") == "metric":
            found.update(row.get("rows") or [row["id"]])
    return found
