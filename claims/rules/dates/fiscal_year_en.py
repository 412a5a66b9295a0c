"""Dates, English: the calendar year of a month written without one inside a year that straddles two calendar years
— a fiscal year or a season written as two years ("the 2016/17 season ... by Feb. 23" -> 2017-02-23, "the July-May
period of fiscal year 2015-2016" -> 2015-07, 2016-05) or named after its prefix ("July of FY24" -> 2023-07).
Which calendar year a month of such a year falls in depends on the month the year starts with:
- a verb of its start or end before the month says it ("the tax year, which began on April 6": the first year;
  "the financial year which ends this September 30": the second);
- the second end of a range of months follows the first ("July-May": the May after that July);
- January to March are in the second year and October to December in the first, whatever the start (April,
  July, October: the usual ones);
- April to September: the outlet country's fiscal year start when the sentence speaks of a fiscal year
  (`fiscal_year_nouns`, FISCAL_YEAR_START: July in Bangladesh, April in India, October in the United States);
  else July to September are in the first year (a start in April or July) and April to June stay yearless.
A "FY" year is named after its end ("FY24" runs from 2023 into 2024, so its July is 2023's) and binds the month
right before it ("July of FY24": one claim). A straddling year written in the sentence gives its months a year
when it is the sentence's only one, no other year is written there than its two, and no semicolon or spaced dash
stands between it and the month ("by 2005/06 - but ... his March budget": another clause's month). Called by
claims/engine/extractor.py once a sentence's drafts are read."""

from __future__ import annotations

import re
from functools import cache

from claims.engine.types import Draft
from claims.languages import Language

# The month a country's government fiscal year starts in (a writing convention, as numeric.MONTH_FIRST_COUNTRIES):
# used for April to September only, where the usual starts disagree. Japan names its fiscal year after its start
# ("fiscal 2024" from April 2024), so it is left out.
FISCAL_YEAR_START = {
    **dict.fromkeys(("AU", "NZ", "PK", "BD", "EG", "KE", "UG", "TZ", "ET", "MU", "NP"), 7),
    **dict.fromkeys(("IN", "GB", "CA", "ZA", "HK", "SG"), 4),
    "US": 10,
}
# Months whose half of a straddling year every usual start agrees on.
_SECOND_YEAR_MONTHS = frozenset({1, 2, 3})
_FIRST_YEAR_MONTHS = frozenset({10, 11, 12})
# ... and those in the first year of a year that starts in April or July (all but the United States' October).
_FIRST_YEAR_IF_NOT_OCTOBER = frozenset({7, 8, 9})

_YEARLESS = re.compile(r"--(\d\d)(-\d\d)?")
_SPLIT_YEAR = re.compile(r"(?<![\d/-])((?:19|20)\d\d) ?[/–-] ?((?:19|20)?\d\d)(?![\d/-])")
_YEAR = re.compile(r"(?<![\d/-])(?:19|20)\d\d(?![\d])")
_WORD = re.compile(r"[A-Za-z]+")
_CLAUSE_TURN = re.compile(r"[;—]|\s[-–]\s")  # a dash set off by spaces or a semicolon between month and year
_RANGE_LINK = re.compile(r"\s*(?:[-–]|to|through|until)\s*")
VERB_REACH = 3  # words from a verb of the year's start or end to its month ("began on July 8", "ends this June 30")


