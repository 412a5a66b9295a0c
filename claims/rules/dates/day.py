"""Dates: a day number (or a run of days) before a month name."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import SYM, WORD, Draft, Skip


class DayRules(Cursor):
    """Dates that start with a day number."""

    def date_from_number(self, i: int) -> list[Draft] | Skip | None:
        t = self.toks[i]
        numeric = self._numeric_date(i)
        if numeric is not None:
            return numeric
        if not self.ar:
            lower = self._lowercase_month_date(i) if i > 0 else None
            if lower is None:
                lower = self._lowercase_day_month(i, self._after_ordinal(i + 1))
            if lower is not None:
                return lower
        day = self._day_value(t)
        if day is not None:
            found = self._days_before_month(i, day)
            if found is not None:
                if self.ar:
                    return self.opening_report_date_ar(found)  # "وفي 19 يونيو، قال الوزير" (report_time_ar.py)
                return self.reported_full_date_en(found, i)  # "released on 9 April, the bureau"
        found = self._year(i)
        if isinstance(found, list) and not self.ar and self.law_year_en(i):
            for d in found:  # the law's year dates the law, not the events its sentence tells (engine.time_refs)
                d.dates_a_name = True
        return found

    def _days_before_month(self, i: int, day: int) -> list[Draft] | Skip | None:
        """A day number at i (or a run of days) before a month name, a month by its place ("25 من الشهر الجاري") or
        a Hijri month: the date claims; None when no month follows."""
        data = self.language
        days, connectors, j = self._day_run(i, day)
        if self._bracketed_days(i, j):
            j += 1  # "يوم (28) من رمضان", "(5-6) أغسطس": the days in brackets, the claim with them
            days[0] = (i - 1, days[0][1])
        if self.word_key(j) in data.day_of_month_links:
            j_link = j + 1
            if self.word_key(j_link) in data.month_nouns_after_day_link:
                j_link += 1
        else:
            j_link = j
        month = self._month_at(j_link) or (self._month_at(j) if j_link != j else None)
        if month is None and j_link != j:  # "25 من الشهر الجاري" (rules/dates/relative_month.py)
            found = self._relative_month_days(days, connectors, j_link)
            if found is not None:
                return found
        if month is not None:
            mo, j2, calendar = month
            if self._street_before(i):
                return Skip(j2)
            j2 = self._alt_month(j2, mo)
            year = self._year_at(j2, calendar == "hijri")
            inferred = False
            if year is not None:
                y, j3, marker = year
                if marker == "hijri":
                    calendar = "hijri"
            else:
                if calendar == "hijri":
                    y = self._infer_hijri_year(mo, days[-1][1], self._direction_after(j2))
                    if y is None:
                        return Skip(j2)  # a Hijri day and month without a year or a publication date
                    return self._day_list_drafts(days, connectors, j2, y, mo, calendar, True)
                self._first_before_date = i - 1
                relative = self._relative_year(j2) if calendar == "gregorian" else None
                if relative is not None:  # "5 مارس من العام الماضي", "5 March last year"
                    (y, j3), inferred = relative, True
                else:
                    y, j3 = self._infer_year(mo, days[-1][1], j2), j2
                    inferred = y is not None
            return self._day_list_drafts(days, connectors, j3, y, mo, calendar, inferred)
        return None

    def _lowercase_month_date(self, i: int) -> list[Draft] | None:
        """English month names written in lower case ("march 6, 2010", "january 2010"): a date only with its year
        ("may 6" and "march 6" are mostly a verb and a number)."""
        prev = self.toks[i - 1]
        if prev.kind != WORD or not prev.text.islower():
            return None
        month = self.language.months.get((prev.text.capitalize(),))
        if month is None:
            return None
        year = self._year_at(i, False)
        if year is not None:
            return self._date_draft(i - 1, year[1], year[0], month, None, "gregorian")  # "january 2010"
        day = self._day_value(self.toks[i])
        if day is None:
            return None
        k = self._after_ordinal(i + 1)
        year = self._year_at(k, False)
        if year is not None:
            return self._date_draft(i - 1, year[1], year[0], month, day, "gregorian")  # "march 6, 2010"
        if not self._lowercase_day_fits(i - 1, k, prev.text.capitalize()):
            return None
        self._first_before_date = i - 2
        y = self._infer_year(month, day, k)
        return self._date_draft(i - 1, k, y, month, day, "gregorian", inferred=y is not None)  # "by june 30"

    def _lowercase_day_fits(self, month_i: int, after_i: int, name: str) -> bool:
        """A lower-case month and a day with no year ("by june 30", "on 6 may"): a full month name, nothing counted
        after the day; "may" and "march" (a modal and a verb) also need a date preposition before them."""
        data = self.language
        if (name,) not in data.months or (len(name) <= 3 and name != "May"):
            return False  # lower-case abbreviations ("dec", "jun") are too often other words
        nxt = self.tok(after_i)
        if nxt is not None and nxt.kind == WORD and (nxt.key in data.count_nouns or nxt.key in data.time_nouns or
                                                     self.phrase_at(after_i, data.measure_units) is not None):
            return False  # "march 6 miles", "may 6 people"
        if name not in data.month_needs_context:
            return True
        if self.word_key(month_i - 1) not in data.lowercase_month_cues:
            return False
        return nxt is None or nxt.kind == SYM or nxt.key in data.not_counted

    def _lowercase_day_month(self, i: int, j: int) -> list[Draft] | None:
        """A day before a lower-case month ("elections are due on 6 may", "by 30 june the"): the month word
        closes the clause or a year follows; "may" and "march" also need a date preposition before the day."""
        t = self.tok(j)
        if t is None or t.kind != WORD or not t.text.islower():
            return None
        name = t.text.capitalize()
        month = self.language.months.get((name,))
        if month is None or (len(name) <= 3 and name != "May"):
            return None
        day = self._day_value(self.toks[i])
        year = self._year_at(j + 1, False)
        if year is not None:
            return self._date_draft(i, year[1], year[0], month, day, "gregorian")  # "6 may 2010"
        nxt = self.tok(j + 1)
        closes = nxt is None or (nxt.kind == SYM and nxt.text in ",.;:)!?")
        if name in self.language.month_needs_context and not (
                closes and self.word_key(i - 1) in self.language.lowercase_month_cues):
            return None  # "the 6 may be freed", "all 6 march on"
        if not closes and nxt.kind == WORD and nxt.key in self.language.count_nouns:
            return None
        self._first_before_date = i - 1
        y = self._infer_year(month, day, j + 1)
        return self._date_draft(i, j + 1, y, month, day, "gregorian", inferred=y is not None)

    def _spelled_day_date(self, i: int) -> list[Draft] | None:
        """Arabic: a day written as a cardinal word before a month ("سبعة نوفمبر", "خمسة من يونيو 2010")."""
        firsts = self.language.month_first_words
        if not any(self.word_key(k) in firsts for k in range(i + 1, i + 5)):
            return None  # no month near: no need to read the number
        n = self.number_expr(i)
        if n is None or not n.is_word or n.scale or not 1 <= n.value <= 31 or n.value != int(n.value):
            return None
        j = n.end_i
        linked = self.word_key(j) in self.language.day_of_month_links
        if linked:
            j += 1
        month = self._month_at(j)
        # A Hijri month only right after the number: "خمسة وعشرين رمضان" is a date, "صام ستا من شوال" six days.
        if month is None or (month[2] != "gregorian" and linked):
            return None
        mo, j2, calendar = month
        j2 = self._alt_month(j2, mo)
        year = self._year_at(j2, calendar == "hijri")
        if year is not None:
            return self._date_draft(i, year[1], year[0], mo, int(n.value), calendar)
        if calendar == "hijri":
            y = self._infer_hijri_year(mo, int(n.value), self._direction_after(j2))
            return self._date_draft(i, j2, y, mo, int(n.value), calendar, inferred=True) if y is not None else None
        self._first_before_date = i - 1
        y = self._infer_year(mo, int(n.value), j2)
        return self._date_draft(i, j2, y, mo, int(n.value), calendar, inferred=y is not None)

    def _day_run(self, i: int, day: int) -> tuple[list[tuple[int, int]], list[str], int]:
        """Days listed before one month name: "30 و31 يوليو", "10 and 12 March", "1 to 3 July", "10-12 March".
        Returns [(token index, day)], the connectors between them, and the index after the last day."""
        days = [(i, day)]
        connectors: list[str] = []
        j = self._after_ordinal(i + 1)
        while len(days) < 8:
            sep = self.tok(j)
            nxt = self.tok(j + 1)
            if sep is not None and sep.text == "," and nxt is not None and nxt.kind == WORD and \
                    nxt.key in self.language.day_list_connectors:
                j, sep, nxt = j + 1, nxt, self.tok(j + 2)  # "7th, 8th, and 9th June": the serial comma
            next_day = self._day_value(nxt) if nxt is not None else None
            if sep is None or next_day is None:
                break
            if sep.kind == WORD and sep.key in self.language.day_list_connectors:
                connectors.append(sep.key)
            elif sep.kind == SYM and sep.text in ",،-/":
                connectors.append(sep.text)
            else:
                break
            days.append((j + 1, next_day))
            j = self._after_ordinal(j + 2)
        m = j + 1 if self._bracketed_days(i, j) else j
        if len(days) > 1 and self._month_at(m) is None and not (
            self.word_key(m) in self.language.day_of_month_links and (
                self._month_at(m + 1) is not None or self._relative_month(m + 1) is not None or
                self._same_month_at(m + 1))
        ):
            return [(i, day)], [], self._after_ordinal(i + 1)
        return days, connectors, j

    def _bracketed_days(self, i: int, j: int) -> bool:
        """Arabic: the days from i to j stand in brackets ("(28)", "(5-6)")."""
        return self.ar and i > 0 and self.toks[i - 1].text == "(" and self.tok(j) is not None and \
            self.toks[j].text == ")"

    def _after_ordinal(self, j: int) -> int:
        if not 0 < j < self.n:  # (tok() and glued() inline: asked at most figures)
            return j
        nxt = self.toks[j]
        if nxt.kind == WORD and nxt.start == self.toks[j - 1].end and nxt.key in self.language.ordinal_suffixes:
            return j + 1
        return j

    def _day_list_drafts(
        self, days: list[tuple[int, int]], connectors: list[str], end_i: int, year: int | None, month: int,
        calendar: str, inferred: bool,
    ) -> list[Draft] | Skip | None:
        """One date, a range of days (value..value_high) or a list of dates (one claim per day)."""
        first_i, first_day = days[0]
        if len(days) == 1:
            return self._date_draft(first_i, end_i, year, month, first_day, calendar, inferred=inferred)
        data = self.language
        between = self.in_set(first_i - 1, data.range_openers)
        is_range = len(days) == 2 and (connectors[0] in data.day_range_connectors or (
            connectors[0] in data.and_words and between))
        if is_range:
            second_day = days[1][1]
            if self.ar and connectors[0] == "-" and second_day < first_day:
                first_day, second_day = second_day, first_day  # "17-11 رمضان": typed right to left, 11..17
            low = self._date_draft(first_i, end_i, year, month, first_day, calendar, inferred=inferred)
            high = self._date_draft(first_i, end_i, year, month, second_day, calendar, inferred=inferred)
            if not low or not high or second_day <= first_day:
                return Skip(end_i)
            low[0].value_high = high[0].value
            return low
        drafts: list[Draft] = []
        for n, (k, d) in enumerate(days):
            last = n == len(days) - 1
            end = end_i if last else self._after_ordinal(k + 1)  # "4th, 5th and 6th May": "4th", its suffix too
            found = self._date_draft(k, end, year, month, d, calendar, inferred=inferred)
            if found:
                if not last:
                    # The month is written once, after the last day: the earlier days carry it as inferred.
                    found[0].inferred = inferred
                drafts.extend(found)
        return drafts or Skip(end_i)

    def _street_before(self, i: int) -> bool:
        return self.in_set(i - 1, self.language.street_cues) or (
            not self.ar and self.word_key(i + 3) in self.language.street_cues
        )
