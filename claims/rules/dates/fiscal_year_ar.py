"""Dates, Arabic: the calendar year of a month right before a fiscal year written as two years ("من يوليو إلى أبريل
من السنة المالية 2018 - 2019" -> 2018-07, 2019-04; "في مارس من العام المالي 2022/2023" -> 2023-03), as
fiscal_year_en.py reads English: the second end of a range of months follows the first ("يوليو إلى أبريل": the April
after that July); January to March are in the second year and October to December in the first, whatever the start;
April to September follow the outlet country's fiscal year start (FISCAL_YEAR_START), else stay as read. The fiscal
year itself stays a claim of its own, as in English. Over the month's year read from the publication date too: the
year written beside it says more. Called by claims/engine/extractor.py once a sentence's drafts are read."""

from __future__ import annotations

import re

from claims.engine.types import Draft
from claims.languages import Language
from claims.normalize import normalize_word
from claims.rules.dates.fiscal_year_en import FISCAL_YEAR_START, month_calendar_year, range_end_year, straddles

_WORD = re.compile(r"\S+")
_YEAR_PAIR = re.compile(r"\s*((?:19|20)\d\d)\s*[-/–]\s*((?:19|20)?\d\d)(?![\d])")
_DASH = frozenset("-–")
FISCAL_WORDS = 3  # words from a month to its fiscal year's figures: "من", "السنة", "المالية"


def carry_fiscal_year_ar(drafts: list[Draft], text: str, sentence: tuple[int, int], data: Language,
                         country: str | None) -> None:
    """Give the months right before a written fiscal year the calendar years it says (module docstring). Changes
    `drafts` in place."""
    if not data.fiscal_year_cue or data.fiscal_year_cue not in text[sentence[0]:sentence[1]]:
        return  # (the cheap cue first: most sentences name no fiscal year)
    months = sorted((d for d in drafts if d.kind == "date" and not d.report_time and d.value_high is None and
                     isinstance(d.value, str) and ((len(d.value) == 4 and d.value[:2] == "--") or
                                                   (len(d.value) == 7 and d.inferred))), key=lambda d: d.start)
    for n, last in enumerate(months):
        first_year = _fiscal_year_after(text, last.end, sentence[1], data)
        if first_year is None:
            continue
        opening = months[n - 1] if n > 0 and _range_link(text[months[n - 1].end:last.start], data) else None
        if opening is not None and \
                (end_year := range_end_year(first_year, _month(opening), _month(last))) != first_year:
            _set_year(opening, first_year)  # "من يوليو إلى أبريل": a range across the new year
            _set_year(last, end_year)
            continue
        start = FISCAL_YEAR_START.get(country or "")
        for d in (opening, last):
            if d is not None and (year := month_calendar_year(_month(d), first_year, start)) is not None:
                _set_year(d, year)


def _fiscal_year_after(text: str, k: int, end: int, data: Language) -> int | None:
    """The first year of a fiscal year written right after a month ending at k ("من السنة المالية 2018 - 2019",
    "للعام المالي 2022/23"): up to a link (`fiscal_month_links`) and a year noun (`relative_year_nouns`, maybe with
    "ل" or "لل" glued), a word of the fiscal year (`fiscal_year_nouns`), then one year straddling two; else None."""
    for n, m in enumerate(_WORD.finditer(text, k, end)):
        word = normalize_word(m.group())
        if word in data.fiscal_year_nouns:
            pair = _YEAR_PAIR.match(text, m.end(), end)
            if pair is None:
                return None
            return int(pair.group(1)) if straddles(pair.group(1), pair.group(2)) else None
        bare = word[2:] if word[:2] == "لل" else word[1:] if word[:1] == "ل" else word
        if n + 1 >= FISCAL_WORDS or not (word in data.fiscal_month_links or word in data.relative_year_nouns or
                                         "ال" + bare in data.relative_year_nouns):
            return None
    return None


def _range_link(between: str, data: Language) -> bool:
    """Only a range's link between two months: a dash or a word of `month_range_to_links` ("إلى", "حتى")."""
    word = between.strip()
    return word in _DASH or normalize_word(word) in data.month_range_to_links


def _month(d: Draft) -> int:
    return int(str(d.value)[-2:])


def _set_year(d: Draft, year: int) -> None:
    d.value = f"{year:04d}-{str(d.value)[-2:]}"
    d.inferred = True
