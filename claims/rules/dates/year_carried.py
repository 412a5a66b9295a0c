"""Dates: years carried between the dates a text has read, after its windows (engine/extractor.py calls these per
sentence and per text). English without a publication date: a month written without its year between two months of
one year in its sentence takes that year (carry_sentence_year: "3.2% in May 2015, 3.6% in July ... 3.9% in October
2015"), a month set against a dated one takes its year or the year before (_month_after_base), a day restates the
month and year just written (_restated_month_day); a day of the month of the last full date written before it takes
that date's year (carry_day_year_en). The years a month takes inside its own window are year_context.py's."""

from __future__ import annotations

import re
from itertools import pairwise

from claims.engine.marks import CLAUSE_BREAKS_IN_SENTENCE_EN
from claims.engine.types import Draft
from claims.rules.dates.iso_parts import day_of, month_of


def carry_sentence_year(drafts: list[Draft], text: str, from_words: frozenset[str] = frozenset(),
                        links: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> None:
    """English without a publication date: months written without their year ("--06") between two months of one
    year in their sentence, in calendar order, take that year ("3.2% in May 2015, 3.6% in July, 3.4% in August ...
    and 3.9% in October 2015" -> 2015-07, 2015-08), also told back in time ("in August 2019 ... in July and in June
    2019"). One side alone does not do ("slowed to 2.1% in March from
    2.5% in February and 3.0% in March 2011": the February is 2012's; "signed last October, in force in
    November 2006"); nor months out of order or a bare year between."""
    for d in drafts:
        if d.kind == "date" and isinstance(d.value, str) and (d.value[:2] == "--" or (
                d.inferred and d.value[4:5] == "-")):
            break
    else:
        return  # (most sentences: no yearless or inferred month)
    _restated_month_day(drafts, text)
    dates = sorted((d for d in drafts if d.kind == "date" and not d.report_time and isinstance(d.value, str) and
                    d.value_high is None), key=lambda d: d.start)
    values = [str(d.value) for d in dates]  # all str: filtered above
    for n, d in enumerate(dates):
        if values[n].startswith("--"):
            year = next((y for rising in (True, False) if (y := _carried_year(values, n, -1, rising)) is not None
                         and y == _carried_year(values, n, 1, rising)), None)
            if year is not None:
                d.value = year + values[n][1:]
                d.inferred = True
            elif n + 1 < len(dates) and (
                    year := _range_end_year(dates[n + 1], values[n], text[d.end:dates[n + 1].start])):
                d.value, d.inferred = year + values[n][1:], True  # "from 9 January to 12 January 2020"
        elif d.inferred and n + 1 < len(dates) and (
                year := _range_start_year(values[n], values[n + 1], text[d.end:dates[n + 1].start])):
            d.value = year + values[n][4:]  # "between 1 January and 10 October" in an October article
    for (a, b) in pairwise(dates):
        if not (_IN_BEFORE.search(text, max(0, a.start - 12), a.start) and
                _IN_BEFORE.search(text, max(0, b.start - 12), b.start)):
            continue  # (not "the lowest since August 2009 ... in mid-November", nor "the year to March 2005")
        if _YEAR_WORD_AFTER.match(text, (a if str(a.value).startswith("--") else b).end):
            continue  # "to 30,900 in May this year": the writer's own year, maybe not the next one
        if (year := _month_after_base(str(a.value), str(b.value), text[a.end:b.start], from_words, links,
                                      text[max(0, a.start - _FROM_REACH_CHARS):a.start])) is not None:
            first = a if str(a.value).startswith("--") else b
            first.value, first.inferred = year + str(first.value)[1:], True


def _month_after_base(first: str, second: str, between: str, from_words: frozenset[str],
                      links: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
                      before: str = "") -> str | None:
    """The year of the yearless one of two months (each after "in", checked by the caller) of a change, set against
    each other in the order of time the words between tell (`links`: comparison words, a change's end): the month
    set against a base after "from" or "compared to" (`range_from_words`, `month_compared_links`) comes after that
    base, and so does a yearless month after "to" and a figure (`month_range_to_links`) that ends a change from a
    dated one. The later month is the first of its name after the earlier: "in January ... from ... in December
    2022" -> 2023, "in January 2023 ... from ... in December" -> 2022, "1.2% in July, compared with 0.8% in July
    2019" -> 2020 (the same month: a year on), "from 9.4% in March 2016 to 8.1% in November" -> 2016. The last link
    word between decides, and its clause must reach the second month; a change's end needs "from" just `before` the
    first month's figure (not "Founded in March 1998, it grew from 10 staff to 500 in June")."""
    one, two = month_of(first, days=False), month_of(second, days=False)
    if one is None or two is None or first.startswith("--") == second.startswith("--"):
        return None
    compared, to_links = links
    found = [m for m in _WORDS.finditer(between) if m.group().lower() in from_words | compared | to_links]
    if not found or _LINK_CLAUSE_END.search(between, found[-1].end()):
        return None  # no link, or its clause ends before the second month ("from a year earlier, after ... in May")
    last, word_before = found[-1].group().lower(), found[-2].group().lower() if len(found) > 1 else None
    if last in from_words or last in compared or (word_before in compared and found[-2].end() + 1 == found[-1].start()):
        later, earlier = (first, one), (second, two)  # the second is the base ("compared to": one link)
    elif second.startswith("--") and _FIGURE_AFTER.match(between, found[-1].end()) and \
            from_words.intersection(w.lower() for w in _WORDS.findall(before)):
        later, earlier = (second, two), (first, one)  # a change's end: "from 9.4% in March 2016 to 8.1% in November"
    else:
        return None
    if later[0].startswith("--"):
        written, step = earlier[0][:4], 0 if later[1] > earlier[1] else 1
    else:
        written, step = later[0][:4], 0 if earlier[1] < later[1] else -1
    return f"{int(written) + step:04d}" if written.isdigit() else None


_WORDS = re.compile(r"[A-Za-z]+")
_LINK_CLAUSE_END = re.compile(r"[;:]|,\s")  # (not a thousands comma: "from 37,500 units in December")
_FROM_REACH_CHARS = 40  # "from the trough of 6.2 percent in April 2020": how far before the first month "from" is
_FIGURE_AFTER = re.compile(r"\s+[$€£]?\d")  # "to 8.1 percent", "to $5"
_YEAR_WORD_AFTER = re.compile(r"\s+[A-Za-z]+\s+year\b")  # "in March this year", "in June last year"
# a month of a change's figure: "in" right before it, maybe a part of the month ("in mid-November", "in late May")
_IN_BEFORE = re.compile(r"\bin\s+(?:(?:early|late|mid)[\s-]*)?$", re.IGNORECASE)


def carry_day_year_en(drafts: list[Draft]) -> None:
    """English, over the whole text: a day written without its year ("on 10 March"), or whose year was only inferred
    from the publication date, in the month of the last full date written before it ("on 7 March 2003"), is in
    that date's year: an account of days in one month ("warned him on 7 March 2003 ... On 10 March, the chiefs
    asked ..."). Only a day of the same month (a month alone after "December 2003" is often the next year's,
    compared with it: "3.1 billion in December, 18% more than in December 2011"); no date of another written year
    between (a bare year of the same one passes: "on February 4, 2026 ... 2026 capex ... on February 5"); and not
    in a month whose days the text named without a year before that date (the story's own month, told again: "on
    sale on 4 October" ... "unveiled on October 12 2009" ... "on sale on 4 October in France, 6 October in Spain")."""
    year = month = None  # the last full date's year and month
    named: set[str] = set()  # the months of the days named without a year so far
    named_before: set[str] = set()  # ... before that full date
    for d in sorted((d for d in drafts if d.kind == "date" and isinstance(d.value, str)), key=lambda d: d.start):
        v = d.value
        written = v[:4] if v[:4].isdigit() and not d.inferred else None
        if written is not None:
            if day_of(v) is not None and d.value_high is None:
                year, month, named_before = written, month_of(v), set(named)
            elif written != year or (isinstance(d.value_high, str) and d.value_high[:4] != year):
                year = month = None  # another year named between: no carry past it
            continue
        day = day_of(v)
        if day is None or d.value_high is not None:
            continue
        named.add(v[-5:-3])
        if year is not None and month_of(v) == month and v[:4] != year and month not in named_before:
            d.value, d.inferred = f"{year}-{month}-{day}", True


def _range_end_year(end: Draft, start_value: str, between: str) -> str | None:
    """The year of a range's second end, written with its month (and day), that the first end written without a year
    shares (GUIDELINES: a year shared by a range goes to both ends): only a range link, and a weekday, between
    ("9 January to 12 January 2020", "Friday, March 6th to Monday, March 9th, 2020"), the first end not after
    the second in the year."""
    value = str(end.value)
    if end.report_time or not value[:4].isdigit() or month_of(value, yearless=False) is None or \
            not _RANGE_LINK.fullmatch(between):
        return None
    return value[:4] if (month_of(start_value) or "") <= (month_of(value) or "") else None


def _range_start_year(start: str, end: str, between: str) -> str | None:
    """The year of a range's first end whose year was inferred from the publication date and falls after its second
    end ("between 1 January and 10 October" in a 10 October article: the nearest 1 January is the coming one, but a
    range does not run backwards): the second end's year, or the year before when the first month comes later in the
    year ("from November to 3 February"); None when the order holds or no range link stands between."""
    if not (start[:4].isdigit() and end[:4].isdigit()) or start[:len(end)] <= end[:len(start)] or \
            not _RANGE_LINK.fullmatch(between):
        return None
    year = int(end[:4])
    return str(year if start[5:] <= end[5:] else year - 1)


# between a range's two ends: "to", "until", "through", "and" or a dash, maybe a weekday and its comma after it
_RANGE_LINK = re.compile(r"\s*(?:to|until|till|through|and|-|–)\s+(?:[A-Z][a-z]+day,?\s+)?")


def _restated_month_day(drafts: list[Draft], text: str) -> None:
    """A day of a month written with its year earlier in its clause, the day's own year not written, is in that
    month ("in July 2015 when it peaked on July 1" -> 2015-07-01, not the publication's year nor "--07-01"). Only a
    day after the month it falls in, in the same clause (no comma, bracket or dash between: "in May 2017, the firm
    said on May 3" may be this year's May 3), and no other year written between; a yearless month BEFORE a dated one
    may be the year after ("2.1% in March from 3.0% in March 2011"), so it is left alone."""
    month_years: dict[str, str] = {}  # "07" -> "2015": the latest month written with its year, so far
    since = 0  # where that month-and-year ends
    for d in sorted((d for d in drafts if d.kind == "date" and not d.report_time and isinstance(d.value, str) and
                     d.value_high is None), key=lambda d: d.start):
        v = str(d.value)
        month, day = month_of(v), day_of(v)
        if not d.inferred and (written := month_of(v, days=False, yearless=False)) is not None:
            month_years, since = {written: v[:4]}, d.end  # "2015-07"
        elif not d.inferred and v[:4].isdigit() and not v.startswith("--"):
            month_years = {}  # another written year or date between: no carry past it
        elif day is not None and month in month_years and (v[:2] == "--" or d.inferred) and \
                not any(c in CLAUSE_BREAKS_IN_SENTENCE_EN for c in text[since:d.start]):
            d.value, d.inferred = f"{month_years[month]}-{month}-{day}", True


def _carried_year(values: list[str], n: int, step: int, rising: bool = True) -> str | None:
    """The year of the nearest month written with a year from values[n] on in direction step, the months between in
    calendar order (yearless months between pass; a bare year stops the search); `rising` False: the months are
    told back in time ("31.5% in May 2018 against 39.2% in April and 44% in March 2018")."""
    month = month_of(values[n]) or ""
    k = n + step
    while 0 <= k < len(values):
        v = values[k]
        other = month_of(v)
        if other is None:
            return None  # a bare year, a decade: no month order to follow
        if (other > month) if (step < 0) == rising else (other < month):
            return None  # out of calendar order
        if not v.startswith("--"):
            return v[:4]
        month, k = other, k + step
    return None
