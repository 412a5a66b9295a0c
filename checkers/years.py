"""The year a national statistic is about (checkers/statistics.py): the year its sentence names, "last year" /
"this year" counted from the publication date, and, for an undated article of a known period
(`ArticleRef.published_window`), every year the window allows.

- A year named near the figure ("grew 3.2% in 2004") is the figure's year, whatever the article's date.
- "last year" / "العام الماضي" is the year before the publication year; in an undated article with a window
  (2004-01-01/2005-12-31) it is any year before a year of the window (2003 or 2004).
- "this year" / "العام الجاري" is the publication year, never over when the article appeared.
- No year at all: the latest years up to the publication date (the year and the one before), or up to any day
  of the window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from checkers.sentence import CLAUSE_MARKS
from checkers.timing import article_window
from factstream.models import ArticleRef, Claim

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_YEAR = re.compile(r"(?<!\d)(?<!\d[.,٫])(19[5-9]\d|20[0-4]\d)(?!\d|[.,٫]\d|\s*%|\s*في الم)")
# Relative years, counted from the publication date (offset in years).
_RELATIVE = re.compile(
    r"\b(last year|the previous year|the past year)\b|(العام الماضي|السنة الماضية|العام المنصرم|العام السابق)"
    r"|\b(this year)\b|(العام الجاري|هذا العام|العام الحالي|السنة الحالية|السنة الجارية)",
    re.IGNORECASE,
)
# A year right after these words is the other side of a comparison or the start of a span, not the figure's year.
_NOT_THE_YEAR = re.compile(
    r"\b(compared (?:with|to)|from|since|against|than|until|through|to|by|مقارنة|بالمقارنة|مقابل|منذ|عن|من|حتى|إلى)"
    r"\s+(?:[^\s\d]+\s+){0,2}$", re.IGNORECASE)
_COMPARISON = re.compile(r"compared|versus|against|\bfrom\b|\bthan\b|\babove\b|\bbelow\b|مقارنة|بالمقارنة|مقابل"
                         r"|بعد أن|عن مستوى|فيما|بينما|while|whereas", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """A year the sentence names: absolute (`year`), or relative to the publication date (`offset`: -1 for
    "last year", 0 for "this year"; `year` then resolved from the publication date, None without one)."""
    start: int
    end: int
    year: int | None
    offset: int | None = None


@dataclass(frozen=True)
class FigureYears:
    """The years a figure may be about, most recent first (empty: unknown)."""
    years: tuple[int, ...]
    stated: bool  # the sentence states the year (by number or relative to the publication date)
    not_over: bool = False  # none of these years had ended when the article appeared: an estimate or a forecast
    window: tuple[date, date] | None = None  # the undated article's window the years were drawn from


def _mentions(sentence: str, published: date | None) -> list[Mention]:
    """Every year the sentence names for its figures, relative ones resolved from the publication date."""
    text = sentence.translate(_DIGITS)
    found = []
    for match in _YEAR.finditer(text):
        if not _NOT_THE_YEAR.search(text[max(0, match.start() - 24):match.start()]):
            found.append(Mention(match.start(), match.end(), int(match.group())))
    for match in _RELATIVE.finditer(text):
        offset = -1 if (match.group(1) or match.group(2)) else 0
        # Without a publication date "last year" names no year, but it still is the figure's year (None).
        found.append(Mention(match.start(), match.end(), published.year + offset if published else None, offset))
    return found


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the clause around [start, end) (between clause marks)."""
    before = max((sentence.rfind(mark, 0, start) + len(mark) for mark in CLAUSE_MARKS
                  if sentence.rfind(mark, 0, start) >= 0), default=0)
    after = min((at for mark in CLAUSE_MARKS if (at := sentence.find(mark, end)) >= 0), default=len(sentence))
    return before, after


def stated_mention(claim: Claim, published: date | None) -> Mention | None:
    """The year mention the figure is about: the nearest in its clause, else the one year the sentence names;
    None when the sentence names none, or several with none in the figure's clause."""
    sentence = claim.sentence
    start = max(0, claim.start - claim.sentence_start)
    end = min(len(sentence), claim.end - claim.sentence_start)
    if sentence[start:end] != claim.text and claim.text in sentence:
        start = sentence.index(claim.text)
        end = start + len(claim.text)
    # A year on the other side of a comparison is the other figure's ("3.5% in 2014, against 2.7% in 2013").
    mentions = [m for m in _mentions(sentence, published)
                if not _COMPARISON.search(sentence[end:m.start] if m.start >= end else sentence[m.end:start])]
    if not mentions:
        return None
    low, high = _clause_bounds(sentence, start, end)
    near = [(min(abs(m.start - end), abs(start - m.end)), m) for m in mentions if low <= m.start and m.end <= high]
    if near:
        return min(near, key=lambda found: found[0])[1]
    # Resolved years compare by number ("in 2014" and "last year" in 2015 are one year); unresolved ones by offset.
    distinct = {(m.year, None) if m.year is not None else (None, m.offset) for m in mentions}
    return mentions[0] if len(distinct) == 1 else None


def stated_year(claim: Claim, published: date | None) -> int | None:
    """The year the figure is about (see stated_mention); "last year" without a publication date is no year."""
    mention = stated_mention(claim, published)
    return mention.year if mention is not None else None


def published_day(article: ArticleRef) -> date | None:
    published = article.published_at
    if published is None:
        return None
    return published.date() if isinstance(published, datetime) else published


def figure_years(claim: Claim, article: ArticleRef) -> FigureYears:
    """The years the claim's figure may be about (see the module's docstring)."""
    published = published_day(article)
    mention = stated_mention(claim, published)
    span = article_window(article)
    if published is not None or span is None:
        # A dated article, or an undated one of no known period: one year or none.
        if mention is None or mention.year is None:
            return FigureYears((), stated=mention is not None)
        over = published is None or mention.year < published.year
        return FigureYears((mention.year,), stated=True, not_over=not over)
    first, last = span
    if mention is not None and mention.offset is None:
        assert mention.year is not None
        # A year named by number keeps its number; one that had not ended by the window's last day is a forecast.
        return FigureYears((mention.year,), stated=True, not_over=mention.year >= last.year, window=span)
    if mention is not None:
        offset = mention.offset or 0
        years = tuple(range(last.year + offset, first.year + offset - 1, -1))
        return FigureYears(years, stated=True, not_over=offset >= 0, window=span)
    # No year: the latest figure published on some day of the window, or the one before it.
    return FigureYears(tuple(range(last.year, first.year - 2, -1)), stated=False, window=span)
