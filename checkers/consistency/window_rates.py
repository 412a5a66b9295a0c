"""The range of a currency pair's daily rates over a window of days: what an undated article of a known period
(Article.published_window, "2004-01-01/2005-12-31") may have converted at.

The cross rate is the converter's own (checkers.series.FxConverter.convert: ECB, else a peg, else the World
Bank's annual rate) for every day of the window, weekends and holidays included (each falls back to the last
trading day, as for a dated article). A window is read as whole calendar months, each computed once per pair and
kept, plus the odd days at its two ends, so a two-year window costs about 24 cached months and at most 60 days;
the result is kept per (pair, window) too. A window with a day no source covers has no range (None): the rate of
that day is unknown, so nothing about the window can be said.
"""

from __future__ import annotations

import calendar
import threading
import weakref
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checkers.series import FxConverter

# Months and windows kept per converter; a pair's month is a few floats, so this bounds memory to a few MB.
MAX_CACHED = 20_000


@dataclass(frozen=True, slots=True)
class RateRange:
    """Units of `to_currency` per 1 `from_currency` over the days `start`..`end`: the lowest and highest, the
    days they held, and the sources the rates came from ("ecb", "peg", "wdi")."""

    from_currency: str
    to_currency: str
    start: date
    end: date
    low: float
    low_day: date
    high: float
    high_day: date
    sources: tuple[str, ...]

    @property
    def spread(self) -> float:
        """How far apart the range's ends are (high / low - 1)."""
        return self.high / self.low - 1

    def nearest(self, rate: float) -> float:
        """The rate of the range closest to `rate` (`rate` itself when inside)."""
        return min(max(rate, self.low), self.high)


def _merge(first: RateRange | None, second: RateRange | None) -> RateRange | None:
    if first is None or second is None:
        return first or second
    low = first if first.low <= second.low else second
    high = first if first.high >= second.high else second
    return RateRange(first.from_currency, first.to_currency, min(first.start, second.start),
                     max(first.end, second.end), low.low, low.low_day, high.high, high.high_day,
                     tuple(dict.fromkeys((*first.sources, *second.sources))))


class _Missing(Exception):
    """A day of the window that no source covers."""


class WindowRates:
    """Rate ranges over windows for one converter, computed by month and kept."""

    def __init__(self, converter: FxConverter) -> None:
        # Weak: this object is the value of a weak-keyed map whose key is the converter, so a strong reference
        # here would keep every converter (and its catalog) alive for good.
        self._converter = weakref.ref(converter)
        self._months: dict[tuple[str, str, int, int], RateRange | None] = {}
        self._windows: dict[tuple[str, str, date, date], RateRange | None] = {}

    def range(self, from_currency: str, to_currency: str, start: date, end: date) -> RateRange | None:
        """The range of 1 `from_currency` in `to_currency` over `start`..`end` (both included), or None when a
        day of it has no rate."""
        key = (from_currency.upper(), to_currency.upper(), start, end)
        if key in self._windows:
            return self._windows[key]
        try:
            found = self._compute(*key)
        except _Missing:
            found = None
        if len(self._windows) >= MAX_CACHED:
            self._windows.clear()
        self._windows[key] = found
        return found

    def _compute(self, source: str, target: str, start: date, end: date) -> RateRange | None:
        found: RateRange | None = None
        day = start
        while day <= end:
            last_of_month = day.replace(day=calendar.monthrange(day.year, day.month)[1])
            if day.day == 1 and last_of_month <= end:
                found = _merge(found, self._month(source, target, day.year, day.month))
                day = last_of_month + timedelta(days=1)
            else:
                stop = min(end, last_of_month)
                found = _merge(found, self._days(source, target, day, stop))
                day = stop + timedelta(days=1)
        return found

    def _month(self, source: str, target: str, year: int, month: int) -> RateRange | None:
        key = (source, target, year, month)
        if key not in self._months:
            first = date(year, month, 1)
            last = first.replace(day=calendar.monthrange(year, month)[1])
            try:
                found: RateRange | None = self._days(source, target, first, last)
            except _Missing:
                found = None
            if len(self._months) >= MAX_CACHED:
                self._months.clear()
            self._months[key] = found
        kept = self._months[key]
        if kept is None:
            raise _Missing
        return kept

    def _days(self, source: str, target: str, first: date, last: date) -> RateRange:
        """The range over first..last, day by day; _Missing when a day has no rate."""
        low = high = None
        sources: dict[str, None] = {}
        converter = self._converter()
        if converter is None:
            raise _Missing
        day = first
        while day <= last:
            conversion = converter.convert(1.0, source, target, day)
            if conversion is None:
                raise _Missing
            rate = conversion.rate
            if low is None or rate < low[0]:
                low = (rate, day)
            if high is None or rate > high[0]:
                high = (rate, day)
            sources.update(dict.fromkeys(conversion.sources or ("usd",)))
            day += timedelta(days=1)
        assert low is not None and high is not None  # first <= last: at least one day
        return RateRange(source, target, first, last, low[0], low[1], high[0], high[1], tuple(sources))


_lock = threading.Lock()
_by_converter: weakref.WeakKeyDictionary[FxConverter, WindowRates] = weakref.WeakKeyDictionary()


def window_rates(converter: FxConverter) -> WindowRates:
    """The (kept) range reader of `converter`."""
    found = _by_converter.get(converter)
    if found is None:
        with _lock:
            found = _by_converter.setdefault(converter, WindowRates(converter))
    return found
