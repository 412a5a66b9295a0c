"""Tolerance and comparison: what range a claim's own wording allows, and whether a fact falls in it.

"98%" covers [97.5, 98.5); "more than 98%" needs a fact above 98; "about 200 million" allows the rounding its
scale implies (or 5%, whichever is wider); a plain count ("74 countries") is exact; "10.5 million people" is
rounded at its stated precision. Per-metric overrides come from the manifest (`tolerance:`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import regex

from factstream.models import Claim

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUMERAL = regex.compile(r"\d+(?:[.,٫٬،'\u00a0\u202f ]\d+)*")
_SCALE_WORDS = (
    (1e12, ("trillion", "tn", "تريليون", "ترليون", "تريليونات")),
    (1e9, ("billion", "bn", "مليار", "مليارات", "مليارا", "ملياري", "بليون", "بلايين")),
    (1e6, ("million", "mn", "مليون", "ملايين", "مليونا", "مليوني")),
    (1e3, ("thousand", "ألف", "آلاف", "الف", "الاف", "ألفا", "ألفين", "ألفي")),
)


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def contains(self, value: float) -> bool:
        if value < self.low or (self.low_open and value == self.low):
            return False
        return not (value > self.high or (self.high_open and value == self.high))

    def overlaps(self, other: Interval) -> bool:
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low and (self.high_open or other.low_open):
            return False
        return not (other.high == self.low and (other.high_open or self.low_open))


def _parse_numeral(text: str) -> tuple[float, int] | None:
    """The first written number in a claim's text and its decimal places ('10.5' -> (10.5, 1))."""
    text = text.translate(_DIGITS)
    match = _NUMERAL.search(text)
    if match is None:
        return None
    raw = match.group()
    parts = regex.split(r"[.,٫٬،'\u00a0\u202f ]", raw)
    seps = regex.findall(r"[.,٫٬،'\u00a0\u202f ]", raw)
    if not seps:
        return float(raw), 0
    # The last separator is a decimal mark unless it is followed by exactly three digits and is a thousands
    # sign ("1,000", "1 000"), or the text uses it several times ("1,000,000").
    last = seps[-1]
    thousands = len(parts[-1]) == 3 and (last in ",٬'\u00a0\u202f " or seps.count(last) > 1)
    if last == "٫" or (last in ".،" and not thousands and seps.count(last) == 1):
        integer = "".join(parts[:-1])
        return float(f"{integer}.{parts[-1]}"), len(parts[-1])
    return float("".join(parts)), 0


def stated_step(claim: Claim) -> tuple[float, bool]:
    """The unit of the claim's last stated digit, in full units, and whether it was scaled ('million')."""
    value = _number(claim.value)
    if value is None or value == 0:
        return 1.0, False
    parsed = _parse_numeral(claim.text)
    if parsed is not None and parsed[0] != 0:
        numeral, decimals = parsed
        ratio = abs(value) / numeral
        scale = 10 ** round(math.log10(ratio)) if ratio > 0 else 1
        if scale >= 1 and math.isclose(ratio, scale, rel_tol=1e-6):
            return scale * 10.0 ** (-decimals), scale > 1
        return 10.0 ** (-decimals), False
    lowered = claim.text.casefold()
    for factor, words in _SCALE_WORDS:
        if any(word in lowered for word in words) and abs(value) >= factor:
            return factor, True
    return 1.0, False


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    try:
        number = float(str(value))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def claim_interval(claim: Claim, unit: str, tolerance: Mapping[str, Any]) -> Interval | None:
    """The range of values the claim's wording allows (None when its value is not a number)."""
    value = _number(claim.value)
    if value is None:
        return None
    high_value = _number(claim.value_high)
    step, scaled = stated_step(claim)
    half = step / 2
    relative = float(tolerance.get("relative", 0.0))
    absolute = float(tolerance.get("absolute", 0.0))
    half = max(half, abs(value) * relative, absolute)
    is_count = claim.kind in ("count", "number") and unit in ("count", "persons", "days")
    exact_counts = bool(tolerance.get("exact_counts", True))
    qualifier = claim.qualifier
    if high_value is not None:
        return Interval(min(value, high_value) - half, max(value, high_value) + half)
    if qualifier == "more than":
        return Interval(value, math.inf, low_open=True)
    if qualifier == "at least":
        return Interval(value, math.inf)
    if qualifier == "less than":
        return Interval(-math.inf, value, high_open=True)
    if qualifier in ("at most", "up to"):
        return Interval(-math.inf, value)
    if qualifier == "about":
        if unit == "percent":
            width = max(half, float(tolerance.get("about_points", 1.0)))
        else:
            # "about 200 million": the rounding its scale implies (the last non-zero stated digit), or 5%.
            width = max(half, _last_nonzero_unit(value) / 2 if scaled else half,
                        abs(value) * float(tolerance.get("about_relative", 0.05)))
        return Interval(value - width, value + width)
    if is_count and not scaled and tolerance.get("rounded_counts"):
        # "a population of 70,000": a round figure covers the rounding of its last non-zero digit.
        half = max(half, _last_nonzero_unit(value) / 2)
        return Interval(value - half, value + half, high_open=True)
    if is_count and exact_counts and not scaled and step >= 1 and not relative and not absolute:
        return Interval(value, value)
    return Interval(value - half, value + half, high_open=True)


