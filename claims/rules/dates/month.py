"""Dates: month names (Gregorian and Hijri) and what surrounds them. Whether a month name that may be a word or a name
("May", "March", "ماي") is the month, by the cues around it: its base month_cues.py."""

from __future__ import annotations

from claims.engine.types import NUM, SYM, WORD, Draft, Skip
from claims.rules.dates.month_cues import MonthCueRules
from claims.rules.dates.recurring_month_en import RecurringMonthRulesEn


class MonthRules(RecurringMonthRulesEn, MonthCueRules):
    """Month names: lookup, alternate names, and dates read from a month name."""

    def _month_at(self, i: int) -> tuple[int, int, str] | None:
        """(month, end index, calendar) for a month name starting at token i (memoized per token)."""
        cache = self._months
        if i in cache:
            return cache[i]
        found = self._month_lookup(i)
        cache[i] = found
        return found

    def _month_lookup(self, i: int) -> tuple[int, int, str] | None:
        data = self.language
        if not 0 <= i < self.n:  # (tok() inline: asked at every figure and anchor word)
            return None
        t = self.toks[i]
        if t.kind != WORD:
            return None
        first = t.text if data.case_sensitive_months else t.key
        if first not in data.month_first_words:
            return self._possessive_month(first, i)
        return self._month_in_tables(i)

    def _month_in_tables(self, i: int) -> tuple[int, int, str] | None:
        data = self.language
        for table, calendar in ((data.months, "gregorian"), (data.hijri_months, "hijri")):
            for length in (2, 1):
                if i + length > self.n:
                    continue
                parts = self.toks[i : i + length]
                if any(x.kind != WORD for x in parts):
                    continue
                if data.case_sensitive_months:
                    key = tuple(x.text for x in parts)
                else:
                    key = tuple(x.key for x in parts)
                if key in table:
                    if key in data.month_exact and self._original(parts[0]) not in data.month_exact[key] and \
                            not self._between_day_and_year(i, i + length):
                        continue  # "أب" (father) is not "آب" (August); "20 اب 2015" is
                    return table[key], i + length, calendar
                if self.ar and length == 1:
                    k = key[0]
                    for pre in data.proclitics_month:
                        bare = k[len(pre):]
                        if len(bare) >= 3 and k.startswith(pre) and (bare,) in table:
                            return table[(bare,)], i + 1, calendar
                elif self.ar and length == 2:
                    k = key[0]
                    for pre in data.proclitics_month_two_words:
                        if k.startswith(pre) and (k[len(pre):], key[1]) in table:
                            return table[(k[len(pre):], key[1])], i + 2, calendar
        return None

    def _between_day_and_year(self, i: int, end: int) -> bool:
        """A day of the month in digits right before token i and a four-digit year right after `end`: a month name
        typed without its exact form is the month there ("20 اب 2015", August without its madda)."""
        day, year = self.tok(i - 1), self.tok(end)
        return day is not None and day.kind == NUM and day.text.isdigit() and 1 <= int(day.text) <= 31 and \
            year is not None and year.kind == NUM and year.text.isdigit() and len(year.text) == 4

    def _possessive_month(self, word: str, i: int) -> tuple[int, int, str] | None:
        """"December's 4% rise": a possessive month (English) is that month."""
        if not (self.language.case_sensitive_months and word.endswith("'s")):
            return None
        found = self.language.months.get((word[:-2],))
        return (found, i + 1, "gregorian") if found is not None else None

    def _alt_month(self, j: int, month: int) -> int:
        """Skip a second naming of the same month: "سبتمبر/أيلول", "أيلول (سبتمبر)", "سبتمبر - أيلول"."""
        t = self.tok(j)
        if t is None:
            return j
        if t.kind == WORD and self.ar:
            alt = self._month_at(j)
            if alt and alt[0] == month:
                return alt[1]  # Reuters style: "يونيو حزيران"
            return j
        if t.kind != SYM:
            return j
        if t.text in "/-":
            alt = self._month_at(j + 1)
            if alt and alt[0] == month:
                return alt[1]
        if t.text in "([":
            alt = self._month_at(j + 1)
            if alt and alt[0] == month:
                close = self.tok(alt[1])
                if close is not None and close.kind == SYM and close.text in ")]":
                    return alt[1] + 1
                return alt[1]
        return j

    def _date_from_month(self, i: int, month: tuple[int, int, str]) -> list[Draft] | Skip | None:
        data = self.language
        mo, j, calendar = month
        t = self.toks[i]
        if data.case_sensitive_months and not t.text[:1].isupper():
            return None
        if self.in_set(i - 1, data.month_not_after):
            return Skip(j)
        if self._street_before(i) or self._place_named_by_day_ar(i):
            return Skip(j)  # "مدينة 6 أكتوبر", "مدينة السادس من أكتوبر": a place
        if not self.ar and (recurring := self._recurring_month_en(i, j)) is not None:
            return recurring
        if not self.ar and (glued := self._hyphenated_year_en(j)) is not None:
            return self._date_draft(i, j + 2, glued, mo, None, calendar)  # "Dec-2017": a month and its year
        # English abbreviations take a dot: "Sept. 11", "Jan. 2019".
        if not self.ar and self.tok(j) is not None and self.toks[j].kind == SYM and self.toks[j].text == "." \
                and len(t.text) <= 4 and self.tok(j + 1) is not None and (
                    self._day_value(self.toks[j + 1]) or self._year_at(j + 1, False) is not None):
            j_after = j + 1
        else:
            j_after = j
        j_alt = self._alt_month(j_after, mo)
        alt = j_alt != j_after
        day, start_i = self._ordinal_day_before(i)
        # "September 11, 2014" / "Sept. 11" / "سبتمبر 11"
        nxt = self.tok(j_alt)
        if day is None and nxt is not None and self._day_value(nxt) is not None and not t.text.endswith("'s"):
            after = self.tok(j_alt + 1)
            is_year_next = after is not None and after.kind == NUM
            # "May 6." ends the sentence, "May 6: ..." opens one (a dateline); "May 6.5" or "March 3:1" is no day
            closing = after is not None and after.text in ".:" and not (
                self.tok(j_alt + 2) is not None and self.toks[j_alt + 2].kind == NUM and self.glued(j_alt + 2))
            if not (after is not None and after.kind == SYM and after.text in ":." and not closing) or is_year_next:
                k = j_alt + 1
                if after is not None and after.kind == WORD and self.glued(j_alt + 1) and \
                        after.key in data.ordinal_suffixes:
                    k += 1
                year = self._year_at(k, calendar == "hijri")
                d = self._day_value(nxt)
                if year is not None:
                    return self._date_draft(start_i, year[1], year[0], mo, d,
                                            "hijri" if year[2] == "hijri" else calendar)
                if calendar == "gregorian" and not self.ar:
                    self._first_before_date = i - 1
                    paired = self._paired_day_after(k, start_i, mo, d) or self._day_range_after(k, start_i, mo, d) \
                        or self._month_range_after(k, start_i, mo, d)
                    if paired is not None:
                        return paired
                    y = self._infer_year(mo, d, k)
                    return self._date_draft(start_i, k, y, mo, d, calendar, inferred=y is not None)
        if day is None and not self.ar and (ordinal := self.phrase_at(j_alt, data.ordinal_days)) is not None:
            day, j_alt = ordinal  # "May sixth"
        return self._month_without_day_after(i, start_i, j_alt, month, day, alt)

    def _hyphenated_year_en(self, j: int) -> int | None:
        """English: a four-digit year glued by a hyphen to the month ending before token j ("Dec-2017", "in
        Jan-2019"), as trade bulletins write a month; None otherwise."""
        dash, year = self.tok(j), self.tok(j + 1)
        if dash is None or dash.text != "-" or year is None or year.kind != NUM or not self.glued(j) or \
                not self.glued(j + 1):
            return None
        found = self._year_at(j + 1, False)
        return found[0] if found is not None and found[1] == j + 2 and len(year.text) == 4 else None

    def _recurring_month_en(self, i: int, j: int) -> Skip | None:
        """English: a month of every year, no date: the months spanning a recurring year in brackets after it ("the
        2019-20 cocoa year (October-September)", "fiscal year (April-March)"), or a month that a habitual adverb follows
        right away or after one word ("September registrations typically account for", "August is usually
        a slow month"; not "grew slower in January than", "generally better than December")."""
        data = self.language
        opening = self.tok(i - 1)
        if opening is not None and opening.text == "(" and self.word_key(i - 2) in data.relative_year_nouns:
            close = next((k for k in range(j, min(self.n, j + 4)) if self.toks[k].text == ")"), None)
            if close is not None and all(t.kind != NUM for t in self.toks[i:close]):  # not "(April 2016 to ...)"
                return Skip(close + 1)
        between = self.word_key(j)  # a noun or a copula: "September registrations typically", "December is usually"
        if between in data.habitual_words or (self.word_key(j + 1) in data.habitual_words and between is not None and (
                between in data.report_clause_verbs or between not in data.not_counted)):
            return Skip(j)
        return self._month_category_en(i, j)  # "the October average", "every October" (recurring_month_en.py)

    def _paired_day_after(self, k: int, start_i: int, month: int, day: int) -> list[Draft] | None:
        """English: "on November 17 and 18", "June 16 and 17, 2012": a second day of the same month after the first
        (tokens start_i..k), closing its clause or followed by the year both share; two dates."""
        link, second = self.tok(k), self.tok(k + 1)
        if link is None or second is None or link.text.lower() not in self.language.list_links or \
                self._day_value(second) is None or self._clock_hour_at(k + 1):
            return None  # (not "from May 4 to 9am on May 5": an hour)
        day2 = self._day_value(second)
        year = self._year_at(k + 2, False)
        after = self.tok(k + 2)
        if year is None and not (after is None or (after.kind == SYM and after.text in ",.;)") or (
                after.kind == WORD and after.key in self.language.not_counted)):  # "between April 6 and 27 in"
            return None  # "on May 3 and 4 others were held": a count
        y, end, inferred = self._second_day_year(year, month, day2, k + 2)
        first = self._date_draft(start_i, k, y, month, day, "gregorian", inferred=inferred)
        last = self._date_draft(k + 1, end, y, month, day2, "gregorian", inferred=inferred)
        return first + last if first and last else None

    def _day_range_after(self, k: int, start_i: int, month: int, day: int) -> list[Draft] | None:
        """English: "May 5-10", "from May 5 to 10", "June 16 through 20, 2012": a later day of the same month after
        the first (tokens start_i..k), one claim with `value_high`; not when what follows counts or measures the
        figure ("May 5 to 10 people")."""
        link, second = self.tok(k), self.tok(k + 1)
        if link is None or second is None or link.text == "/" or not (
                link.text in "-–" or link.key in self.language.day_range_connectors):
            return None
        day2 = self._day_value(second)
        if day2 is None or day2 <= day or self._clock_hour_at(k + 1):
            return None  # (not "from May 5 to 9pm")
        year = self._year_at(k + 2, False)
        after = self.tok(k + 2)
        ends = after is None or (after.kind == SYM and after.text in ",.;)") or (
            after.kind == WORD and after.key in self.language.not_counted) or (  # "May 5-10 in Paris", "May 5-10."
            after.kind == WORD and after.key in self.language.frame_period_nouns)  # "the Nov. 1-20 period"
        if (year is None and not ends) or self._percent_after(k + 2):
            return None  # (not "from May 5 to 10 per cent")
        y, end, inferred = self._second_day_year(year, month, day2, k + 2)
        first = self._date_draft(start_i, end, y, month, day, "gregorian", inferred=inferred)
        last = self._date_draft(k + 1, end, y, month, day2, "gregorian", inferred=inferred)
        if not first or not last:
            return None
        first[0].value_high = last[0].value
        return first

    def _clock_hour_at(self, k: int) -> bool:
        """Token k is an hour of the clock: a clock word after it ("3 pm", `clock_after`) or a suffix glued to it
        ("3pm", `clock_suffixes`), as not_claims/clock_times.py reads one."""
        data, nxt = self.language, self.tok(k + 1)
        return nxt is not None and nxt.kind == WORD and (
            nxt.key in data.clock_after or (self.glued(k + 1) and nxt.key in data.clock_suffixes))

    def _month_range_after(self, k: int, start_i: int, month: int, day: int) -> list[Draft] | None:
        """English: "Jan. 1-Nov. 3", "from March 30 to April 2": a day of another month after the first (tokens
        start_i..k) closes a period, one claim with `value_high`. The first day takes the year of the second (written,
        or inferred for it), or the year before when it falls later in the year ("Dec. 20-Jan. 5")."""
        link = self.tok(k)
        if link is None or link.text == "/" or not (
                link.text in "-–" or link.key in self.language.day_range_connectors):
            return None
        second = self._month_at(k + 1) if self.tok(k + 1) is not None and self.toks[k + 1].kind == WORD else None
        if second is None or second[2] != "gregorian" or second[0] == month:
            return None
        found = self._date_from_month(k + 1, second)
        if not isinstance(found, list) or len(found) != 1 or found[0].precision != "day" or \
                found[0].value_high is not None or not isinstance(found[0].value, str):
            return None
        last = found[0]
        year2 = int(last.value[:4]) if last.value[:1].isdigit() else None
        year = None if year2 is None else year2 if (month, day) <= (second[0], int(last.value[-2:])) else year2 - 1
        first = self._date_draft(start_i, k, year, month, day, "gregorian", inferred=last.inferred)
        if not first:
            return None
        first[0].end, first[0].value_high = last.end, last.value
        return first

    def _second_day_year(self, year: tuple[int, int, str | None] | None, month: int, day2: int,
                         k: int) -> tuple[int | None, int, bool]:
        """(year, end index, inferred) for two days of one month whose shared year is `year` read at k (the year
        after the second day), or inferred when none is written."""
        if year is not None:
            return year[0], year[1], False
        y = self._infer_year(month, day2, k)
        return y, k, y is not None

    def _ordinal_day_before(self, i: int) -> tuple[int | None, int]:
        """(day, start index) of an ordinal day before a month name: "الحادي عشر من سبتمبر"; (None, i) if none."""
        data = self.language
        link = i - 2 if self.word_key(i - 1) in data.month_nouns else i - 1
        if self.word_key(link) in data.day_of_month_links:
            found = self._ordinal_words_before(link)
            if found is not None and not self._fraction_or_place_before(found[1]):  # (dates/relative.py)
                return found
        elif self.in_set(link, data.first_day_words):
            return 1, link  # "غرة ذي القعدة", "أول أغسطس", "غرة شهر شوال": the first day
        elif self.ar and i >= 1 and self.toks[i - 1].kind == WORD and (bare := self._bare_ordinal_day(i - 1)):
            return bare[0], i - 1  # "ثامن أبريل 2025" (dates/relative.py)
        return None, i

    def _ordinal_words_before(self, link: int) -> tuple[int, int] | None:
        """(day, start index) of the ordinal day in words ending right before token `link` ("من")."""
        data = self.language
        for length in (3, 2, 1):
            k = link - length
            if k < 0:
                continue
            parts = self.toks[k:link]
            if all(x.kind == WORD for x in parts):
                key = tuple(x.key for x in parts)
                if key in data.ordinal_days:
                    return data.ordinal_days[key], k
        return None

    def _place_named_by_day_ar(self, i: int) -> bool:
        """Arabic: the month at i closes a place's name, an ordinal day and "من" before it and a place noun before
        them ("مدينة السادس من أكتوبر", "جسر الخامس عشر من مايو"): no date, neither the day nor the month alone."""
        data = self.language
        link = i - 2 if self.word_key(i - 1) in data.month_nouns else i - 1
        if not self.ar or self.word_key(link) not in data.day_of_month_links:
            return False
        found = self._ordinal_words_before(link)
        return found is not None and self.in_set(found[1] - 1, data.street_cues)

    def _month_without_day_after(
        self, i: int, start_i: int, j_alt: int, month: tuple[int, int, str], day: int | None, alt: bool
    ) -> list[Draft] | Skip | None:
        """A month name (at i, maybe with an ordinal day before it) and no day after it: a year may follow."""
        data = self.language
        mo, _, calendar = month
        t = self.toks[i]
        first_key = t.text if data.case_sensitive_months else t.key
        if self.ar and first_key not in data.month_needs_context and \
                (bare := self.strip(first_key, data.month_needs_context, data.proclitics_month)) is not None:
            first_key = bare[1]  # "ومارس ذلك الرجل": a proclitic does not make a verb's homograph the month
        year = self._year_at(j_alt, calendar == "hijri")
        if year is not None:
            y, k, marker = year
            return self._date_draft(start_i, k, y, mo, day, "hijri" if marker == "hijri" else calendar)
        if calendar == "hijri":
            if day is None or self.word_key(j_alt) in data.hijri_year_nouns:
                return Skip(j_alt)  # a Hijri month without a day or a year cannot be placed
            y = self._infer_hijri_year(mo, day, self._direction_after(j_alt))  # "غرة ذي القعدة المقبل"
            return self._date_draft(start_i, j_alt, y, mo, day, calendar, inferred=True) if y else Skip(j_alt)
        shared = self._shared_year(j_alt) if calendar == "gregorian" else None
        if shared is not None:
            return self._date_draft(start_i, j_alt, shared, mo, day, calendar)  # "سبتمبر وديسمبر 2014"
        relative = self._relative_year(j_alt)
        if relative is None and not self.ar and self.word_key(j_alt) in data.period_figure_nouns and \
                (after_noun := self._relative_year(j_alt + 1)) is not None:
            relative = after_noun[0], j_alt  # "a poor November showing last year": the month's year
        if relative is not None:
            y, k = relative
            return self._date_draft(start_i, k, y, mo, day, calendar, inferred=True)  # "بمايو العام الماضي"
        if self.ar and day is None and (no_year := self._month_of_no_year(j_alt)) is not None:
            return Skip(no_year)  # "خلال نوفمبر من كل عام", "في أبريل من العام التالي" (rules/dates/year_context.py)
        if day is None:
            cue = self.in_set(i - 1, data.month_cues_before) or (not self.ar and self.word_key(i - 1) in
                                                              data.month_cues_before) or t.text.endswith("'s") \
                or self._period_of_figure(i, j_alt) or self._adjective_month_en(i, j_alt) or \
                (not self.ar and self._participle_link_en(i))
            if first_key in data.month_needs_context and not (cue or alt or self._among_months_en(i, j_alt) or
                                                              self._direction_word_ar(j_alt)):
                return None  # ("جلسة ماي المقبل": a word of direction after it makes it the month)
            if self.ar and not (cue or alt or self._direction_after(j_alt)):
                # A bare month name in Arabic prose is mostly a month; keep those with a cue or a twin name.
                if first_key in data.month_needs_context:
                    return None
        self._first_before_date = i - 1
        y = self._infer_year(mo, day, j_alt)
        if y is None and not self.ar:
            y = self._base_period_year(i, mo)  # "in December 2023 from 4.1% in November": no publication date
        if self.ar and y is not None and self._direction_word_ar(j_alt) and \
                (restated := self._year_at(j_alt + 1, False)) is not None and restated[0] == y:
            return self._date_draft(start_i, restated[1], y, mo, day, calendar)  # "حزيران الماضي 2015": the
            # year the direction word gave, restated: one date, not a second claim of the year
        return self._date_draft(start_i, j_alt, y, mo, day, calendar, inferred=y is not None)

    def _base_period_year(self, i: int, month: int) -> int | None:
        """English: the year of a month compared back to a month and year just before it: "rose to 5% in December
        2023 from 4.1% in November" (2023), "in January 2024 from ... in December" (2023); the base period is the
        latest such month before the first. None without a base-period link ("from", "than") between them."""
        data = self.language
        link = next((k for k in range(i - 1, max(-1, i - 8), -1) if self.word_key(k) in data.base_period_links), None)
        if link is None:
            return None
        for k in range(link - 1, max(0, link - 4), -1):
            if self.toks[k].kind != NUM:
                continue
            before = self._month_at(k - 1)
            year = self._year_at(k, False)
            if before is None or before[1] != k or before[2] != "gregorian" or year is None or before[0] == month:
                return None
            return year[0] if month < before[0] else year[0] - 1
        return None
