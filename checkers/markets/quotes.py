"""A market quantity's values at dates: one series (Brent's close) or a cross rate of two ECB series read on
the same day (USD per GBP = USD per EUR / GBP per EUR), and the day a claim is about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from checkers.markets.links import MarketLink
from checkers.series import Lookup, Point, Series, SeriesCatalog
from checkers.timing import article_window
from factstream.models import ArticleRef, Claim

RECENT_DAYS = 14  # a stated day this close before publication is the report's own time ("yesterday", "Monday")


@dataclass(frozen=True, slots=True)
class Quote:
    """What a link's value is, read from the catalog."""

    link: MarketLink
    series: Series
    other: Series | None  # the divisor of a cross rate

    @classmethod
    def of(cls, link: MarketLink, catalog: SeriesCatalog) -> Quote | None:
        series = catalog.get(link.series, link.entity)
        other = catalog.get(link.series, link.divide_by) if link.divide_by else None
        if series is None or (link.divide_by and other is None):
            return None
        return cls(link, series, other)

    def ever_plausible(self, value: float, ratio: float) -> bool:
        """Whether the value is within `ratio` of the quantity's lowest to highest value ever (a claim with no
        day is held to that: "$583 billion" near "the euro" is no exchange rate)."""
        low, high = _extent(self.series, self.other, self.link.invert)
        return low / ratio <= value <= high * ratio

    def ever_above(self, value: float, ratio: float) -> bool:
        """Whether the value is more than `ratio` times the quantity's highest value ever (no price and no move)."""
        return value > _extent(self.series, self.other, self.link.invert)[1] * ratio

    @property
    def monthly(self) -> bool:
        return self.series.info.frequency == "monthly"

    def _value(self, point: Point) -> float | None:
        value = point.value
        if self.other is not None:
            found = self.other.value_on(point.day)
            if found.point is None or found.point.label != point.label or found.point.value == 0:
                return None  # both rates of a cross come from the same day, or none
            value /= found.point.value
        if self.link.invert:
            value = 1.0 / value if value else 0.0
        return value

    def points(self, day: date, before: int, after: int) -> list[Point]:
        """The values around the row used for `day` (empty when not covered)."""
        found = []
        for point in self.series.window(day, before=before, after=after):
            value = self._value(point)
            if value is not None:
                found.append(Point(point.day, point.label, value))
        return found

    def lookup(self, day: date) -> Lookup:
        """The row used for `day` under the series' calendar, with the rule applied (and its value)."""
        found = self.series.value_on(day)
        if found.point is None:
            return found
        value = self._value(found.point)
        if value is None:
            return Lookup(day, "not_covered", "gap", None, found.frequency)
        return Lookup(found.asked, found.status, found.reason, Point(found.point.day, found.point.label, value),
                      found.frequency)

    def span(self, start: date, end: date) -> list[Point]:
        """Every value between two days, both included."""
        days = max(1, (end - start).days)
        rows = self.points(end, before=days if not self.monthly else days // 28 + 1, after=0)
        return [p for p in rows if start <= p.day <= end]


_extents: dict[tuple[int, int, bool], tuple[float, float]] = {}


def _extent(series: Series, other: Series | None, invert: bool) -> tuple[float, float]:
    """The lowest and highest value of a series (or of a cross, bounded by its parts), computed once."""
    key = (id(series), id(other), invert)
    found = _extents.get(key)
    if found is None:
        values = [v for v in (p.value for p in series.points()) if v > 0]
        low, high = min(values), max(values)
        if other is not None:
            divisors = [v for v in (p.value for p in other.points()) if v > 0]
            low, high = low / max(divisors), high / min(divisors)
        if invert:
            low, high = 1 / high, 1 / low
        found = _extents[key] = (low, high)
    return found


@dataclass(frozen=True, slots=True)
class ClaimDay:
    """The day a price claim is about, and how it was found."""

    day: date | None
    how: str  # published | stated | stated_old (long before the report) | month | undated | coarse | window
    published: date | None
    month: tuple[date, date] | None = None  # a month named for a daily series: its first and last day
    window: tuple[date, date] | None = None  # an undated article's period (ArticleRef.published_window)


def published_day(article: ArticleRef) -> date | None:
    published = article.published_at
    if published is None:
        return None
    return published.date() if isinstance(published, datetime) else published


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def claim_day(claim: Claim, article: ArticleRef, monthly: bool) -> ClaimDay:
    """The sentence's day when it states one near the report's time; a later day or month is a futures
    contract's delivery ("September Brent"), not the price's day: the report's day is used."""
    published = published_day(article)
    ref = str(claim.time_ref or "")
    parts = ref.split("-") if ref and not ref.startswith("-") else []
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        numbers = []
    if len(numbers) == 3:
        stated = date(*numbers)
        if published is None or published - timedelta(days=RECENT_DAYS) <= stated <= published:
            return ClaimDay(stated, "stated", published)
        if stated < published:
            return ClaimDay(stated, "stated_old", published)
    elif len(numbers) == 2 and 1 <= numbers[1] <= 12:
        first, last = _month_bounds(numbers[0], numbers[1])
        later = published is not None and first > published
        this_month = published is not None and first <= published <= last
        if not later and not this_month:
            return ClaimDay(first if monthly else last, "month", published, (first, last))
    elif len(numbers) == 1:
        return ClaimDay(None, "coarse", published)  # "in 2015": a year's prices, or a forecast for it
    if published is None:
        return _in_window(ref, article_window(article))
    return ClaimDay(published, "published", published)


def _in_window(ref: str, window: tuple[date, date] | None) -> ClaimDay:
    """An undated article: a day and month written without a year ("on 10 November") that falls in its window
    once only is that day; otherwise the claim is held to the whole window (checkers/markets/window.py)."""
    if window is None:
        return ClaimDay(None, "undated", None)
    parts = ref[2:].split("-") if ref.startswith("--") else []
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        days = []
        for year in range(window[0].year, window[1].year + 1):
            try:
                day = date(year, int(parts[0]), int(parts[1]))
            except ValueError:
                continue
            if window[0] <= day <= window[1]:
                days.append(day)
        if len(days) == 1:
            return ClaimDay(days[0], "stated", None)
    return ClaimDay(None, "window", None, window=window)
