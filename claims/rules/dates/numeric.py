"""Dates written with digits only: 13/2/2018, 2018-02-13, 13.02.2018, 1436/10/5هـ, 6/5/10.

Order: day first (Arabic and British writing), unless the outlet is American (`country` "US": month first) or a
component shows the order (a first part over 12 is a day, a middle part over 12 is a day written second). A
two-digit year needs a date cue before it ("on 6/5/10", "في 6/5/10") and means 2000-2049 or 1950-1999.
"""

from __future__ import annotations

import regex

from claims.engine.cursor import Cursor
from claims.engine.marks import COMMAS
from claims.engine.types import DASHES, NUM, SYM, WORD, Draft, Skip
from claims.rules.dates.year_like import HIJRI_YEARS, NEWS_YEARS

DOTTED_DATE_RE = regex.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
MONTH_FIRST_COUNTRIES = frozenset({"US"})  # outlets that write 5/6/2010 for 6 May
TWO_DIGIT_YEAR_PIVOT = 50  # "6/5/10" -> 2010, "6/5/97" -> 1997
_DATE_SEPARATORS = frozenset("/-.")  # a mark between a numeric date's parts (a token of one character)


class NumericDateRules(Cursor):
    """Numeric dates."""

    def _numeric_date(self, i: int) -> list[Draft] | Skip | None:
        """13/2/2018, 2018-02-13, 1436/10/5هـ: only when day and month cannot be swapped."""
        toks = self.toks
        if self.ar and ((days := self._numeric_day_range(i)) is not None or
                        (days := self._day_month_range(i)) is not None):
            return days
        if not self.ar and "." not in toks[i].text and (i + 1 >= self.n or toks[i + 1].text not in _DATE_SEPARATORS):
            return None  # (English: every form below has a separator right after the first part, or a dot inside it)
        dotted = DOTTED_DATE_RE.fullmatch(toks[i].text) if "." in toks[i].text else None  # (most figures: no dot)
        if dotted is not None:
            # "13.02.2018": one token; read like "13/02/2018".
            d, m, y = (int(x) for x in dotted.groups())
            end, marker = self._year_marker(i + 1)
            d, m = self._day_month_order(d, m)
            if not 1 <= m <= 12:
                return Skip(end)
            hijri = marker == "hijri" or y in HIJRI_YEARS
            drafts = self._date_draft(i, end, y, m, d, "hijri" if hijri else "gregorian")
            return drafts if drafts else Skip(end)
        if not self.ar and (month_day := self._month_day_en(i)) is not None:
            return month_day
        if i + 4 >= self.n + 0 and i + 4 > self.n - 1:
            return None
        if not self.ar and (hyphenated := self._hyphenated_month_date_en(i)) is not None:
            return hyphenated
        a, s1, b, s2, c = toks[i : i + 5]
        if not (s1.kind == SYM and s2.kind == SYM and s1.text == s2.text and s1.text in "/-."
                and a.kind == NUM and b.kind == NUM and c.kind == NUM
                and (s1.text == "/" or all(self.glued(k) for k in range(i + 1, i + 5))
                     or (self.ar and len(c.text) == 4))):
            return None
        if not (a.text.isdigit() and b.text.isdigit() and c.text.isdigit()):
            return Skip(i + 5)
        if (years := self._year_run(i)) is not None:
            return years
        end, marker = self._year_marker(i + 5)
        if len(a.text) == 4:
            y, m, d = int(a.text), int(b.text), int(c.text)
        elif len(c.text) == 4 or (len(c.text) == 2 and s1.text == "/" and self._date_cue_before(i)):
            y = int(c.text)
            if y < 100:
                y += 2000 if y < TWO_DIGIT_YEAR_PIVOT else 1900  # "on 6/5/10"
            d, m = self._day_month_order(int(a.text), int(b.text))
        else:
            return Skip(i + 5)
        hijri = marker == "hijri" or y in HIJRI_YEARS
        if not 1 <= m <= 12:
            return Skip(end)
        drafts = self._date_draft(i, end, y, m, d, "hijri" if hijri else "gregorian")
        return drafts if drafts else Skip(end)

    def _year_run(self, i: int) -> list[Draft] | None:
        """"(2016 - 2017 - 2018)": three four-digit years in a row, each the one after the last, joined by the same
        dash or slash, are a list of years (GUIDELINES: a list is one claim per item), no day-month-year date."""
        parts = [self.toks[k].text for k in (i, i + 2, i + 4)]
        if any(len(p) != 4 for p in parts):
            return None
        years = [int(p) for p in parts]
        if years[0] not in NEWS_YEARS or years[1] != years[0] + 1 or years[2] != years[1] + 1:
            return None
        drafts: list[Draft] = []
        for k, year in zip((i, i + 2, i + 4), years, strict=True):
            drafts += self._date_draft(k, k + 1, year, None, None, "gregorian") or []
        return drafts or None

    def _month_day_en(self, i: int) -> list[Draft] | None:
        """English: a month and a day written "M/D" without a year after a date cue (`month_day_cues`: "opened on
        5/14"), or after "of" and a time of day ("late on the evening of 7/18"), is that day, its year inferred
        from the publication date ("--05-13" without one). Only where the order shows (a day over 12) or the outlet
        writes month first; not before "of" ("on 3/4 of the land": a fraction), nor with a third part ("5/13/2023")
        or a cue missing ("odds of 8/13", "after 9/11")."""
        toks, data = self.toks, self.language
        if i + 2 >= self.n or toks[i + 1].text != "/" or toks[i + 2].kind != NUM or not self.glued(i + 1) or \
                not self.glued(i + 2):
            return None
        a, b = toks[i].text, toks[i + 2].text
        if not (a.isdigit() and b.isdigit() and len(a) <= 2 and len(b) <= 2):
            return None
        month, day = int(a), int(b)
        if not (1 <= month <= 12 and 1 <= day <= 31) or (day <= 12 and self.ex.country not in MONTH_FIRST_COUNTRIES):
            return None
        after = self.tok(i + 3)
        if after is not None and ((after.kind == SYM and after.text in "/-." and self.glued(i + 3)) or
                                  after.key in data.month_year_links):
            return None
        cue = self.word_key(i - 1)
        if cue not in data.month_day_cues and not (
                cue in data.month_year_links and self.word_key(i - 2) in data.month_day_time_nouns):
            return None
        return self._date_draft(i, i + 3, self._infer_year(month, day, i + 3), month, day, "gregorian",
                                inferred=self.published is not None)

    def _hyphenated_month_date_en(self, i: int) -> list[Draft] | Skip | None:
        """English: a day, a month name and a year glued by hyphens ("28-Feb-2018", "5-Sept-2019"), as aviation and
        trade bulletins write them: one date."""
        toks = self.toks
        a, s1, s2, c = toks[i], toks[i + 1], toks[i + 3], toks[i + 4]
        if not (s1.text == "-" and s2.text == "-" and a.text.isdigit() and len(a.text) <= 2 and c.text.isdigit() and
                len(c.text) == 4 and all(self.glued(k) for k in range(i + 1, i + 5))):
            return None
        month = self._month_at(i + 2)
        if month is None or month[1] != i + 3 or not 1 <= int(a.text) <= 31:
            return None
        drafts = self._date_draft(i, i + 5, int(c.text), month[0], int(a.text), "gregorian")
        return drafts if drafts else Skip(i + 5)

    def _day_month_order(self, first: int, second: int) -> tuple[int, int]:
        """(day, month) of "first/second": day first, unless the outlet is American or the parts show the order."""
        if self.ar:
            return first, second  # Arabic writing is always day/month/year
        if second > 12 >= first:
            return second, first  # "12/25/2010"
        if first > 12:
            return first, second
        if self.ex.country in MONTH_FIRST_COUNTRIES:
            return second, first
        return first, second

    def _date_cue_before(self, i: int) -> bool:
        data = self.language
        if self.in_set(i - 1, data.year_cues) or (not self.ar and self.word_key(i - 1) in data.year_cues):
            return True
        k = i - 2 if self.tok(i - 1) is not None and self.toks[i - 1].text in COMMAS else i - 1
        key = self.word_key(k)  # Arabic: a day word or a weekday before it, maybe with a comma ("صباح اليوم،22/06/23")
        return self.ar and key is not None and (self.strip(key, data.relative_days, data.proclitics_relative_day)
                                                is not None or self.strip(key, data.weekdays, data.proclitics_weekday)
                                                is not None)

    def _numeric_day_range(self, i: int) -> list[Draft] | None:
        """Arabic: a first day, a dash (or a tatweel, which normalizing removes) and a full numeric date: one range
        ("من 2 - 4 / 6 / 1436هـ" -> 2..4 Jumada II 1436; "2 ـ 4/6/1436هـ")."""
        toks = self.toks
        first = toks[i]
        j = i + 1
        if j < self.n and ((toks[j].kind == SYM and toks[j].text in DASHES) or
                           (toks[j].kind == WORD and toks[j].key in self.language.day_range_connectors)):
            j += 1  # "من 3 - 5/6/1436هـ", "من 20 إلى 22 / 10 / 1436هـ"
        elif not (j < self.n and toks[j].kind == NUM and "ـ" in self._original_between(first.end, toks[j].start)):
            return None
        if j >= self.n or toks[j].kind != NUM or not first.text.isdigit() or not 1 <= int(first.text) <= 31 or \
                self.tok(j + 1) is None or toks[j + 1].text != "/":
            return None
        second = self._numeric_date(j)
        if not isinstance(second, list) or len(second) != 1 or second[0].value is None or \
                len(second[0].value) != 10:
            return None
        high = second[0]
        if high.calendar == "hijri":
            low = self._hijri_low(i, j, int(first.text))
        else:
            low = self._date_draft(i, i + 1, int(high.value[:4]), int(high.value[5:7]), int(first.text), "gregorian")
        if not low or low[0].value is None or low[0].value >= high.value:
            return None
        low[0].end, low[0].value_high = high.end, high.value
        return low

    def _day_month_range(self, i: int) -> list[Draft] | None:
        """Arabic: a day and month without a year, a link and a full numeric date: one range in the second's year
        ("من 12/5 ولغاية 19/5/2018" -> 2018-05-12 .. 2018-05-19; the year before when the first falls later)."""
        toks = self.toks
        j = i + 3
        if j + 4 >= self.n or toks[i + 1].text != "/" or toks[i + 2].kind != NUM or toks[j].kind != WORD or \
                toks[j].key not in self.language.day_range_connectors or toks[j + 2].text != "/":
            return None
        day, month = self._day_value(toks[i]), self._day_value(toks[i + 2])
        second = self._numeric_date(j + 1)
        if day is None or month is None or month > 12 or not isinstance(second, list) or len(second) != 1 or \
                second[0].calendar == "hijri" or second[0].precision != "day":
            return None
        high = second[0]
        year = int(high.value[:4]) - ((month, day) > (int(high.value[5:7]), int(high.value[8:])))
        low = self._date_draft(i, i + 3, year, month, day, "gregorian")
        if not low:
            return None
        low[0].end, low[0].value_high = high.end, high.value
        return low

    def _hijri_low(self, i: int, j: int, day: int) -> list[Draft] | None:
        """The first day of a Hijri range, in the month and year of the date at j ("2 - 4 / 6 / 1436هـ")."""
        toks = self.toks
        a, b, c = toks[j], toks[j + 2], toks[j + 4] if j + 4 < self.n else None
        if c is None or not (a.text.isdigit() and b.text.isdigit() and c.text.isdigit()):
            return None
        if len(a.text) == 4:
            return self._date_draft(i, i + 1, int(a.text), int(b.text), day, "hijri")
        return self._date_draft(i, i + 1, int(c.text), int(b.text), day, "hijri")

    def _original_between(self, start: int, end: int) -> str:
        norm = self.ex.norm
        return norm.original[norm.to_original(start):norm.to_original(end)]
