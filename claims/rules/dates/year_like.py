"""Could this figure be a year? The one answer every rule asks for, before it reads a figure as a count, a name's
number or a list item ("in 2019 were", "Windows 2000", "في 2014 و2015").

A year is four digits standing alone: no thousands separator ("1,950" is a figure), no decimals ("1950.5"), no scale
("2k"), not spelled out ("two thousand"). Tokens hold normalized text, so Arabic-Indic digits arrive as ASCII; the
test takes them as they are too. Which years are plausible depends on what is asked, so the spans are named:
"""

from __future__ import annotations

from claims.engine.types import NumberExpr

NEWS_YEARS = range(1900, 2101)  # a year a report dates what it tells by: a bare figure here is taken for a year, not
# for a count, by the rules that give a bare figure a noun from elsewhere in the sentence
UNMARKED_YEARS = range(1800, 2101)  # four digits the date rules read as a year with no marker (هـ, م, AD) or cue
CALENDAR_YEARS = range(1000, 2101)  # any Gregorian year a text writes in four digits: an older one after its cue
# ("founded in 1337"), a year among listed figures ("في 2014 و2015")
MONTH_YEARS = range(1000, 2201)  # a year written right after its month ("December 2150"): the month marks it
HIJRI_YEARS = range(1300, 1501)  # a Hijri year of the last centuries and the next ("1445 هـ")


def year_like_digits(text: str, years: range = NEWS_YEARS) -> bool:
    """The token text is four digits alone whose value lies in `years`."""
    return len(text) == 4 and text.isdecimal() and int(text) in years


def year_like(n: NumberExpr, years: range = NEWS_YEARS) -> bool:
    """The figure is four digits alone (no separator, decimals, scale or words) whose value lies in `years`."""
    return n.plain_digits is not None and year_like_digits(n.plain_digits, years)
