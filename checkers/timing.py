"""Time: the moment a claim is about, and the facts valid at that moment.

`time_slices` groups a metric's facts into slices, one per moment, most relevant first; how depends on the
metric's `time` mode, each mode one slicer in SLICERS. A new kind of reference (a dated daily or monthly series)
plugs in here by registering its own slicer under its mode (say `SLICERS["daily"]`), e.g. falling back from a
weekend to the last trading day; the judging and wording that follow take the slices as they come.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from checkers.compare import time_bounds
from checkers.reference.tables import FactRow, MetricDef
from factstream.models import ArticleRef, Claim

# rows, metric, the claim's ISO time, whether the sentence states it -> slices of rows, most relevant first
Slicer = Callable[[list[FactRow], MetricDef, str, bool], list[list[FactRow]]]


def claim_time(claim: Claim, article: ArticleRef, today: date | None) -> tuple[str, str]:
    """The ISO time the claim is about and where it comes from: "text" (a date or year in its sentence),
    "published" (the article's published_at) or "today" (neither: the time is unknown)."""
    if claim.time_ref and not str(claim.time_ref).startswith("--"):
        try:
            time_bounds(str(claim.time_ref))
            return str(claim.time_ref), "text"
        except ValueError:
            pass
    if article.published_at is not None:
        published = article.published_at
        return (published.date() if isinstance(published, datetime) else published).isoformat(), "published"
    return (today or date.today()).isoformat(), "today"


def article_window(article: ArticleRef) -> tuple[date, date] | None:
    """The days the article may have appeared: its published day twice, else its published_window (an undated
    article of a known period, checked against every day of it), else None."""
    if article.published_at is not None:
        published = article.published_at
        day = published.date() if isinstance(published, datetime) else published
        return day, day
    window = article.published_window
    return (window.start, window.end) if window is not None else None


def finer_than_year(claim: Claim) -> bool:
    """Whether the sentence dates the figure to a month or a day ("in May", "in the year to October")."""
    ref = str(claim.time_ref or "")
    return bool(ref) and (ref.startswith("--") or len(ref) > 4)


def fact_start(row: FactRow) -> date | None:
    """The first day a fact holds (valid_from, else the day its source stated it)."""
    start = row.start
    return time_bounds(start)[0] if start else None


def time_slices(rows: list[FactRow], metric: MetricDef, when: str, explicit: bool) -> list[list[FactRow]]:
    """Groups of facts valid at the claim's time, most relevant first (each group: one moment)."""
    return SLICERS[metric.time](rows, metric, when, explicit)


def _event_slices(rows: list[FactRow], metric: MetricDef, when: str, explicit: bool) -> list[list[FactRow]]:
    """An event's facts are timeless: one slice."""
    return [rows] if rows else []


def _yearly_slices(rows: list[FactRow], metric: MetricDef, when: str, explicit: bool) -> list[list[FactRow]]:
    """The stated year's figures; with no year stated, the latest year up to the claim's time and the one before."""
    low, _high = time_bounds(when)
    by_year: dict[int, list[FactRow]] = {}
    for row in rows:
        if row.year is not None:
            year: int | None = row.year
        else:
            start = fact_start(row)
            year = start.year if start else None
        if year is not None:
            by_year.setdefault(year, []).append(row)
    if explicit:
        return [by_year[low.year]] if low.year in by_year else []
    # No stated year: the latest figure published then, or the year before (reporters cite the last one).
    years = sorted((y for y in by_year if y <= low.year), reverse=True)[:2]
    return [by_year[y] for y in years]


def _snapshot_slices(rows: list[FactRow], metric: MetricDef, when: str, explicit: bool) -> list[list[FactRow]]:
    """Facts that start within the claim's time, newest first, then the latest one stated before it."""
    low, high = time_bounds(when)
    valid = []
    for row in rows:
        start = fact_start(row)
        if start is None or start > high:
            continue
        if row.valid_to and time_bounds(row.valid_to)[1] < low:
            continue
        valid.append((start, row))
    if not valid:
        return []
    slices: dict[date, list[FactRow]] = {}
    before = [s for s, _ in valid if s <= low]
    latest_before = max(before) if before else None
    for start, row in valid:
        if start >= low or start == latest_before:
            slices.setdefault(start, []).append(row)
    return [slices[s] for s in sorted(slices, reverse=True)]


# One slicer per metric time mode (the modes a manifest may name: checkers.reference.rows.TIME_MODES).
SLICERS: dict[str, Slicer] = {
    "event": _event_slices,
    "yearly": _yearly_slices,
    "snapshot": _snapshot_slices,
}
