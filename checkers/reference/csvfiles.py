"""Reading the CSV files of a reference pack: the facts layout (one sourced figure a row) and the World Bank
indicator layout (country, year, value), each row checked and keyed, every problem with its file:line."""

from __future__ import annotations

import csv
import math
import re
from pathlib import Path
from typing import Any

from checkers.reference.problems import Collector
from checkers.reference.rows import FACTS_COLUMNS, parse_time, parse_unit, parse_value, split_names
from checkers.reference.yamlfile import line_of


def read_csv(out: Collector, path: Path, *, raw: bool = False) -> tuple[list[str], list[tuple[int, Any]]] | None:
    """The header and the (line, row) pairs of a UTF-8 CSV file; None when it cannot be read at all. Blank rows
    are skipped; a row with the wrong number of fields is a problem, the others are kept. Rows are dicts by
    header name, or with `raw` the lists of fields (indicator tables: 100k rows, read at every worker start)."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        out.problem(path, 1, f"cannot open: {exc.strerror or exc}")
        return None
    with handle:
        try:
            reader = csv.reader(handle, strict=True)
            header = next(reader, None)
            if not header:
                out.problem(path, 1, "empty file (a header row is required)")
                return None
            header = [h.strip() for h in header]
            body: list[tuple[int, Any]] = []
            line_no = reader.line_num
            for values in reader:
                start = line_no + 1
                line_no = reader.line_num
                if not (values and values[0].strip()) and not any(v.strip() for v in values):  # first field: fast
                    continue
                if len(values) != len(header):
                    out.problem(
                        path, start, f"{len(values)} fields where the header has {len(header)}"
                    )
                    continue
                body.append((start, values if raw else dict(zip(header, values, strict=True))))
        except UnicodeDecodeError as exc:
            out.problem(path, 1, f"not UTF-8: {exc}")
            return None
        except csv.Error as exc:
            out.problem(path, reader.line_num, f"CSV error: {exc}")
            return None
    return header, body


def facts_csv(out: Collector, path: Path, table: str, metrics_known: dict[str, str] | None) -> None:
    """Rows of the facts layout (FACTS_COLUMNS), each a fact; the entity names they give become entity rows."""
    rows = read_csv(out, path)
    if rows is None:
        return
    header, body = rows
    missing = [c for c in FACTS_COLUMNS if c not in header]
    if missing:
        out.problem(path, 1, f"missing column(s) {missing}; the facts layout is {', '.join(FACTS_COLUMNS)}")
        return
    entity_names: dict[str, dict[str, list[str]]] = {}
    entity_lines: dict[str, int] = {}
    for line_no, row in body:
        errors, fact, names_en, names_ar = _fact(row, table, metrics_known)
        if fact is None:
            for error in errors:
                out.problem(path, line_no, error)
            continue
        entity_id = fact["entity_id"]
        stated = fact["as_of"] or fact["valid_from"]
        key = f"fact|{table}|{entity_id}|{fact['row_metric']}|{stated}|{fact['source_url']}"
        if key in out.keys:
            # Same source, same statement date: a second figure from one page (e.g. another valid_to).
            key = f"{key}|{row['value'].strip()}"
        out.add(key, fact, path, line_no)
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
        out.add(f"entity|{table}/{path.name}|{entity_id}", entry, path, entity_lines[entity_id])


def _fact(row: dict[str, str], table: str, metrics_known: dict[str, str] | None
          ) -> tuple[list[str], dict[str, Any] | None, list[str], list[str]]:
    """One facts-layout row: (what is wrong with it, the fact row when nothing is, its English and Arabic names)."""
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
    valid_from, valid_to = times.get("valid_from"), times.get("valid_to")
    if valid_from and valid_to and valid_from > valid_to:
        errors.append(f"valid_from {valid_from} is after valid_to {valid_to}")
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
        return errors, None, names_en, names_ar
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
    return errors, fact, names_en, names_ar


def indicator_csv(out: Collector, manifest: Path, base: Path, path: Path, spec: dict[str, Any],
                  metrics_known: dict[str, str]) -> None:
    """A table in the World Bank layout (country code, name, year, value): one fact per row with a value."""
    table = str(spec["id"])
    metric = spec.get("metric")
    if metric not in metrics_known:
        out.problem(manifest, line_of(spec, "metric"), f"table {table!r}: metric {metric!r} is not described")
        return
    columns = {"entity": "Country Code", "name": "Country Name", "year": "Year", "value": "Value"}
    columns.update(spec.get("columns") or {})
    keep: set[str] | None = None
    keep_spec = spec.get("keep_entities")
    if keep_spec is not None:
        keep = _kept_entities(out, base, keep_spec)
        if keep is None:
            return
    rows = read_csv(out, path, raw=True)
    if rows is None:
        return
    header, body = rows
    missing = [c for c in columns.values() if c not in header]
    if missing:
        out.problem(path, 1, f"missing column(s) {missing}")
        return
    at = {role: header.index(name) for role, name in columns.items()}
    entity_at, year_at = at["entity"], at["year"]
    since = spec.get("since")  # an older vintage is kept only for the years news of its time quoted
    for line_no, values in body:
        code = values[entity_at].strip()
        if keep is not None and code not in keep:
            continue  # aggregates (regions, income groups) are not entities a claim names
        if since is not None and values[year_at].strip().isdigit() and int(values[year_at]) < since:
            continue
        errors, fact = _indicator_fact(values, at, table, str(metric), spec)
        for error in errors:
            out.problem(path, line_no, error)
        if fact is not None:
            out.add(f"fact|{table}|{code}|{fact['year']}", fact, path, line_no)


def _indicator_fact(row: list[str], at: dict[str, int], table: str, metric: str, spec: dict[str, Any]
                    ) -> tuple[list[str], dict[str, Any] | None]:
    """One indicator row (its fields; `at`: the column of each role): (what is wrong with it, the fact row when
    nothing is; neither for a year left empty)."""
    code = row[at["entity"]].strip()
    errors = []
    try:
        year = int(row[at["year"]])
        if not 1800 <= year <= 2200:
            raise ValueError
    except ValueError:
        errors.append(f"year {row[at['year']]!r} is not a year")
        year = 0
    raw_value = row[at["value"]].strip()
    if not raw_value:
        return [], None  # the World Bank leaves years without data empty: no fact, not an error
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
        return errors, None
    name = row[at["name"]].strip() or None
    return errors, {
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
        "source_url": spec.get("source_url"),
        "source_quote": f"{spec.get('source_name') or table}: {name or code}, {year}: {raw_value}",
    }


def _kept_entities(out: Collector, base: Path, keep_spec: dict[str, Any]) -> set[str] | None:
    """The entity codes a `keep_entities` entry keeps (its `also` list and a file's column); None if unreadable."""
    keep = set(keep_spec.get("also") or [])
    if keep_spec.get("file"):
        rows = read_csv(out, base / str(keep_spec["file"]))
        if rows is None:
            return None
        column = keep_spec.get("column", "ISO3166-1-Alpha-3")
        keep.update((r.get(column) or "").strip() for _, r in rows[1])
        keep.discard("")
    return keep