def _last_nonzero_unit(value: float) -> float:
    number = abs(round(value))
    if number == 0:
        return 1.0
    unit = 1
    while number % 10 == 0:
        number //= 10
        unit *= 10
    return float(unit)


def fact_interval(value: float, bound: str | None) -> Interval:
    if bound == "more than":
        return Interval(value, math.inf, low_open=True)
    if bound == "less than":
        return Interval(-math.inf, value, high_open=True)
    if bound == "about":
        return Interval(value * 0.95, value * 1.05) if value >= 0 else Interval(value * 1.05, value * 0.95)
    return Interval(value, value)


def numbers_agree(claim_range: Interval, fact_value: float, bound: str | None) -> bool:
    return claim_range.overlaps(fact_interval(fact_value, bound))


# -- dates ---------------------------------------------------------------------------------------------------


def date_parts(value: str) -> tuple[int | None, int | None, int | None]:
    """'2014-09-11' -> (2014, 9, 11); '2014-09' -> (2014, 9, None); '--09-11' -> (None, 9, 11)."""
    text = str(value).strip()
    if text.startswith("--"):
        pieces = text[2:].split("-")
        month = int(pieces[0]) if pieces and pieces[0] else None
        day = int(pieces[1]) if len(pieces) > 1 and pieces[1] else None
        return None, month, day
    pieces = text.split("-")
    year = int(pieces[0])
    month = int(pieces[1]) if len(pieces) > 1 else None
    day = int(pieces[2][:2]) if len(pieces) > 2 else None
    return year, month, day


def dates_agree(claimed: str, fact: str) -> bool:
    """Compare at the precision both state: '2014-09' agrees with '2014-09-11'; '--09-11' ignores the year."""
    a = date_parts(claimed)
    b = date_parts(fact)
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def days_between(claimed: str, fact: str) -> int | None:
    (year, month, day), (fact_year, fact_month, fact_day) = date_parts(claimed), date_parts(fact)
    if year is None or month is None or day is None or fact_year is None or fact_month is None or fact_day is None:
        return None
    return (date(year, month, day) - date(fact_year, fact_month, fact_day)).days


def time_bounds(value: str) -> tuple[date, date]:
    """The first and last day an ISO date at any precision covers."""
    year, month, day = date_parts(value)
    if year is None:
        raise ValueError(f"no year in {value!r}")
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if day is None:
        last = (date(year + (month == 12), month % 12 + 1, 1) - date(year, month, 1)).days
        return date(year, month, 1), date(year, month, last)
    return date(year, month, day), date(year, month, day)
