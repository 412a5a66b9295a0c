"""A price or rate level in an undated article of a known period (ArticleRef.published_window, say an archive
dated only to 2004-05): the figure is held to every close of the window, as no one day can be chosen.

- supported only when the series stayed within the link's `support` margin of the figure over the WHOLE window
  (a narrow band: a short window, or a pegged rate); a figure inside a wide range is not supported, since
  almost any figure of that period would be ("the article is undated and the price moved from X to Y");
- contradicted only when the figure lies more than the link's `contradict` margin outside the series' whole
  range over the window ("oil at $150 a barrel" in 2004-05), never for a bound ("above $30") or an earlier
  level ("from $58"), and never for an unnamed crude;
- unverifiable otherwise, with the window's lowest and highest values and their days in the explanation.
A window the series does not cover entirely is not judged (a part of it says nothing about the rest).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from checkers.markets.judge import BOUND_QUALIFIERS, PLAUSIBLE_RATIO
from checkers.markets.quotes import Quote
from checkers.series import Point

PER_RATIO = 3.0  # a figure with its unit word may be this far from the window's range and still be this price


@dataclass(frozen=True, slots=True)
class WindowJudged:
    status: str  # supported | contradicted | between
    lowest: Point
    highest: Point
    margin: float

    def nearest(self, value: float) -> Point:
        """The extreme the figure is nearest (for a contradicted figure: the one it lies beyond)."""
        return self.highest if abs(value - self.highest.value) <= abs(value - self.lowest.value) else self.lowest


def window_closes(quote: Quote, window: tuple[date, date]) -> list[Point] | None:
    """Every value of the window, or None when the series does not cover the whole window."""
    first, last = quote.series.first, quote.series.last
    if first is None or last is None or first.day > window[0] or last.day < window[1]:
        return None
    return quote.span(*window) or None


def plausible_in_window(value: float, closes: list[Point], per: bool) -> bool:
    """Whether the figure is this quantity at all: within PLAUSIBLE_RATIO of the window's range, or of
    PER_RATIO when its unit word stands right after it ("$150 a barrel" in 2004-05, when Brent never passed $68;
    "gold reserves valued at $42 an ounce" is a book value, not a price of the period)."""
    low, high = min(p.value for p in closes), max(p.value for p in closes)
    ratio = PER_RATIO if per else PLAUSIBLE_RATIO
    return low / ratio <= value <= high * ratio


def judge_window(value: float, value_high: float, qualifier: str | None, quote: Quote, closes: list[Point],
                 *, may_contradict: bool) -> WindowJudged:
    lowest = min(closes, key=lambda p: p.value)
    highest = max(closes, key=lambda p: p.value)
    link = quote.link
    exact = qualifier not in BOUND_QUALIFIERS and value_high == value
    if exact and lowest.value >= value * (1 - link.support) and highest.value <= value * (1 + link.support):
        return WindowJudged("supported", lowest, highest, link.support)
    far = value_high < lowest.value * (1 - link.contradict) or value > highest.value * (1 + link.contradict)
    if far and may_contradict and qualifier not in BOUND_QUALIFIERS:
        return WindowJudged("contradicted", lowest, highest, link.contradict)
    return WindowJudged("between", lowest, highest, link.contradict)
