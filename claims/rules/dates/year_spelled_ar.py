"""Dates, Arabic: a year spelled out in words after a year noun or a month ("عام ألفين وستة عشر", "آذار ألف
وتسعمائة وتسعين")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import WORD, Draft
from claims.rules.dates.year_like import CALENDAR_YEARS

_THOUSAND = 1000


class SpelledYearRulesAr(Cursor):
    """Years written in words."""

    def spelled_year_at(self, j: int) -> tuple[int, int] | None:
        """(year, end index) of a year spelled out from token j: a number in words that opens with a thousand word
        (`spelled_year_heads`: "ألف", "ألفين") and ends whole, in CALENDAR_YEARS. Only where a year noun or a month
        stands before it (the callers): "ألفين وخمسمائة" elsewhere is a figure."""
        t = self.tok(j)
        if not self.ar or t is None or t.kind != WORD or t.key not in self.language.spelled_year_heads:
            return None
        expr = self.number_expr(j)
        if expr is None or not expr.is_word or expr.value != int(expr.value) or \
                int(expr.value) not in CALENDAR_YEARS or (expr.end_i == j + 1 and expr.value == _THOUSAND):
            return None  # (a bare "ألف": "التعليم العام ألف طالب" is a general noun and a count)
        if self._hijri_after(expr.end_i):
            return None  # "لعام ألف وأربعمائة وواحد وأربعين من الهجرة": a Hijri year, not read here
        return int(expr.value), expr.end_i

    def _hijri_after(self, j: int) -> bool:
        """A Hijri marker at j, or "من" and a word of the Hijra after it ("من الهجرة النبوية")."""
        data = self.language
        if self.word_key(j) in data.hijri_year_markers:
            return True
        return self.word_key(j) in data.day_of_month_links and self.word_key(j + 1) in data.hijri_era_nouns

    def spelled_year_date(self, i: int) -> list[Draft] | None:
        """"لعام ألفين وستة عشر", "منذ سنة ألف وتسعمائة وتسعين": a spelled year right after a year noun
        (`month_year_links`) is that year."""
        if not self.in_set(i - 1, self.language.month_year_links):
            return None
        found = self.spelled_year_at(i)
        if found is None:
            return None
        year, end = found
        return self._date_draft(i - 1, end, year, None, None, "gregorian")
