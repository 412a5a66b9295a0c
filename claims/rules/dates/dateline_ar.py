"""Report time, Arabic: a dateline that opens a story's sentence ("القاهرة 12 فبراير شباط (رويترز) - قال ...",
"دبي 5 مارس (رويترز) –", "تونس 6 أوت 2009 (وات) شهد"): a place of one to three words, the date, the agency in
brackets (a dash after it or not). Its date dates the report (bench/devset/GUIDELINES.md, class 6), as English
"NAIROBI, June 21 (Reuters) -" (report_time_en.py); a dateline that is its own sentence is read by
report_time.mark_dateline."""

from __future__ import annotations

import re
from functools import cache

from claims.engine.types import Draft
from claims.languages import Language

# One to three words of letters (and an optional dash) before the date: the place.
_PLACE_AR = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[-–—]?\s*")
HEAD_REACH = 40  # characters from the sentence start to the date


@cache
def _agency_tail(agencies: frozenset[str]) -> re.Pattern[str]:
    """The agency in brackets, then a dash or not: "(رويترز) -", "تونس 6 أوت 2009 (وات) شهد"."""
    names = "|".join(sorted((re.escape(a) for a in agencies), key=len, reverse=True))
    return re.compile(rf"\s*\(\s*(?:{names})\s*\)")


def mark_head_dateline_ar(drafts: list[Draft], text: str, sentence: tuple[int, int], language: Language) -> None:
    """The sentence's first date, right after a place at its start and before "(agency) -", dates the report."""
    if not language.dateline_agencies or not drafts:
        return
    s = sentence[0]
    first = min((d for d in drafts if d.kind == "date"), key=lambda d: d.start, default=None)
    if first is None or first.start - s > HEAD_REACH or any(d.start < first.start for d in drafts):
        return
    if _PLACE_AR.fullmatch(text, s, first.start) and _agency_tail(language.dateline_agencies).match(
            text, first.end, first.end + 30):
        first.report_time = True