def carry_fiscal_year_en(drafts: list[Draft], text: str, sentence: tuple[int, int], data: Language,
                         country: str | None) -> None:
    """Give the yearless months of the sentence the calendar year their straddling year says (module docstring).
    Changes `drafts` in place."""
    yearless = [d for d in drafts if d.kind == "date" and not d.report_time and d.value_high is None and
                isinstance(d.value, str) and d.value[:2] == "--"]
    if not yearless:  # (the cheap cue first: most sentences have none)
        return
    s0, s1 = sentence
    for d in yearless:
        m = _fy_after(data.fiscal_year_prefixes).match(text, d.end, s1)
        if m is not None:
            digits = m.group(1)
            end_year = int(digits) if len(digits) == 4 else 2000 + int(digits)
            if (year := _calendar_year(d, end_year - 1, text, s0, data, country, fiscal=True)) is not None:
                _set_year(d, year)
                d.end = m.end()  # "July of FY24": one claim
    yearless = [d for d in yearless if str(d.value)[:2] == "--"]
    if not yearless:
        return
    sentence_text = text[s0:s1]
    splits = {(int(m.group(1)), s0 + m.start()) for m in _SPLIT_YEAR.finditer(sentence_text)
              if straddles(m.group(1), m.group(2))}
    if len({first for first, _ in splits}) != 1:
        return
    first, at = min(splits)
    if any(int(y.group()) not in (first, first + 1) for y in _YEAR.finditer(sentence_text)):
        return  # another year written: which one the month is in is not the straddling year's to say
    fiscal = any(w.lower() in data.fiscal_year_nouns or w.lower() in data.fiscal_year_prefixes
                 for w in _WORD.findall(sentence_text))
    before: Draft | None = None  # the last month given a year here, for a range's second end ("July-May")
    for d in yearless:
        between = text[min(d.end, at):max(d.start, at)]
        if _CLAUSE_TURN.search(between) or data.clause_contrast_words.intersection(between.lower().split()):
            continue  # "by 2005/06 - but ... in his March budget": another clause's month
        if _names_a_thing(d, text, s0, data):
            continue
        year = _range_end_year(before, d, text) if before is not None else None
        if year is None:
            year = _calendar_year(d, first, text, s0, data, country, fiscal=fiscal)
        if year is not None:
            _set_year(d, year)
            before = d


def _names_a_thing(d: Draft, text: str, s0: int, data: Language) -> bool:
    """A month alone after a determiner, not opening a range: it names a thing of that month ("the September
    Budget Strategy Paper" that forecast the 2024-25 spending), not a month of the straddling year."""
    words = _WORD.findall(text[max(s0, d.start - 8):d.start])
    return bool(words) and words[-1].lower() in data.year_determiners and len(str(d.value)) == 4 and \
        not _RANGE_LINK.match(text, d.end)


def _range_end_year(start: Draft, end: Draft, text: str) -> int | None:
    """The year of a range's second month when the first has one: "July-May" -> the May after that July."""
    if not _RANGE_LINK.fullmatch(text, start.end, end.start):
        return None
    return range_end_year(int(str(start.value)[:4]), int(str(start.value)[5:7]), int(str(end.value)[2:4]))


def range_end_year(year: int, first_month: int, month: int) -> int:
    """The year of a range's second month when its first month is in `year`: that year, or the next when the
    month comes earlier (a range across the new year, "July-May"; also fiscal_year_ar.py)."""
    return year if month >= first_month else year + 1


@cache
def _fy_after(prefixes: frozenset[str]) -> re.Pattern[str]:
    """" of FY24", " FY2023" right after a month: the fiscal year's end year in group 1 (the prefix in capitals)."""
    names = "|".join(sorted(p.upper() for p in prefixes)) or "(?!)"
    return re.compile(rf"\s+(?:of\s+)?(?:{names})(\d\d(?:\d\d)?)(?![\d/-])")


def straddles(first: str, second: str) -> bool:
    """"2016/17", "2015-2016": the second year is the one after the first."""
    following = int(first) + 1
    return int(second) == (following if len(second) == 4 else following % 100)


def _calendar_year(d: Draft, first: int, text: str, s0: int, data: Language, country: str | None, *,
                   fiscal: bool) -> int | None:
    """The calendar year of the date's month in the year that runs from `first` into the next, else None."""
    m = _YEARLESS.fullmatch(str(d.value))
    if m is None:
        return None
    month = int(m.group(1))
    words = [w.lower() for w in _WORD.findall(text[s0:d.start])][-VERB_REACH:]
    while words and words[-1] in data.fiscal_verb_links:
        words.pop()  # "began on", "ends this"
    if words and words[-1] in data.fiscal_start_verbs:
        return first
    if words and words[-1] in data.fiscal_end_verbs:
        return first + 1
    year = month_calendar_year(month, first, FISCAL_YEAR_START.get(country or "") if fiscal else None)
    return first if year is None and month in _FIRST_YEAR_IF_NOT_OCTOBER else year


def month_calendar_year(month: int, first: int, start: int | None) -> int | None:
    """The calendar year of a month in a year that runs from `first` into the next and starts in month `start`
    (None: not known): January to March in the second year, October to December in the first, whatever the
    start; April to September by the start, else None (also fiscal_year_ar.py)."""
    if month in _SECOND_YEAR_MONTHS:
        return first + 1
    if month in _FIRST_YEAR_MONTHS:
        return first
    if start is not None:
        return first if month >= start else first + 1
    return None


def _set_year(d: Draft, year: int) -> None:
    d.value = f"{year:04d}{str(d.value)[1:]}"
    d.inferred = True
