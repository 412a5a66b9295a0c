"""Judging: whether a fact supports the claim, how far apart they are, and which facts rule it in or out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from checkers.compare import Interval, dates_agree, days_between, numbers_agree, time_bounds
from checkers.reference.tables import FactRow, MetricDef
from checkers.text import is_arabic
from checkers.timing import fact_start
from checkers.wording.format import is_finite_number
from factstream.models import Claim, Deviation


def agrees(claim: Claim, claim_range: Interval | None, row: FactRow, metric: MetricDef) -> bool | None:
    """Whether the fact supports the claim; None when they cannot be compared."""
    if claim.kind == "date":
        if not isinstance(row.value, str) or not isinstance(claim.value, str):
            return None
        try:
            return dates_agree(claim.value, row.value)
        except ValueError:
            return None
    if claim_range is None or isinstance(row.value, str):
        return None
    return numbers_agree(claim_range, float(row.value), row.bound)


def deviation(claim: Claim, row: FactRow, metric: MetricDef) -> Deviation | None:
    """How far the claim is from the fact: days for a date, else absolute, relative and (percent) points."""
    if claim.kind == "date":
        if isinstance(claim.value, str) and isinstance(row.value, str):
            try:
                return Deviation.model_construct(days=days_between(claim.value, row.value))
            except ValueError:
                return None
        return None
    if isinstance(row.value, str) or not is_finite_number(claim.value):
        return None
    fact = float(row.value)
    absolute = float(claim.value) - fact
    # Built from floats computed here: nothing for pydantic to check (model_construct skips the validation).
    return Deviation.model_construct(
        absolute=absolute,
        relative=(absolute / fact) if fact else None,
        points=absolute if metric.unit == "percent" else None,
    )


def preferred(rows: list[FactRow], lang: str) -> FactRow:
    """Cite a source in the article's language when there is one, else the most recent statement."""
    def key(row: FactRow) -> tuple[int, str]:
        quote = row.source_quote or ""
        same_lang = (lang == "ar") == is_arabic(quote)
        return (1 if same_lang else 0, row.as_of or "")

    return max(rows, key=key)


def judge_slice(claim: Claim, claim_range: Interval | None, rows: list[FactRow], metric: MetricDef
                ) -> tuple[str, list[FactRow], list[FactRow]]:
    supporting, opposing = [], []
    for row in rows:
        outcome = agrees(claim, claim_range, row, metric)
        if outcome is True:
            supporting.append(row)
        elif outcome is False:
            opposing.append(row)
    if supporting and not opposing:
        return "supported", supporting, opposing
    if opposing and not supporting:
        return "contradicted", supporting, opposing
    if supporting and opposing:
        return "ambiguous", supporting, opposing
    return "incomparable", supporting, opposing


def _dated_numbers(rows: list[FactRow]) -> list[tuple[date, FactRow]]:
    """(start, row) of the plain numeric facts with a start date (no bound such as "more than")."""
    found = []
    for row in rows:
        if isinstance(row.value, str):
            continue
        start = fact_start(row)
        if start is not None and row.bound is None:
            found.append((start, row))
    return found


def bound_from_trend(claim_range: Interval | None, rows: list[FactRow], metric: MetricDef, when: str
                     ) -> FactRow | None:
    """A snapshot that rules the claim out when a series only grows (or only shrinks): the fact to cite."""
    if claim_range is None or metric.trend is None:
        return None
    _low, high = time_bounds(when)
    later = [(start, row) for start, row in _dated_numbers(rows) if start > high]
    if not later:
        return None
    if metric.trend == "non_decreasing":
        first = min(later, key=lambda found: (found[0], float(found[1].value)))[1]
        if claim_range.low > float(first.value) or (claim_range.low == float(first.value)
                                                    and claim_range.low_open):
            return first
    else:
        first = min(later, key=lambda found: (found[0], -float(found[1].value)))[1]
        if claim_range.high < float(first.value):
            return first
    return None


def other_time_match(claim: Claim, claim_range: Interval | None, rows: list[FactRow], metric: MetricDef,
                     exclude: Sequence[FactRow], lang: str) -> FactRow | None:
    matching = [r for r in rows if r not in exclude and agrees(claim, claim_range, r, metric)]
    return preferred(matching, lang) if matching else None


INFERRED_DATE_REACH = 7  # days: a weekday or "yesterday" farther than this from the fact is the report's own day


def off_scale(claim: Claim, row: FactRow, metric: MetricDef) -> bool:
    """Whether the stated figure is so far from the fact that it must be another quantity (20,000 people is no
    country's population, and "more than 13,000 inhabitants" no statement of it): more than the metric's
    plausible_ratio away on either side."""
    ratio = metric.plausible_ratio
    if ratio is None or isinstance(row.value, str):
        return False
    fact = float(row.value)
    stated = [v for v in (claim.value, claim.value_high) if is_finite_number(v)]
    if fact <= 0 or not stated:
        return False
    low, high = min(float(v) for v in stated), max(float(v) for v in stated)
    return high * ratio < fact or low > fact * ratio


def far_inferred_date(claim: Claim, row: FactRow) -> bool:
    """Whether a date read from a relative word (today, a weekday) lies too far from the fact to be about it."""
    if claim.kind != "date" or not claim.inferred or not isinstance(claim.value, str) or not isinstance(
            row.value, str):
        return False
    try:
        claimed, fact = time_bounds(claim.value), time_bounds(row.value)
    except ValueError:
        return False
    gap = max((claimed[0] - fact[1]).days, (fact[0] - claimed[1]).days, 0)
    return gap > INFERRED_DATE_REACH


def shift_deviation(claim: Claim, row: FactRow, metric: MetricDef, when: str | None) -> Deviation:
    """The figure matches another time: no difference in value, the gap is in time."""
    base = deviation(claim, row, metric) or Deviation()
    stamp = row.as_of or row.valid_from
    if when and stamp:
        try:
            base.days = (time_bounds(when)[0] - time_bounds(stamp)[0]).days
        except ValueError:
            pass
    return base

