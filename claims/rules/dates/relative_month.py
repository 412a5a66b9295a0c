"""Dates: a day of a month named by its place from the publication ("الثامن من الشهر المقبل", "25 من الشهر الجاري",
"الرابع عشر من الشهر الماضي")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, WORD, Draft

SAME_MONTH_BACK = 16  # tokens before "28 من الشهر نفسه" searched for the month it repeats


class RelativeMonthRules(Cursor):
    """Days of the current, next or last month."""

    def _relative_month(self, j: int) -> tuple[int, int] | None:
        """(months from the publication's month, end index) for "الشهر الجاري/الحالي" (0), "الشهر المقبل/القادم"
        (+1), "الشهر الماضي/المنصرم" (-1) at token j; in English the word of its place first ("this/next/last
        month")."""
        data = self.language
        noun, when = (self.word_key(j), self.word_key(j + 1)) if self.ar else (self.word_key(j + 1), self.word_key(j))
        if noun not in data.relative_month_nouns:  # (English: "the first of this month", "the 5th of next month")
            return None
        if when in data.current_year_words:
            return 0, j + 2
        if when in data.weekday_future:
            return 1, j + 2
        if when in data.weekday_past:
            return -1, j + 2
        return None

    def _relative_month_days(self, days: list[tuple[int, int]], connectors: list[str], j: int,
                             ) -> list[Draft] | None:
        """Days (token index, day) whose month is named at token j by its place ("من 14 و17 من الشهر الجاري"):
        placed from `published_at`. Without it the month is known only when the range goes on to a named month
        ("من الخامس والعشرين من الشهر الجاري وحتى التاسع من فبراير": January); else the claim has no value."""
        rel = self._relative_month(j)
        if rel is None:
            return self._same_month_days(days, connectors, j)
        offset, end = rel
        if self.published is not None:
            k = self.published.year * 12 + self.published.month - 1 + offset
            year, month = k // 12, k % 12 + 1
        else:
            year, month = None, self._month_before_range_end(days[-1][1], end) if offset == 0 else None
        if month is None:
            return self._inferred_day_draft(days[0][0], end, None)
        found = self._day_list_drafts(days, connectors, end, year, month, "gregorian", year is not None)
        return found if isinstance(found, list) else None

    def _same_month_days(self, days: list[tuple[int, int]], connectors: list[str], j: int) -> list[Draft] | None:
        """Days of "the same month" at token j ("حتى 28 من الشهر نفسه", "من نفس الشهر"): of the month last named
        before them, with its written year, else the year inferred for it; with no month named, no value."""
        if not self._same_month_at(j):
            return None
        end = j + 2
        for k in range(days[0][0] - 1, max(-1, days[0][0] - SAME_MONTH_BACK), -1):
            month = self._month_at(k) if self.toks[k].kind == WORD else None
            if month is None:
                continue
            if month[2] != "gregorian":
                break  # "السابع من نفس الشهر" after a Hijri month: its Gregorian month is not one
            mo, j2, _ = month
            year = self._year_at(self._alt_month(j2, mo), False)
            y = year[0] if year is not None else self._infer_year(mo, days[-1][1], end)
            found = self._day_list_drafts(days, connectors, end, y, mo, "gregorian", year is None and y is not None)
            return found if isinstance(found, list) else None
        # (no month in the parsed window: "--00-DD" asks same_month_ar.same_month_day_ar for the sentence's last month)
        return [Draft("date", self.toks[k].start, self.toks[end - 1 if n == len(days) - 1 else k].end,
                      value=f"--00-{d:02d}", precision="day", calendar="gregorian") for n, (k, d) in enumerate(days)]

    def _same_month_at(self, j: int) -> bool:
        """Tokens j, j+1 say "the same month": "نفس الشهر", "ذات الشهر", "الشهر نفسه", "الشهر ذاته"."""
        data = self.language
        first, second = self.word_key(j), self.word_key(j + 1)
        return (first in data.same_month_words and second in data.relative_month_nouns) or (
            first in data.relative_month_nouns and second in data.same_month_words)

    def _month_before_range_end(self, day: int, k: int) -> int | None:
        """The current month of an undated text, from the end of a range after token k: "وحتى الثاني عشر من فبراير"
        makes the 28th of "this month" January 28 (the same month when the first day is the smaller)."""
        data = self.language
        key = self.word_key(k)
        if key is not None and key[:1] == data.and_prefix and key[1:] in data.day_range_connectors:
            key = key[1:]
        if key not in data.day_range_connectors:
            return None
        t = self.tok(k + 1)
        if t is not None and t.kind == NUM:
            last, j = self._day_value(t), k + 2
        else:
            ordinal = self._ordinal_day_at(k + 1)
            last, j = ordinal if ordinal is not None else (None, k + 1)
        if last is None:
            return None
        if self.word_key(j) in data.day_of_month_links:
            j += 1
        month = self._month_at(j)
        if month is None or month[2] != "gregorian":
            return None
        if day <= last:
            return month[0]
        return 12 if month[0] == 1 else month[0] - 1
