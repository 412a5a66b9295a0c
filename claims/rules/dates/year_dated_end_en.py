"""Dates, English: a day written without its year before a dated day that closes the same account ("the appeal
launched on November 20 had raised $2 million by January 8, 2019"): the first day is the last of its date before the
second, so its year is the second's, or the year before when its month and day come later in the year (2018-11-20).
Only a day after "on", "since" or "from" (`dated_start_links`) and a dated day right after "by", "until", "till" or
"through" (`dated_end_links`), no other day between (the drafts are a sentence's dates, in order)."""

from __future__ import annotations

import re
from itertools import pairwise

from claims.engine.types import Draft
from claims.languages import Language
from claims.rules.dates.iso_parts import day_of

_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")


def dated_end_year_en(drafts: list[Draft], text: str, language: Language) -> None:
    """Give a yearless day the year a dated day closing its account tells (module docstring); in place."""
    if not any(d.kind == "date" and isinstance(d.value, str) and len(d.value) == 7 and d.value[:2] == "--"
               for d in drafts):
        return  # (the cheap test first: no yearless day, "--10-01", in most sentences)
    days = sorted((d for d in drafts if d.kind == "date" and not d.report_time and isinstance(d.value, str) and
                   d.value_high is None and day_of(d.value) is not None), key=lambda d: d.start)
    if len(days) < 2:
        return
    for a, b in pairwise(days):
        first, second = str(a.value), str(b.value)
        if not first.startswith("--") or b.inferred or not second[:4].isdigit():
            continue
        if not (_word_before(text, b.start) in language.dated_end_links and
                _word_before(text, a.start) in language.dated_start_links):
            continue
        year = int(second[:4]) - (first[2:] > second[4:])  # ("-11-20" after "-01-08": the year before)
        a.value, a.inferred = f"{year:04d}{first[1:]}", True


def _word_before(text: str, start: int) -> str | None:
    m = _LAST_WORD.search(text, max(0, start - 12), start)
    return m.group(1).lower() if m is not None else None
