"""The three file layouts a series entry can name, read into per-entity arrays of dates and values.

- `dated`: one series; a date column and a value column (EIA `Date,Price`, gold `Date,Price`, an operator's
  `date,close` export of a stock index).
- `wide`: a date column and one column per entity (ECB `Date,USD,JPY,...`: one series per currency).
- `indicator`: the World Bank long layout, one row per entity and date (`Country Name,Country Code,Year,Value`;
  any frequency, with `columns` naming other headers: a pegs file is `currency,name,since,per_usd`).

Every row is checked: a bad date, a duplicate date, rows out of date order, a value that is not a number, and a
price at or below zero are problems with file:line. A value listed in `missing` ("N/A", or an empty cell in the
World Bank layout) is no row at all.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from math import isfinite
from pathlib import Path
from typing import Any

from checkers.series.files import Problems, parse_day, parse_number, read_table
from checkers.series.model import key_label, period_key

LAYOUTS = ("dated", "wide", "indicator")
DEFAULT_COLUMNS = {
    "dated": {"date": "Date", "value": "Price"},
    "wide": {"date": "Date"},
    "indicator": {"entity": "Country Code", "name": "Country Name", "date": "Year", "value": "Value"},
}


@dataclass
class Column:
    """One entity's rows while a file is read: keys, values, and each key's line (for duplicate messages)."""

    keys: array = field(default_factory=lambda: array("q"))
    values: array = field(default_factory=lambda: array("d"))
    lines: array = field(default_factory=lambda: array("l"))
    last_key: int | None = None  # the latest date seen, also on rows whose value was bad
    last_line: int = 0

    def add(self, key: int, value: float | None, line: int) -> str | None:
        """Append a row (None: its value was bad, only its date counts for the order); returns why the row is
        out of place (duplicate or out of order), or None."""
        if self.last_key is not None and key <= self.last_key:
            if key == self.last_key:
                return f"duplicate date (first at line {self.last_line})"
            at = bisect_left(self.keys, key)
            if at < len(self.keys) and self.keys[at] == key:
                return f"duplicate date (first at line {self.lines[at]})"
            return f"out of date order: after the row at line {self.last_line}, rows must go forward in time"
        self.last_key, self.last_line = key, line
        if value is not None:
            self.keys.append(key)
            self.values.append(value)
            self.lines.append(line)
        return None


@dataclass
class FileRead:
    columns: dict[str | None, Column]
    names: dict[str, str]  # entity id -> the name the file gives it (World Bank layout)


@dataclass(frozen=True)
class RowRules:
    """How the rows of one series entry are checked."""

    frequency: str
    positive: bool
    allow_non_positive: frozenset[str]  # ISO dates where a price at or below zero is real (WTI, 20 April 2020)
    missing: frozenset[str]


def read_file(path: Path, layout: str, columns: dict[str, str], rules: RowRules, problems: Problems,
              only: list[str] | None = None) -> FileRead | None:
    """Read one series file; None when it cannot be read (problems recorded). Rows with problems are left
    out and recorded: the caller loads nothing when any problem was found."""
    table = read_table(path, problems)
    if table is None:
        return None
    header, rows = table
    wanted = {**DEFAULT_COLUMNS[layout], **columns}
    missing_cols = [c for c in wanted.values() if c not in header]
    if only:
        missing_cols += [c for c in only if c not in header]
    if missing_cols:
        problems.add(path, 1, f"missing column(s) {missing_cols} (header: {', '.join(header)})")
        return None
    index = {name: i for i, name in enumerate(header)}
    if layout == "dated":
        return _read_dated(path, rows, index[wanted["date"]], index[wanted["value"]], rules, problems)
    if layout == "wide":
        entity_columns = only or [h for h in header if h != wanted["date"]]
        return _read_wide(path, rows, index[wanted["date"]], [(c, index[c]) for c in entity_columns], rules,
                          problems)
    return _read_indicator(path, rows, {k: index[v] for k, v in wanted.items()}, rules, problems)


def _value(text: str, day_text: str, rules: RowRules) -> float:
    value = parse_number(text)
    if rules.positive and value <= 0 and day_text not in rules.allow_non_positive:
        raise ValueError(f"value {text.strip()} is not positive (a price; list the date in allow_non_positive "
                         f"if it is real)")
    return value


class _Days:
    """Row dates parsed once per distinct text (a World Bank file repeats each year for every country)."""

    def __init__(self, frequency: str) -> None:
        self.frequency = frequency
        self.cache: dict[str, tuple[int, str]] = {}

    def key(self, text: str) -> tuple[int, str]:
        """(period key, the date as allow_non_positive names it); raises ValueError for a bad date."""
        found = self.cache.get(text)
        if found is None:
            day = parse_day(text, self.frequency)
            named = day.isoformat() if self.frequency == "daily" else text.strip()
            found = self.cache[text] = (period_key(day, self.frequency), named)
        return found


def _add(column: Column, day: tuple[int, str], raw: str, line: int, rules: RowRules, label: str = "") -> list[str]:
    """Check and append one value at a parsed date; returns the problems found (empty when it was added)."""
    key = day[0]
    if column.last_key is None or key > column.last_key:
        # The common case, in line (a World Bank import of every indicator is 2 million values): a finite
        # number, positive when it must be, after the previous date. Anything else takes the checked path.
        try:
            value = float(raw)
        except ValueError:
            value = None
        if value is not None and isfinite(value) and "_" not in raw and (value > 0 or not rules.positive):
            column.last_key, column.last_line = key, line
            column.keys.append(key)
            column.values.append(value)
            column.lines.append(line)
            return []
    return _add_checked(column, day, raw, line, rules, label)


def _add_checked(column: Column, day: tuple[int, str], raw: str, line: int, rules: RowRules, label: str,
                 ) -> list[str]:
    errors = []
    key, named = day
    try:
        value: float | None = _value(raw, named, rules)
    except ValueError as exc:
        errors.append(f"{label}{exc}")
        value = None
    refused = column.add(key, value, line)
    if refused:
        errors.append(f"{label}{key_label(key, rules.frequency)}: {refused}")
    return errors


def _read_dated(path: Path, rows, date_i: int, value_i: int, rules: RowRules, problems: Problems) -> FileRead:
    column, days = Column(), _Days(rules.frequency)
    for line, values in rows:
        raw = values[value_i]
        if raw.strip() in rules.missing:
            continue
        try:
            day = days.key(values[date_i])
        except ValueError as exc:
            problems.add(path, line, str(exc))
            continue
        for error in _add(column, day, raw, line, rules):
            problems.add(path, line, error)
    return FileRead({None: column}, {})


def _read_wide(path: Path, rows, date_i: int, entity_columns: list[tuple[str, int]], rules: RowRules,
               problems: Problems) -> FileRead:
    columns = {name: Column() for name, _ in entity_columns}
    days, missing = _Days(rules.frequency), rules.missing
    for line, values in rows:
        try:
            day = days.key(values[date_i])
        except ValueError as exc:
            problems.add(path, line, str(exc))
            continue
        for name, i in entity_columns:
            raw = values[i]
            if raw in missing or raw.strip() in missing:
                continue
            for error in _add(columns[name], day, raw, line, rules, label=f"{name}: "):
                problems.add(path, line, error)
    return FileRead({name: col for name, col in columns.items() if len(col.keys)}, {})


def _read_indicator(path: Path, rows, index: dict[str, int], rules: RowRules, problems: Problems) -> FileRead:
    columns: dict[str | None, Column] = {}
    names: dict[str, str] = {}
    days, missing = _Days(rules.frequency), rules.missing
    entity_i, name_i, date_i, value_i = index["entity"], index["name"], index["date"], index["value"]
    for line, values in rows:
        code = values[entity_i].strip()
        if not code:
            problems.add(path, line, "entity code is empty")
            continue
        raw = values[value_i]
        if raw in missing or raw.strip() in missing:
            continue  # the World Bank leaves years without data empty: no row, not an error
        try:
            day = days.key(values[date_i])
        except ValueError as exc:
            problems.add(path, line, f"{code}: {exc}")
            continue
        column = columns.get(code)
        if column is None:
            column = columns[code] = Column()
            names[code] = values[name_i].strip()
        for error in _add(column, day, raw, line, rules, label=f"{code}: "):
            problems.add(path, line, error)
    return FileRead(columns, names)


def describe_rules(spec: dict[str, Any], frequency: str) -> RowRules:
    layout = spec.get("layout")
    default_missing = [""] if layout in ("indicator", "wide") else []
    missing = spec.get("missing", default_missing)
    return RowRules(
        frequency=frequency,
        positive=bool(spec.get("positive", False)),
        allow_non_positive=frozenset(str(d) for d in spec.get("allow_non_positive") or []),
        missing=frozenset(str(m).strip() for m in missing),
    )
