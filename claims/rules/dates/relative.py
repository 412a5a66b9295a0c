"""Dates from words: "today"/"أمس", ordinal days ("الحادي عشر من سبتمبر"); the entry for weekdays and months too
(date_from_word). Weekdays: rules/dates/weekday.py (the base)."""

from __future__ import annotations

from datetime import timedelta

from claims.engine.marks import COMMAS
from claims.engine.types import NUM, SYM, WORD, Draft, Skip
from claims.rules.dates.weekday import DAY_BRACKETS, WeekdayRules

# Prepositions glued before an ordinal day's article ("بالثاني والعشرين", "كالخامس"); "لل" is handled apart.
_ORDINAL_PROCLITICS = ("وب", "ب", "ف", "ك")
HYPOTHETICAL_REACH_EN = 8  # tokens back from "tomorrow" to an "if" opening its clause
DAY_EVENT_REACH = 5  # tokens from "today's" to the event it dates, past quotes and two words ("General Election")


class RelativeDateRules(WeekdayRules):
    """Dates that start with a word."""

    def date_from_word(self, i: int) -> list[Draft] | Skip | None:
        data = self.language
        t = self.toks[i]
        month = self._month_at(i)
        if month is not None:
            return self.reported_full_date_en(self._date_from_month(i, month), i)  # "said on May 12."
        if t.key in data.holiday_anchors and (holiday := self._holiday_date(i)) is not None:
            return holiday
        if t.key in data.feast_day_nouns and (feast := self._feast_day_ar(i)) is not None:
            return feast
        ordinal = self._ordinal_day_at(i)
        if ordinal is not None:
            return self._ordinal_day_date(i, *ordinal)
        if self.ar and t.key in data.number_words:
            spelled = self._spelled_day_date(i) or self.spelled_year_date(i)  # "سبعة نوفمبر" (day.py), "عام ألفين"
            if spelled is not None:
                return spelled
        rel = self.phrase_at(i, data.relative_day_phrases) or (
            self._day_phrase_after_and_ar(i) if self.ar else None)
        if rel is None and self.word_key(i - 1) in data.phrase_openers_not_anchors:
            rel = self._opened_day_phrase(i - 1)  # "هذه الليلة": anchored at its noun
            if rel is not None:
                i -= 1
        if rel is not None:
            offset, j = rel
            named = self._weekday_in_brackets(i, offset, after=j) if self.ar else self._phrase_date_after_en(i, j)
            return named or self._report_marked(self._relative_draft(i, j, offset), i)
        if (data.case_sensitive_months and (t.text in data.weekdays or t.text.removesuffix("'s") in data.weekdays)) or (
            not data.case_sensitive_months and self.strip(t.key, data.weekdays, data.proclitics_weekday) is not None
        ):
            if self.ar and self.word_key(i + 1) in data.teen_words:  # "الأحد عشر لاعبا": eleven, not Sunday
                return self.definite_cardinal(i) or Skip(i + 2)  # (rules/counts_definite_ar.py)
            if self.ar and self._both_not_weekday(i):
                return Skip(i + 1)
            return self._weekday(i)
        if self.strip(t.key, data.relative_days, data.proclitics_relative_day) is not None:
            return self._relative(i)
        self.no_day_word = -1 if data.case_sensitive_months else i  # (in neither table: parse.at_word, cursor.py)
        return None

    def _holiday_date(self, i: int) -> list[Draft] | None:
        """A holiday on a fixed day of every year whose anchor (the word before the name's last) is token i:
        "Christmas Day", "New Year's Eve"; its year as a written day and month's ("Boxing Day 2004"), else inferred
        ("--12-26" with no publication date). A name in lower case is no holiday ("a boxing day at the gym")."""
        table = self.language.holiday_days
        for start in (i, i - 1, i - 2):
            found = self.phrase_at(start, table)
            if found is None or found[1] != i + 2 or not self.toks[start].text[:1].isupper():
                continue
            (month, day), end = found
            year = self._year_at(end, False)
            if year is not None:
                return self._date_draft(start, year[1], year[0], month, day, "gregorian")
            self._first_before_date = start - 1
            inferred = self._infer_year(month, day, end)
            return self._date_draft(start, end, inferred, month, day, "gregorian", inferred=inferred is not None)
        return None

    def _feast_day_ar(self, i: int) -> list[Draft] | None:
        """Arabic: a feast's day counted by an ordinal before "أيام" (token i) and the feast's name after it: "ثالث
        أيام عيد الفطر" is 3 Shawwal, "أول أيام عيد الأضحى" 10 Dhu al-Hijja (a holiday on a fixed day is that day,
        GUIDELINES Dates); the Hijri year nearest the publication date, and for "العيد" alone the nearer feast."""
        data = self.language
        n = data.feast_day_ordinals.get(self.word_key(i - 1) or "")
        found = self.phrase_at(i + 1, data.feast_days) if n is not None else None
        if n is None or found is None:
            return None
        (month, first), end = found
        feasts = [(month, first)] if month else [v for v in data.feast_days.values() if v[0]]
        nearest = self._nearest_hijri_day([(mo, d + n - 1) for mo, d in feasts])
        if nearest is None:
            return None
        return self._date_draft(i - 1, end, *nearest, "hijri", inferred=True)

    def _opened_day_phrase(self, k: int) -> tuple[int, int] | Skip | None:
        """(offset, end) of a day phrase opened at k by a demonstrative ("هذه الليلة", "هذا المساء"); None when it
        names another day: after a comparison, a span or a preposition ("في مثل هذا اليوم", "إلى هذا اليوم"), or
        before a relative pronoun or a definite adjective ("هذا اليوم الذي انتظرناه", "هذا اليوم السعيد")."""
        data = self.language
        found = self.phrase_at(k, data.relative_day_phrases)
        if found is None or self.in_set(k - 1, data.this_day_not_after):
            return None
        if not self.ar and not self.toks[k + 1].text.islower():
            return None  # "told ITV's This Morning": a programme's name
        after = self.word_key(found[1])
        if after is not None and (after in data.today_noun_after or (
                data.definite_article and after.startswith(data.definite_article) and after not in data.not_counted and
                self.strip(after, data.weekdays, data.proclitics_weekday_after_word) is None)):
            return None
        return found

    def _ordinal_day_date(self, i: int, day: int, j: int) -> list[Draft] | Skip | None:
        """An ordinal day (tokens i..j) before a month: "الحادي عشر من سبتمبر", "the first of May"."""
        data = self.language
        if self._fraction_or_place_before(i):
            return None  # "الربع الأول من شهر رمضان": a part of the month; "مدينة السادس من أكتوبر": a city
        if self.word_key(j) in data.day_of_month_links:
            if self.word_key(j + 1) in data.month_nouns:
                j += 1
            m = self._month_at(j + 1)
            if m is None:  # "الثامن من الشهر المقبل" (rules/dates/relative_month.py)
                return self._relative_month_days([(i, day)], [], j + 1)
            if m is not None:
                mo, j2, calendar = m
                j2 = self._alt_month(j2, mo)
                year = self._year_at(j2, calendar == "hijri")
                if year is not None:
                    return self._date_draft(i, year[1], year[0], mo, day, calendar)
                if calendar == "gregorian":
                    relative = self._relative_year(j2)  # "السادس والعشرين من فبراير من العام المقبل"
                    if relative is not None:
                        y, end = relative
                        after = self.tok(end)
                        if after is not None and after.text == str(y):
                            end = self._year_marker(end + 1)[0]  # "من العام المقبل 2016": the year said twice
                        return self._date_draft(i, end, y, mo, day, calendar, inferred=True)
                    self._first_before_date = i - 1  # ("ثورة الثلاثين من يونيو": the word before names the day)
                    y = self._infer_year(mo, day, j2)
                    return self._date_draft(i, j2, y, mo, day, calendar, inferred=y is not None)
                if self.word_key(j2) in data.hijri_year_nouns:
                    return Skip(j2)  # "سنة ثلاث من الهجرة", "في السنة الهجرية 1395": a year we do not read
                # "التاسع عشر من شوال": the Hijri year nearest the publication date, else no date (never guessed)
                y = self._infer_hijri_year(mo, day, self._direction_after(j2))
                return self._date_draft(i, j2, y, mo, day, calendar, inferred=True) if y is not None else Skip(j2)
        return None

    def _fraction_or_place_before(self, i: int) -> bool:
        """Arabic: a fraction before the ordinal ("النصف الثاني من شعبان", "الربع الأول من العام"), a place noun
        ("مدينة العاشر من رمضان") or a week ("الأسبوع الثاني من مايو": a week of the month, not its second day)."""
        data = self.language
        key = self.word_key(i - 1)
        if not self.ar or key is None:
            return False
        return self.strip(key, data.fractions, tuple(data.share_proclitics)) is not None or \
            self.in_set(i - 1, data.street_cues) or \
            self.strip(key, data.week_nouns, tuple(data.share_proclitics)) is not None  # "الأسبوع الثاني من مايو"

    def _ordinal_day_at(self, i: int) -> tuple[int, int] | None:
        """(day, end index) of an ordinal day at token i; in Arabic also with a glued preposition or "و" before its
        article ("للسادس والعشرين من مارس", "بالثاني والعشرين من ديسمبر", "والخامس من يونيو")."""
        table = self.language.ordinal_days
        found = self.phrase_at(i, table)
        if found is not None or not self.ar:
            return found
        key = self.toks[i].key
        article = self.language.definite_article
        and_only = False
        if key.startswith("لل"):
            bare = article + key[2:]
        else:  # "و" alone only before "من" and a month: "والعشرين" is the second half of "السادس والعشرين"
            p = next((p for p in _ORDINAL_PROCLITICS if key.startswith(p + article)), None)
            and_only = p is None and key.startswith(self.language.and_prefix + article)
            if p is None and not and_only:
                return None
            bare = key[len(p or self.language.and_prefix):]
        if bare not in table.first_words:  # (no phrase of the table starts with it: one set lookup)
            return None
        for length in range(min(self.language.max_phrase, self.n - i), 0, -1):
            rest = self.toks[i + 1:i + length]
            if all(r.kind == WORD for r in rest) and (phrase := (bare, *(r.key for r in rest))) in table:
                if and_only and self.word_key(i + length) not in self.language.day_of_month_links:
                    return None  # ("ما بين الثاني من أبريل والثاني عشر من أغسطس": the second end of a pair)
                return table[phrase], i + length
        return None

    def _relative(self, i: int) -> list[Draft] | Skip | None:
        data = self.language
        t = self.toks[i]
        stripped = self.strip(t.key, data.relative_days, data.proclitics_relative_day)
        if stripped is None:
            return None
        offset = data.relative_days[stripped[1]]
        nxt = self.tok(i + 1)
        # "أمس الثلاثاء": one day, named twice: the weekday rule takes both words.
        if nxt is not None and nxt.kind == WORD and \
                self.strip(nxt.key, data.weekdays, data.proclitics_weekday_after_word) is not None:
            return self._weekday(i + 1)
        if nxt is not None and nxt.kind == SYM and (
                nxt.text in DAY_BRACKETS or (self.ar and nxt.text in COMMAS)):
            named = self._weekday_in_brackets(i, offset)
            if named is not None:
                return named
        if self.ar and nxt is not None and (restated := self._date_set_off_ar(i)) is not None:
            return restated  # "اليوم (20 فبراير 2026)", "اليوم – السبت 2 أغسطس 2025", "صباح اليوم،22/06/23"
        if not self.ar:
            if t.text[:1].isupper() and self._capitalized_inside(i):
                return None  # "the Today programme", "USA Today"
            if t.key.endswith("'s") and not self._day_event_after(i + 1):
                return None  # "today's ruling" is that day's; "today's consumers" are nowadays'
            if (self.tok(i - 1) is not None and self.toks[i - 1].text in data.today_not_after) or \
                    (offset == 0 and self._nowadays_en(i)):
                return None
        elif self._not_today_ar(i, stripped[1]):
            return None
        if offset > 0 and self._hypothetical_before(i):
            return Skip(i + 1)  # "if forced to decide tomorrow": no date is stated
        if not self.ar and (named := self._date_after_day_word_en(i)) is not None:
            return self._report_marked(named, i)  # "today, August, 17, 2022": one day, named twice
        resolved = self.published + timedelta(days=offset) if self.published is not None else None
        return self._report_marked(self._inferred_day_draft(i, i + 1, resolved), i)

    def _nowadays_en(self, i: int) -> bool:
        """English "today" at i meaning nowadays: closing a noun phrase after "of" (`nowadays_today_before`: "the web
        of today.", not "as of today": a date, GUIDELINES), or before "than" (`nowadays_today_after`: "looks
        different today than it did"; not before a day word, "today than yesterday"), set against the past."""
        data = self.language
        if self.word_key(i + 1) in data.nowadays_today_after:
            return self.word_key(i + 2) not in data.relative_days  # ("higher today than yesterday": two days)
        before = self.word_key(i - 1)
        if before in data.nowadays_today_states:
            return True  # "if he were alive today", "Even today, the word means": how things stand now
        nxt = self.tok(i + 1)
        closes = nxt is None or nxt.kind == SYM
        if before in data.nowadays_today_copulas and self.word_key(i - 2) in data.nowadays_today_subjects:
            return closes  # "the giant it is today?", "stronger than it is today,": a state now, set against then
        return before in data.nowadays_today_before and self.word_key(i - 2) != "as" and (
            closes or self.word_key(i - 2) in data.nowadays_today_groups)  # "showed the fans of today a way"

    def _day_event_after(self, k: int) -> bool:
        """English: one of `day_event_nouns` at token k, or after up to two words and quote marks ("today's General
        Election", "today's "cooler" temperatures"), or a figure right at k ("yesterday's 50 percent"): what a
        possessive day word dates."""
        nouns = self.language.day_event_nouns
        if (first := self.tok(k)) is not None and first.kind == NUM:
            return True  # "up from yesterday's 50 percent", "Friday's 1,204 cases": that day's figure
        words = 0
        for n in range(k, k + DAY_EVENT_REACH):
            t = self.tok(n)
            if t is None or (t.kind == SYM and t.text not in "\"“”'‘’"):
                return False
            if t.kind == WORD:
                if t.key in nouns:
                    return True
                words += 1
                if words > 2:
                    return False
        return False

    def _hypothetical_before(self, i: int) -> bool:
        """A hypothetical cue ("if", "would", "لو") stands before the day word at i: within 5 tokens, in English
        within HYPOTHETICAL_REACH_EN and no mark between ("if the relief flight does not land tomorrow")."""
        reach = 5 if self.ar else HYPOTHETICAL_REACH_EN
        for k in range(i - 1, max(-1, i - 1 - reach), -1):
            t = self.toks[k]
            if not self.ar and t.kind == SYM and t.text in ",;:.!?":
                return False
            if self.in_set(k, self.language.hypothetical_cues):
                return not self._reported_future(k)
        return False

    def _reported_future(self, k: int) -> bool:
        """English: the modal at k tells a future in reported speech, a verb of saying up to three words before it
        ("said it would implement cuts tomorrow", "announced that they would"): a plan, no hypothesis."""
        data = self.language
        if self.ar or self.word_key(k) not in data.reported_future_modals:
            return False
        for m in range(k - 1, max(-1, k - 4), -1):
            if self.toks[m].kind != WORD:
                return False
            if self.toks[m].key in data.report_verbs:
                return True
        return False

    def _date_after_day_word_en(self, i: int) -> list[Draft] | None:
        """English: a day word (at i) and, after a comma or in brackets, the full date it is ("today, August 17,
        2022", "yesterday, August, 16, 2022", "today, 17 August 2022", "today, Monday, 27 July 2020", "today (Sept
        3)"): one claim over both, valued by the written date."""
        comma = self.tok(i + 1)
        if comma is None or comma.kind != SYM or comma.text not in ",(":
            return None
        bracket = comma.text == "("
        j = i + 2
        if not bracket and self.word_key(j) is not None and self.toks[j].text in self.language.weekdays and \
                self._sym_at(j + 1, ","):
            j += 2  # "today, Monday, 27 July 2020": the weekday named between
        month = self._month_at(j)
        if month is not None and month[2] == "gregorian":
            k = month[1] + 1 if self._sym_at(month[1], ",") else month[1]  # "August, 17, 2022"
            day_tok = self.tok(k)
            day = self._day_value(day_tok) if day_tok is not None else None
            k += 1
        elif (day_tok := self.tok(j)) is not None and (day := self._day_value(day_tok)) is not None:
            month = self._month_at(j + 1)
            k = month[1] if month is not None and month[2] == "gregorian" else -1
        else:
            return None
        if month is None or day is None or k < 0:
            return None
        year = self._year_at(k, False)
        end = year[1] if year is not None else k
        if bracket:
            if not self._sym_at(end, ")"):
                return None
            end += 1  # "today (Sept 3)": the bracket closes the restated day
        if year is None and (self.published is None or bracket):
            y = self._infer_year(month[0], day, k) if self.published is not None else None
            return self._date_draft(i, end, y, month[0], day, "gregorian", inferred=y is not None)
        if year is None or year[2] == "hijri":
            return None
        return self._date_draft(i, end, year[0], month[0], day, "gregorian")

    def _phrase_date_after_en(self, i: int, j: int) -> list[Draft] | None:
        """English: a day phrase (tokens i..j: "this morning", "last night") and, after a comma or in brackets, the
        full date it is ("this morning (14 March)"): one claim over both, as "today (Sept 3)" is."""
        found = self._date_after_day_word_en(j - 1)
        if not found:
            return None
        for d in found:
            d.start = self.toks[i].start
        return self._report_marked(found, i)

    def _sym_at(self, k: int, mark: str) -> bool:
        t = self.tok(k)
        return t is not None and t.kind == SYM and t.text == mark

    def _report_marked(self, drafts: list[Draft], start_i: int) -> list[Draft]:
        """A day owned by a verb of saying ("قال أمس", "said on Monday") dates the report (rules/dates/report_time)."""
        if self._report_time(start_i):
            for d in drafts:
                d.report_time = True
        return drafts
