"""Judging a price or a rate against the closes of the days around the claim's day.

Only closes are held (a spot close, a fixing, a monthly average), while news quotes prices during the day and for
futures contracts. So a level is
- supported within the day's plausible range: the closes of the day and the trading day before it, widened by the
  link's `support` margin;
- contradicted only when it lies more than the `contradict` margin outside EVERY close from a week before the day
  to the day after it (and, for a day stated long before the report, outside the report's days too): an
  intraday move alone never contradicts;
- otherwise unverifiable, with the close and the range in the explanation.
A change ("rose 2.3%", "fell 32 cents") is judged against the day's change from the previous close, the same way;
a change in units is held to the same margin as a share of the previous close.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from checkers.markets.links import Linked
from checkers.markets.quotes import ClaimDay, Quote
from checkers.series import Point

WEEK_BEFORE = timedelta(days=7)
DAY_AFTER = timedelta(days=1)
MONTHS_AROUND = timedelta(days=45)  # a monthly series: the month before and the month after
PLAUSIBLE_RATIO = 2.0  # a figure more than 2x off every close is another quantity ("75 cents", "$10 drop")
BOUND_QUALIFIERS = ("more than", "less than", "at least", "at most", "up to")


@dataclass(frozen=True, slots=True)
class Judged:
    status: str  # supported | contradicted | between
    reference: Point  # the close cited
    low: float
    high: float
    days: tuple[Point, ...]  # the closes the range came from
    margin: float
    far: bool = False  # beyond the contradiction margin, though not contradicted (see may_contradict)


def day_closes(quote: Quote, day: date) -> list[Point]:
    """The closes a quote on `day` may lie between: that day's row (or the last before it) and the one before."""
    return quote.points(day, before=1, after=0)


def around(quote: Quote, day: date) -> list[Point]:
    """The closes of the days around `day`: a week before to the day after (monthly: the months around)."""
    reach = MONTHS_AROUND if quote.monthly else WEEK_BEFORE
    after = MONTHS_AROUND if quote.monthly else DAY_AFTER
    return quote.span(day - reach, day + after)


def plausible(value: float, closes: list[Point]) -> bool:
    return any(c.value > 0 and 1 / PLAUSIBLE_RATIO <= value / c.value <= PLAUSIBLE_RATIO for c in closes)


def _within(value: float, high_value: float, qualifier: str | None, low: float, high: float) -> bool:
    if qualifier in ("more than", "at least"):
        return high >= value
    if qualifier in ("less than", "at most", "up to"):
        return low <= value
    return value <= high and high_value >= low


def wide_closes(quote: Quote, when: ClaimDay, closes: list[Point]) -> list[Point]:
    """Every close a claim must be far from to be contradicted: the days around the claim's day, and for a day
    stated long before the report, the report's days too ("the lowest since 31 March, at $X": today's price)."""
    if when.month is not None:
        wide = quote.span(when.month[0] - WEEK_BEFORE, when.month[1] + WEEK_BEFORE)
    else:
        wide = around(quote, when.day) if when.day else []
    if when.how in ("stated_old", "month") and when.published is not None:
        wide = wide + around(quote, when.published)
    return wide or closes


def judge_level(value: float, value_high: float, qualifier: str | None, quote: Quote, reference: Point,
                closes: list[Point], wide: list[Point], *, may_contradict: bool = True) -> Judged:
    """Supported, contradicted or between, for a level quoted on the claim's day (see the module's rules)."""
    link = quote.link
    low, high = min(c.value for c in closes), max(c.value for c in closes)
    band = (low * (1 - link.support), high * (1 + link.support))
    if _within(value, value_high, qualifier, *band):
        return Judged("supported", reference, *band, tuple(closes), link.support)
    far_low, far_high = min(c.value for c in wide), max(c.value for c in wide)
    outside = (far_low * (1 - link.contradict), far_high * (1 + link.contradict))
    far = value_high < outside[0] or value > outside[1]
    if may_contradict and qualifier not in BOUND_QUALIFIERS and far:
        wide_sorted = tuple(sorted(wide, key=lambda p: p.day))
        return Judged("contradicted", reference, far_low, far_high, wide_sorted, link.contradict)
    return Judged("between", reference, *band, tuple(closes), link.support, far=far)


@dataclass(frozen=True, slots=True)
class ChangeJudged:
    status: str  # supported | contradicted | between
    point: Point  # the close whose change is cited
    previous: Point
    percent: float  # the day's change of the claimed side (the inverse rate's for `Linked.inverse`)
    units: float | None = None  # the day's change in the series' units, for a change stated in units


def _changes(quote: Quote, when: ClaimDay) -> list[tuple[Point, Point]]:
    """(close, previous close) pairs the claimed change may be about: the stated day's; for the report's own
    day, its change and the one before (a morning paper reports yesterday's close)."""
    assert when.day is not None
    rows = quote.points(when.day, before=2, after=0)
    pairs = list(zip(rows[1:], rows[:-1], strict=False))
    if when.how != "published":
        pairs = pairs[-1:]
    return list(reversed(pairs))


def judge_change(value: float, linked: Linked, quote: Quote, when: ClaimDay) -> ChangeJudged | None:
    """A daily change in percent, or in units (`linked.units`: "fell 32 cents", held to the same margin as a share
    of the previous close), against the previous close; None when the series has no two closes then."""
    pairs = _changes(quote, when)
    judged = []
    for point, previous in pairs:
        if previous.value == 0 or point.value == 0:
            continue
        percent = (point.value / previous.value - 1.0) * 100.0
        if linked.inverse:  # "the dollar fell against the euro": the euro-in-dollars rate read the other way
            percent = (previous.value / point.value - 1.0) * 100.0
        stated = value / previous.value * 100.0 if linked.units else value
        actual = abs(percent) if linked.direction == 0 else percent
        claimed = stated if linked.direction >= 0 else -stated
        judged.append((abs(claimed - actual), point, previous, percent, stated))
    if not judged:
        return None
    gap, point, previous, percent, stated = min(judged, key=lambda j: j[0])
    units = point.value - previous.value if linked.units else None
    # Supported within the margin, and only a move the way the sentence says ("rose 9 cents" is not a fall of 4).
    same_way = linked.direction == 0 or percent * linked.direction >= 0
    if gap <= quote.link.change_points and same_way:
        return ChangeJudged("supported", point, previous, percent, units)
    largest = max(abs(j[3]) for j in judged)
    # Far beyond any move of those days (a futures or intraday move is never that far from the spot's).
    if abs(stated) >= 3 * largest + 2.0:
        return ChangeJudged("contradicted", point, previous, percent, units)
    return ChangeJudged("between", point, previous, percent, units)
