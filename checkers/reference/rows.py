"""The rows of reference data: their vocabulary, the parsers of their values, and ONE validator per row type,
used both when a pack's manifest is read (errors become file:line problems) and when a row arrives on the
`reference` topic (errors reject the batch).

Row types: `metric` (what a metric answers and how to word it), `entity` (names), `fact` (a figure with its
time and source). Keys: `metric|<id>`, `entity|<pack>/<file>|<id>`, `fact|<table>|...` (see checkers/README.md).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from factstream.models import CLAIM_KINDS

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
# How far a cue word reaches: anywhere in the sentence, or only the figure it governs (see checkers/matching.py).
SCOPES = {"sentence", "governs"}
LANGS = ("en", "ar")
TOLERANCE_KEYS = {"about_relative", "about_points", "relative", "absolute", "exact_counts", "rounded_counts"}
METRIC_KEYS = {
    "kinds", "unit", "cues", "time", "period", "counted", "exclude", "label", "phrase", "tolerance",
    "rows", "applies_to", "source_url", "source_name", "description", "trend", "scope", "stops",
    "breaks", "plausible_ratio", "annual", "revision", "follows", "convert",
}
# revision: how far a quoted statistic may be from the (revised) table figure and still be a first release of it
# (checkers/statistics.py): beyond `absolute` points and beyond `relative` x the figure, it is contradicted.
REVISION_KEYS = {"absolute", "relative"}
# Word lists that may hold lists (YAML anchors of shared words), read flat.
_WORD_LISTS = ("counted", "exclude", "stops", "breaks", "follows")
# What a metric row carries besides its manifest entry's keys.
_METRIC_ROW_ENVELOPE = ("type", "pack", "id")
_ISO_TIME = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_PAREN = re.compile(r"\s*\([^)]*\)|\s*\*")


# ---------------------------------------------------------------------------------------------------------------
# values


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


def clean_country_name(name: str) -> str:
    """'Iran (Islamic Republic of)' -> 'Iran'; 'دولة فلسطين *' -> 'دولة فلسطين'."""
    return _PAREN.sub("", name or "").strip(" ,")


# ---------------------------------------------------------------------------------------------------------------
# metrics


def _kinds(spec: Mapping[str, Any]) -> Any:
    kinds = spec.get("kinds") or []
    return [kinds] if isinstance(kinds, str) else kinds


def _cue_groups(spec: Mapping[str, Any]) -> Any:
    cues = spec.get("cues")
    if isinstance(cues, list) and cues and all(isinstance(c, str) for c in cues):
        return [cues]  # one group
    return cues


def _time_mode(spec: Mapping[str, Any]) -> Any:
    return spec.get("time", "snapshot")


def _period(spec: Mapping[str, Any]) -> Any:
    return spec.get("period", "year" if _time_mode(spec) == "yearly" else "day")


def flat_words(words: Any) -> list[Any]:
    """A word list with its nested lists (YAML anchors of shared words) read flat, in order."""
    if not isinstance(words, list):
        return words
    flat: list[Any] = []
    for word in words:
        flat.extend(flat_words(word) if isinstance(word, list) else [word])
    return flat


def metric_rows(metric_id: str, spec: Mapping[str, Any]) -> list[str]:
    """The metric names in the tables that report this metric (default: its id)."""
    rows = spec.get("rows") or [metric_id]
    return rows if isinstance(rows, list) and all(isinstance(r, str) for r in rows) else [metric_id]


def metric_errors(spec: Mapping[str, Any]) -> list[str]:
    """Everything wrong with a metric, as a manifest entry or as a `reference` topic row (without its envelope):
    the one validator of metrics."""
    return [*_answer_errors(spec), *_word_errors(spec), *_tuning_errors(spec)]


def _answer_errors(spec: Mapping[str, Any]) -> list[str]:
    """What claims the metric answers: kinds, unit, cue groups, time mode and period."""
    errors: list[str] = []
    kinds = _kinds(spec)
    if not isinstance(kinds, list) or any(k not in CLAIM_KINDS for k in kinds):
        errors.append(f"kinds must be a list of {', '.join(CLAIM_KINDS)}")
    try:
        parse_unit(str(spec.get("unit") or ""))
    except ValueError as exc:
        errors.append(str(exc))
    cues = _cue_groups(spec)
    if kinds and (not isinstance(cues, list) or not cues or not all(
        isinstance(g, list) and g and all(isinstance(w, str) and w.strip() for w in g) for g in cues
    )):
        errors.append("cues must be a non-empty list of words (or a list of such lists, all required)")
    if _time_mode(spec) not in TIME_MODES:
        errors.append(f"time must be one of {sorted(TIME_MODES)}")
    if _period(spec) not in PERIODS:
        errors.append(f"period must be one of {sorted(PERIODS)}")
    return errors


def _word_errors(spec: Mapping[str, Any]) -> list[str]:
    """Word lists, label and phrase."""
    errors: list[str] = []
    for key in _WORD_LISTS:
        value = spec.get(key) or []
        if not isinstance(value, list) or not all(isinstance(w, str) for w in flat_words(value)):
            errors.append(f"{key} must be a list of words")
    for key in ("label", "phrase"):
        value = spec.get(key) or {}
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            errors.append(f"{key} must map language code to text")
    if "en" not in (spec.get("label") or {}):
        errors.append("label needs an English text (label: {en: ..., ar: ...})")
    return errors


def _tuning_errors(spec: Mapping[str, Any]) -> list[str]:
    """Tolerance, scope, plausible ratio, annual, trend, table rows, and keys nobody reads."""
    errors: list[str] = []
    tolerance = spec.get("tolerance") or {}
    if not isinstance(tolerance, dict) or any(k not in TOLERANCE_KEYS for k in tolerance):
        errors.append(f"tolerance keys are {sorted(TOLERANCE_KEYS)}")
    if spec.get("scope", "sentence") not in SCOPES:
        errors.append(f"scope must be one of {sorted(SCOPES)}")
    ratio = spec.get("plausible_ratio")
    if ratio is not None and (isinstance(ratio, bool) or not isinstance(ratio, (int, float)) or not ratio > 1):
        errors.append("plausible_ratio must be a number above 1")
    revision = spec.get("revision")
    if revision is not None and (not isinstance(revision, dict) or not revision or any(
            k not in REVISION_KEYS or isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0
            for k, v in revision.items())):
        errors.append(f"revision must map {sorted(REVISION_KEYS)} to numbers at or above 0")
    convert = spec.get("convert")
    if convert is not None and (not isinstance(convert, dict) or set(convert) != {"from", "rate"}
                                or not all(isinstance(v, str) and v for v in convert.values())):
        errors.append("convert must name the metric to convert (from) and the rate metric (rate)")
    if not isinstance(spec.get("annual", False), bool):
        errors.append("annual must be true or false")
    unknown = set(spec) - METRIC_KEYS
    if unknown:
        errors.append(f"unknown metric keys {sorted(unknown)}")
    if spec.get("trend") not in (None, "non_decreasing", "non_increasing"):
        errors.append("trend must be non_decreasing or non_increasing")
    rows = spec.get("rows") or []
    if not isinstance(rows, list) or not all(isinstance(r, str) for r in rows):
        errors.append("rows must be a list of metric names used in the tables")
    return errors


def metric_row(pack: str, metric_id: str, spec: Mapping[str, Any]) -> dict[str, Any]:
    """The `metric` row of a manifest entry that metric_errors found nothing wrong with."""
    return {
        "type": "metric",
        "pack": pack,
        "id": metric_id,
        "rows": metric_rows(metric_id, spec),
        "kinds": _kinds(spec),
        "unit": parse_unit(str(spec.get("unit") or ""))[0],
        "cues": _cue_groups(spec) or [],
        "exclude": flat_words(spec.get("exclude") or []),
        "counted": flat_words(spec.get("counted") or []),
        "scope": spec.get("scope", "sentence"),
        "stops": flat_words(spec.get("stops") or []),
        "breaks": flat_words(spec.get("breaks") or []),
        "follows": flat_words(spec.get("follows") or []),
        "revision": dict(spec["revision"]) if spec.get("revision") else None,
        "convert": dict(spec["convert"]) if spec.get("convert") else None,
        "plausible_ratio": spec.get("plausible_ratio"),
        "annual": bool(spec.get("annual", False)),
        "time": _time_mode(spec),
        "period": _period(spec),
        "label": dict(spec.get("label") or {}),
        "phrase": dict(spec.get("phrase") or {}),
        "tolerance": dict(spec.get("tolerance") or {}),
        "applies_to": spec.get("applies_to"),
        "trend": spec.get("trend"),
        "source_url": spec.get("source_url"),
        "source_name": spec.get("source_name"),
    }


# ---------------------------------------------------------------------------------------------------------------
# rows from the `reference` topic


def row_problem(key: Any, row: Any) -> str | None:
    """Why a keyed row from the `reference` topic cannot be used (None when it can)."""
    if not isinstance(key, str) or not key:
        return "empty key"
    if not isinstance(row, dict):
        return "row is not a JSON object"
    kind = row.get("type")
    if kind == "fact":
        for name in ("table", "entity_id", "row_metric"):
            if not isinstance(row.get(name), str) or not row[name]:
                return f"fact without {name}"
        if row.get("value") is None or isinstance(row["value"], bool):
            return "fact without value"
        try:
            for name in ("as_of", "valid_from", "valid_to"):
                parse_time(row.get(name))
        except ValueError as exc:
            return str(exc)
    elif kind == "metric":
        if not isinstance(row.get("id"), str) or not row.get("unit"):
            return "metric without id or unit"
        errors = metric_errors({k: v for k, v in row.items() if k not in _METRIC_ROW_ENVELOPE})
        if errors:
            return "; ".join(errors)
    elif kind == "entity":
        if not isinstance(row.get("id"), str) or not isinstance(row.get("names"), dict):
            return "entity without id or names"
    else:
        return f"unknown row type {kind!r}"
    return None
