"""Dates: building date claims, calendars and inferring the year from the publication date."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from hijridate import Gregorian, Hijri

from claims.engine.cursor import Cursor
from claims.engine.scanning import clause_words
from claims.engine.types import NUM, WORD, Draft, Tok

SINCE_FILLERS = 3  # words between a since word and its date ("since the end of May")
# A "next" month that is the publication's own, in its first days, is the month just begun: the words were written
# the day before ("رفعت أمس الأسعار لشهر أغسطس المقبل" published on 1 August: this August)
NEXT_MONTH_BEGUN_DAYS = 2


class CalendarRules(Cursor):
    """Date values: Gregorian and Hijri drafts, inferred years and weekdays."""

    def _original(self, t: Tok) -> str:
        norm = self.ex.norm
        raw = norm.original[norm.to_original(t.start):norm.to_original_end(t.end)]
        return raw.replace("\u0640", "")

    def _tatweel_dash_before(self, k: int) -> bool:
        """Arabic: only a tatweel (and spaces) stands between tokens k-1 and k in the original text ("323 ـ 31"): a
        dash that normalizing removed."""
        if not self.ar or not 0 < k < self.n:
            return False
        norm = self.ex.norm
        between = norm.original[norm.to_original_end(self.toks[k - 1].end):norm.to_original(self.toks[k].start)]
        return "\u0640" in between and not between.strip(" \u0640")

    def _year_marker(self, j: int) -> tuple[int, str | None]:
        """A calendar marker after a year: "2015م", "1436هـ", "1436 هـ", "2014 AD"."""
        t = self.tok(j)
        if t is None or t.kind != WORD:
            return j, None
        data = self.language
        if t.key in data.hijri_year_markers:
            return j + 1, "hijri"
        if t.key in data.gregorian_year_markers:
            return j + 1, "gregorian"
        return j, None

    def _named_event_year(self, month: int, day: int) -> int | None:
        """The one year of an event that names the day and month right after it (`named_event_days`: "هجمات 11
        سبتمبر", "ثورة الثلاثين من يونيو"; day 0: the month alone, "حرب أكتوبر"), from the word before the date (a
        proclitic stripped: "لهجمات")."""
        key = self.word_key(self._first_before_date)
        if key is None:
            return None
        table = self.language.named_event_days
        found = table.get((key, day, month))
        if found is None and self.ar:
            bare = self.strip(key, self.language.named_event_nouns, self.language.proclitics)
            found = table.get((bare[1], day, month)) if bare is not None else None
        return found

    def _infer_year(self, month: int, day: int | None, i_end: int) -> int | None:
        if self.language.named_event_days and (day is not None or self._direction_after(i_end) is None) and \
                (known := self._named_event_year(month, day or 0)):
            return known  # "هجمات 11 سبتمبر": 2001, whatever the publication date; "حرب أكتوبر": 1973
        if self.published is None or (day is not None and self._yearly_clause(i_end)):
            return None  # "ينتهي العام المالي في 31 مارس سنويا": a day of every year, no year to infer
        pub = self.published
        direction = self._direction_after(i_end)
        # The direction named by the month's own adjective or "last"/"next" (not "منذ أكتوبر": this October's)
        named = direction is not None and not self._since_before(self._first_before_date)
        best_year = None
        best_gap = None
        for y in (pub.year - 1, pub.year, pub.year + 1):
            try:
                cand = date(y, month, day or 1)
            except ValueError:
                continue
            gap = (cand - pub).days
            if named and day is None and y == pub.year and month == pub.month and not (
                    direction == "future" and pub.day <= NEXT_MONTH_BEGUN_DAYS):
                continue  # "أغسطس الماضي" in August: the current month would be "الجاري", so last year's (with a
                # day the current month stays: "7 أغسطس المقبل" on 3 August; "أغسطس المقبل" on 1 August: this one)
            if direction == "past" and cand > pub:
                continue
            if direction == "future" and cand < pub:
                continue
            if day is None and cand.year == pub.year and cand.month == pub.month:
                gap = 0
            if best_gap is None or abs(gap) < best_gap:
                best_year, best_gap = y, abs(gap)
        if direction is None and best_year is not None:
            return self._past_unless_future(best_year, month, day, i_end)  # rules/dates/year_context.py
        return best_year

    def _infer_hijri_year(self, month: int, day: int, direction: str | None = None) -> int | None:
        """The Hijri year that puts day/month nearest the publication date ("12 شوال" in a July 2015 article), on
        the side a word after the month gives ("الثاني من صفر الماضي": the past one)."""
        if self.published is None:
            return None
        try:
            pub = Gregorian(self.published.year, self.published.month, self.published.day).to_hijri()
        except (OverflowError, ValueError):
            return None
        best, best_gap = None, None
        for y in (pub.year - 1, pub.year, pub.year + 1):
            try:
                g = Hijri(y, month, min(day, 29)).to_gregorian()
            except (OverflowError, ValueError):
                continue
            signed = (date(g.year, g.month, g.day) - self.published).days
            if (direction == "past" and signed > 0) or (direction == "future" and signed < 0):
                continue
            gap = abs(signed)
            if best_gap is None or gap < best_gap:
                best, best_gap = y, gap
        return best

    def _nearest_hijri_day(self, days: list[tuple[int, int]]) -> tuple[int, int, int] | None:
        """(year, month, day) of the Hijri month and day among `days` that falls nearest the publication date, each
        in its own nearest year ("ثالث أيام العيد" in an August article: the Fitr just gone, not the Adha to come)."""
        best, best_gap = None, None
        for month, day in days:
            year = self._infer_hijri_year(month, day)
            if year is None or self.published is None:
                continue
            try:
                g = Hijri(year, month, day).to_gregorian()
            except (OverflowError, ValueError):
                continue
            gap = abs((date(g.year, g.month, g.day) - self.published).days)
            if best_gap is None or gap < best_gap:
                best, best_gap = (year, month, day), gap
        return best

    def _yearly_clause(self, i_end: int) -> bool:
        """The clause of the date ending before token i_end says its days come back every year ("سنويا",
        "annually"). Only its clause (up to a comma, "؛" or "."): in "يولد الهلال الثلاثاء 17 شباط ...؛ وفق الإجراءات
        المعمول بها سنويا" the procedure is yearly, the day is this year's. Read from the sentence text, so a window
        reaching further back (another anchor near) does not change the answer."""
        words = self.language.yearly_words
        if not words:
            return False
        t = self.toks[i_end - 1]
        clause = clause_words(self.ex.text, self.bounds, t.start, t.end)
        every, years = self.language.per_every_words, self.language.relative_year_nouns
        return any(w in words for w in clause) or any(  # "سنويا", "من كل عام"
            a in every and b in years for a, b in pairwise(clause))

    def _direction_after(self, j: int) -> str | None:
        key = self.word_key(j)
        if key is not None:
            if key in self.language.weekday_past:
                return "past"
            if key in self.language.weekday_future:
                return "future"
        if self._since_before(self._first_before_date):
            return "past"
        key = self.word_key(self._first_before_date)
        if key is not None and not self.ar:
            if key in self.language.weekday_past:
                return "past"
            if key in self.language.weekday_future:
                return "future"
        return None

    def _since_before(self, k: int) -> bool:
        """A since word at token k, or before up to SINCE_FILLERS of `since_fillers` ending at k ("since about
        September", "since the end of May", "منذ مطلع سبتمبر"): the date after it lies in the past."""
        data = self.language
        for j in range(k, max(-1, k - SINCE_FILLERS - 1), -1):
            t = self.tok(j)
            if t is None:
                return False
            key = t.key if t.kind == WORD else t.text
            if key in data.since_words:
                return True
            if key not in data.since_fillers:
                return False
        return False

    def _date_draft(
        self, start_i: int, end_i: int, year: int | None, month: int | None, day: int | None,
        calendar: str, inferred: bool = False,
    ) -> list[Draft] | None:
        if calendar == "hijri":
            if year is None:
                return None
            try:
                g = Hijri(year, month or 1, day or 1).to_gregorian()
            except (OverflowError, ValueError):
                return None
            if day:
                value, precision = f"{g.year:04d}-{g.month:02d}-{g.day:02d}", "day"
            elif month:
                value, precision = f"{g.year:04d}-{g.month:02d}", "month"
            else:
                value, precision = f"{g.year:04d}", "year"
        else:
            if month is not None and day is not None:
                if year is not None:
                    try:
                        date(year, month, day)
                    except ValueError:
                        return None
                    value = f"{year:04d}-{month:02d}-{day:02d}"
                else:
                    if day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
                        return None
                    value = f"--{month:02d}-{day:02d}"
                precision = "day"
            elif month is not None:
                value = f"{year:04d}-{month:02d}" if year is not None else f"--{month:02d}"
                precision = "month"
            else:
                value, precision = f"{year:04d}", "year"
        t0, t1 = self.toks[start_i], self.toks[end_i - 1]
        return [Draft("date", t0.start, t1.end, value=value, precision=precision, calendar=calendar,
                      inferred=inferred)]

    def _day_value(self, t: Tok) -> int | None:
        if t.kind == NUM and t.text.isdigit() and len(t.text) <= 2:
            d = int(t.text)
            if 1 <= d <= 31:
                return d
        return None

    def _inferred_day_draft(self, start_i: int, end_i: int, resolved: date | None) -> list[Draft]:
        t0, t1 = self.toks[start_i], self.toks[end_i - 1]
        if resolved is None:
            # No publication date: the day cannot be placed; the claim stays, without a guessed value.
            return [Draft("date", t0.start, t1.end, value=None, precision=None, calendar="gregorian",
                          inferred=False)]
        return [Draft("date", t0.start, t1.end, value=resolved.isoformat(), precision="day",
                      calendar="gregorian", inferred=True)]

    def _relative_draft(self, i: int, j: int, offset: int) -> list[Draft]:
        resolved = self.published + timedelta(days=offset) if self.published is not None else None
        return self._inferred_day_draft(i, j, resolved)
