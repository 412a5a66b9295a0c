"""Dates, both languages: a month with its year, then "and" and a bare later year, after "between" ("between January
2015 and 2016", "ما بين يناير 2015 و2016", "بين آذار 2018 و2019"): the two ends of a comparison of one month over
two years, so the second is that month of the later year, as a year shared by a pair goes to both ends (GUIDELINES).
Not after "from" ("from January 2015 to 2016" may run to the end of 2016), nor an earlier or equal second year.
Called by claims/engine/extractor.py once a sentence's drafts are read."""

from __future__ import annotations

from itertools import pairwise

from claims.engine.types import Draft
from claims.languages import Language
from claims.normalize import normalize_word

BETWEEN_REACH = 12  # characters before the month where "between" stands ("ما بين", "between")


def month_pair_year(drafts: list[Draft], text: str, language: Language) -> None:
    """Give the bare year closing such a pair the month of the date that opens it (module docstring). Changes
    `drafts` in place."""
    dates = [d for d in drafts if d.kind == "date" and isinstance(d.value, str) and d.value_high is None and
             not d.report_time and len(d.value) in (4, 7) and d.value[:4].isdigit()]
    if len(dates) < 2:
        return  # (the cheap cue first: most sentences have no pair of dates)
    dates.sort(key=lambda d: d.start)
    for first, second in pairwise(dates):
        month, year = str(first.value), str(second.value)
        if len(month) != 7 or len(year) != 4 or int(year) <= int(month[:4]):
            continue
        if not _and_between(text[first.end:second.start], language):
            continue
        before = text[max(0, first.start - BETWEEN_REACH):first.start].split()
        if not before or normalize_word(before[-1]) not in language.between_words:
            continue
        second.value, second.precision = f"{year}{month[4:]}", "month"


def _and_between(between: str, language: Language) -> bool:
    """Only "and" between the two dates: the word ("and", "و") or, in Arabic, "و" glued to the year."""
    word = between.strip()
    return word in language.and_words or (bool(language.and_prefix) and word == language.and_prefix)
