"""Dates, English, a text with no publication date: a day written with its weekday but without its year ("the 2023 audit
will be tabled on Thursday, June 15") takes the year of its sentence for which that weekday falls on that day
(2023-06-15: 15 June 2023 was a Thursday). Date arithmetic decides, so a year the weekday does not fit is never
given, and when two years of the sentence fit neither is."""

from __future__ import annotations

import re
from datetime import date

from claims.engine.types import Draft
from claims.languages import Language

WEEKDAY_REACH_CHARS = 14  # text before a day read for its weekday ("Wednesday, " and a space)
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+),? $")


def weekday_year_en(drafts: list[Draft], text: str, language: Language) -> None:
    """Give a yearless day written with its weekday the year of its sentence its weekday fits (module docstring);
    in place. `drafts` are one sentence's claims."""
    days = [d for d in drafts if d.kind == "date" and isinstance(d.value, str) and len(d.value) == 7 and
            d.value[:2] == "--" and d.value_high is None]
    if not days:
        return  # (the cheap test first: no yearless day, "--04-07", in most sentences)
    years = {int(str(d.value)[:4]) for d in drafts if d.kind == "date" and isinstance(d.value, str) and
             len(d.value) >= 4 and d.value[:4].isdigit()}
    if not years:
        return
    for d in days:
        weekday = language.weekdays.get(text[d.start:d.end].split(",", 1)[0].split(" ", 1)[0])
        if weekday is None:
            found = _WORD_BEFORE.search(text, max(0, d.start - WEEKDAY_REACH_CHARS), d.start)
            weekday = language.weekdays.get(found.group(1)) if found else None
        if weekday is None:
            continue  # (no weekday written with the day: "April 7" alone)
        month, day = int(str(d.value)[2:4]), int(str(d.value)[5:7])
        fits = [y for y in years if _weekday(y, month, day) == weekday]
        if len(fits) == 1:
            d.value, d.inferred = f"{fits[0]:04d}{str(d.value)[1:]}", True


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None  # ("February 29" of a year with none)
